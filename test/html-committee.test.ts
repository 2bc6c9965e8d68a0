// The HTML report for a committee (--audience utvalg): no file places, rule ids or YAML tips, and the note on what the result rests on.
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../src/format/html.js';
import type { Report } from '../src/types.js';
import { sampleReport } from './helpers/report.js';
import { runCli } from './helpers/run.js';

/** The visible text of a page: tags removed, entities for < > & kept as written. */
function visible(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');
}

describe('html --audience utvalg', () => {
  it('leaves out file:line, rule ids and tips, and keeps statuses, citations and messages', () => {
    const report = sampleReport();
    const technical = formatHtml(report, { lang: 'nb' });
    const committee = formatHtml(report, { lang: 'nb', audience: 'committee' });
    // The technical page has all of them, so the checks below can fail.
    for (const shown of ['øst|vest.yaml', 'ta-3-5.yaml:9', 'hol-6-2-nr8', 'Tips:']) expect(visible(technical), shown).toContain(shown);
    const text = visible(committee);
    expect(text).not.toMatch(/\.ya?ml\b/);
    expect(text).not.toMatch(/\bhol-6-2-nr\d+\b|\bschema\b/);
    expect(text).not.toContain('Tips:');
    for (const f of report.findings) expect(text, f.ruleId).toContain(f.message.split('\n')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    for (const r of report.requirements) expect(committee, r.id).toContain(`data-requirement="${r.id}"`);
    expect(text).toContain('Resultatet bygger på det avtalefilene erklærer');
    expect(visible(technical)).not.toContain('Resultatet bygger på');
    expect(committee).toContain('§ 6-2 første ledd nr. 8');
  });

  it('matches the snapshot (nn)', async () => {
    await expect(formatHtml({ ...sampleReport(), lang: 'nn' } as Report, { lang: 'nn', audience: 'committee' })).toMatchFileSnapshot('__snapshots__/html/sample.committee.nn.html');
  });

  it('is chosen with --audience utvalg, and a wrong value is exit 2', async () => {
    const run = await runCli(['check', 'examples/eldre-2012/avtale.yaml', '-f', 'html', '--audience', 'utvalg']);
    expect(run.code).toBe(1);
    expect(visible(run.stdout)).not.toMatch(/avtale\.yaml|hol-6-2-ledd2/);
    const technical = await runCli(['check', 'examples/eldre-2012/avtale.yaml', '-f', 'html', '--audience', 'teknisk']);
    expect(visible(technical.stdout)).toMatch(/avtale\.yaml/);
    const bad = await runCli(['check', 'examples/eldre-2012/avtale.yaml', '-f', 'html', '--audience', 'styre']);
    expect(bad.code).toBe(2);
  });
});
