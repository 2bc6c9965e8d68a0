// The JSON report written in pieces is byte for byte the report as one text, for small, empty and large reports.
import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonPieces } from '../src/format/json.js';
import type { Report } from '../src/types.js';
import { sampleReport } from './helpers/report.js';

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
