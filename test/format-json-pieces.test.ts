// The JSON report written in pieces is byte for byte the report as one text, for small, empty and large reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import { formatJson, formatJsonPieces } from '../src/format/json.js';
import type { Report } from '../src/types.js';
import { sampleReport } from './helpers/report.js';
import { AS_OF, runCli } from './helpers/run.js';
import { mainFile, tree } from './helpers/tree.js';

const whole = (report: Report) => JSON.stringify(report, null, 2) + '\n';

describe('formatJsonPieces', () => {
  it('gives the text JSON.stringify gives for the sample report, with a |, a newline and æøå', () => {
    const report = sampleReport();
    expect([...formatJsonPieces(report)].join('')).toBe(whole(report));
    expect(formatJson(report, { lang: 'nb' })).toBe(whole(report));
  });

  it('keeps empty lists, nested objects and leaves out undefined members as JSON.stringify does', () => {
    const report = { ...sampleReport(), findings: [], suppressed: [], adoption: [], extra: undefined } as unknown as Report;
    expect([...formatJsonPieces(report)].join('')).toBe(whole(report));
  });

  it('writes a large report in many pieces of bounded size that join to the same text', () => {
    const base = sampleReport();
    const many = { ...base, findings: Array.from({ length: 3000 }, (_, i) => ({ ...base.findings[i % base.findings.length]!, message: `funn ${i}\n«æøå»|` })) };
    const pieces = [...formatJsonPieces(many)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000);
    expect(Buffer.from(pieces.join('')).equals(Buffer.from(whole(many)))).toBe(true);
  });
});

describe('check --format json on the command line', () => {
  it('writes the report to stdout and to a file in several pieces, the same bytes as the library report', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`sett-${String(i).padStart(2, '0')}/avtale.yaml`] = mainFile(`Sett ${i} «æøå» | del`);
    const dir = tree(files);
    const pieces: string[] = [];
    const run = await runCli(['check', '.', '--format', 'json', '--no-config'], dir, {}, { stdout: (s) => void pieces.push(s) });
    const lib = await check(['.'], { cwd: dir, asOf: AS_OF });
    if (!lib.ok) throw new Error('could not check');
    const expected = whole(lib.report);
    expect(run.code).toBe(lib.report.exitCode);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(expected);
    await runCli(['check', '.', '--format', 'json', '--no-config', '--output', 'rapport.json'], dir);
    expect(readFileSync(path.join(dir, 'rapport.json')).equals(Buffer.from(expected))).toBe(true);
  });
});
