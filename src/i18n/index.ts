// Looks up a message in the chosen language and fills in its parameters.
import type { Lang, LocalText, MessageParams as Params } from '../types.js';
import { authority } from './authority.js';
import { cli } from './cli.js';
import { diff } from './diff.js';
import { formats } from './formats.js';
import { html } from './html.js';
import { install } from './install.js';
import { performance } from './performance.js';
import { stale } from './stale.js';
import { syntax } from './syntax.js';
import { verdicts } from './verdicts.js';
import { workflow } from './workflow.js';
import { en } from './en.js';
import { nb, type MessageId as CoreMessageId } from './nb.js';
import { nn } from './nn.js';

/** Messages kept by area, each key with all three languages side by side. */
const areas = { ...authority, ...diff, ...formats, ...html, ...workflow, ...stale, ...performance, ...install, ...syntax, ...cli, ...verdicts };

export type MessageId = CoreMessageId | keyof typeof areas;

/** The tails of the ids under `prefix`: `MessageKind<'duplicate'>` is 'document' | 'section' | …, so `duplicate.${kind}` is a checked id. */
export type MessageKind<Prefix extends string> = MessageId extends infer Id ? (Id extends `${Prefix}.${infer Kind}` ? Kind : never) : never;

function withAreas(lang: Lang, core: Record<CoreMessageId, string>): Record<MessageId, string> {
  const out = { ...core } as Record<MessageId, string>;
  for (const [key, text] of Object.entries(areas)) out[key as MessageId] = text[lang];
  return out;
}

export const catalogues: Record<Lang, Record<MessageId, string>> = { nb: withAreas('nb', nb), nn: withAreas('nn', nn), en: withAreas('en', en) };

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(catalogues.nb, id);
}

const PLURAL_RULES = new Map<Lang, Intl.PluralRules>();

/** The plural category of `n` in `lang` (Intl.PluralRules: nb, nn and en know 'one' and 'other'). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** `{name|one form|other form}` in a template: the form for the number in parameter `name` (the number itself is written with `{name}`). */
const PLURAL = /\{([a-zA-Z]+)\|([^|{}]*)\|([^|{}]*)\}/g;

/**
 * The message `id` in `lang` with `{name}` placeholders filled, and `{name|one|other}` plural forms chosen. A parameter that is a LocalText is read in `lang`;
 * a string parameter starting with `@` is itself a message id (for words like type names).
 */
export function t(lang: Lang, id: MessageId, params: Params = {}): string {
  const template = (isMessageId(id) ? catalogues[lang][id] : id).replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const n = Number(params[name]);
    return Number.isFinite(n) ? (pluralCategory(lang, n) === 'one' ? one : other) : whole;
  });
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return (value as LocalText)[lang];
    const named = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : undefined;
    if (named !== undefined && isMessageId(named)) {
      const { [name]: _self, ...rest } = params;
      return t(lang, named, rest);
    }
    return String(value);
  });
}
