// Verdicts on § 6-2 items: statutory parts decide, recommended elements advise, a declaration alone is «not assessed».
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS as formatters } from '../src/format/index.js';
import type { Report, RequirementResult } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

const DIR = 'test/fixtures/verdicts';

async function check(name: string, extra: string[] = []): Promise<{ code: number; report: Report; stdout: string }> {
  const run = await runCli(['check', `${DIR}/${name}.yaml`, '--as-of', '2026-12-03', '--format', 'json', ...extra]);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stdout: run.stdout };
}

const nr = (r: Report, n: number): RequirementResult => r.requirements.find((x) => x.id === `hol-6-2-nr${n}`)!;
const states = (list: RequirementResult['statutoryParts']) => Object.fromEntries((list ?? []).map((e) => [e.id, e.state]));
const findingsOf = (r: Report, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => `${f.severity} ${f.location.line}`);

describe('statutory parts and recommended elements', () => {
  it('a coverage entry without an element list is «oppfylt (innhold ikke vurdert)»: satisfied, declared only, no finding', async () => {
    const { report } = await check('declared-only');
    const r = nr(report, 2);
    expect(r.status).toBe('satisfied');
    expect(r.assessment).toBe('declared-only');
    expect(r.detail).toBe('innhold ikke vurdert: dekningen fører ikke opp elementer');
    expect(Object.values(states(r.statutoryParts))).toEqual(['not-assessed', 'not-assessed', 'not-assessed', 'not-assessed', 'not-assessed']);
    expect(r.missingElements).toEqual([]);
    expect(findingsOf(report, 'hol-6-2-nr2')).toEqual([]);
    expect(report.agreements[0]!.counts.declaredOnly).toBe(1);
  });

  it('every statutory part listed: satisfied and assessed; unlisted recommended elements are «not assessed», at info level only', async () => {
    const { report } = await check('all-statutory');
    const r = nr(report, 2);
    expect(r.status).toBe('satisfied');
    expect(r.assessment).toBe('assessed');
    expect(states(r.statutoryParts)).toEqual({ innleggelse: 'listed', utskrivning: 'listed', habilitering: 'listed', rehabilitering: 'listed', 'laerings-og-mestringstilbud': 'listed' });
    expect(states(r.recommendedElements)).toEqual({ 'individuell-plan': 'listed', koordinator: 'listed', 'koordinerende-enhet': 'not-assessed', 'barn-som-parorende': 'not-assessed', 'informasjonsflyt-innleggelse-utskrivning': 'not-assessed' });
    expect(r.statutoryParts![0]!.source).toBe('helse- og omsorgstjenesteloven');
    expect(r.recommendedElements![0]!.source).toMatch(/^Veileder for samarbeidsavtaler/);
    expect(findingsOf(report, 'hol-6-2-nr2')).toEqual(['info 13']);
    expect(report.agreements[0]!.counts.declaredOnly).toBe(0);
  });

  it('a statutory part neither listed nor marked not relevant makes the item partial (warning at «elementer»)', async () => {
    const { report } = await check('statutory-absent');
    const r = nr(report, 2);
    expect(r.status).toBe('partial');
    expect(r.severity).toBe('warning');
    expect(states(r.statutoryParts).habilitering).toBe('absent');
    expect(findingsOf(report, 'hol-6-2-nr2')).toEqual(['warning 15']);
    expect(report.findings.find((f) => f.ruleId === 'hol-6-2-nr2')!.message).toMatch(/loven selv nevner 5 deler, og dekningen fører ikke opp 1 av dem: Habilitering/);
  });

  it('a statutory part marked not relevant with a reason keeps the item satisfied', async () => {
    const { report } = await check('statutory-not-relevant');
    const r = nr(report, 2);
    expect(r.status).toBe('satisfied');
    expect(states(r.statutoryParts).habilitering).toBe('not-relevant');
    expect(r.notRelevant).toEqual(['habilitering']);
    expect(findingsOf(report, 'hol-6-2-nr2')).toEqual([]);
  });

  it('«grad: delvis» with a «begrunnelse» makes the item partial and reports the reason', async () => {
    const { report } = await check('grad-delvis');
    const r = nr(report, 2);
    expect(r.status).toBe('partial');
    expect(r.partialReason).toBe('Avtalen omtaler bare utskrivning.');
    expect(r.detail).toBe('delvis etter avtalefilen: Avtalen omtaler bare utskrivning.');
    const f = report.findings.find((x) => x.ruleId === 'hol-6-2-nr2')!;
    expect(`${f.severity} ${f.location.line}`).toBe('warning 15');
    expect(f.message).toContain('Avtalen omtaler bare utskrivning.');
  });

  it('«grad: delvis» without a «begrunnelse» is a schema error at the entry', async () => {
    const { code, report } = await check('grad-delvis-no-reason');
    expect(code).toBe(1);
    const f = report.findings.find((x) => x.ruleId === 'schema')!;
    expect(f.message).toMatch(/begrunnelse/);
    expect(f.location.line).toBe(13);
  });

  it('missing recommended elements never lower the status: info only, with the guide named as the source', async () => {
    const { code, report } = await check('recommended-missing', ['--fail-on', 'warning']);
    expect(nr(report, 2).status).toBe('satisfied');
    expect(nr(report, 3).status).toBe('satisfied');
    expect(nr(report, 3).statutoryParts).toEqual([]);
    expect(nr(report, 3).detail).toBe('anbefalte elementer: 1 av 6 ført opp, 5 ikke vurdert');
    const notes = report.findings.filter((f) => f.ruleId === 'hol-6-2-nr2' || f.ruleId === 'hol-6-2-nr3');
    expect(notes.map((f) => f.severity)).toEqual(['info', 'info']);
    // The checklist cites the guide, not the law.
    expect(notes.map((f) => f.citation?.url)).toEqual(['https://www.helsedirektoratet.no/veiledere/samarbeidsavtaler-mellom-kommuner-og-helseforetak', 'https://www.helsedirektoratet.no/veiledere/samarbeidsavtaler-mellom-kommuner-og-helseforetak']);
    expect(notes[0]!.citation?.law).toBe('Veileder for samarbeidsavtaler mellom kommuner og helseforetak (Helsedirektoratet)');
    expect(notes[1]!.message).toMatch(/^Anbefalte elementer for § 6-2 første ledd nr\. 3 .* etter Helsedirektoratets veileder og praksis: 1 av 6 ført opp, 5 ikke vurdert/);
    // Only nr. 12, 13 and the other missing items fail; the recommended checklist does not.
    expect(report.findings.filter((f) => f.severity !== 'info').every((f) => !['hol-6-2-nr2', 'hol-6-2-nr3'].includes(f.ruleId))).toBe(true);
    expect(code).toBe(1);
  });

  it('the checklist stays info when a config raises the requirement to error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'avtalesjekk-verdicts-'));
    try {
      copyFileSync(path.join(ROOT, DIR, 'recommended-missing.yaml'), path.join(dir, 'avtale.yaml'));
      writeFileSync(path.join(dir, '.avtalesjekk.yaml'), 'rules:\n  hol-6-2-nr3: error\n');
      const run = await runCli(['check', 'avtale.yaml', '--as-of', '2026-12-03', '--format', 'json'], dir);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings.filter((f) => f.ruleId === 'hol-6-2-nr3').map((f) => f.severity)).toEqual(['info']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one entry without an element list: no statutory part is known to be absent, and the item rests on the declaration', async () => {
    const { report } = await check('mixed');
    const r = nr(report, 2);
    expect(r.status).toBe('satisfied');
    expect(r.assessment).toBe('declared-only');
    expect(states(r.statutoryParts)).toEqual({ innleggelse: 'listed', utskrivning: 'not-assessed', habilitering: 'not-assessed', rehabilitering: 'not-assessed', 'laerings-og-mestringstilbud': 'not-assessed' });
  });

  it('the JSON report with the new fields validates against schemas/rapport.schema.json', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/rapport.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const name of ['declared-only', 'all-statutory', 'statutory-absent', 'grad-delvis', 'recommended-missing']) {
      const { report } = await check(name);
      expect(validate(report), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(report.notice).toBe('Resultatet bygger på det avtalefilene erklærer, og er ikke en juridisk vurdering.');
    }
  });

  it.each(['terminal', 'markdown', 'html', 'junit', 'sarif'] as const)('the %s report says how many items rest on a declaration and that it is no legal assessment', async (format) => {
    const { report } = await check('declared-only');
    const out = formatters[format](report, { lang: 'nb' });
    const notice = 'Resultatet bygger på det avtalefilene erklærer, og er ikke en juridisk vurdering.';
    expect(out.split(notice).length - 1, 'the notice appears exactly once').toBe(1);
    if (format === 'junit') expect(out).toContain('<property name="declaredOnly" value="1"/>');
    else if (format === 'sarif') expect(JSON.parse(out).runs[0].properties.declaredOnly).toBe(1);
    else expect(out).toContain('1 av de oppfylte bygger bare på en erklæring (innhold ikke vurdert)');
  });
});

describe('governance rules are recommendations, labelled so in every report', () => {
  const fixture = 'test/fixtures/rules/styring-likeverd/fail.yaml';
  const findingsOfRule = (r: Report) => r.findings.filter((f) => f.ruleId === 'styring-likeverd');

  it('styring-likeverd is info and its findings carry standing: recommendation; a law rule carries none', async () => {
    const run = await runCli(['check', fixture, '--as-of', '2026-12-03', '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(findingsOfRule(report).map((f) => [f.severity, f.standing])).toEqual([['info', 'recommendation'], ['info', 'recommendation']]);
    expect(report.findings.filter((f) => f.ruleId.startsWith('hol-')).every((f) => f.standing === undefined)).toBe(true);
  });

  it.each([
    ['terminal', 'nb', '(styring-likeverd · anbefaling, ikke lov)'],
    ['terminal', 'nn', '(styring-likeverd · tilråding, ikkje lov)'],
    ['markdown', 'en', '*recommendation, not law*'],
    ['html', 'nb', '<span class="standing">anbefaling, ikke lov</span>'],
    ['junit', 'nb', '(anbefaling, ikke lov)'],
    ['github', 'en', '(recommendation, not law)'],
  ] as const)('%s (%s) labels the finding', async (format, lang, label) => {
    const run = await runCli(['check', fixture, '--as-of', '2026-12-03', '--format', format, '--lang', lang]);
    expect(run.stdout).toContain(label);
  });

  it('SARIF marks the result and the rule descriptor as a recommendation and gives the source', async () => {
    const run = await runCli(['check', fixture, '--as-of', '2026-12-03', '--format', 'sarif']);
    const sarifRun = JSON.parse(run.stdout).runs[0];
    const rule = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'styring-likeverd');
    expect(rule.properties).toEqual({ tags: ['governance', 'recommendation'], standing: 'recommendation' });
    expect(rule.help.text).toMatch(/Rettslig status: anbefaling, ikke lov\. Anbefaling, ikke lov: avtalen mellom KS og regjeringen om helsefellesskap/);
    const results = sarifRun.results.filter((r: { ruleId: string }) => r.ruleId === 'styring-likeverd');
    expect(results.map((r: { properties?: { standing?: string } }) => r.properties?.standing)).toEqual(['recommendation', 'recommendation']);
  });

  it('styring-likeverd is silent for a body that decides by consensus («beslutning: konsensus»)', async () => {
    const text = readFileSync(path.join(ROOT, fixture), 'utf8').replace('    type: politisk-samarbeidsutvalg\n', '    type: politisk-samarbeidsutvalg\n    beslutning: konsensus\n');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'avtalesjekk-konsensus-'));
    try {
      writeFileSync(path.join(dir, 'avtale.yaml'), text);
      const run = await runCli(['check', 'avtale.yaml', '--as-of', '2026-12-03', '--format', 'json'], dir);
      const report = JSON.parse(run.stdout) as Report;
      expect(findingsOfRule(report).map((f) => f.location.line)).toEqual([text.split('\n').findIndex((l) => l.includes('Bare kommunene')) + 5]);
      const flertall = text.replace('beslutning: konsensus', 'beslutning: flertall');
      writeFileSync(path.join(dir, 'avtale.yaml'), flertall);
      const again = JSON.parse((await runCli(['check', 'avtale.yaml', '--as-of', '2026-12-03', '--format', 'json'], dir)).stdout) as Report;
      expect(findingsOfRule(again)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
