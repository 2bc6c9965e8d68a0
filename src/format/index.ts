// The formatters by name.
import type { Formatter } from './common.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatTerminal } from './terminal.js';

export const FORMATS = { terminal: formatTerminal, markdown: formatMarkdown, json: formatJson } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;
export type { Formatter, FormatOptions } from './common.js';
