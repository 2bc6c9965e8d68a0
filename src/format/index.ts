// The formatters by name.
import type { Formatter } from './common.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTerminal } from './terminal.js';

export const FORMATS = { terminal: formatTerminal, markdown: formatMarkdown, json: formatJson, html: formatHtml, sarif: formatSarif, github: formatGithub, junit: formatJunit } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;
export type { Formatter, FormatOptions } from './common.js';
