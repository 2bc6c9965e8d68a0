// The bundled examples tell their stories: exit codes, statuses and findings are asserted, reports kept as snapshots.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { LANGS, type Report } from '../src/types.js';
import { AS_OF, ROOT, runCli, yamlFiles } from './helpers/run.js';

interface Expectation {
  exit: number;
  exitOnWarning: number;
  counts: Report['counts'];
  /** Statuses that are not `satisfied`. */
  notSatisfied: Record<string, string>;
}

const EXAMPLES: Record<string, Expectation> = {
  'nordre-trondelag': { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 0 }, notSatisfied: {} },
  'eldre-2012': {
    exit: 1,
    exitOnWarning: 1,
    counts: { error: 1, warning: 5, info: 0 },
    notSatisfied: { 'hol-6-2-nr2': 'partial', 'hol-6-2-nr5': 'partial', 'hol-6-2-nr9': 'partial', 'hol-6-2-nr12': 'missing', 'hol-6-2-nr13': 'missing', 'hol-6-2-ledd2': 'partial' },
  },
  'ta-3-og-5': { exit: 0, exitOnWarning: 1, counts: { error: 0, warning: 1, info: 0 }, notSatisfied: { 'hol-6-2-nr9': 'partial' } },
  nynorsk: { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 0 }, notSatisfied: {} },
};

const main = (name: string) => `examples/${name}/avtale.yaml`;

async function report(name: string, lang = 'nb', extra: string[] = []) {
  const run = await runCli(['check', main(name), '--as-of', AS_OF, '--format', 'json', '--lang', lang, ...extra]);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

describe.each(Object.entries(EXAMPLES))('examples/%s', (name, want) => {
  it('gives the documented exit code and counts', async () => {
    const { code, report: r, stderr } = await report(name);
    expect(stderr).toBe('');
    expect(code).toBe(want.exit);
    expect(r.counts).toEqual(want.counts);
    expect((await report(name, 'nb', ['--fail-on', 'warning'])).code).toBe(want.exitOnWarning);
  });

  it('gives the documented status for every requirement', async () => {
    const { report: r } = await report(name);
    const statuses = Object.fromEntries(r.requirements.map((x) => [x.id, x.status]));
    const expected = Object.fromEntries(loadCatalogue().requirements.map((x) => [x.id, want.notSatisfied[x.id] ?? 'satisfied']));
    expect(statuses).toEqual(expected);
  });

  it('reports findings at stable places', async () => {
    const { report: r } = await report(name);
    expect(r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.location.file}:${f.location.line}:${f.location.column}`)).toMatchSnapshot();
  });

  it('markdown report (nb)', async () => {
    const run = await runCli(['check', main(name), '--as-of', AS_OF, '--format', 'markdown']);
    await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/examples/${name}.nb.md`);
  });

  it.each(LANGS)('names all 13 items and the joint-measure rule with status and citation (%s)', async (lang) => {
    const { report: r } = await report(name, lang);
    for (const id of [...Array.from({ length: 13 }, (_, i) => `hol-6-2-nr${i + 1}`), 'hol-6-2-ledd2']) {
      const req = r.requirements.find((x) => x.id === id)!;
      expect(req, id).toBeDefined();
      expect(req.citation.url).toMatch(/^https:\/\/lovdata\.no\//);
      expect(req.title).toBe(loadCatalogue().requirements.find((x) => x.id === id)!.title[lang]);
    }
    const terminal = await runCli(['check', main(name), '--as-of', AS_OF, '--lang', lang]);
    for (const req of r.requirements) expect(terminal.stdout, req.id).toMatch(new RegExp(`${req.citation.ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${req.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('starts every file with the yaml-language-server modeline', () => {
    const dir = path.join(ROOT, 'examples', name);
    for (const file of yamlFiles(dir)) {
      const first = readFileSync(path.join(dir, file), 'utf8').split('\n')[0];
      expect(first, file).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schemas\/avtale\.schema\.json$/);
    }
  });
});

it('all examples in one call give one report and the worst exit code', async () => {
  const run = await runCli(['check', ...Object.keys(EXAMPLES).map(main), '--as-of', AS_OF, '--format', 'json']);
  const r = JSON.parse(run.stdout) as Report;
  expect(run.code).toBe(1);
  expect(r.agreements.map((a) => a.file)).toEqual(Object.keys(EXAMPLES).map(main));
  expect(r.requirements).toHaveLength(Object.keys(EXAMPLES).length * loadCatalogue().requirements.length);
});
