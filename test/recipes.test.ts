// The README's install and CI recipes, run from a packed tarball installed into fresh agreement repositories (no package.json).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_ENV, type ActionInputs } from '../src/action/inputs.js';
import { ROOT } from './helpers/run.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const actionInputs = Object.keys((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

/** The fenced block after `<!-- recipe:<name> -->` in the README. */
function recipe(name: string): string {
  const m = new RegExp(`<!-- recipe:${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  expect(m, `README has the recipe ${name}`).not.toBeNull();
  return m![1]!;
}

let work = '';
let tarball = '';
let prefix = '';
let env: Record<string, string> = {};

beforeAll(() => {
  expect(existsSync(path.join(ROOT, 'dist/bundle-cli.js')), 'run `npm run build` first').toBe(true);
  work = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-recipes-'));
  // --ignore-scripts: `npm test` has just built dist/, and rebuilding it here would race the other test files that run it.
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  expect(packed.status, packed.stderr).toBe(0);
  tarball = path.join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  prefix = path.join(work, 'global');
  // A global install into the temp folder; npm's own lifecycle variables from `npm test` are left out.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && !k.toLowerCase().startsWith('npm_'))) as Record<string, string>;
  env = {
    ...base,
    PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_prefix: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
    NO_COLOR: '1',
  };
  // The action builds dist/ in its own folder; the installed package provides the same files for the GitHub recipes.
  const installed = sh(`npm install --global "${tarball}"`, work);
  expect(installed.status, installed.stderr).toBe(0);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh agreement repository: an example copied to `sub` (or the root), no package.json. */
function agreementRepo(name: string, example: string, sub = ''): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  cpSync(path.join(ROOT, 'examples', example), path.join(dir, sub), { recursive: true });
  return dir;
}

function sh(line: string, cwd: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(line, { cwd, env: { ...env, ...extra }, encoding: 'utf8', shell: true });
}

describe('the packed tarball', () => {
  it('holds the bin, both bundles, the library, the schemas and nothing from test/', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const f of ['package/bin/avtalesjekk.js', 'package/dist/bundle-cli.js', 'package/dist/bundle-action.js', 'package/dist/bundle-worker.js', 'package/dist/index.js', 'package/schemas/avtale.schema.json', 'package/schemas/krav.json', 'package/package.json']) expect(list, f).toContain(f);
    expect(list.some((f) => f.startsWith('package/test/'))).toBe(false);
    expect(path.basename(tarball)).toBe(`avtalesjekk-${pkg.version}.tgz`);
  });
});

describe('README recipes', () => {
  it('getting started: install the tarball, init, check (each line as written)', () => {
    const repo = path.join(work, 'start');
    mkdirSync(repo);
    copyFileSync(tarball, path.join(repo, path.basename(tarball)));
    const lines = recipe('getting-started').trim().split('\n');
    expect(lines[0]).toBe(`npm install --global ./${path.basename(tarball)}`);
    for (const line of lines) expect(line, 'no && (Windows PowerShell 5.1)').not.toContain('&&');
    const results = lines.map((line) => sh(line, repo));
    expect(results[0]!.status, results[0]!.stderr).toBe(0);
    expect(results[1]!.status, results[1]!.stderr).toBe(0);
    expect(existsSync(path.join(repo, 'avtaler/avtale.yaml'))).toBe(true);
    // The template is not yet an agreement: requirements are missing (exit 1), and nothing could-not-check (2).
    expect(results[2]!.status, results[2]!.stderr).toBe(1);
    expect(results[2]!.stdout).toContain('avtaler/avtale.yaml');
  }, 60_000);

  it('GitLab CI: the job script installs from the tarball and writes junit.xml and gaprapport.md', () => {
    const job = (parse(recipe('gitlab')) as Record<string, { variables: Record<string, string>; script: string[]; artifacts: { reports: { junit: string }; paths: string[] } }>).avtalesjekk!;
    const repo = agreementRepo('gitlab', 'eldre-2012');
    // The release URL stands for the tarball; every other variable is used as written.
    const vars = { ...job.variables, AVTALESJEKK_PAKKE: tarball };
    const results = job.script.map((line) => sh(line, repo, vars));
    expect(results[0]!.status, results[0]!.stderr).toBe(0);
    expect(results[1]!.status, results[1]!.stderr).toBe(1); // eldre-2012 has an error finding
    const junit = readFileSync(path.join(repo, job.artifacts.reports.junit), 'utf8');
    expect(junit).toMatch(/<testsuites name="avtalesjekk" tests="\d+" failures="[1-9]\d*"/);
    for (const f of job.artifacts.paths) expect(existsSync(path.join(repo, f)), f).toBe(true);
    expect(results[1]!.stdout).toContain('avtale.yaml:');
  }, 60_000);

  for (const name of ['github', 'github-sarif']) {
    it(`GitHub Actions (${name}): the action step's inputs are declared, and the installed entry writes what the next steps read`, () => {
      const workflow = parse(recipe(name)) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
      const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
      const step = steps.find((s) => /\/avtalesjekk@/.test(s.uses ?? ''))!;
      expect(step).toBeDefined();
      const given = step.with ?? {};
      for (const key of Object.keys(given)) expect(actionInputs, key).toContain(key);
      // The action's entry as installed from the tarball (the action's own `npm ci` builds the same dist/).
      const entry = path.join(prefix, 'lib/node_modules/avtalesjekk/dist/bundle-action.js');
      const repo = agreementRepo(name, 'eldre-2012', given.paths ?? '');
      const inputEnv: Record<string, string> = {};
      for (const [key, variable] of Object.entries(INPUT_ENV)) inputEnv[variable] = given[key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as keyof ActionInputs] ?? '';
      const summary = path.join(work, `${name}-summary.md`);
      const run = spawnSync(process.execPath, [entry], { cwd: repo, env: { ...env, ...inputEnv, GITHUB_STEP_SUMMARY: summary }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toMatch(/^::error file=/m);
      expect(readFileSync(summary, 'utf8')).toContain('# Avtalesjekk: gaprapport');
      // Every file a later step uploads exists.
      for (const s of steps) {
        const file = s.with?.path ?? s.with?.sarif_file;
        if (file) expect(existsSync(path.join(repo, file)), file).toBe(true);
      }
    }, 60_000);
  }
});
