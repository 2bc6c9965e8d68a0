// Looks up a message in the chosen language and fills in its parameters.
import type { Params } from '../issue.js';
import type { Lang, LocalText } from '../types.js';
import { en } from './en.js';
import { nb, type MessageId } from './nb.js';
import { nn } from './nn.js';

export type { MessageId };

export const catalogues: Record<Lang, Record<MessageId, string>> = { nb, nn, en };

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(nb, id);
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
    if (typeof value === 'string' && value.startsWith('@') && isMessageId(value.slice(1))) return catalogues[lang][value.slice(1) as MessageId];
    return String(value);
  });
}
