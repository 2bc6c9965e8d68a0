// stale-term: a name, office, scheme or plan in the text that is out of date (the table in terms.ts), from its date.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { isRecord, type Data } from '../../model.js';
import type { Rule } from '../rule.js';
import { CONTEXT_WINDOW, STALE_TERMS, type StaleTerm } from '../utils/terms.js';
import { mentions, textValues, wordPattern } from '../utils/text-values.js';

interface CompiledTerm {
  term: StaleTerm;
  patterns: { regex: RegExp; nynorskOnly: boolean }[];
  context: RegExp[];
}

const COMPILED: CompiledTerm[] = STALE_TERMS.map((term) => {
  const nb = new Set(term.patterns.nb);
  const all = [...new Set([...term.patterns.nb, ...term.patterns.nn])];
  return {
    term,
    patterns: all.map((source) => ({ regex: wordPattern(source), nynorskOnly: !nb.has(source) })),
    context: (term.context ?? []).map((source) => wordPattern(`(?:${source})(?![\\p{L}\\p{N}])`)),
  };
});

/**
 * One pattern for every spelling of the given terms: a text that does not match it holds none of them, and most
 * texts hold none, so each term's own patterns (and context) are tried only on the few that do.
 */
const anyOf = new Map<string, RegExp>();
function prefilter(terms: readonly CompiledTerm[]): RegExp {
  const key = terms.map((c) => c.term.id).join('\u0000');
  let regex = anyOf.get(key);
  if (!regex) {
    const sources = terms.flatMap((c) => [...c.term.patterns.nb, ...c.term.patterns.nn]);
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map((source) => `(?:${source})`).join('|')})`, 'iu');
    anyOf.set(key, regex);
  }
  return regex;
}

/** The first match of the term in `text` that counts (near a context word, when the term needs one). */
function firstMatch(c: CompiledTerm, text: string, titles: readonly string[]): { found: string; nynorsk: boolean } | undefined {
  const contextInTitles = c.context.length > 0 && titles.some((t) => mentions(t, c.context));
  for (const { regex, nynorskOnly } of c.patterns) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      if (c.context.length > 0 && !contextInTitles) {
        const around = text.slice(Math.max(0, m.index - CONTEXT_WINDOW), m.index + m[0].length + CONTEXT_WINDOW);
        if (!mentions(around, c.context)) continue;
      }
      return { found: m[0].replace(/\s+/g, ' ').trim(), nynorsk: nynorskOnly };
    }
  }
  return undefined;
}

/** The agreement's målform (avtale.maalform), if it says. */
function writtenIn(data: Data): 'nb' | 'nn' | undefined {
  const form = isRecord(data.avtale) ? data.avtale.maalform : undefined;
  return form === 'nb' || form === 'nn' ? form : undefined;
}

export const staleTermRule: Rule = {
  meta: { id: 'stale-term' },
  check({ data, asOf }) {
    const terms = COMPILED.filter((c) => c.term.staleFrom <= asOf);
    if (terms.length === 0) return [];
    const form = writtenIn(data);
    const issues: Issue[] = [];
    const any = prefilter(terms);
    for (const text of textValues(data)) {
      const { value, titles } = text;
      if (!any.test(value)) continue;
      for (const c of terms) {
        const hit = firstMatch(c, value, titles);
        if (!hit) continue;
        const { term } = c;
        const lang = form ?? (hit.nynorsk ? 'nn' : 'nb');
        const source = term.source.name;
        issues.push({
          ruleId: 'stale-term',
          messageId: 'stale.term',
          params: { found: hit.found, note: term.note, date: term.staleFrom },
          ...(term.replacement
            ? { hintId: 'hint.stale-term-replace', hintParams: { replacement: term.replacement[lang], source, check: term.verified ? '' : '@stale.term-unverified' } }
            : { hintId: 'hint.stale-term-remove', hintParams: { source, check: term.verified ? '' : '@stale.term-unverified' } }),
          ...(term.severity ? { severity: term.severity } : {}),
          target: pathTarget(text.path, 'value'),
          data: {
            term: term.id,
            found: hit.found,
            staleFrom: term.staleFrom,
            ...(term.replacement ? { replacement: term.replacement[lang] } : {}),
            ...(term.source.url ? { source: term.source.url } : {}),
            verified: term.verified,
          },
        });
      }
    }
    return issues;
  },
};
