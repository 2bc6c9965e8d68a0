// Checking in worker threads gives exactly the report of checking in one thread, for many sets, problems included.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import { PARALLEL_THRESHOLD, checkInWorkers } from '../src/engine/schedule.js';
import { AS_OF, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

/** `n` sets, each in its own folder; every third includes a document with a schema error, every fifth has a stray document. */
function manySets(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const name = `sett-${String(i).padStart(3, '0')}`;
    const include = i % 3 === 0 ? '  - inkluder: dokumenter/ta.yaml\n' : '';
    files[`${name}/avtale.yaml`] = (i % 7 === 0 ? '# avtalesjekk-ignore hol-6-2-nr1: kommer i neste versjon\n' : '') + mainFile(`Avtale ${i}`, include);
    if (include) files[`${name}/dokumenter/ta.yaml`] = documentFile(`ta-${i}`).replace('tittel:', 'tittle:');
    if (i % 5 === 0) files[`${name}/dokumenter/glemt.yaml`] = documentFile(`glemt-${i}`);
  }
  return tree(files);
}

describe('checking in worker threads', () => {
  it('gives the same report as one thread', async () => {
    const dir = manySets(PARALLEL_THRESHOLD + 12);
    const one = await check(['.'], { cwd: dir, asOf: AS_OF, jobs: 1 });
    const two = await check(['.'], { cwd: dir, asOf: AS_OF, jobs: 2 });
    const auto = await check(['.'], { cwd: dir, asOf: AS_OF, lang: 'nn' });
    const oneNn = await check(['.'], { cwd: dir, asOf: AS_OF, lang: 'nn', jobs: 1 });
    expect(one.ok && two.ok).toBe(true);
    expect(two).toEqual(one);
    expect(auto).toEqual(oneNn);
    if (!one.ok) return;
    expect(one.report.agreements).toHaveLength(PARALLEL_THRESHOLD + 12);
    expect(one.report.findings.filter((f) => f.ruleId === 'document-not-included')).toHaveLength(12);
    expect(one.report.suppressed.length).toBeGreaterThan(0);
  });

  it('names the same files that cannot be checked (exit 2) as one thread', async () => {
    const dir = manySets(PARALLEL_THRESHOLD + 2);
    writeFileSync(path.join(dir, 'sett-004/avtale.yaml'), '# bare en kommentar\n');
    writeFileSync(path.join(dir, 'sett-009/avtale.yaml'), new Uint8Array([0x61, 0x76, 0x74, 0x61, 0x6c, 0x65, 0x3a, 0x0a, 0xff, 0xfe, 0x00, 0x01]));
    const one = await check(['.'], { cwd: dir, asOf: AS_OF, jobs: 1 });
    const two = await check(['.'], { cwd: dir, asOf: AS_OF, jobs: 2 });
    expect(one.ok).toBe(false);
    expect(two).toEqual(one);
  });

  it('takes --jobs on the command line and refuses a bad number with exit 2', async () => {
    const dir = manySets(6);
    const one = await runCli(['check', '.', '--format', 'json', '--jobs', '1'], dir);
    const three = await runCli(['check', '.', '--format', 'json', '--jobs', '3'], dir);
    expect(three).toEqual(one);
    for (const bad of ['0', '65', 'mange', '1.5']) {
      const run = await runCli(['check', '.', '--jobs', bad], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('starts the built worker module itself (check falls back to this thread silently, so this is asked directly)', async () => {
    const dir = manySets(3);
    const inputs = ['sett-000', 'sett-001', 'sett-002'].map((name) => ({ abs: path.join(dir, name, 'avtale.yaml'), origin: 'explicit' as const }));
    const results = await checkInWorkers(inputs, { cwd: dir, asOf: AS_OF }, 2);
    expect(results.map((r) => r.kind)).toEqual(['set', 'set', 'set']);
  });
});
