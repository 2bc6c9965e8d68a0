// A small glob matcher for input patterns: `*`, `**`, `?`, `[…]` and `{a,b}`, matched segment by segment on `/` paths.

/** Characters that make an argument a pattern rather than a plain path. */
const MAGIC = /[*?[\]{}]/;

/** Most alternatives one pattern may expand to through `{a,b}` (stops `{a,b}{c,d}…` blowing up). */
export const MAX_BRACE_EXPANSION = 1000;

/** True when `text` has an unescaped glob character. */
export function hasMagic(text: string): boolean {
  return MAGIC.test(text.replace(/\\./g, ''));
}

/**
 * Expands `{a,b}` alternatives (nested, and several per pattern) into plain patterns, in order.
 * A brace without a comma at its level (`{a}`) or without a partner is kept as literal text.
 */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const before = pattern.slice(0, start);
  const after = pattern.slice(end + 1);
  const out: string[] = [];
  for (const part of parts) {
    for (const expanded of expandBraces(before + part + after)) {
      out.push(expanded);
      if (out.length > MAX_BRACE_EXPANSION) throw new RangeError(`brace expansion exceeds ${MAX_BRACE_EXPANSION} patterns`);
    }
  }
  return out;
}

/** The first `{…}` with a top-level comma: its span and its comma-separated parts. */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    if (pattern[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < pattern.length; j++) {
      const c = pattern[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (commas.length === 0) break; // `{a}` is literal
          const bounds = [i, ...commas, j];
          const parts = bounds.slice(0, -1).map((b, k) => pattern.slice(b + 1, bounds[k + 1]));
          return { start: i, end: j, parts };
        }
      } else if (c === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

/** One compiled pattern segment: `**`, or a regular expression for one path segment. */
type Segment = { globstar: true } | { globstar: false; re: RegExp; literal: string | undefined; dot: boolean };

/** A compiled pattern (after brace expansion): the folder to start in and the segments to match below it. */
export interface CompiledGlob {
  /** The leading segments without magic, joined with `/` ('' when the pattern starts with magic). */
  base: string;
  segments: Segment[];
}

/** Compiles one brace-free pattern written with `/` separators. */
export function compileGlob(pattern: string): CompiledGlob {
  const parts = pattern.split('/');
  const baseParts: string[] = [];
  let i = 0;
  // A leading '/' gives an empty first part; keep it so the base stays absolute.
  while (i < parts.length - 1 && !hasMagic(parts[i]!)) baseParts.push(unescape(parts[i++]!));
  const segments: Segment[] = [];
  for (const part of parts.slice(i)) {
    if (part === '**') {
      if (segments.at(-1)?.globstar !== true) segments.push({ globstar: true });
      continue;
    }
    if (part === '' || part === '.') continue;
    segments.push({ globstar: false, re: segmentRegExp(part), literal: hasMagic(part) ? undefined : unescape(part), dot: part.startsWith('.') });
  }
  return { base: baseParts.join('/'), segments };
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** A regular expression for one segment: `*` any run, `?` one character, `[…]` a class; never crossing `/`. */
function segmentRegExp(part: string): RegExp {
  let re = '';
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '\\' && i + 1 < part.length) {
      re += escapeRe(part[++i]!);
    } else if (c === '*') {
      while (part[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = part.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = part.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else {
      re += escapeRe(c);
    }
  }
  return new RegExp(`^${re}$`, 'u');
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * Whether `rel` (a path below the pattern's base, `/`-separated, no leading `./`) matches the segments.
 * `*`, `?` and `**` never match a name that starts with a dot unless the pattern segment itself does.
 */
export function matchSegments(segments: readonly Segment[], rel: string): boolean {
  const names = rel.split('/').filter((n) => n !== '');
  // memo[i][j]: segments from i match names from j
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (names.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === segments.length) result = j === names.length;
    else {
      const seg = segments[i]!;
      if (seg.globstar) {
        result = go(i + 1, j) || (j < names.length && !names[j]!.startsWith('.') && go(i, j + 1));
      } else {
        const name = names[j];
        result = name !== undefined && (!name.startsWith('.') || seg.dot) && seg.re.test(name) && go(i + 1, j + 1);
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/**
 * Whether a folder at `rel` (below the base) may contain matches, so a walk can skip the rest.
 * Conservative: true whenever some prefix of the segments could match the folder's path.
 */
export function mayContain(segments: readonly Segment[], rel: string): boolean {
  const names = rel.split('/').filter((n) => n !== '');
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    if (j === names.length) return i < segments.length; // the folder itself is reached; something must remain to match files in it
    if (i === segments.length) return false;
    const key = i * (names.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const seg = segments[i]!;
    const name = names[j]!;
    let result: boolean;
    if (seg.globstar) result = !name.startsWith('.') && (go(i, j + 1) || go(i + 1, j));
    else result = (!name.startsWith('.') || seg.dot) && seg.re.test(name) && go(i + 1, j + 1);
    if (!result && seg.globstar) result = go(i + 1, j);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}
