// check on whole repositories: folders, quoted glob patterns, several sets in one report, no match, limits, stray documents.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/run.js';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

const include = (file: string) => `  - inkluder: ${file}\n`;

/** A repository with two agreement sets, a stray document, and YAML that is not an agreement. */
function repository(): string {
  const dir = tree({
    'nord/avtale.yaml': mainFile('Nord', include('dokumenter/ta-1.yaml')),
    'nord/dokumenter/ta-1.yaml': documentFile('ta-1').replace('tittel:', 'tittle:'), // a schema error in the included file
    'sor/avtale.yaml': mainFile('Sør'),
    'sor/dokumenter/glemt.yaml': documentFile('glemt'),
    'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
    '.github/workflows/ci.yaml': mainFile('Skjult'),
    'node_modules/pakke/avtale.yaml': mainFile('Avhengighet'),
    '.skjult-avtale.yaml': mainFile('Punktumfil'),
  });
  return dir;
}

async function json(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = await runCli(['check', '--format', 'json', ...args], cwd, env);
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as Report) : undefined };
}

describe('a folder', () => {
  it('finds every agreement set below it, skipping node_modules and dot-folders, in one report', async () => {
    const dir = repository();
    const { code, report, stderr } = await json(['.'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    expect(report!.agreements[0]!.files).toEqual(['nord/avtale.yaml', 'nord/dokumenter/ta-1.yaml']);
    expect(report!.requirements.filter((r) => r.id === 'hol-6-2-nr1').map((r) => r.agreement)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
  });

  it('keeps each finding in its own file, and checks an included file only as part of its set', async () => {
    const { report } = await json(['.'], repository());
    const schema = report!.findings.filter((f) => f.ruleId === 'schema');
    expect(schema.map((f) => f.location.file)).toEqual(['nord/dokumenter/ta-1.yaml', 'nord/dokumenter/ta-1.yaml']);
    // Not a set of its own, and no «this is a document file» problem.
    expect(report!.agreements.some((a) => a.file.includes('ta-1'))).toBe(false);
  });

  it('reports a document file no main file includes, in the nearest set, with the include line to add', async () => {
    const { report } = await json(['.'], repository());
    const stray = report!.findings.filter((f) => f.ruleId === 'document-not-included');
    expect(stray).toHaveLength(1);
    expect(stray[0]).toMatchObject({ severity: 'warning', location: { file: 'sor/avtale.yaml', line: 8 } });
    expect(stray[0]!.message).toContain('sor/dokumenter/glemt.yaml');
    expect(stray[0]!.hint).toContain('- inkluder: dokumenter/glemt.yaml');
  });

  it('gives the worst exit code of all sets', async () => {
    const dir = tree({});
    cpSync(path.join(ROOT, 'examples/nynorsk'), path.join(dir, 'nynorsk'), { recursive: true });
    const clean = await json(['.', '--as-of', '2026-11-22'], dir);
    expect(clean.code).toBe(0);
    mkdirSync(path.join(dir, 'utkast'));
    cpSync(path.join(ROOT, 'examples/eldre-2012'), path.join(dir, 'utkast/eldre'), { recursive: true });
    const both = await json(['.', '--as-of', '2026-11-22'], dir);
    expect(both.code).toBe(1);
    expect(both.report!.agreements.map((a) => a.file)).toEqual(['nynorsk/avtale.yaml', 'utkast/eldre/avtale.yaml']);
  });

  it('the terminal report shows each set under its own heading, with a blank line between sets', async () => {
    const run = await runCli(['check', '.'], repository());
    expect(run.stdout).toMatch(/^nord\/avtale\.yaml {2}Nord\n/);
    expect(run.stdout).toMatch(/\n\nsor\/avtale\.yaml {2}Sør\n/);
  });

  it('is deterministic: the same report, byte for byte, on every run', async () => {
    const dir = repository();
    const a = await runCli(['check', '.', '--format', 'json'], dir);
    const b = await runCli(['check', '.', '--format', 'json'], dir);
    expect(a.stdout).toBe(b.stdout);
  });

  it('does not follow a symbolic link to a folder (no loops), but reads a linked file', async () => {
    const dir = tree({ 'a/avtale.yaml': mainFile('A'), 'b/ekte.yaml': mainFile('B') });
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/løkke'));
    symlinkSync(path.join(dir, 'b/ekte.yaml'), path.join(dir, 'a/lenke.yaml'));
    const { report, code } = await json(['a'], dir);
    expect(code).toBe(1);
    expect(report!.agreements.map((a) => a.file)).toEqual(['a/avtale.yaml', 'a/lenke.yaml']);
  });
});

describe('glob patterns (quoted, expanded by avtalesjekk)', () => {
  it('** finds main files at any depth; * stays in one folder; {a,b} picks alternatives', async () => {
    const dir = repository();
    expect((await json(['**/avtale.yaml'], dir)).report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    expect((await json(['*/avtale.yaml'], dir)).report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    expect((await json(['{sor,nord}/avtale.yaml'], dir)).report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml', 'sor/avtale.yaml']);
    expect((await json(['nord/*.yaml'], dir)).report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml']);
  });

  it('a pattern over document files checks them through the main file that includes them', async () => {
    const dir = repository();
    const { code, report } = await json(['nord/**/*.yaml'], dir);
    expect(code).toBe(1);
    expect(report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml']);
  });

  it('inputs keep their order; a file named twice is checked once', async () => {
    const dir = repository();
    const { report } = await json(['sor/avtale.yaml', 'nord', './sor/avtale.yaml', '**/avtale.yaml'], dir);
    expect(report!.agreements.map((a) => a.file)).toEqual(['sor/avtale.yaml', 'nord/avtale.yaml']);
  });

  it('standard input and a folder together', async () => {
    const dir = repository();
    const run = await runCli(['check', '-', 'nord', '--format', 'json'], dir, {}, { readStdin: async () => new TextEncoder().encode(mainFile('Fra standard inn')) });
    expect((JSON.parse(run.stdout) as Report).agreements.map((a) => a.file)).toEqual(['<stdin>', 'nord/avtale.yaml']);
  });
});

describe('nothing to check is exit 2, never a silent pass', () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ['a pattern that matches no file', { 'a/avtale.yaml': mainFile('A') }, ['b/**/*.yaml'], /Kunne ikke sjekke b\/\*\*\/\*\.yaml: Ingen YAML-filer passer til mønsteret/],
    ['a folder without YAML', { 'tom/LESMEG.md': '# tom\n' }, ['tom'], /Kunne ikke sjekke tom: Mappen har ingen YAML-filer/],
    ['a folder with YAML but no agreement', { 'ci/bygg.yaml': 'steg: [a, b]\n' }, ['ci'], /Fant ingen avtalefil \(en YAML-fil som starter med «avtale:»\)/],
    ['a folder with only document files', { 'dok/ta-1.yaml': documentFile('ta-1'), 'dok/ta-2.yaml': documentFile('ta-2') }, ['dok'], /Fant 2 dokumentfiler .* men ingen hovedfil/],
    ['one of two patterns matches nothing', { 'a/avtale.yaml': mainFile('A') }, ['a', 'b/*.yaml'], /b\/\*\.yaml: Ingen YAML-filer passer/],
  ];
  it.each(cases)('%s', async (_name, files, args, message) => {
    const run = await runCli(['check', ...args], tree(files));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('says it in nynorsk and English too', async () => {
    const dir = tree({ 'a/avtale.yaml': mainFile('A') });
    expect((await runCli(['check', 'x/*.yaml', '--lang', 'nn'], dir)).stderr).toMatch(/Ingen YAML-filer passar til mønsteret/);
    expect((await runCli(['check', 'x/*.yaml', '--lang', 'en'], dir)).stderr).toMatch(/No YAML file matches the pattern/);
  });

  it('a document file named on its own, with no main file including it, still cannot be checked', async () => {
    const dir = tree({ 'dok.yaml': documentFile('dok') });
    const run = await runCli(['check', 'dok.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dok\.yaml: Dette er en dokumentfil/);
  });

  it('a named document file that a named main file includes is part of that set', async () => {
    const dir = repository();
    const { code, report } = await json(['nord/dokumenter/ta-1.yaml', 'nord/avtale.yaml'], dir);
    expect(code).toBe(1);
    expect(report!.agreements.map((a) => a.file)).toEqual(['nord/avtale.yaml']);
  });
});

describe('limits', () => {
  it('stops with a clear message when a search finds more YAML files than the limit', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`a/f${i}.yaml`] = mainFile(`F${i}`);
    const dir = tree(files);
    const result = await check(['a'], { cwd: dir, asOf: '2026-11-22', maxFiles: 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ file: 'a', code: 'too-many-files', message: expect.stringMatching(/mer enn 5 YAML-filer/), messageId: 'inputs.too-many-files', params: { limit: 5 } }]);
    expect((await check(['a'], { cwd: dir, asOf: '2026-11-22', maxFiles: 6 })).ok).toBe(true);
  });

  it('the default limit is 10 000 files', async () => {
    const { MAX_INPUT_FILES } = await import('../src/load/limits.js');
    expect(MAX_INPUT_FILES).toBe(10_000);
  });
});
