// Every free-text value in the composed agreement set, with its data path and the titles of the entries around it.
import type { DataPath } from '../../engine/issue.js';
import { isRecord, type Data } from '../../model.js';

/** One string value written somewhere in the agreement set. */
export interface TextValue {
  /** Spelled out on first use: rules read the path only of the few values they report. */
  readonly path: DataPath;
  value: string;
  /** `tittel` and `navn` of the entries that hold the value (its section, its document, …), innermost first. */
  titles: string[];
}

interface PathLink {
  seg: string | number;
  up: PathLink | undefined;
}

class Text implements TextValue {
  #path: DataPath | undefined;
  constructor(
    private readonly link: PathLink | undefined,
    readonly value: string,
    readonly titles: string[],
  ) {}

  get path(): DataPath {
    if (!this.#path) {
      const path: (string | number)[] = [];
      for (let l = this.link; l; l = l.up) path.push(l.seg);
      this.#path = path.reverse();
    }
    return this.#path;
  }
}

/**
 * Keys whose text values are ids, references, codes or addresses rather than prose: strings under them (directly or
 * in a list) are not read, though entries under them are (a kommune's `signert_av`). Everything else is read:
 * titles, tekst, merknad, the joint-measure fields, names, descriptions.
 */
const NOT_PROSE = new Set([
  '$schema', 'id', 'type', 'krav', 'dokument', 'seksjon', 'organ', 'part', 'innstilling', 'inkluder', 'url',
  'elementer', 'element', 'kommunenummer', 'orgnr', 'kommuner', 'vedtas_av', 'innstilling_fra', 'saksnummer',
]);

/** Deeper than any agreement file; a guard against hostile input, whose depth the loader also limits. */
const MAX_DEPTH = 64;

const cache = new WeakMap<Data, TextValue[]>();

/** The free-text values of `data`, in document order (cached: several rules read the same, unchanged data). */
export function textValues(data: Data): TextValue[] {
  const known = cache.get(data);
  if (known) return known;
  const out: TextValue[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, link: PathLink | undefined, titles: string[], prose: boolean, depth: number): void => {
    if (typeof value === 'string') {
      if (prose && /\S/.test(value)) out.push(new Text(link, value, titles));
      return;
    }
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], { seg: i, up: link }, titles, prose, depth + 1);
    } else {
      const record = value as Record<string, unknown>;
      const title = record.tittel;
      const name = record.navn;
      let inner = titles;
      if (typeof title === 'string' || typeof name === 'string') {
        inner = [...(typeof title === 'string' ? [title] : []), ...(typeof name === 'string' ? [name] : []), ...titles];
      }
      for (const key of Object.keys(record)) visit(record[key], { seg: key, up: link }, inner, !NOT_PROSE.has(key), depth + 1);
    }
    seen.delete(value);
  };
  visit(data, undefined, [], true, 0);
  cache.set(data, out);
  return out;
}

/** A case-insensitive Unicode pattern that matches `source` only from the start of a word. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'giu');
}

/** Whether any of `patterns` matches whole words in `text` (the end of the word is the pattern's own business). */
export function mentions(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => {
    p.lastIndex = 0;
    const hit = p.test(text);
    p.lastIndex = 0;
    return hit;
  });
}
