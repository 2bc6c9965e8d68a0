// Adoption and authority as real agreements have them (issue 12): one fixture per pattern, with the exact findings (rule, severity, line) and party statuses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import type { Lang } from '../src/types.js';
import { AS_OF, ROOT } from './helpers/run.js';

const DIR = path.join(ROOT, 'test/fixtures/adoption');

interface Pattern {
  file: string;
  /** `rule severity line`, sorted; § 6-2 coverage findings (hol-6-2-*) are left out, the fixtures do not model coverage. */
  findings: string[];
  /** Party → status in the adoption table, when the set has an overarching document. */
  parties?: Record<string, string>;
}

const PATTERNS: Pattern[] = [
  { file: 'ukjent.yaml', findings: ['hol-6-1-vedtak info 18', 'hol-6-1-vedtak info 19'], parties: { '9901': 'adopted', '9902': 'unknown', '9903': 'unknown', hf: 'adopted' } },
  {
    file: 'delvis-dato.yaml',
    findings: ['hol-6-1-vedtak info 16', 'invalid-date error 19', 'vedtak-dato-uviss info 16'],
    parties: { '9901': 'adopted', '9902': 'unknown', hf: 'adopted' },
  },
  { file: 'oppsigelse.yaml', findings: ['hol-6-1-vedtak warning 19'], parties: { '9901': 'adopted', '9902': 'terminated', hf: 'adopted' } },
  { file: 'med-endringer.yaml', findings: ['hol-6-1-vedtak warning 16'], parties: { '9901': 'adopted', '9902': 'counter-proposal', hf: 'adopted' } },
  { file: 'etter-as-of.yaml', findings: ['hol-6-1-vedtak warning 14', 'vedtak-etter-dato error 16'], parties: { '9901': 'adopted', '9902': 'not-adopted', hf: 'adopted' } },
  { file: 'hastevedtak.yaml', findings: ['vedtak-hastevedtak warning 16'], parties: { '9901': 'adopted', '9902': 'adopted', hf: 'adopted' } },
  { file: 'mindre-endring.yaml', findings: ['hol-6-1-delegering-vurder warning 15'], parties: { '9901': 'adopted', '9902': 'adopted', hf: 'adopted' } },
  { file: 'medparter.yaml', findings: ['hol-6-1-vedtak warning 16'], parties: { '9901': 'adopted', hf: 'adopted', 'helse-vest-hf': 'adopted', diakon: 'not-adopted' } },
  {
    file: 'regionraad.yaml',
    findings: ['hol-6-1-kommunestyret-selv error 22', 'hol-6-1-vedtak warning 17'],
    parties: { '9901': 'adopted', '9902': 'adopted', '9903': 'not-adopted', hf: 'adopted' },
  },
  { file: 'oslo.yaml', findings: ['hol-6-1-kommunestyret-selv error 16'], parties: { '0301': 'adopted', hf: 'adopted' } },
  { file: 'omfang.yaml', findings: ['party-list-mismatch warning 36'], parties: { '9901': 'adopted', '9902': 'adopted', hf: 'adopted' } },
  { file: 'tidsbegrenset.yaml', findings: ['hol-6-1-vedtak warning 15', 'vedtak-uten-myndighet error 25'] },
  { file: 'dokumentregel.yaml', findings: ['hol-6-1-vedtak warning 21', 'vedtak-uten-myndighet error 31'] },
  {
    file: 'omfang-vedtak.yaml',
    findings: ['hol-6-1-vedtak warning 28', 'hol-6-1-vedtak error 39'],
    parties: { '9901': 'adopted', '9902': 'adopted', '9903': 'adopted', hf: 'adopted' },
  },
  {
    file: 'uten-dato.yaml',
    findings: ['hol-6-1-kommunestyret-selv error 16', 'hol-6-1-vedtak error 15', 'hol-6-1-vedtak warning 14'],
    parties: { '9901': 'rejected', '9902': 'not-adopted', hf: 'adopted' },
  },
  { file: 'innstilling.yaml', findings: ['hol-6-1-vedtak warning 16', 'vedtak-innstilling error 27'] },
];

async function run(file: string, lang: Lang) {
  const result = await check([file], { cwd: DIR, asOf: AS_OF, lang });
  if (!result.ok) throw new Error(`${file} could not be checked`);
  return result.report;
}

describe('adoption and authority patterns', () => {
  it.each(PATTERNS)('$file gives exactly its findings and party statuses', async ({ file, findings, parties }) => {
    const report = await run(file, 'nb');
    const got = report.findings.filter((f) => !f.ruleId.startsWith('hol-6-2-')).map((f) => `${f.ruleId} ${f.severity} ${f.location.line}`);
    expect(got.sort()).toEqual([...findings].sort());
    if (parties) {
      const table = report.adoption[0]!.parties;
      expect(Object.fromEntries(table.map((p) => [p.party, p.status]))).toEqual(parties);
    }
  });

  it.each(['nb', 'nn', 'en'] as const)('renders every pattern’s messages and hints completely in %s', async (lang) => {
    for (const { file } of PATTERNS) {
      const report = await run(file, lang);
      for (const f of report.findings) for (const text of [f.message, f.hint ?? '']) expect(text, `${file}: ${text}`).not.toMatch(/[{}@]|undefined/);
    }
  });

  it.each([
    ['nb', 'oppgir ikke versjonen', '(dato ikke oppgitt)'],
    ['nn', 'oppgjev ikkje versjonen', '(dato ikkje oppgitt)'],
    ['en', 'do not give the version', '(date not given)'],
  ] as const)('says that a version or a decision date is not given, never «?» (%s)', async (lang, version, date) => {
    const report = await run('uten-dato.yaml', lang);
    const messages = report.findings.filter((f) => !f.ruleId.startsWith('hol-6-2-')).map((f) => f.message);
    for (const m of messages) expect(m).not.toMatch(/\?|den \(|\bon \(/);
    expect(messages.filter((m) => m.includes(version))).toHaveLength(2);
    expect(messages.filter((m) => m.includes(date))).toHaveLength(2);
  });

  it('checks a document made with some of the kommuner against its own parties only', async () => {
    const report = await run('omfang-vedtak.yaml', 'nb');
    const messages = report.findings.filter((f) => f.ruleId === 'hol-6-1-vedtak').map((f) => f.message);
    expect(messages).toEqual([
      'Sørby kommune (9902) har ikke vedtatt versjon 2024 av «Særavtale om interkommunal legevakt».',
      'Østby kommune (9903) avviste versjon 1 av «Driftsavtale for øyeblikkelig hjelp døgnopphold» (2024-05-02).',
    ]);
    expect(report.findings.some((f) => f.ruleId === 'party-list-mismatch')).toBe(false);
  });

  it('says what it cannot tell, and names the council as the kommune calls it', async () => {
    const partial = await run('delvis-dato.yaml', 'nb');
    expect(partial.findings.find((f) => f.ruleId === 'hol-6-1-vedtak')!.message).toMatch(/^Kan ikke avgjøre om Sørby kommune \(9902\)/);
    const nn = await run('delvis-dato.yaml', 'nn');
    expect(nn.findings.find((f) => f.ruleId === 'vedtak-dato-uviss')!.message).toMatch(/^Kan ikkje avgjere/);
    const oslo = await run('oslo.yaml', 'nb');
    expect(oslo.findings.find((f) => f.ruleId === 'hol-6-1-kommunestyret-selv')!.message).toContain('Bare bystyret selv');
    const region = await run('regionraad.yaml', 'nn');
    expect(region.findings.find((f) => f.ruleId === 'hol-6-1-kommunestyret-selv')!.message).toContain('Berre kommunestyret sjølv');
  });

  it('shows the notice period, the counter-proposal and the carried-forward version in the table and the messages', async () => {
    const ended = await run('oppsigelse.yaml', 'nb');
    expect(ended.adoption[0]!.parties.find((p) => p.party === '9902')).toMatchObject({ status: 'terminated', date: '2026-03-31', endsOn: '2027-03-31' });
    expect(ended.findings.find((f) => f.ruleId === 'hol-6-1-vedtak')!.message).toContain('§ 6-1');
    const counter = await run('med-endringer.yaml', 'nn');
    expect(counter.findings.find((f) => f.ruleId === 'hol-6-1-vedtak')!.message).toContain('strøk det tredje kulepunktet');
    expect(counter.adoption[0]!.parties.find((p) => p.party === '9902')!.deviation).toBe('strøk det tredje kulepunktet i punkt 4.2');
    const minor = await run('mindre-endring.yaml', 'nb');
    for (const p of minor.adoption[0]!.parties) expect(p).toMatchObject({ status: 'adopted', carriedFrom: '2025' });
    expect(minor.requirements.find((r) => r.id === 'hol-6-1-vedtak')!.status).toBe('satisfied');
    const unknown = await run('ukjent.yaml', 'nb');
    expect(unknown.findings.filter((f) => f.ruleId === 'hol-6-1-vedtak').map((f) => f.message)).toEqual([
      'Det er ikke kjent om Sørby kommune (9902) har vedtatt versjon 2025 av «Overordnet samarbeidsavtale». Det regnes ikke som vedtatt.',
      'Kan ikke avgjøre om Østby kommune (9903) hadde vedtatt versjon 2025 av «Overordnet samarbeidsavtale» per 2026-11-22: vedtaket har ingen dato.',
    ]);
    expect(unknown.requirements.find((r) => r.id === 'hol-6-1-vedtak')!.status).toBe('partial');
  });

  it('does not count a decision before the date it is made, and counts it after', async () => {
    const later = await check(['etter-as-of.yaml'], { cwd: DIR, asOf: '2027-02-01', lang: 'nb' });
    if (!later.ok) throw new Error('etter-as-of.yaml');
    expect(later.report.adoption[0]!.parties.find((p) => p.party === '9902')!.status).toBe('adopted');
    expect(later.report.findings.filter((f) => f.ruleId === 'vedtak-etter-dato')).toEqual([]);
  });
});
