// The change-report formatters by name (`avtalesjekk endring --format`).
import { formatDiffJson } from './diff-json.js';
import { formatDiffMarkdown } from './diff-markdown.js';
import { formatDiffTerminal } from './diff-terminal.js';
import type { DiffFormatter } from './diff-common.js';

export const DIFF_FORMATS = { terminal: formatDiffTerminal, markdown: formatDiffMarkdown, json: formatDiffJson } as const satisfies Record<string, DiffFormatter>;
export type DiffFormatName = keyof typeof DIFF_FORMATS;
export type { DiffFormatter } from './diff-common.js';
