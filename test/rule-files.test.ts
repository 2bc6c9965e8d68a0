// Rule files, the registry, the fixtures and the README rules table name the same rules (as ESLint's checkRuleFiles does).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import { formatJunit } from '../src/format/junit.js';
import { formatSarif } from '../src/format/sarif.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules, policyRules } from '../src/rules/registry.js';
import type { Rule } from '../src/rules/rule.js';
import { AS_OF, ROOT } from './helpers/run.js';

const RULES_DIR = path.join(ROOT, 'src/rules');
/** Files in src/rules that are not rules: the registry, the rule shape, and the helpers folder. */
const NOT_RULES = new Set(['registry.ts', 'rule.ts']);

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'utils' ? [] : ruleFiles(path.join(dir, e.name));
    return e.name.endsWith('.ts') && !(dir === RULES_DIR && NOT_RULES.has(e.name)) ? [path.join(dir, e.name)] : [];
  });
}

const isRule = (value: unknown): value is Rule => typeof value === 'object' && value !== null && 'meta' in value && typeof (value as Rule).check === 'function';

const catalogue = loadCatalogue();
const registry = allRules(catalogue);
const ids = registry.map((r) => r.id);

describe('rule files and the registry', () => {
  it('has each id once', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every rule file after the rule it holds, and every policy rule has its file', async () => {
    const files = ruleFiles(RULES_DIR);
    const fromFiles: string[] = [];
    for (const file of files) {
      const id = path.basename(file, '.ts');
      expect(ids, `${path.relative(ROOT, file)} is named after no rule in the registry`).toContain(id);
      const exported = Object.values((await import(pathToFileURL(file).href)) as Record<string, unknown>).filter(isRule);
      for (const rule of exported) {
        expect(rule.meta.id, path.relative(ROOT, file)).toBe(id);
        fromFiles.push(rule.meta.id);
      }
    }
    expect(fromFiles.sort()).toEqual(policyRules.map((r) => r.meta.id).sort());
  });

  it('keeps a policy rule’s metadata in one place: its catalogue entry or the technical table, never both', () => {
    const technical = new Set(registry.filter((r) => r.kind === 'technical').map((r) => r.id));
    const catalogued = new Set(catalogue.rules.map((r) => r.id));
    for (const rule of policyRules) expect(Number(technical.has(rule.meta.id)) + Number(catalogued.has(rule.meta.id)), rule.meta.id).toBe(1);
    // Every catalogued policy rule is implemented.
    const implemented = new Set(policyRules.map((r) => r.meta.id));
    for (const entry of catalogue.rules) expect(implemented.has(entry.id), entry.id).toBe(true);
  });

  it('has a fixture folder for exactly the rules of the registry', () => {
    const folders = readdirSync(path.join(ROOT, 'test/fixtures/rules'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...ids].sort());
  });

  it('lists exactly the rules of the registry in the README rules table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)![1]!;
    const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
    expect(rows.sort()).toEqual([...ids].sort());
  });
});

describe('formatters', () => {
  it('describe rules from the rule list in their options (the one the check returned)', async () => {
    const result = await check(['fail.yaml'], { cwd: path.join(ROOT, 'test/fixtures/rules/duplicate-id'), asOf: AS_OF });
    if (!result.ok) throw new Error('fixture could not be checked');
    expect(result.rules.map((r) => r.id)).toEqual(ids);
    const renamed = result.rules.map((r) => (r.id === 'duplicate-id' ? { ...r, titleId: undefined, title: { nb: 'Egen tittel', nn: 'Eigen tittel', en: 'Own title' } } : r));
    const sarif = JSON.parse(formatSarif(result.report, { lang: 'nb', rules: renamed })) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
    const descriptor = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'duplicate-id')!;
    expect(descriptor.shortDescription.text).toBe('Egen tittel');
    expect(formatJunit(result.report, { lang: 'en', rules: renamed })).toContain('duplicate-id Own title');
    // Without a list, the shipped registry's titles.
    expect(formatJunit(result.report, { lang: 'en' })).not.toContain('Own title');
  });
});
