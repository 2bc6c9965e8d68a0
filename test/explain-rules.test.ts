// `explain` says something useful for every rule that is not a requirement: what triggers it, an example, how to fix it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_EXPLANATIONS } from '../src/i18n/explain-rules.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules } from '../src/rules/registry.js';
import { LANGS } from '../src/types.js';
import { runCli } from './helpers/run.js';

const catalogue = loadCatalogue();
const fromCatalogue = new Set([...catalogue.requirements.map((r) => r.id), ...catalogue.rules.map((r) => r.id)]);
const technical = allRules(catalogue).map((r) => r.id).filter((id) => !fromCatalogue.has(id));

describe('explain for technical rules', () => {
  it('has a trigger, an example and a fix in nb, nn and en for every rule outside the catalogue, and none for rules that do not exist', () => {
    expect(technical.length).toBeGreaterThan(20);
    expect(Object.keys(RULE_EXPLANATIONS).sort()).toEqual([...technical].sort());
    for (const [id, e] of Object.entries(RULE_EXPLANATIONS)) {
      for (const lang of LANGS) {
        expect(e.trigger[lang].length, `${id} trigger ${lang}`).toBeGreaterThan(30);
        expect(e.fix[lang].length, `${id} fix ${lang}`).toBeGreaterThan(10);
        expect(e.example[lang], `${id} example ${lang}`).toContain('\n');
      }
      expect(e.trigger.nn, id).not.toBe(e.trigger.nb);
      expect(e.trigger.en, id).not.toBe(e.trigger.nb);
    }
  });

  it.each(['nb', 'nn', 'en'] as const)('prints them (%s)', async (lang) => {
    for (const id of technical) {
      const run = await runCli(['explain', id, '--lang', lang]);
      expect(run.code, id).toBe(0);
      const e = RULE_EXPLANATIONS[id]!;
      expect(run.stdout, id).toContain(e.trigger[lang]);
      expect(run.stdout, id).toContain(`  ${e.example[lang].split('\n')[0]}`);
      expect(run.stdout, id).toContain(e.fix[lang]);
    }
  });

  it('the example for number-as-text really is that finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-explain-'));
    cpSync(path.join(import.meta.dirname, '../examples/nynorsk'), dir, { recursive: true });
    const file = path.join(dir, 'avtale.yaml');
    const text = readFileSync(file, 'utf8').replace(/kommunenummer: "(\d+)"/, 'kommunenummer: 0$1');
    writeFileSync(file, text);
    const run = await runCli(['check', file, '-f', 'json']);
    expect(text).toMatch(/kommunenummer: 0\d{4}\b/);
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain('number-as-text');
  });
});
