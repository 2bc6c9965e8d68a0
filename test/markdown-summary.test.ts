// Markdown for pull requests: the --summary form stays under GitHub's comment limit and says what it left out; --link-base links file places.
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../src/format/markdown.js';
import { formatMarkdownSummary } from '../src/format/markdown-summary.js';
import type { Report } from '../src/types.js';
import { sampleReport } from './helpers/report.js';
import { runCli } from './helpers/run.js';

const GITHUB_COMMENT_LIMIT = 65_536;

/** The sample report's set `n` times over, each copy in its own folder, plus one clean set at the end. */
function repository(n: number): Report {
  const base = sampleReport();
  const report: Report = { ...base, agreements: [], requirements: [], findings: [], suppressed: [] };
  for (let i = 0; i < n; i++) {
    const move = (file: string) => `kommune-${i}/${file}`;
    const a = base.agreements[0]!;
    report.agreements.push({ ...a, file: move(a.file), files: a.files.map(move) });
    report.requirements.push(...base.requirements.map((r) => ({ ...r, agreement: move(r.agreement) })));
    report.findings.push(...base.findings.map((f) => ({ ...f, location: { ...f.location, file: move(f.location.file) } })));
  }
  report.agreements.push({ file: 'ren/avtale.yaml', title: 'Ren avtale', files: ['ren/avtale.yaml'], counts: { satisfied: 13, partial: 0, missing: 0, 'not-yet-in-force': 0, suppressed: 0, total: 13 } });
  return report;
}

describe('markdown --summary', () => {
  it('shows every set of a small report, failing sets first, and the failing findings folded', () => {
    const report = repository(2);
    report.agreements.unshift(report.agreements.pop()!); // the clean set first in the report
    const text = formatMarkdownSummary(report, { lang: 'nb' });
    const rows = text.split('\n').filter((l) => /^\| (❌|🟡|✅) \|/.test(l));
    expect(rows.map((r) => r.slice(2, 4).trim())).toEqual(['❌', '❌', '✅']);
    expect(text).toContain('> **Avtalesett: 3, av dem 2 med feil eller manglende lovkrav.**');
    expect(text).toContain('<details><summary>Funn som feiler sjekken (--fail-on error): 2</summary>');
    expect(text).not.toContain('Utelatt');
    expect(text).toMatchSnapshot();
  });

  it('keeps a large repository under the comment limit, counting what it left out, while the full report is much longer', () => {
    const report = repository(1200);
    const full = formatMarkdown(report, { lang: 'en' });
    expect(full.length).toBeGreaterThan(5 * GITHUB_COMMENT_LIMIT);
    const text = formatMarkdown(report, { lang: 'en', summary: true });
    expect(text.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const shown = text.split('\n').filter((l) => /^\| (❌|🟡|✅) \|/.test(l)).length;
    const omitted = Number(/Left out to keep the comment under GitHub’s limit: (\d+) rows/.exec(text)![1]);
    // Every set row is either shown or counted; the findings table is left out entirely once set rows are cut.
    expect(shown + omitted).toBe(report.agreements.length + report.findings.filter((f) => f.severity === 'error').length);
    expect(text).not.toContain('<details>');
  });

  it('is deterministic and leaves the report unchanged', () => {
    const report = repository(3);
    const before = JSON.stringify(report);
    expect(formatMarkdownSummary(report, { lang: 'nn' })).toBe(formatMarkdownSummary(report, { lang: 'nn' }));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('markdown --link-base', () => {
  it('turns file places into links to the line, in the full and the short form, encoding the path', () => {
    const report = sampleReport();
    const base = 'https://github.com/eier/avtaler/blob/abc123/';
    const full = formatMarkdown(report, { lang: 'nb', linkBase: base });
    expect(full).toContain('[`avtaler/øst\\|vest.yaml:18:1`](https://github.com/eier/avtaler/blob/abc123/avtaler/%C3%B8st%7Cvest.yaml#L18)');
    expect(full).toContain('(https://github.com/eier/avtaler/blob/abc123/avtaler/dokumenter/ta-3-5.yaml#L9)');
    expect(formatMarkdown(report, { lang: 'nb' })).not.toContain('https://github.com/eier');
    const short = formatMarkdown(report, { lang: 'nb', linkBase: base, summary: true });
    expect(short).toContain('[`avtaler/øst\\|vest.yaml`](https://github.com/eier/avtaler/blob/abc123/avtaler/%C3%B8st%7Cvest.yaml)');
  });

  it('reaches the formatter from the command line, with the same exit code as without', async () => {
    const plain = await runCli(['check', 'examples/eldre-2012/avtale.yaml', '-f', 'markdown']);
    const run = await runCli(['check', 'examples/eldre-2012/avtale.yaml', '-f', 'markdown', '--summary', '--link-base', 'https://example.org/r/blob/main']);
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toMatch(/^# Avtalesjekk: gaprapport \(kortversjon\)\n/);
    expect(run.stdout).toContain('](https://example.org/r/blob/main/examples/eldre-2012/avtale.yaml)');
  });
});
