// Property-based fuzzing: mutated example files and random YAML-shaped values never crash the checker.
// FUZZ_RUNS sets the number of runs per property (`npm run fuzz` uses many more than the normal test run).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Report } from '../src/types.js';
import { memoryFileSystem } from './helpers/memory-fs.js';
import { ROOT, runCli, yamlFiles } from './helpers/run.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Long fuzz runs get time in proportion to their size (about 30 ms a run for the line mutations here). */
const TIMEOUT = Math.max(30_000, RUNS * 100);
const EXAMPLE = path.join(ROOT, 'examples/nordre-trondelag');
const ORIGINAL = new Map(yamlFiles(EXAMPLE).map((f) => [path.join(EXAMPLE, f), new Uint8Array(readFileSync(path.join(EXAMPLE, f)))]));
const FILES = [...ORIGINAL.keys()];

/** Runs `check` on the example with `changed` files replaced, and asserts the invariants. */
async function checkInvariants(changed: Map<string, Uint8Array>): Promise<void> {
  const files = new Map([...ORIGINAL, ...changed]);
  const run = await runCli(['check', 'avtale.yaml', '--format', 'json', '--as-of', '2026-11-22'], EXAMPLE, {}, { fs: memoryFileSystem(files) });
  expect([0, 1, 2], run.stderr).toContain(run.code);
  expect(run.stderr, 'no internal error').not.toMatch(/Intern feil/);
  if (run.code === 2) {
    expect(run.stdout).toBe('');
    return;
  }
  const report = JSON.parse(run.stdout) as Report;
  for (const f of report.findings) {
    const bytes = files.get(path.join(EXAMPLE, f.location.file));
    expect(bytes, `${f.ruleId} names a file of the set: ${f.location.file}`).toBeDefined();
    const lines = Buffer.from(bytes!).toString('utf8').split('\n').length;
    expect(f.location.line, `${f.ruleId} line ≥ 1`).toBeGreaterThanOrEqual(1);
    expect(f.location.line, `${f.ruleId} at ${f.location.file}:${f.location.line} is inside ${lines} lines`).toBeLessThanOrEqual(lines);
    expect(f.location.column).toBeGreaterThanOrEqual(1);
  }
}

const YAML_BITS = [':', ': ', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!!str ', '---', '...', '%YAML 1.1', '# ', '? ', '|', '>', '\t', ',', '0301', '2024-02-30', '__proto__: ', '<<: *a', '\u00e6\u00f8\u00e5', '\r'];

type Mutation = (lines: string[]) => string[];
const lineMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (l: string[]) => l.filter((_, k) => k !== i % l.length)),
  fc.nat().map((i) => (l: string[]) => l.flatMap((x, k) => (k === i % l.length ? [x, x] : [x]))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (l: string[]) => {
    const out = [...l];
    const a = i % l.length;
    const b = j % l.length;
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 6 })).map(([i, d]) => (l: string[]) =>
    l.map((x, k) => (k === i % l.length ? (d >= 0 ? ' '.repeat(d) + x : x.slice(-d)) : x)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...YAML_BITS)).map(([i, c, bit]) => (l: string[]) =>
    l.map((x, k) => (k === i % l.length ? x.slice(0, c % (x.length + 1)) + bit + x.slice(c % (x.length + 1)) : x)),
  ),
);

describe('fuzzing', () => {
  it(`mutated lines of the example files (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: FILES.length - 1 }), fc.array(lineMutation, { minLength: 1, maxLength: 4 }), async (fileIndex, mutations) => {
        const file = FILES[fileIndex]!;
        const text = Buffer.from(ORIGINAL.get(file)!).toString('utf8');
        const lines = mutations.reduce((l, m) => (l.length > 0 ? m(l) : l), text.split('\n'));
        await checkInvariants(new Map([[file, new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'))]]));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`random bytes in the main file (${RUNS} runs)`, async () => {
    const main = path.join(EXAMPLE, 'avtale.yaml');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (edits) => {
        const bytes = new Uint8Array(ORIGINAL.get(main)!);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        await checkInvariants(new Map([[main, bytes]]));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it(`random YAML-shaped values as the main file (${RUNS} runs)`, async () => {
    const main = path.join(EXAMPLE, 'avtale.yaml');
    const key = fc.constantFrom('avtale', 'parter', 'dokumenter', 'dekning', 'samarbeidstiltak', 'organer', 'vedtaksmyndighet', 'kommuner', 'id', 'type', 'tittel', 'krav', 'dokument', 'inkluder', 'vedtak', 'organ', 'part', 'dato', '__proto__', 'constructor');
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('hol-6-2-nr5', 'overordnet', '0301', '2024-02-30', 'dokumenter/ta.yaml', '../x.yaml'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 8 }), async (data) => {
        await checkInvariants(new Map([[main, new Uint8Array(Buffer.from(stringify(data), 'utf8'))]]));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
