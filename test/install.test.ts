// Install paths: the program name alone prints the help, a copy without dist/ says so in one line, prepare says why it cannot build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/run.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-install-'));
  dirs.push(dir);
  return dir;
}

describe('avtalesjekk without a command', () => {
  it('prints the help on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(run.stderr).toBe(help.stdout);
    expect(run.stderr).toMatch(/\bcheck\b[\s\S]*\binit\b/);
  });
});

describe('a package without its build output', () => {
  it('says in one line that dist/ is missing and what to run, exit 2, no stack trace', () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    const run = spawnSync(process.execPath, [path.join(dir, 'bin/avtalesjekk.js'), 'check', '.'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('avtalesjekk: mangler dist/ (ikke bygget). Kjør «npm run build» i pakkemappen. / Not built: run `npm run build` in the package folder.\n');
  });

  it('prepare without the build tools (a folder installed by link) says to run npm ci there, in one line', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'scripts'));
    cpSync(path.join(ROOT, 'scripts/prepare.mjs'), path.join(dir, 'scripts/prepare.mjs'));
    const run = spawnSync(process.execPath, [path.join(dir, 'scripts/prepare.mjs')], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Kjør «npm ci» i den mappen først');
  });

  it('package.json builds on prepare, and lists the files the installed package needs', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; files: string[] };
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
    for (const f of ['bin', 'dist', 'schemas']) expect(pkg.files).toContain(f);
  });
});
