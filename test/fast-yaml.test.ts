// The fast parse path: it takes every example and benchmark file, agrees with the full path (the yaml package) on every
// real and hostile file it takes, gives the same SourceFile either way, and a run it serves never loads the yaml package.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fastParse, resolvePlain } from '../src/yaml/fast-yaml.js';
import { MAX_FILE_BYTES } from '../src/load/limits.js';
import { parseFull } from '../src/yaml/parse-full.js';
import { parseSource, type SourceFile } from '../src/yaml/parse.js';
import { pathLocation } from '../src/engine/locate.js';
import { CORPUS } from './hostile/corpus.js';
import { ROOT, yamlFiles } from './helpers/run.js';

/** Data with its key order made visible. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') return Object.keys(value).map((k) => [k, ordered((value as Record<string, unknown>)[k])]);
  return value;
}

/** When the fast parser accepts `text`, the full path must agree in every respect. Returns whether it accepted. */
function agrees(text: string, name = JSON.stringify(text.slice(0, 80))): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const full = parseFull('f.yaml', text);
  // Slips seen in the text alone (curly quotes, `key:value`) are valid YAML: both paths report them (src/yaml/slips.ts).
  const parserIssues = full.issues.filter((i) => i.messageId !== 'yaml.curly-quote' && i.messageId !== 'yaml.missing-space');
  expect(parserIssues, `yaml finds problems the fast parser missed in ${name}`).toEqual([]);
  // node's deep equality, not expect's: a `constructor` key would fool expect's type check.
  expect(isDeepStrictEqual(fast.data, full.data), `data of ${name}`).toBe(true);
  expect(isDeepStrictEqual(ordered(fast.data), ordered(full.data)), `key order of ${name}`).toBe(true);
  expect(fast.tree, `tree of ${name}`).toStrictEqual(full.tree);
  expect(fast.comments, `comments of ${name}`).toStrictEqual(full.comments);
  return true;
}

/** Both parse paths give the same SourceFile for `text` when the fast one takes it. Returns whether it did. */
async function sameSourceFile(text: string, name: string): Promise<boolean> {
  if (!fastParse(text)) return false;
  const fast = await parseSource(name, `/x/${name}`, text);
  const full = await parseSource(name, `/x/${name}`, text, { fast: false });
  const { data: fastData, ...fastRest } = fast;
  const { data: fullData, ...fullRest } = full;
  expect(fastRest, name).toStrictEqual(fullRest);
  expect(isDeepStrictEqual(ordered(fastData), ordered(fullData)), `data of ${name}`).toBe(true);
  expect(isDeepStrictEqual(fastData, fullData), `data of ${name}`).toBe(true);
  return true;
}

const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const EXAMPLES = yamlFiles(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f));
const FIXTURES = yamlFiles(path.join(ROOT, 'test/fixtures')).map((f) => path.join(ROOT, 'test/fixtures', f));
const HOSTILE = CORPUS.flatMap((c) =>
  Object.entries(c.files)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= MAX_FILE_BYTES)
    .map(([file, text]) => [`${c.name}: ${file}`, text.replace(/^\uFEFF/, '')] as const),
);

interface BenchGenerator {
  generateSet(index: number, items: unknown, targetBytes?: number): { text: string };
  loadItems(root: URL): unknown;
}
const bench = (await import(pathToFileURL(path.join(ROOT, 'scripts/bench/generate.mjs')).href)) as BenchGenerator;
const ITEMS = bench.loadItems(pathToFileURL(`${ROOT}/`));
const BENCH_SETS = [0, 1, 4, 9, 14, 99].map((i) => [i, bench.generateSet(i, ITEMS).text] as const);

describe('fastParse on real files', () => {
  it.each(EXAMPLES.map((f) => [path.relative(ROOT, f), f] as const))('takes %s and agrees with the full path', (_name, file) => {
    expect(agrees(read(file), file), 'the fast path must take every example').toBe(true);
  });

  it.each(BENCH_SETS)('takes benchmark set %i and agrees with the full path', (i, text) => {
    expect(agrees(text, `benchmark set ${i}`)).toBe(true);
  });

  it('agrees with the full path on every fixture it takes, and takes most of them', () => {
    const taken = FIXTURES.filter((file) => agrees(read(file), file));
    expect(taken.length).toBeGreaterThan(FIXTURES.length * 0.8);
  });

  it.each(HOSTILE)('agrees with the full path on the hostile case %s, or leaves it to it', (_name, text) => {
    agrees(text);
  });

  it('leaves what it does not read to the full path', () => {
    for (const text of [
      '',
      '# only a comment\n',
      'just text\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      'a:\tb\n',
      '? a\n: b\n',
      '<<: {a: 1}\n',
      'a: 1\na: 2\n',
      'a: b: c\n',
      'a: "b" c\n',
      'a: [1,\n  2]\n',
      'a: |2\n   x\n',
      'a: 1\r\rb: 2\n',
      `a: ${'['.repeat(100)}${']'.repeat(100)}\n`,
    ]) {
      expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('never overflows the stack or throws on 10 000 levels of nesting', () => {
    expect(fastParse(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toBeUndefined();
    const deep = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(fastParse(deep)).toBeUndefined();
  });

  it('resolves plain scalars by the YAML 1.2 core schema, as yaml does', () => {
    for (const [text, value] of [
      ['~', null], ['null', null], ['Null', null], ['NULL', null], ['nULL', 'nULL'],
      ['true', true], ['True', true], ['TRUE', true], ['tRUE', 'tRUE'], ['false', false], ['NO', 'NO'], ['yes', 'yes'], ['on', 'on'],
      ['0301', 301], ['-0', -0], ['+12', 12], ['0o17', 15], ['0O17', '0O17'], ['0x1F', 31], ['-0x1F', '-0x1F'], ['0b1', '0b1'],
      ['1e3', 1000], ['1.5', 1.5], ['.5', 0.5], ['5.', 5], ['-.inf', Number.NEGATIVE_INFINITY], ['.NaN', Number.NaN], ['.nAn', '.nAn'],
      ['2024-03-01', '2024-03-01'], ['1_000', '1_000'], ['12:30', '12:30'],
    ] as const) {
      expect(Object.is(resolvePlain(text), value) || isDeepStrictEqual(resolvePlain(text), value), text).toBe(true);
      expect(isDeepStrictEqual(fastParse(`k: ${text}\n`)?.data, { k: value }), text).toBe(true);
    }
  });

  it('keeps __proto__, constructor and prototype as ordinary keys, as yaml does', () => {
    const text = 'a:\n  __proto__: { polluted: true }\n  constructor: x\n  prototype: y\n';
    expect(agrees(text)).toBe(true);
    const data = fastParse(text)!.data as { a: Record<string, unknown> };
    expect(Object.keys(data.a)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(data.a)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseSource', () => {
  it('gives the same SourceFile whichever path it takes', async () => {
    let taken = 0;
    for (const file of [...EXAMPLES, ...FIXTURES]) if (await sameSourceFile(read(file), path.relative(ROOT, file))) taken++;
    for (const [name, text] of HOSTILE) if (await sameSourceFile(text, name)) taken++;
    for (const [i, text] of BENCH_SETS) if (await sameSourceFile(text, `bench-${i}.yaml`)) taken++;
    expect(taken).toBeGreaterThan(EXAMPLES.length + BENCH_SETS.length);
  });

  it('locates a path, a key and a number written with a leading zero the same way on both paths', async () => {
    const text = 'parter:\n  kommuner:\n    - { navn: Oslo, kommunenummer: 0301 }\n  # merknad\n';
    const files = await Promise.all([parseSource('a.yaml', '/a.yaml', text), parseSource('a.yaml', '/a.yaml', text, { fast: false })]);
    const [fast, full] = files as [SourceFile, SourceFile];
    for (const file of files) {
      expect(pathLocation(file, ['parter', 'kommuner', 0, 'kommunenummer'], 'value')).toMatchObject({ line: 3, column: 36, endColumn: 40 });
      expect(pathLocation(file, ['parter', 'kommuner', '0', 'kommunenummer'], 'key')).toMatchObject({ line: 3, column: 21 });
      expect(pathLocation(file, ['parter', 'finnes-ikke'], 'value')).toMatchObject({ line: 1, column: 1 });
    }
    expect(fast.comments).toEqual([{ offset: text.indexOf('#'), source: '# merknad' }]);
    expect(full.comments).toEqual(fast.comments);
  });

  it("keeps yaml's own line starts on the full path, where a broken text makes yaml skip a line break", async () => {
    const text = 'a\r\n: x: |\n\r\n';
    const file = await parseSource('a.yaml', '/a.yaml', text);
    expect(file.issues.length).toBeGreaterThan(0);
    expect(file.lines.lineStarts).toEqual([0, 3, 10]);
  });
});

describe('a run on the fast path', () => {
  const PARSE = path.join(ROOT, 'dist/yaml/parse.js');
  /** Parses `files` with the built parse module while a loader hook refuses to load the yaml package. */
  const runWithoutYaml = (files: string[]) => {
    const hook = `export async function resolve(specifier, context, next) { if (specifier === 'yaml' || specifier.startsWith('yaml/')) throw new Error('the yaml package was loaded'); return next(specifier, context); }`;
    const script = `
      import { register } from 'node:module';
      import { readFileSync } from 'node:fs';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const { parseSource } = await import(${JSON.stringify(pathToFileURL(PARSE).href)});
      for (const file of process.argv.slice(1)) {
        const parsed = await parseSource(file, file, readFileSync(file, 'utf8'));
        if (parsed.issues.length > 0 || parsed.data === undefined) throw new Error('not parsed: ' + file);
      }
      process.stdout.write('parsed ' + (process.argv.length - 1));
    `;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script, ...files], { encoding: 'utf8' });
  };

  it('is built (run `npm run build` first)', () => {
    expect(existsSync(PARSE)).toBe(true);
    expect(existsSync(path.join(ROOT, 'dist/yaml/fast-yaml.js'))).toBe(true);
  });

  it('never loads the yaml package when every file takes the fast path', () => {
    const run = runWithoutYaml(EXAMPLES);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`parsed ${EXAMPLES.length}`);
  });

  it('loads it for a file that needs the full path (so the check above can fail)', () => {
    const run = runWithoutYaml([path.join(ROOT, 'test/fixtures/rules/yaml-alias-limit/pass.yaml')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/the yaml package was loaded/);
  });
});
