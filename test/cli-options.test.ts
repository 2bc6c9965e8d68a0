// The conventions users of ESLint and markdownlint expect: --quiet, --max-warnings, --stdin-filename, config ignore patterns.
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

const include = (file: string) => `  - inkluder: ${file}\n`;
/** A config that turns the thirteen § 6-2 requirements off, so the set has warnings and no errors. */
const WARNINGS_ONLY = `rules:\n${Array.from({ length: 13 }, (_, i) => `  hol-6-2-nr${i + 1}: off\n`).join('')}`;

async function json(args: string[], cwd: string, extra = {}) {
  const run = await runCli(['check', '--format', 'json', '--as-of', '2026-11-22', ...args], cwd, {}, extra);
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as Report) : undefined };
}

describe('--quiet', () => {
  it('reports and counts errors only', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A') });
    const full = await json(['avtale.yaml'], dir);
    expect(full.report!.counts.warning).toBeGreaterThan(0);
    const quiet = await json(['avtale.yaml', '--quiet'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.report!.findings.length).toBe(full.report!.counts.error);
    expect(quiet.report!.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.report!.counts).toEqual({ error: full.report!.counts.error, warning: 0, info: 0 });
    const terminal = await runCli(['check', 'avtale.yaml', '--quiet', '--as-of', '2026-11-22'], dir);
    expect(terminal.stdout).not.toMatch(/advarsel/);
  });

  it('leaves warnings out of the exit code, even with --fail-on warning', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A'), '.avtalesjekk.yaml': WARNINGS_ONLY });
    expect((await json(['avtale.yaml'], dir)).code).toBe(0);
    expect((await json(['avtale.yaml', '--fail-on', 'warning'], dir)).code).toBe(1);
    const quiet = await json(['avtale.yaml', '--fail-on', 'warning', '--quiet'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.report!.findings).toEqual([]);
  });
});

describe('--max-warnings', () => {
  it('exits 1 when the warnings are more than allowed, with one line saying so', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A'), '.avtalesjekk.yaml': WARNINGS_ONLY });
    const count = (await json(['avtale.yaml'], dir)).report!.counts.warning;
    expect(count).toBeGreaterThan(0);
    const at = await json(['avtale.yaml', '--max-warnings', String(count)], dir);
    expect(at.code).toBe(0);
    expect(at.stderr).toBe('');
    const below = await json(['avtale.yaml', '--max-warnings', String(count - 1)], dir);
    expect(below.code).toBe(1);
    expect(below.stderr).toBe(`avtalesjekk: For mange advarsler: ${count}, mens --max-warnings tillater ${count - 1}.\n`);
    expect(below.report!.counts.warning).toBe(count); // the report itself is written in full
    expect((await json(['avtale.yaml', '--max-warnings', '0', '--quiet'], dir)).code).toBe(0);
    const en = await json(['avtale.yaml', '--max-warnings', '0', '--lang', 'en'], dir);
    expect(en.stderr).toBe(`avtalesjekk: Too many warnings: ${count}, while --max-warnings allows 0.\n`);
  });

  it('takes a whole number from 0 up', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A') });
    for (const value of ['-1', 'tre', '1.5', '']) {
      const run = await runCli(['check', 'avtale.yaml', '--max-warnings', value], dir);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toBe(`avtalesjekk: --max-warnings må være et helt tall fra 0 og oppover, ikke «${value}».\n`);
    }
  });
});

describe('--stdin-filename', () => {
  it('names the file findings point at, and includes resolve from its folder', async () => {
    const dir = tree({ 'sett/dokumenter/ta-1.yaml': documentFile('ta-1') });
    const stdin = { readStdin: async () => new TextEncoder().encode(mainFile('Fra redigereren', include('dokumenter/ta-1.yaml'))) };
    const run = await json(['-', '--stdin-filename', 'sett/avtale.yaml'], dir, stdin);
    expect(run.stderr).toBe('');
    expect(run.report!.agreements.map((a) => a.file)).toEqual(['sett/avtale.yaml']);
    expect(run.report!.agreements[0]!.files).toEqual(['sett/avtale.yaml', 'sett/dokumenter/ta-1.yaml']);
    expect(new Set(run.report!.findings.map((f) => f.location.file))).toEqual(new Set(['sett/avtale.yaml']));
    const plain = await json(['-'], dir, stdin);
    expect(plain.report!.agreements.map((a) => a.file)).toEqual(['<stdin>']);
  });

  it('is refused without -, and -o onto the named file is refused as onto any input', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A') });
    const without = await runCli(['check', 'avtale.yaml', '--stdin-filename', 'b.yaml'], dir);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/^avtalesjekk: --stdin-filename gjelder bare standard inn/);
    const stdin = { readStdin: async () => new TextEncoder().encode(mainFile('B')) };
    const onto = await runCli(['check', '-', '--stdin-filename', 'avtale.yaml', '-o', 'avtale.yaml'], dir, {}, stdin);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toMatch(/del av avtalesettet/);
  });
});

describe('ignore patterns in the config file', () => {
  function repository(config: string): string {
    return tree({
      '.avtalesjekk.yaml': config,
      'nord/avtale.yaml': mainFile('Nord'),
      'arkiv/2019/avtale.yaml': mainFile('Gammel'),
      'sor/avtale.yaml': mainFile('Sør'),
      'sor/utkast/avtale.yaml': mainFile('Utkast'),
    });
  }

  it('a search of folders and patterns skips matching files and folders, relative to the config file', async () => {
    const dir = repository('ignore:\n  - arkiv\n  - "**/utkast/**"\n');
    const folder = await json(['.'], dir);
    expect(folder.report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    const glob = await json(['**/avtale.yaml'], dir);
    expect(glob.report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    const below = await json(['.'], `${dir}/sor`);
    expect(below.report!.agreements.map((a) => a.file)).toEqual(['avtale.yaml']);
  });

  it('a file named on the command line is checked even when a pattern matches it', async () => {
    const dir = repository('ignore: ["arkiv/**"]\n');
    const run = await json(['arkiv/2019/avtale.yaml'], dir);
    expect(run.report!.agreements.map((a) => a.file)).toEqual(['arkiv/2019/avtale.yaml']);
  });

  it('a folder or pattern whose files are all ignored says so (exit 2)', async () => {
    const dir = repository('ignore: [arkiv]\n');
    for (const input of ['arkiv', 'arkiv/**/*.yaml']) {
      const run = await runCli(['check', input], dir);
      expect(run.code, input).toBe(2);
      expect(run.stderr).toBe(
        `avtalesjekk: Kunne ikke sjekke ${input}: Alle YAML-filene her hoppes over av ignore i innstillingsfilen. Nevn filen ved navn, eller kjør med --no-config.\n`,
      );
    }
  });

  it('without ignore, or with --no-config, everything is found', async () => {
    const dir = repository('ignore: [arkiv]\n');
    expect((await json(['.', '--no-config'], dir)).report!.agreements).toHaveLength(4);
  });

  it('a bad ignore value is a config error with its position', async () => {
    const dir = repository('ignore: arkiv\n');
    const run = await runCli(['check', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^avtalesjekk: \.avtalesjekk\.yaml:1:9: /);
    const braces = repository(`ignore:\n  - "${'{a,b}'.repeat(11)}"\n`);
    const bad = await runCli(['check', '.'], braces);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^avtalesjekk: \.avtalesjekk\.yaml:2:5: Mønsteret «\{a,b\}.*» under ignore gir mer enn 1000 varianter/);
  });
});
