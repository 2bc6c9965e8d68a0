// The GitHub Action: action.yml's inputs reach the entry point, and the built entry writes annotations, the job summary and report files.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_ENV, actionArgv, readInputs, type ActionInputs } from '../src/action/inputs.js';
import { ROOT } from './helpers/run.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: { run: string; env?: Record<string, string>; 'working-directory'?: string }[] };
}
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const ENTRY = path.join(ROOT, 'dist/bundle-action.js');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The environment the composite step gives the entry: each declared input's default, overridden by `given`, under the step's env names. */
function stepEnv(given: Record<string, string>): Record<string, string> {
  const step = action.runs.steps.find((s) => s.env !== undefined)!;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.env!)) {
    const input = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)![1]!;
    env[name] = given[input] ?? action.inputs[input]!.default ?? '';
  }
  return env;
}

/** A fresh agreement repository without package.json: one example, copied. */
function agreementRepo(example = 'eldre-2012'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-action-'));
  dirs.push(dir);
  cpSync(path.join(ROOT, 'examples', example), path.join(dir, 'avtaler'), { recursive: true });
  return dir;
}

function runEntry(cwd: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...stepEnv(inputs), ...extra };
  return spawnSync(process.execPath, [ENTRY], { cwd, env, encoding: 'utf8' });
}

describe('action.yml', () => {
  it('is a composite action that passes every declared input, and only those, to the entry point', () => {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.env !== undefined)!;
    expect(step.run).toBe('node "$GITHUB_ACTION_PATH/dist/bundle-action.js"');
    const passed = Object.entries(step.env!).map(([name, value]) => [name, /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value)?.[1]]);
    expect(passed.map(([, input]) => input).sort()).toEqual(Object.keys(action.inputs).sort());
    // Each variable is the one the entry reads for that input.
    const byInput = Object.fromEntries(Object.entries(INPUT_ENV).map(([key, env]) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), env]));
    for (const [name, input] of passed) expect(byInput[input!], input).toBe(name);
  });

  it('builds in its own folder only when the bundle is missing', () => {
    const build = action.runs.steps[0]!;
    expect(build['working-directory']).toBe('${{ github.action_path }}');
    expect(build.run).toContain('if [ ! -f dist/bundle-action.js ]');
    expect(build.run).toContain('npm ci');
  });
});

describe('action inputs', () => {
  const base: ActionInputs = { paths: '', reports: '', lang: '', failOn: '', asOf: '', config: '' };

  it('checks the whole repository with annotations when nothing is given, and leaves unset options to the config file', () => {
    expect(actionArgv(base)).toEqual({ ok: true, argv: ['check', '.', '--format', 'github'] });
  });

  it('turns paths (one per line) and report lines into arguments', () => {
    const result = actionArgv({ ...base, paths: 'avtaler\n\n"arkiv/**/avtale.yaml"\n', reports: 'sarif: ut/avtalesjekk.sarif\nmarkdown:gaprapport.md', lang: 'nn', failOn: 'warning', asOf: '2026-11-22', config: 'ci.avtalesjekk.yaml' });
    expect(result).toEqual({
      ok: true,
      argv: ['check', 'avtaler', '"arkiv/**/avtale.yaml"', '--format', 'github', '--format', 'sarif', '--output', 'ut/avtalesjekk.sarif', '--format', 'markdown', '--output', 'gaprapport.md', '--lang', 'nn', '--fail-on', 'warning', '--as-of', '2026-11-22', '--config', 'ci.avtalesjekk.yaml'],
    });
  });

  it('refuses a report line without a format', () => {
    expect(actionArgv({ ...base, reports: 'avtalesjekk.sarif' })).toEqual({ ok: false, messageId: 'action.error.report-line', params: { line: 'avtalesjekk.sarif' } });
  });

  it('reads a missing variable as an empty input', () => {
    expect(readInputs({ INPUT_PATHS: ' avtaler \n', INPUT_FAIL_ON: 'info' })).toEqual({ ...base, paths: 'avtaler', failOn: 'info' });
  });
});

describe('the built entry point (dist/bundle-action.js)', () => {
  it('writes annotations, appends the gap report to the job summary, writes the SARIF file, and fails on findings', () => {
    const dir = agreementRepo();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# Før\n');
    const run = runEntry(dir, { paths: 'avtaler', reports: 'sarif: avtalesjekk.sarif', 'as-of': '2026-11-22' }, { GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=avtaler\/avtale\.yaml,line=\d+,col=\d+/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^# Før\n# Avtalesjekk: gaprapport\n/);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'avtalesjekk.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('hol-6-2-ledd2');
    expect(existsSync(path.join(dir, 'package.json'))).toBe(false);
  });

  it('uses the language and fail level inputs: warnings pass with the default level and fail with fail-on warning', () => {
    const dir = agreementRepo('ta-3-og-5');
    const passes = runEntry(dir, { paths: 'avtaler', lang: 'en', 'as-of': '2026-11-22' });
    expect(passes.status).toBe(0);
    expect(passes.stdout).toMatch(/^::warning file=avtaler\//m);
    const fails = runEntry(dir, { paths: 'avtaler', lang: 'en', 'fail-on': 'warning', 'as-of': '2026-11-22' });
    expect(fails.status).toBe(1);
    expect(fails.stdout).toMatch(/^::warning .*recommended elements/m);
  });

  it('refuses a bad report line in one line, exit 2', () => {
    const dir = agreementRepo();
    const run = runEntry(dir, { reports: 'avtalesjekk.sarif', lang: 'nn' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('avtalesjekk: Ugyldig linje i «reports»: «avtalesjekk.sarif». Skriv eitt format og éi fil per linje, til dømes «sarif: avtalesjekk.sarif».\n');
    expect(run.stdout).toBe('');
  });

  it('passes a bad fail level on to the CLI, which names it (exit 2)', () => {
    const dir = agreementRepo();
    const run = runEntry(dir, { 'fail-on': 'fatal' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fatal');
  });
});
