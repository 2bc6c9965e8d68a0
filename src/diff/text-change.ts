// Reads what changed in a text: purely editorial (spelling, renumbering, an updated name), content words (money, payment, duties, deadlines, responsibility), or a change it cannot place.
import { STALE_TERMS } from '../rules/utils/terms.js';

/** `editorial`: only spelling, numbers or known new names changed. `content`: words about money, duties, deadlines or responsibility were added, removed or changed. `unrecognised`: anything else. */
export type TextVerdict = 'editorial' | 'content' | 'unrecognised';

export interface TextReading {
  verdict: TextVerdict;
  /** For `content`: the content words that came or went, lower case, in order of first appearance. */
  words: string[];
}

/**
 * Word stems that carry money, payment, duty, deadline or responsibility in bokmål and nynorsk. A changed word that
 * starts with one of these makes the change one to assess, never «does not change responsibility or cost».
 */
const CONTENT_STEMS = [
  'finansier', 'kostnad', 'betal', 'utgift', 'økonomi', 'okonomi', 'pris', 'tilskot', 'tilskudd', 'honorar', 'refusjon', 'kroner', 'kr', 'gebyr', 'døgnpris', 'dekk',
  'ansvar', 'plikt', 'skal', 'må', 'forplikt', 'pålegg', 'arbeidsgjevar', 'arbeidsgiver',
  'frist', 'innan', 'innen', 'senast', 'seinast', 'timar', 'timer', 'døgn', 'dagar', 'dager', 'veke', 'uke', 'månad', 'måned', 'varsl',
];

/** Words an editor changes without changing the content: they are ignored when comparing (articles, conjunctions). */
const FILLER = new Set(['og', 'eller', 'i', 'på', 'til', 'for', 'av', 'med', 'som', 'den', 'det', 'de', 'dei', 'ein', 'en', 'ei', 'et', 'eit', 'å']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.§-]*/gu;

function tokens(text: string): string[] {
  return (text.toLocaleLowerCase('nb').match(WORD) ?? []).map((w) => w.replace(/[.-]+$/, ''));
}

/** Multiset difference: the tokens of `a` not matched in `b`. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

const isNumberLike = (w: string) => /^[\p{N}.§-]+$/u.test(w) || /^(nr|punkt|pkt|kap|kapittel|§)$/.test(w);
const isContent = (w: string) => CONTENT_STEMS.some((s) => (s.length <= 3 ? w === s : w.startsWith(s)));

/** Edit distance, stopping early above `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** Old names and their replacements from the stale-term table: replacing one by the other is an updated name. */
const RENAMES = STALE_TERMS.map((term) => ({
  old: [...term.patterns.nb, ...term.patterns.nn].map((p) => new RegExp(`^(?:${p})$`, 'iu')),
  replacement: term.replacement ? [...tokens(term.replacement.nb), ...tokens(term.replacement.nn)] : [],
}));

/** Amounts, shares and periods: a number with its unit («48 timer», «5 000 kroner», «40 %»). A changed one is content, not renumbering. */
const QUANTITY = /\d[\d\s.,]*\s*(?:timar|timer|døgn|dagar|dager|veker|uker|månader|måneder|år|kr\b|kroner|%|prosent)/giu;
const quantities = (text: string) => (text.toLocaleLowerCase('nb').match(QUANTITY) ?? []).map((q) => q.replace(/\s+/g, ' ').trim());

/** What kind of change turns `before` into `after`. */
export function readTextChange(before: string | undefined, after: string | undefined): TextReading {
  const qb = quantities(before ?? '');
  const qa = quantities(after ?? '');
  const changedQuantities = [...minus(qa, qb), ...minus(qb, qa)];
  if (changedQuantities.length > 0) return { verdict: 'content', words: [...new Set(changedQuantities)] };
  const b = tokens(before ?? '');
  const a = tokens(after ?? '');
  const gone = minus(b, a).filter((w) => !FILLER.has(w));
  const came = minus(a, b).filter((w) => !FILLER.has(w));
  const words = [...new Set([...came, ...gone].filter(isContent))];
  // An old name that went, and only the words of its replacement that came, is an updated name.
  const renamed = RENAMES.filter((r) => gone.some((w) => r.old.some((re) => re.test(w))));
  const oldName = (w: string) => renamed.some((r) => r.old.some((re) => re.test(w)));
  const newName = (w: string) => renamed.some((r) => r.replacement.includes(w));
  // A spelling fix pairs a word with a close one; neither side is a content word then.
  const unpaired = (xs: string[], ys: string[], name: (w: string) => boolean) => xs.filter((x) => !isNumberLike(x) && !name(x) && !ys.some((y) => x.length >= 4 && within(x, y, 2)));
  const spelling = (x: string, ys: string[]) => ys.some((y) => x.length >= 4 && within(x, y, 2));
  const contentChanged = words.some((w) => !(came.includes(w) ? spelling(w, gone) : spelling(w, came)));
  if (contentChanged) return { verdict: 'content', words };
  if (unpaired(gone, came, oldName).length === 0 && unpaired(came, gone, newName).length === 0) return { verdict: 'editorial', words: [] };
  return { verdict: 'unrecognised', words: [] };
}
