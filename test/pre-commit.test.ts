// The pre-commit hook: .pre-commit-hooks.yaml parses, triggers on agreement files, and its entry checks a repository.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/run.js';

interface Hook {
  id: string;
  entry: string;
  args?: string[];
  language: string;
  files: string;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'avtalesjekk')!;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the hook as pre-commit would: the entry's program is our bin (what `language: node` installs), then the entry's arguments and `args`. */
function runHook(cwd: string, args = hook.args ?? []) {
  const [program, ...entryArgs] = hook.entry.split(' ');
  expect(program).toBe('avtalesjekk');
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/avtalesjekk.js'), ...entryArgs, ...args, '--as-of', '2026-11-22'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
}

function repoWith(example: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-precommit-'));
  dirs.push(dir);
  cpSync(path.join(ROOT, 'examples', example), path.join(dir, 'avtaler'), { recursive: true });
  writeFileSync(path.join(dir, 'docker-compose.yml'), 'services:\n  web:\n    image: nginx\n');
  return dir;
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook whose package.json bin provides the entry', () => {
    expect(hooks.map((h) => h.id)).toEqual(['avtalesjekk']);
    expect(hook.language).toBe('node');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
  });

  it('runs on changes to main and document files, not on other files, and checks whole sets', () => {
    const files = new RegExp(hook.files);
    for (const f of ['avtale.yaml', 'avtaler/avtale.yml', 'avtaler/dokumenter/ta-3-5.yaml']) expect(files.test(f), f).toBe(true);
    for (const f of ['README.md', 'avtale.yaml.bak', 'package.json']) expect(files.test(f), f).toBe(false);
    expect(hook.pass_filenames).toBe(false);
  });

  it('passes a compliant repository (exit 0) and fails one with findings (exit 1), ignoring other YAML', () => {
    const ok = runHook(repoWith('nynorsk'));
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = runHook(repoWith('eldre-2012'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('avtaler/avtale.yaml:');
    expect(bad.stdout).not.toContain('docker-compose');
  });
});
