// Every rule has a passing and a failing fixture; the failing one marks each reported line with `# expect: <rule-id>`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules } from '../src/rules/registry.js';
import { AS_OF, ROOT, readMarkers } from './helpers/run.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/rules');
const rules = allRules(loadCatalogue());

/** The fixture's main file and its folder: `<kind>.yaml`, or `<kind>/avtale.yaml` for fixtures with several files. */
function fixture(ruleId: string, kind: 'pass' | 'fail'): { dir: string; main: string } | undefined {
  const single = path.join(FIXTURES, ruleId, `${kind}.yaml`);
  if (existsSync(single)) return { dir: path.dirname(single), main: `${kind}.yaml` };
  const folder = path.join(FIXTURES, ruleId, kind);
  if (existsSync(path.join(folder, 'avtale.yaml'))) return { dir: folder, main: 'avtale.yaml' };
  return undefined;
}

/** A fixture may fix its own date with a first-line comment `# as-of: YYYY-MM-DD`. */
function asOfFor(dir: string, main: string): string {
  const first = readFileSync(path.join(dir, main), 'latin1').split('\n')[0] ?? '';
  return /#\s*as-of:\s*(\d{4}-\d{2}-\d{2})/.exec(first)?.[1] ?? AS_OF;
}

/** A fixture may be checked as a folder or pattern instead of its main file: a comment line `# inputs: .` in the main file. */
function inputsFor(dir: string, main: string): string[] {
  const m = /^#\s*inputs:\s*(.+)$/m.exec(readFileSync(path.join(dir, main), 'latin1'));
  return m ? m[1]!.trim().split(/\s+/) : [main];
}

async function findingsOf(ruleId: string, kind: 'pass' | 'fail') {
  const f = fixture(ruleId, kind)!;
  const result = await check(inputsFor(f.dir, f.main), { cwd: f.dir, asOf: asOfFor(f.dir, f.main), lang: 'nb' });
  if (!result.ok) throw new Error(`${ruleId}/${kind} could not be checked: ${JSON.stringify(result.problems)}`);
  return { f, report: result.report, mine: result.report.findings.filter((x) => x.ruleId === ruleId) };
}

describe('rule fixtures', () => {
  it.each(rules.map((r) => r.id))('%s has a passing and a failing fixture', (id) => {
    expect(fixture(id, 'pass'), `test/fixtures/rules/${id}/pass.yaml`).toBeDefined();
    expect(fixture(id, 'fail'), `test/fixtures/rules/${id}/fail.yaml`).toBeDefined();
  });

  it.each(rules.map((r) => r.id))('%s: passing fixture has no finding of the rule', async (id) => {
    const { mine } = await findingsOf(id, 'pass');
    expect(mine.map((x) => `${x.location.file}:${x.location.line} ${x.message}`)).toEqual([]);
  });

  it.each(rules.map((r) => r.id))('%s: failing fixture reports exactly the marked lines', async (id) => {
    const { f, mine } = await findingsOf(id, 'fail');
    const expected = readMarkers(f.dir).filter((m) => m.ruleId === id).map((m) => `${m.file}:${m.line}`).sort();
    expect(expected.length, 'the failing fixture marks at least one line').toBeGreaterThan(0);
    expect(mine.map((x) => `${x.location.file}:${x.location.line}`).sort()).toEqual(expected);
  });

  it('markers only name rules that exist', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of ids) {
      for (const kind of ['pass', 'fail'] as const) {
        const f = fixture(id, kind);
        if (!f) continue;
        for (const m of readMarkers(f.dir)) expect(ids.has(m.ruleId), `${id}/${kind}: ${m.file}:${m.line} names ${m.ruleId}`).toBe(true);
      }
    }
  });
});
