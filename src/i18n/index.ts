// Looks up a message in the chosen language and fills in its parameters.
import type { Params } from '../engine/issue.js';
import type { Lang, LocalText } from '../types.js';
import { authority } from './authority.js';
import { cli } from './cli.js';
import { diff } from './diff.js';
import { formats } from './formats.js';
import { html } from './html.js';
import { install } from './install.js';
import { performance } from './performance.js';
import { stale } from './stale.js';
import { syntax } from './syntax.js';
import { workflow } from './workflow.js';
import { en } from './en.js';
import { nb, type MessageId as CoreMessageId } from './nb.js';
import { nn } from './nn.js';

/** Messages kept by area, each key with all three languages side by side. */
const areas = { ...authority, ...diff, ...formats, ...html, ...workflow, ...stale, ...performance, ...install, ...syntax, ...cli };

export type MessageId = CoreMessageId | keyof typeof areas;

function withAreas(lang: Lang, core: Record<CoreMessageId, string>): Record<MessageId, string> {
  const out = { ...core } as Record<MessageId, string>;
  for (const [key, text] of Object.entries(areas)) out[key as MessageId] = text[lang];
  return out;
}

export const catalogues: Record<Lang, Record<MessageId, string>> = { nb: withAreas('nb', nb), nn: withAreas('nn', nn), en: withAreas('en', en) };

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(catalogues.nb, id);
}

/**
 * The message `id` in `lang` with `{name}` placeholders filled. A parameter that is a LocalText is read in `lang`;
 * a string parameter starting with `@` is itself a message id (for words like type names).
 */
export function t(lang: Lang, id: string, params: Params = {}): string {
  const template = isMessageId(id) ? catalogues[lang][id] : id;
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return (value as LocalText)[lang];
    if (typeof value === 'string' && value.startsWith('@') && isMessageId(value.slice(1))) {
      const { [name]: _self, ...rest } = params;
      return t(lang, value.slice(1), rest);
    }
    return String(value);
  });
}
