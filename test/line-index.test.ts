// LineIndex gives the same line starts and the same line:column for every offset as yaml's LineCounter does after a parse
// (of a text yaml reads without errors: in some broken texts yaml's parser skips a line break inside a bad token, and the
// full parse path then passes yaml's own line starts, see fast-yaml.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { LineIndex } from '../src/yaml/line-index.js';
import { ROOT, yamlFiles } from './helpers/run.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Compares the two for `text`; false (and no comparison) when `onlyValid` and yaml finds errors in it. */
function expectSameAsYaml(text: string, onlyValid = false): boolean {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter });
  if (onlyValid && docs.some((d) => d.errors.length > 0)) return false;
  const index = new LineIndex(text);
  expect(index.lineStarts, JSON.stringify(text)).toEqual(counter.lineStarts);
  for (let offset = 0; offset <= text.length + 1; offset++) {
    expect(index.linePos(offset), `offset ${offset} of ${JSON.stringify(text)}`).toEqual(counter.linePos(offset));
  }
  return true;
}

const TEXTS = [
  '',
  'a',
  'a: 1',
  'a: 1\n',
  '\n\n\n',
  'a: 1\r\nb: 2\r\n',
  'a: 1\r\nb: 2',
  'a: 1\rb: 2\n',
  '\r',
  '\r\n',
  'a: "x\n  y"\n',
  "a: 'x\r\n\r\n  y'\r\n",
  'a: b\n  c\n\n  d\n',
  'a: |\n  x\n\n  y\n\n\n',
  'a: >+\r\n  x\r\n\r\n',
  '- [a,\n  b]\n',
  '%YAML 1.2\n---\na: 1\n...\n---\nb: 2\n',
  'a: "unclosed\nx\n',
  'æøå: "🙂\nx"\n',
];

describe('LineIndex', () => {
  it.each(TEXTS.map((t) => [JSON.stringify(t), t] as const))('agrees with LineCounter on %s', (_name, text) => {
    expectSameAsYaml(text);
  });

  it('agrees with LineCounter on every example file', () => {
    const dir = path.join(ROOT, 'examples');
    for (const file of yamlFiles(dir)) expectSameAsYaml(readFileSync(path.join(dir, file), 'utf8'));
  });

  it(`agrees with LineCounter on random YAML-ish text that yaml reads without errors (${RUNS} runs)`, () => {
    const bits = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', 'x: |\n', '? ', '&a ', '*a', '---', '...', 'æ');
    let compared = 0;
    fc.assert(
      fc.property(fc.array(bits, { maxLength: 30 }), (a) => {
        if (expectSameAsYaml(a.join(''), true)) compared++;
      }),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS * 0.1);
  });

  it('puts an offset past the end on the last line, and one before the first newline on line 1', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(index.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(index.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(index.linePos(9)).toEqual({ line: 2, col: 7 });
  });
});
