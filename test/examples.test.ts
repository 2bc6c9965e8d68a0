// The bundled examples tell their stories: exit codes, statuses and findings are asserted, reports kept as snapshots.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../src/format/html.js';
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
  // Warnings by design: PSU and ASU may change documents that fulfil § 6-2 items (LAW.md § 7), and the kommuner have more seats than the HF.
  'nordre-trondelag': { exit: 0, exitOnWarning: 1, counts: { error: 0, warning: 3, info: 3 }, notSatisfied: {} },
  'eldre-2012': {
    exit: 1,
    exitOnWarning: 1,
    counts: { error: 3, warning: 2, info: 3 },
    notSatisfied: { 'hol-6-2-nr10': 'partial', 'hol-6-2-nr11': 'partial', 'hol-6-2-nr12': 'missing', 'hol-6-2-nr13': 'missing', 'hol-6-2-ledd2': 'partial' },
  },
  'ta-3-og-5': { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 1 }, notSatisfied: {} },
  nynorsk: { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 0 }, notSatisfied: {} },
  'helsefellesskap-ssu-fsu': { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 0 }, notSatisfied: {} },
  formannskap: { exit: 1, exitOnWarning: 1, counts: { error: 1, warning: 1, info: 0 }, notSatisfied: { 'hol-6-1-vedtak': 'partial' } },
  'ikke-vedtatt': { exit: 0, exitOnWarning: 1, counts: { error: 0, warning: 2, info: 0 }, notSatisfied: { 'hol-6-1-vedtak': 'partial' } },
  'flere-helseparter': { exit: 0, exitOnWarning: 0, counts: { error: 0, warning: 0, info: 0 }, notSatisfied: {} },
  regionraad: { exit: 1, exitOnWarning: 1, counts: { error: 1, warning: 1, info: 0 }, notSatisfied: { 'hol-6-1-vedtak': 'partial' } },
  'oppsigelse-ukjent': { exit: 0, exitOnWarning: 1, counts: { error: 0, warning: 1, info: 1 }, notSatisfied: { 'hol-6-1-vedtak': 'partial' } },
  'tidsbegrenset-regel': { exit: 1, exitOnWarning: 1, counts: { error: 1, warning: 0, info: 0 }, notSatisfied: {} },
};

const main = (name: string) => `examples/${name}/avtale.yaml`;

/** The 1-based line of the only line in an example file that contains `needle`. */
function lineOf(file: string, needle: string): number {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  expect(hits, `${file}: ${needle}`).toHaveLength(1);
  return hits[0]!;
}

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

describe('examples/helsefellesskap-ssu-fsu: partnerskapsmøte, SSU and FSU with the agreement\'s own authority rules', () => {
  const name = 'helsefellesskap-ssu-fsu';
  const file = 'examples/helsefellesskap-ssu-fsu/dokumenter/samarbeidsavtale.yaml';

  it('every kommunestyre and the HF board adopted version 2025 on the partnerskapsmøte\'s recommendation, each with a case number', async () => {
    const { report: r } = await report(name);
    expect(r.findings).toEqual([]);
    const a = r.adoption[0]!;
    expect(a).toMatchObject({ documentId: 'samarbeidsavtale', version: '2025', adopted: 7, total: 7, healthTrustAdopted: true });
    expect(a.summary).toBe('7 av 7 kommunestyrer har vedtatt versjon 2025; styret i Helse Sørfjord HF har vedtatt den');
    expect(a.parties.map((p) => [p.party, p.status, p.body, p.version])).toEqual([
      ...['9911', '9912', '9913', '9914', '9915', '9916', '9917'].map((n) => [n, 'adopted', 'kommunestyre', '2025']),
      ['hf', 'adopted', 'hf-styre', '2025'],
    ]);
    for (const p of a.parties) {
      expect(p.caseNumber, p.party).toMatch(/^\S/);
      expect(p.location?.file, p.party).toBe(file);
    }
  });
});

describe('examples/formannskap: the formannskap adopted the agreement for one kommune', () => {
  const name = 'formannskap';
  const file = main(name);

  it.each([
    ['nb', /formannskap/i, 'Vikøy kommune (9933)'],
    ['nn', /formannskap/i, 'Vikøy kommune (9933)'],
    ['en', /formannskap|executive committee/i, 'Vikøy kommune (9933)'],
  ] as const)('an error at the formannskap record names the body, the party and the date (%s)', async (lang, body, party) => {
    const { report: r } = await report(name, lang);
    const hits = r.findings.filter((f) => f.ruleId === 'hol-6-1-kommunestyret-selv');
    expect(hits).toHaveLength(1);
    const f = hits[0]!;
    expect(f.severity).toBe('error');
    expect(`${f.location.file}:${f.location.line}`).toBe(`${file}:${lineOf(file, 'organ: formannskap')}`);
    expect(f.message).toMatch(body);
    expect(f.message).toContain(party);
    expect(f.message).toContain('2025-05-14');
  });

  it('the kommune counts as not adopted, with a warning at the document\'s decisions', async () => {
    const { report: r } = await report(name);
    const hits = r.findings.filter((f) => f.ruleId === 'hol-6-1-vedtak');
    expect(hits.map((f) => [f.severity, `${f.location.file}:${f.location.line}`])).toEqual([['warning', `${file}:${lineOf(file, '    vedtak:')}`]]);
    expect(hits[0]!.message).toContain('Vikøy kommune (9933)');
    const a = r.adoption[0]!;
    expect([a.adopted, a.total, a.healthTrustAdopted]).toEqual([3, 4, true]);
    expect(a.parties.find((p) => p.party === '9933')).toEqual({ party: '9933', name: 'Vikøy', kind: 'kommune', status: 'not-adopted' });
    expect(a.parties.filter((p) => p.status === 'adopted').map((p) => p.party)).toEqual(['9931', '9932', '9934', 'hf']);
  });
});

describe('examples/ikke-vedtatt: one kommune has not treated the case, one adopted only the previous version', () => {
  const name = 'ikke-vedtatt';
  const file = 'examples/ikke-vedtatt/dokumenter/samarbeidsavtale.yaml';

  it('the adoption table says 3 of 5 and gives both parties\' status', async () => {
    const { report: r } = await report(name);
    const a = r.adoption[0]!;
    expect(a).toMatchObject({ agreement: main(name), documentId: 'samarbeidsavtale', version: '2025', adopted: 3, total: 5, healthTrustAdopted: true });
    expect(a.summary).toBe('3 av 5 kommunestyrer har vedtatt versjon 2025; styret i Helse Vestmo HF har vedtatt den');
    expect(a.parties.find((p) => p.party === '9944')).toEqual({ party: '9944', name: 'Sandvåg', kind: 'kommune', status: 'not-adopted' });
    expect(a.parties.find((p) => p.party === '9945')).toMatchObject({ name: 'Tindfjell', status: 'older-version', version: '2021', date: '2021-06-17', body: 'kommunestyre', caseNumber: '21/344' });
    expect(a.parties.filter((p) => p.status === 'adopted').map((p) => p.party)).toEqual(['9941', '9942', '9943', 'hf']);
  });

  it('gives one hol-6-1-vedtak warning per party that has not adopted version 2025', async () => {
    const { report: r } = await report(name);
    expect(r.findings.map((f) => [f.ruleId, f.severity, `${f.location.file}:${f.location.line}`])).toEqual([
      ['hol-6-1-vedtak', 'warning', `${file}:${lineOf(file, '  vedtak:')}`],
      ['hol-6-1-vedtak', 'warning', `${file}:${lineOf(file, 'part: "9945"')}`],
    ]);
    expect(r.findings[0]!.message).toContain('Sandvåg kommune (9944)');
    expect(r.findings[1]!.message).toContain('Tindfjell kommune (9945)');
    expect(r.findings[1]!.message).toContain('2021');
  });

  it.each([
    ['nb', '3 av 5 kommunestyrer har vedtatt versjon 2025'],
    ['nn', '3 av 5 kommunestyre har vedteke versjon 2025'],
    ['en', '3 of 5 municipal councils have adopted version 2025'],
  ] as const)('terminal and markdown show the summary and both parties (%s)', async (lang, summary) => {
    for (const format of ['terminal', 'markdown']) {
      const run = await runCli(['check', main(name), '--as-of', AS_OF, '--lang', lang, '--format', format]);
      expect(run.stdout, format).toContain(summary);
      expect(run.stdout, format).toContain('Sandvåg kommune (9944)');
      expect(run.stdout, format).toContain('Tindfjell kommune (9945)');
    }
  });
});

describe('examples with the adoption patterns of issue 12', () => {
  it('flere-helseparter: the HF and both co-parties have a row each, and the city department only signed', async () => {
    const { report: r } = await report('flere-helseparter');
    const a = r.adoption[0]!;
    expect(a.parties.map((p) => [p.party, p.kind, p.status, p.body])).toEqual([
      ['9951', 'kommune', 'adopted', 'bystyre'],
      ['9952', 'kommune', 'adopted', 'kommunestyre'],
      ['9953', 'kommune', 'adopted', 'kommunestyre'],
      ['9954', 'kommune', 'adopted', 'kommunestyre'],
      ['hf', 'hf', 'adopted', 'hf-styre'],
      ['helse-fjellby', 'medpart', 'adopted', 'hf-styre'],
      ['lundvik-diakonale', 'medpart', 'adopted', 'medpart-styre'],
    ]);
  });

  it('regionraad: the regional council adopting for Bakkeby is an error at its record; signing for the others is not', async () => {
    const file = main('regionraad');
    const { report: r } = await report('regionraad');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([
      ['hol-6-1-vedtak', 'warning', lineOf(file, '    vedtak:')],
      ['hol-6-1-kommunestyret-selv', 'error', lineOf(file, 'RR-14/25')],
    ]);
    expect(r.findings[1]!.message).toContain('Bakkeby kommune (9964)');
    expect(r.adoption[0]!.parties.find((p) => p.party === '9964')!.status).toBe('not-adopted');
  });

  it('oppsigelse-ukjent: a termination with its notice period, and an unknown adoption at info level', async () => {
    const file = main('oppsigelse-ukjent');
    const { report: r } = await report('oppsigelse-ukjent', 'nn');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([
      ['hol-6-1-vedtak', 'warning', lineOf(file, 'endring: oppsigelse }')],
      ['hol-6-1-vedtak', 'info', lineOf(file, '"9974", utfall: ukjent')],
    ]);
    expect(r.findings[0]!.message).toContain('2027-03-19');
    expect(r.findings[1]!.message).toContain('ikkje kjent');
    expect(r.adoption[0]!.parties.filter((p) => p.status !== 'adopted').map((p) => [p.party, p.status])).toEqual([['9972', 'terminated'], ['9974', 'unknown']]);
  });

  it('tidsbegrenset-regel: ASU in 2017 was within the rule then in force; ASU in 2022 was not', async () => {
    const file = main('tidsbegrenset-regel');
    const { report: r } = await report('tidsbegrenset-regel');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.line])).toEqual([['vedtak-uten-myndighet', 'error', lineOf(file, 'dato: 2022-09-08')]]);
  });

  it('tidsbegrenset-regel: the report shows the former names, the parent document, the superseded version and the dispute path', async () => {
    const { report: r } = await report('tidsbegrenset-regel');
    expect(r.agreements[0]!.history).toEqual({
      formerNames: ['Samhandlingsavtalen'],
      disputePath: [
        { step: 'Drøfting mellom partene', type: 'lokalt' },
        { step: 'Lokalt tvisteløsningsutvalg', type: 'tvisteloesningsutvalg', document: 'samarbeidsavtale', section: '8' },
        { step: 'Nasjonal tvisteløsningsnemnd (rådgivende)', type: 'nasjonal-nemnd' },
      ],
      documents: [{ id: 'r-hjelpemidler', title: 'Retningslinje for hjelpemidler ved utskrivning', parent: 'da-pasientforlop', parentTitle: 'Delavtale om innleggelse, utskrivning og koordinerte tjenester', clause: '3', supersededVersions: [{ version: '2016', adopted: '2016' }] }],
      bodies: [{ id: 'asu', name: 'Administrativt samarbeidsutvalg (ASU)', formerNames: ['Koordineringsgruppen'] }],
    });
    const terminal = await runCli(['check', main('tidsbegrenset-regel'), '--as-of', AS_OF, '--lang', 'nn']);
    expect(terminal.stdout).toContain('Historikk og tvisteløysing');
    expect(terminal.stdout).toContain('Avtalen har tidlegare heitt: Samhandlingsavtalen.');
    expect(terminal.stdout).toContain('Tvisteløysing etter avtalen: 1. Drøfting mellom partene → 2. Lokalt tvisteløsningsutvalg');
  });

  it('tidsbegrenset-regel: the HTML report shows the history and dispute path too, escaped, in a section of its own', async () => {
    const { report: r } = await report('tidsbegrenset-regel', 'nn');
    const html = formatHtml(r, { lang: 'nn' });
    const section = html.slice(html.indexOf('<section aria-labelledby="a1-history">'));
    expect(section).toMatch(/^<section aria-labelledby="a1-history">\n<h3 id="a1-history">Historikk og tvisteløysing<\/h3>\n<ul class="history">\n<li>Avtalen har tidlegare heitt: Samhandlingsavtalen\.<\/li>/);
    expect(section).toContain('<li>Tvisteløysing etter avtalen: 1. Drøfting mellom partene → 2. Lokalt tvisteløsningsutvalg');
    expect(section).toContain('<li>Administrativt samarbeidsutval');
    const none = await report('oppsigelse-ukjent', 'nn');
    expect(formatHtml(none.report, { lang: 'nn' })).not.toContain('-history"');
  });
});
