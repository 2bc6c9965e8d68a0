// The built bin, spawned as a user would run it (requires `npm run build`, which `npm test` does first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

const BIN = path.join(ROOT, 'bin/avtalesjekk.js');

describe('bin/avtalesjekk.js', () => {
  it('is built', () => {
    expect(existsSync(path.join(ROOT, 'dist/cli.js')), 'run `npm run build` first').toBe(true);
  });

  it('prints the version and exits 0', () => {
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the program name alone prints the help in bokmål on stderr and exits 2', () => {
    const run = spawnSync(process.execPath, [BIN], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AVTALESJEKK_LANG: '' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Bruk: avtalesjekk \[valg\] \[kommando\]\n/);
    expect(run.stderr).toMatch(/\nKommandoer:\n/);
    expect(run.stderr).not.toMatch(/Usage:|\[options\]|display help/);
  });

  it('checks a fixture and sets the exit code without a stack trace', () => {
    const fail = spawnSync(process.execPath, [BIN, 'check', 'test/fixtures/rules/hol-6-2-ledd2/fail.yaml', '--as-of', '2026-11-22', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(fail.status).toBe(1);
    const report = JSON.parse(fail.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.some((f) => f.ruleId === 'hol-6-2-ledd2')).toBe(true);

    const missing = spawnSync(process.execPath, [BIN, 'check', 'finnes-ikke.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^avtalesjekk: Kunne ikke sjekke finnes-ikke\.yaml: Finner ikke filen/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
