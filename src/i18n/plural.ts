// Plural forms in messages: `{count|kommune|kommuner}` picks the form for the number in `count` with Intl.PluralRules.

import type { Lang } from '../types.js';

const rules = new Map<Lang, Intl.PluralRules>();

function rulesFor(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r;
}

/** A `{name|one|other}` choice in a message template; `one` and `other` are the CLDR plural categories of nb, nn and en. */
export const PLURAL_CHOICE = /\{([a-zA-Z]+)\|([^{}|]*)\|([^{}|]*)\}/g;

/**
 * The form of a noun that agrees with `count` in `lang`: `forms.one` for the CLDR category «one» (1 in nb, nn and en),
 * else `forms.other`. Kept apart from the templates so a formatter can call it when it chooses the words.
 */
export function pluralForm(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return rulesFor(lang).select(count) === 'one' ? forms.one : forms.other;
}

/** Replaces every `{name|one|other}` choice in `template` using the number in `params[name]`; other choices are left. */
export function fillPlurals(lang: Lang, template: string, params: Record<string, unknown>): string {
  if (!template.includes('|')) return template;
  return template.replace(PLURAL_CHOICE, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    const count = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
    return count === undefined ? whole : pluralForm(lang, count, { one, other });
  });
}
