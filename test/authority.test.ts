// Authority and governance rules: catalogue entries match the registry, messages render in every language, and the edge cases fixtures cannot show.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import type { Data } from '../src/model.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { kommunestyretSelvRule } from '../src/rules/authority/hol-6-1-kommunestyret-selv.js';
import { vedtakUtenMyndighetRule } from '../src/rules/authority/vedtak-uten-myndighet.js';
import { allRules, policyRules } from '../src/rules/registry.js';
import { LANGS } from '../src/types.js';
import { AS_OF, ROOT } from './helpers/run.js';

const catalogue = loadCatalogue();
const registry = allRules(catalogue);
const infoOf = (id: string) => registry.find((r) => r.id === id)!;
const mine = policyRules.filter((r) => infoOf(r.meta.id).category === 'authority' || infoOf(r.meta.id).category === 'governance');

describe('authority and governance rules', () => {
  it('each has one catalogue entry, which the registry takes its category and severity from, and a citation or a basis', () => {
    expect(mine.length).toBe(17);
    for (const rule of mine) {
      const entries = catalogue.rules.filter((e) => e.id === rule.meta.id);
      expect(entries, rule.meta.id).toHaveLength(1);
      const entry = entries[0]!;
      expect([infoOf(rule.meta.id).kind, infoOf(rule.meta.id).category, infoOf(rule.meta.id).severity], rule.meta.id).toEqual(['policy', entry.category, entry.severity]);
      expect(entry.citation !== undefined || entry.basis !== undefined, rule.meta.id).toBe(true);
      if (entry.category === 'governance') expect(entry.citation, `${rule.meta.id}: governance rests on practice, not law`).toBeUndefined();
    }
    for (const id of ['hol-6-1-kommunestyret-selv', 'hol-6-1-delegering', 'hol-6-1-delegering-vurder']) {
      const entry = catalogue.rules.find((e) => e.id === id)!;
      expect(entry.citation).toMatchObject({ source: 'hol', paragraph: '6-1' });
      expect(entry.seeAlso?.[0]).toMatchObject({ source: 'koml', paragraph: '5-3' });
    }
  });

  it.each(LANGS)('every failing fixture renders its messages and hints completely in %s', async (lang) => {
    for (const rule of mine) {
      const cwd = path.join(ROOT, 'test/fixtures/rules', rule.meta.id);
      const result = await check(['fail.yaml'], { cwd, asOf: AS_OF, lang });
      if (!result.ok) throw new Error(rule.meta.id);
      const found = result.report.findings.filter((f) => f.ruleId === rule.meta.id);
      expect(found.length, rule.meta.id).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(infoOf(rule.meta.id).severity);
        for (const text of [f.message, f.hint ?? '']) expect(text, `${rule.meta.id}: ${text}`).not.toMatch(/[{}@]|undefined/);
        expect(f.hint, rule.meta.id).toBeTruthy();
      }
    }
  });

  const base = (vedtak: unknown[]): Data => ({
    parter: { helseforetak: { navn: 'Helse Test HF' }, kommuner: [{ navn: 'Nordby', kommunenummer: '9901' }] },
    organer: [
      { id: 'asu', navn: 'ASU', type: 'administrativt-samarbeidsutvalg' },
      { id: 'psu', navn: 'PSU', type: 'politisk-samarbeidsutvalg' },
    ],
    vedtaksmyndighet: [{ dokumenttyper: ['handlingsplan'], endringer: ['ny'], vedtas_av: ['psu'], innstilling_fra: 'asu' }],
    dokumenter: [{ id: 'hp', type: 'handlingsplan', tittel: 'Handlingsplan', vedtak }],
  });

  it('reads a record that another decision builds on as a recommendation, whatever its rolle', () => {
    const asu = { id: 'asu-1', organ: 'asu', dato: '2025-09-11', utfall: 'vedtatt' };
    const psu = { organ: 'psu', dato: '2025-10-02', utfall: 'vedtatt', innstilling: 'asu-1' };
    const run = (data: Data) => vedtakUtenMyndighetRule.check({ data, asOf: AS_OF, catalogue }).map((i) => i.target);
    expect(run(base([asu, psu]))).toEqual([]);
    expect(run(base([asu, { ...psu, innstilling: undefined }]))).toEqual([{ kind: 'path', path: ['dokumenter', 0, 'vedtak', 0, 'organ'], anchor: 'value' }]);
  });

  it('is not fooled by a kommune council body adopting for another kommune, and lets generic council kinds match any council', () => {
    const data: Data = {
      parter: { helseforetak: { navn: 'Helse Test HF' }, kommuner: [{ navn: 'Nordby', kommunenummer: '9901' }, { navn: 'Oslo', kommunenummer: '0301' }] },
      organer: [{ id: 'nordby-ks', navn: 'Nordby kommunestyre', type: 'kommunestyre', part: '9901' }],
      dokumenter: [{
        id: 'hoved', type: 'overordnet', tittel: 'Avtalen',
        vedtak: [
          { organ: 'nordby-ks', dato: '2025-06-12', utfall: 'vedtatt' },
          { organ: 'bystyre', part: '0301', dato: '2025-06-18', utfall: 'vedtatt' },
          { organ: 'nordby-ks', part: '0301', dato: '2025-06-18', utfall: 'vedtatt' },
        ],
      }],
    };
    const issues = kommunestyretSelvRule.check({ data, asOf: AS_OF, catalogue });
    expect(issues.map((i) => [i.messageId, i.params?.number])).toEqual([['authority.council-only.kommune', '0301']]);
  });
});
