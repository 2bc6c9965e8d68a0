// Property-based: for generated YAML-ish texts and mutations of them, whenever the fast parser accepts a text the full path gives the same data, positions and comments, without a single issue.
// FUZZ_RUNS sets the number of runs per property (default 300).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../src/yaml/fast-yaml.js';
import { parseFull } from '../src/yaml/parse-full.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 60);

/** Data with its key order made visible (toStrictEqual alone ignores it). */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') return Object.keys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k])]);
  return value;
}

/** When the fast parser accepts `text`, the full path must agree in every respect. Returns whether it accepted. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const full = parseFull('f.yaml', text);
  const shown = JSON.stringify(text);
  // Slips seen in the text alone (curly quotes) are valid YAML: both paths report them (src/yaml/slips.ts).
  expect(full.issues.filter((i) => i.messageId !== 'yaml.curly-quote' && i.messageId !== 'yaml.missing-space'), `yaml finds problems the fast parser missed in ${shown}`).toEqual([]);
  // node's deep equality, not expect's: a `constructor` key would fool expect's type check.
  expect(isDeepStrictEqual(fast.data, full.data), `data of ${shown}: ${JSON.stringify(fast.data)} vs ${JSON.stringify(full.data)}`).toBe(true);
  expect(isDeepStrictEqual(ordered(fast.data), ordered(full.data)), `key order of ${shown}`).toBe(true);
  expect(fast.tree, `tree of ${shown}`).toStrictEqual(full.tree);
  expect(fast.comments, `comments of ${shown}`).toStrictEqual(full.comments);
  return true;
}

// ---- a YAML-ish grammar covering the subset and its edges ----

/** Plain text pieces, many of them lookalikes of other types. */
const PLAIN = ['a', 'b c', 'tekst', 'æøå', 'Ærlig talt', '0301', '1e3', '.5', '5.', '1.0', 'NO', 'no', 'Yes', 'on', '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'false', '0x1F', '0o17', '0b1', '-1', '+1', '-0', '007', '.inf', '-.Inf', '+.INF', '.NaN', '2024-03-01', '12:30', 'a:b', 'a#b', 'https://x.no/a?b=c', '-a', 'a-', 'a - b', "it's", 'si "hei"', 'x,y', 'a[1]', '§ 6-2 nr. 5', '100 %', '__proto__', 'constructor', 'toString', 'prototype', '1_000'];
/** Pieces that make plain text invalid or change its meaning. */
const RISKY = [': ', ' #', '#', ':', '-', '- ', '?', '? ', '&a', '*a', '!t', '%', '@', '`', '|', '>', ',', '[', ']', '{', '}', '"', "'", '\\', ' ', '  ', '---', '...', '<<', '\x01', '\x1f', '\u2028', '\u0085', '\uFEFF'];
/** Pieces for quoted scalars: escapes, good and bad, and characters only quotes can hold. */
const DQ = ['\\n', '\\"', '\\\\', '\\x41', '\\u00e6', '\\U0001F600', '\\t', '\\ ', '\\/', '\\0', '\\e', '\\N', '\\_', '\\L', '\\q', '\\x4', '\\uD800', '#', ' # ', ': ', "'", '\x01', '\x7f', '\u0085', '\uFEFF', '\u2028', '  '];
const SQ = ["''", '\\', '"', '#', ' # ', ': ', '\\n', '\x02', '  '];
const COMMENT = [' kommentar', '', '#', ' avtalesjekk-ignore schema: fordi', ' "q" \'s\'', ' æøå', ' \x01', ' a: b', '  '];

interface Key {
  style: 'plain' | 'dq' | 'sq';
  text: string;
  /** Spaces before the colon. */
  pad: number;
}
type Flow = { seq: FlowItem[]; spaced: boolean; trailingComma: boolean } | { map: Array<[Key, FlowItem | null]>; spaced: boolean; trailingComma: boolean };
type FlowItem = { plain: string } | { dq: string } | { sq: string } | { flow: Flow };
interface Block {
  style: '|' | '>';
  chomp: '' | '-' | '+';
  lines: Array<{ extra: number; text: string } | { blank: number }>;
  trail: number[];
}
type Scalar =
  | { plain: string }
  | { dq: string }
  | { sq: string }
  | { lines: string[]; quote: '' | '"' | "'"; blanks: number[] }
  | { block: Block }
  | { flow: Flow }
  | { empty: true };
type Trivia = { blank: number } | { comment: string; dent: number };
interface Extras {
  before: Trivia[];
  /** A comment after the value on its line. */
  trailing: string | null;
  /** Spaces after `:` or `-`, and at the end of the line. */
  gap: number;
  tail: string;
}
type Node = { scalar: Scalar } | { map: Array<{ key: Key; value: Node; x: Extras }>; step: number } | { seq: Array<{ value: Node; x: Extras }>; step: number; same: boolean; compact: boolean };
interface Doc {
  root: Node;
  modeline: boolean;
  docStart: boolean;
  end: Trivia[];
  crlf: boolean;
  finalNewline: boolean;
}

/** The grammar; `risky` mixes in pieces that break plain scalars and quotes. */
function grammar(risky: boolean): fc.Arbitrary<Doc> {
  const piece = (extra: string[], weight = 1) => (risky ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN) }, { weight, arbitrary: fc.constantFrom(...extra) }) : fc.constantFrom(...PLAIN));
  const plainText = fc.array(piece(RISKY), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
  const keyText = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('avtale', 'id', 'tittel', 'parter', 'kommuner', 'dato', 'a', 'b', 'c', 'æøå', 'navn', 'type', '1', '01', '1.0', 'true', 'null', '~', '__proto__', 'constructor', 'toString', 'a b', 'a:b', '-a', 'a#b', ...(risky ? ['', '<<'] : [])) },
    { weight: 1, arbitrary: plainText },
  );
  // Clean quoted text escapes its quotes; risky text may not.
  const dqText = fc.array(risky ? piece(DQ, 3) : fc.oneof(fc.constantFrom(...PLAIN).map((p) => p.replace(/["\\]/g, (c) => `\\${c}`)), fc.constantFrom(...DQ.filter((e) => !['\\q', '\\x4', '\\uD800'].includes(e)))), { maxLength: 4 }).map((a) => a.join(''));
  const sqText = fc.array(risky ? piece(SQ, 2) : fc.oneof(fc.constantFrom(...PLAIN).map((p) => p.replace(/'/g, "''")), fc.constantFrom(...SQ.filter((e) => e !== "'"))), { maxLength: 4 }).map((a) => a.join(''));
  const commentText = fc.array(fc.constantFrom(...COMMENT, ...PLAIN), { maxLength: 3 }).map((a) => `#${a.join('')}`);

  const key: fc.Arbitrary<Key> = fc.record({ style: fc.constantFrom('plain', 'plain', 'plain', 'dq', 'sq'), text: keyText, pad: fc.constantFrom(0, 0, 0, 1) });

  /** One-line flow collections, maybe nested. */
  const flowSafe = PLAIN.filter((p) => !/[,[\]{}"'#]|: |:$|^-/.test(p));
  const flowPlain = fc.array(risky ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(':', ': ', ' #', '#', '[', '-', '- ', '?', '&a', '*a', '"', ' ') }) : fc.constantFrom(...flowSafe), { minLength: 1, maxLength: 2 }).map((a) => a.join(''));
  const trailingComma = risky ? fc.constantFrom(false, false, false, true) : fc.constant(false);
  const { flow } = fc.letrec<{ flow: Flow; item: FlowItem }>((tie) => ({
    item: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ plain: flowPlain }),
      fc.record({ dq: dqText }),
      fc.record({ sq: sqText }),
      fc.record({ flow: tie('flow') }),
    ),
    flow: fc.oneof(
      fc.record({ seq: fc.array(tie('item'), { maxLength: 4 }), spaced: fc.boolean(), trailingComma }),
      fc.record({ map: fc.array(fc.tuple(key, fc.option(tie('item'), { freq: 6 })), { maxLength: 4 }), spaced: fc.boolean(), trailingComma }),
    ),
  }));

  /** Block scalars: header, content lines (with extra indentation or blank), trailing blank lines. */
  const block: fc.Arbitrary<Block> = fc.record({
    style: fc.constantFrom('|', '>'),
    chomp: fc.constantFrom('', '-', '+'),
    lines: fc.array(fc.oneof({ weight: 4, arbitrary: fc.record({ extra: fc.constantFrom(0, 0, 0, 1, 2), text: fc.oneof(plainText, commentText) }) }, { weight: 1, arbitrary: fc.record({ blank: fc.nat({ max: 6 }) }) }), { minLength: 1, maxLength: 5 }),
    trail: fc.array(fc.nat({ max: 6 }), { maxLength: 2 }),
  });

  const scalar: fc.Arbitrary<Scalar> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ plain: plainText }) },
    { weight: 3, arbitrary: fc.record({ dq: dqText }) },
    { weight: 2, arbitrary: fc.record({ sq: sqText }) },
    { weight: 2, arbitrary: fc.record({ lines: fc.array(plainText, { minLength: 2, maxLength: 3 }), quote: fc.constantFrom('', '', '"', "'"), blanks: fc.array(fc.nat({ max: 2 }), { maxLength: 2 }) }) },
    { weight: 2, arbitrary: fc.record({ block }) },
    { weight: 3, arbitrary: fc.record({ flow }) },
    { weight: 2, arbitrary: fc.constant({ empty: true as const }) },
  );

  /** Blank and comment lines before an entry; `dent` shifts the comment from the entry's column. */
  const trivia: fc.Arbitrary<Trivia[]> = fc.array(fc.oneof(fc.record({ blank: fc.nat({ max: 3 }) }), fc.record({ comment: commentText, dent: fc.integer({ min: -3, max: 3 }) })), { maxLength: 2 });

  const extras: fc.Arbitrary<Extras> = fc.record({ before: fc.oneof({ weight: 3, arbitrary: fc.constant<Trivia[]>([]) }, { weight: 1, arbitrary: trivia }), trailing: fc.option(commentText, { freq: 4 }), gap: fc.constantFrom(1, 1, 1, 2, 3), tail: fc.constantFrom('', '', '', ' ', '  ') });

  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ scalar }),
      fc.record({ map: fc.array(fc.record({ key, value: tie('node'), x: extras }), { minLength: 1, maxLength: 4 }), step: fc.constantFrom(2, 2, 1, 3, 4) }),
      fc.record({ seq: fc.array(fc.record({ value: tie('node'), x: extras }), { minLength: 1, maxLength: 4 }), step: fc.constantFrom(2, 2, 1, 4), same: fc.boolean(), compact: fc.boolean() }),
    ),
  }));

  return fc.record({
    root: fc.oneof(node.filter((n) => !('scalar' in n))),
    modeline: fc.boolean(),
    docStart: fc.boolean(),
    end: trivia,
    crlf: fc.constantFrom(false, false, false, true),
    finalNewline: fc.constantFrom(true, true, true, false),
  });
}

const sp = (n: number) => ' '.repeat(Math.max(0, n));

function renderKey(k: Key): string {
  const text = k.style === 'dq' ? `"${k.text.replace(/["\\]/g, (c) => `\\${c}`)}"` : k.style === 'sq' ? `'${k.text.replace(/'/g, "''")}'` : k.text;
  return text + sp(k.pad);
}

function renderFlow(f: Flow): string {
  const s = f.spaced ? ' ' : '';
  const item = (i: FlowItem | null): string => (i === null ? '' : 'plain' in i ? i.plain : 'dq' in i ? `"${i.dq}"` : 'sq' in i ? `'${i.sq}'` : renderFlow(i.flow));
  const parts = 'seq' in f ? f.seq.map(item) : f.map.map(([k, v]) => `${renderKey(k)}:${v === null ? '' : ` ${item(v)}`}`);
  const body = parts.join(`,${f.spaced ? ' ' : ''}`) + (f.trailingComma && parts.length > 0 ? ',' : '');
  return 'seq' in f ? `[${s}${body}${s}]` : `{${s}${body}${s}}`;
}

/** The first line's text of a scalar (after `key: ` or `- `), and the lines after it. `indent` is the collection's column. */
function renderScalar(v: Scalar, indent: number, step: number): { head: string; rest: string[] } {
  if ('plain' in v) return { head: v.plain, rest: [] };
  if ('dq' in v) return { head: `"${v.dq}"`, rest: [] };
  if ('sq' in v) return { head: `'${v.sq}'`, rest: [] };
  if ('flow' in v) return { head: renderFlow(v.flow), rest: [] };
  if ('empty' in v) return { head: '', rest: [] };
  if ('lines' in v) {
    const rest: string[] = [];
    v.lines.slice(1).forEach((l, i) => {
      for (let b = 0; b < (v.blanks[i] ?? 0); b++) rest.push('');
      rest.push(sp(indent + step) + l);
    });
    const q = v.quote;
    if (q) rest[rest.length - 1] += q;
    return { head: q + v.lines[0], rest };
  }
  const b = v.block;
  const rest = b.lines.map((l) => ('blank' in l ? sp(l.blank) : sp(indent + step + l.extra) + l.text));
  for (const t of b.trail) rest.push(sp(t));
  return { head: b.style + b.chomp, rest };
}

/** Lines of `n` as the value of a collection at column `indent` (its entries at `col`). */
function renderNode(n: Node, col: number, out: string[], firstPrefix: string | null): void {
  if ('scalar' in n) {
    // Only reached for a root scalar.
    const r = renderScalar(n.scalar, 0, 2);
    out.push((firstPrefix ?? '') + r.head, ...r.rest);
    return;
  }
  const entries = 'map' in n ? n.map : n.seq;
  (entries as Array<{ key?: Key; value: Node; x: Extras }>).forEach((e, i) => {
    for (const t of e.x.before) out.push('blank' in t ? sp(t.blank) : sp(col + t.dent) + t.comment);
    const lead = i === 0 && firstPrefix !== null ? firstPrefix : sp(col);
    const head = 'map' in n ? `${lead}${renderKey(e.key!)}:` : `${lead}-`;
    const v = e.value;
    const trailing = e.x.tail + (e.x.trailing === null ? '' : ` ${e.x.trailing}`);
    const gap = sp(e.x.gap);
    if ('scalar' in v) {
      const r = renderScalar(v.scalar, col, n.step);
      out.push(`${head}${r.head === '' ? '' : gap + r.head}${r.rest.length === 0 || 'block' in v.scalar ? trailing : ''}`, ...r.rest);
      if (r.rest.length > 0 && !('block' in v.scalar)) out[out.length - 1] += trailing;
    } else if ('seq' in n && n.compact && 'map' in v) {
      // `- key: value` with the map's keys at the column after the dash.
      renderNode(v, col + 1 + e.x.gap, out, head + gap);
    } else {
      out.push(head + trailing);
      const childCol = 'seq' in v && 'map' in n && v.same ? col : col + n.step;
      renderNode(v, childCol, out, null);
    }
  });
}

function render(d: Doc): string {
  const out: string[] = [];
  if (d.modeline) out.push('# yaml-language-server: $schema=../../schemas/avtale.schema.json');
  if (d.docStart) out.push('---');
  renderNode(d.root, 0, out, null);
  for (const t of d.end) out.push('blank' in t ? sp(t.blank) : sp(t.dent) + t.comment);
  const text = out.join('\n') + (d.finalNewline ? '\n' : '');
  return d.crlf ? text.replace(/\n/g, '\r\n') : text;
}

// ---- mutations of valid texts ----

type Mutation = (text: string) => string;
const at = (text: string, i: number) => i % (text.length + 1);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom('\t', ' ', '\n', '#', ':', '-', '"', "'", '[', '{', ',', '&', '*', '!', '?', '|', '\r', '\\', '%', '\x1f')).map(([i, c]) => (t: string) => t.slice(0, at(t, i)) + c + t.slice(at(t, i))),
  fc.nat().map((i) => (t: string) => t.slice(0, at(t, i)) + t.slice(at(t, i) + 1)),
  fc.nat().map((i) => (t: string) => t.slice(0, at(t, i)) + (t[at(t, i)] ?? '') + t.slice(at(t, i))),
  fc.nat().map((i) => (t: string) => {
    const lines = t.split('\n');
    const k = i % lines.length;
    return [...lines.slice(0, k + 1), ...lines.slice(k)].join('\n');
  }),
  fc.nat().map((i) => (t: string) => {
    const lines = t.split('\n');
    return lines.filter((_, k) => k !== i % lines.length).join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([i, d]) => (t: string) => {
    const lines = t.split('\n');
    const k = i % lines.length;
    lines[k] = d >= 0 ? sp(d) + lines[k] : lines[k]!.replace(new RegExp(`^ {0,${-d}}`), '');
    return lines.join('\n');
  }),
);

const clean = grammar(false);
const risky = grammar(true);

describe('the fast YAML parser agrees with the yaml package', () => {
  it(`on generated documents (${RUNS} runs), and accepts many of them (about two in three)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(clean, (d) => {
        if (agrees(render(d))) accepted++;
      }),
      { numRuns: RUNS },
    );
    // Otherwise the property above would prove little.
    expect(accepted).toBeGreaterThan(RUNS * 0.4);
  }, TIMEOUT);

  it(`on generated documents with risky pieces in scalars, keys and quotes (${RUNS} runs)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(risky, (d) => {
        if (agrees(render(d))) accepted++;
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
  }, TIMEOUT);

  it(`on mutated documents: a tab, a character or line deleted or doubled, indentation shifted (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(clean, fc.array(mutation, { minLength: 1, maxLength: 3 }), (d, ms) => {
        agrees(ms.reduce((t, m) => m(t), render(d)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`on random text from YAML's own characters (${RUNS} runs)`, () => {
    const bits = fc.constantFrom('a', 'b', ' ', '  ', '\n', ': ', ':', '- ', '-', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '0', '1', '.', 'x: ', '\r\n', '---', '~', '\\', 'æ');
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 40 }), (a) => {
        agrees(a.join(''));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
