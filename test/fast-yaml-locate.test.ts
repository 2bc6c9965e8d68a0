// locate.ts and the scalar source text read the position tree exactly as they used to read yaml's Document: the old code,
// kept here as the reference, and the new give the same location and text for every path, on both parse paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { DataPath } from '../src/engine/issue.js';
import { nodeAtPath } from '../src/yaml/parse-tree.js';
import { parseSource, type SourceFile } from '../src/yaml/parse.js';
import { pathLocation } from '../src/engine/locate.js';
import type { Location } from '../src/types.js';
import { CORPUS } from './hostile/corpus.js';
import { ROOT, yamlFiles } from './helpers/run.js';

// ---- the code before the position tree (locate.ts's walk and structure.ts's sourceText on yaml's Document) ----

function oldWalk(doc: Document.Parsed, p: DataPath): { node: Node | null | undefined; pair: Pair | undefined; complete: boolean } {
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;
  for (const seg of p) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    if (isMap(node)) {
      const next = node.items.find((q) => isPair(q) && isScalar(q.key) && String(q.key.value) === String(seg));
      if (!next) return { node, pair, complete: false };
      pair = next as Pair;
      node = (next.value as Node | null) ?? null;
      if (!node) return { node: undefined, pair, complete: true };
    } else if (isSeq(node)) {
      const index = typeof seg === 'number' ? seg : Number.parseInt(String(seg), 10);
      const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
      if (!item) return { node, pair, complete: false };
      pair = undefined;
      node = item;
    } else {
      return { node, pair, complete: false };
    }
  }
  return { node, pair, complete: true };
}

interface Old {
  text: string;
  counter: LineCounter;
  doc: Document.Parsed | undefined;
}

function oldParse(text: string): Old {
  const counter = new LineCounter();
  const doc = parseAllDocuments(text, { schema: 'core', version: '1.2', lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true })[0];
  return { text, counter, doc };
}

function oldPathLocation({ text, counter, doc }: Old, file: string, p: DataPath, anchor: 'key' | 'value'): Location {
  const at = (start: number, end: number): Location => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    const a = counter.linePos(s);
    const b = counter.linePos(e);
    const lines = counter.lineStarts.length || 1;
    const clamp = (n: number) => Math.min(lines, Math.max(1, n));
    return { file, line: clamp(a.line), column: Math.max(1, a.col), endLine: clamp(b.line), endColumn: Math.max(1, b.col) };
  };
  if (!doc) return at(0, 1);
  const found = oldWalk(doc, p);
  if (!found.node && !found.pair) return at(0, 1);
  const useKey = found.pair && (anchor === 'key' || !found.complete || !found.node);
  const node = useKey ? (found.pair!.key as Node | null) : found.node;
  return node?.range ? at(node.range[0], node.range[1]) : at(0, 1);
}

function oldSourceText({ doc }: Old, p: DataPath): string | undefined {
  const node = doc?.getIn(p, true) as Node | undefined;
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

// ---- paths to try: every path in the data, with string indices, missing keys and steps past the end ----

function paths(data: unknown): DataPath[] {
  const out: DataPath[] = [[], ['finnes-ikke'], [0], ['0']];
  const stack: Array<[unknown, DataPath]> = [[data, []]];
  while (stack.length > 0 && out.length < 400) {
    const [value, at] = stack.pop()!;
    if (value === null || typeof value !== 'object') {
      out.push([...at, 'videre']);
      continue;
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) {
      const next = [...at, k];
      out.push(next);
      if (typeof k === 'number') out.push([...at, String(k)], [...at, k + entries.length]);
      stack.push([v, next]);
    }
    out.push([...at, 'mangler']);
  }
  return out;
}

const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const TEXTS: Array<[string, string]> = [
  ...yamlFiles(path.join(ROOT, 'examples')).map((f) => [f, read(path.join(ROOT, 'examples', f))] as [string, string]),
  ...yamlFiles(path.join(ROOT, 'test/fixtures')).map((f) => [f, read(path.join(ROOT, 'test/fixtures', f))] as [string, string]),
  ...CORPUS.flatMap((c) => Object.entries(c.files).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length < 100_000).map(([f, t]) => [`${c.name}: ${f}`, t.replace(/^\uFEFF/, '')] as [string, string])),
  ['aliases', 'a: &x {b: 1, c: [1, 2]}\nd: *x\ne: &y 0301\nf: *y\ng:\n  - *x\n  - *y\n'],
  ['anchor on a key', '? &k a\n: 1\nb: *k\nc: [*k]\n'],
  ['keys that read alike', '1: a\n"1": b\ntrue: c\n~: d\nnull: e\n1.0: f\n'],
  ['unresolved alias', 'a: *borte\nb: 1\n'],
  ['alias to its own anchor', 'x: &a [*a, 1]\n'],
  ['a list as a key', '[a, b]: c\nd: 1\n'],
  ['keys without values', '{a, b: }\n'],
  ['a number written with a leading zero', 'parter:\n  kommuner:\n    - { navn: Oslo, kommunenummer: 0301 }\n    - 0x1F\n'],
];

describe('locating on the position tree', () => {
  it.each(TEXTS)('%s: every path gives the location and source text it gave on yaml’s Document', async (name, text) => {
    const file: SourceFile = await parseSource(name, `/${name}`, text);
    const old = oldParse(text);
    let data = file.data;
    if (data === undefined) {
      try {
        data = old.doc?.toJS({ maxAliasCount: -1 });
      } catch {
        data = { a: 1, b: [0], x: [0, [0]] }; // an unresolved alias: try a few likely paths
      }
    }
    for (const p of paths(data)) {
      for (const anchor of ['key', 'value'] as const) {
        expect(pathLocation(file, p, anchor), `${JSON.stringify(p)} (${anchor})`).toEqual(oldPathLocation(old, name, p, anchor));
      }
      const node = nodeAtPath(file.tree, p);
      expect(node?.kind === 'scalar' ? node.source : undefined, `source text at ${JSON.stringify(p)}`).toBe(oldSourceText(old, p));
    }
  });
});
