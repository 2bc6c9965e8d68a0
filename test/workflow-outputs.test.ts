// Several formats in one run, each to its own file (or one to standard output), and the GitHub job summary.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/run.js';
import { mainFile, tree } from './helpers/tree.js';

const MAIN = mainFile('Avtale');
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('several formats in one run', () => {
  it('--format markdown --output report.md --format json --output report.json writes both files and nothing to stdout', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml', '--format', 'markdown', '--output', 'rapport.md', '--format', 'json', '--output', 'rapport.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(read(dir, 'rapport.md')).toMatch(/^# Avtalesjekk: gaprapport/);
    expect((JSON.parse(read(dir, 'rapport.json')) as Report).exitCode).toBe(1);
    expect(run.stderr).toBe('Skrev rapporten til rapport.md.\nSkrev rapporten til rapport.json.\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a format without --output goes to stdout, the others to their files', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml', '-f', 'github', '-f', 'sarif', '-o', 'avtalesjekk.sarif'], dir);
    expect(run.stdout).toMatch(/^::(error|warning|notice) /m);
    expect((JSON.parse(read(dir, 'avtalesjekk.sarif')) as { version: string }).version).toBe('2.1.0');
  });

  it('the same report in every file: identical for the same input', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    await runCli(['check', 'avtale.yaml', '-f', 'json', '-o', 'a.json', '-f', 'json', '-o', 'b.json'], dir);
    expect(read(dir, 'a.json')).toBe(read(dir, 'b.json'));
  });

  const bad: [string, string[], RegExp][] = [
    ['two formats to stdout', ['-f', 'markdown', '-f', 'json'], /Bare ett format kan skrives til skjermen, men markdown, json har ingen --output/],
    ['an --output with no --format before it', ['-o', 'a.md', '-f', 'markdown', '-f', 'json', '-o', 'b.json'], /--output a\.md har ingen --format rett foran seg/],
    ['two --output for one format', ['-f', 'markdown', '-o', 'a.md', '-o', 'b.md'], /Flere --output \(a\.md, b\.md\) enn --format/],
    ['two formats to the same file', ['-f', 'markdown', '-o', 'r', '-f', 'json', '-o', './r'], /To formater skal skrives til samme fil, \.\/r/],
    ['an unknown format', ['-f', 'pdf'], /Ugyldig verdi for --format: «pdf»\. Tillatt: terminal, markdown, json/],
  ];
  it.each(bad)('%s is exit 2 before anything is written', async (_name, args, message) => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml', ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual(['avtale.yaml']);
  });

  it('-o into a folder that does not exist creates the folder (as ESLint does)', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml', '-f', 'json', '-o', 'finnes/ikke/r.json'], dir);
    expect(run.code).toBe((await runCli(['check', 'avtale.yaml', '-f', 'json'], dir)).code);
    expect(run.stderr).toBe('Skrev rapporten til finnes/ikke/r.json.\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'finnes/ikke/r.json'), 'utf8'))).toMatchObject({ reportVersion: 1 });
    expect(readdirSync(path.join(dir, 'finnes/ikke'))).toEqual(['r.json']);
  });

  it('a file that cannot be written is exit 2 with one plain line, never the system message or a temporary name', async () => {
    const dir = tree({ 'avtale.yaml': MAIN, 'fil.txt': 'x' });
    const run = await runCli(['check', 'avtale.yaml', '-f', 'json', '-o', 'fil.txt/r.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('avtalesjekk: Kunne ikke skrive fil.txt/r.json: en del av stien er en fil, ikke en mappe.\n');
    const en = await runCli(['check', 'avtale.yaml', '-f', 'json', '-o', 'fil.txt/r.json', '--lang', 'en'], dir);
    expect(en.stderr).toBe('avtalesjekk: Could not write fil.txt/r.json: part of the path is a file, not a folder.\n');
    const folder = await runCli(['check', 'avtale.yaml', '-f', 'json', '-o', '.'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).not.toMatch(/\.tmp|EISDIR|ENOENT|EEXIST/);
    expect(readdirSync(dir).sort()).toEqual(['avtale.yaml', 'fil.txt']);
  });
});

describe('GITHUB_STEP_SUMMARY', () => {
  it('with --format github, the markdown report is appended to the job summary', async () => {
    const dir = tree({ 'avtale.yaml': MAIN, 'summary.md': 'Tidligere steg.\n' });
    const run = await runCli(['check', 'avtale.yaml', '--format', 'github'], dir, { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') });
    expect(run.code).toBe(1);
    const summary = read(dir, 'summary.md');
    expect(summary.startsWith('Tidligere steg.\n# Avtalesjekk: gaprapport')).toBe(true);
    expect(summary).toMatch(/\| ❌ mangler \|/);
    // Appended again on the next step, never overwritten.
    await runCli(['check', 'avtale.yaml', '--format', 'github'], dir, { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') });
    expect(read(dir, 'summary.md').match(/# Avtalesjekk: gaprapport/g)).toHaveLength(2);
  });

  it('also when github is one of several formats, and in the report language', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const summary = path.join(dir, 'sammendrag.md');
    await runCli(['check', 'avtale.yaml', '-f', 'github', '-f', 'sarif', '-o', 'a.sarif', '--lang', 'en'], dir, { GITHUB_STEP_SUMMARY: summary });
    expect(read(dir, 'sammendrag.md')).toMatch(/^# Avtalesjekk: gap report/);
  });

  it('is not written without the github format, or when the variable is empty', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    const summary = path.join(dir, 'summary.md');
    await runCli(['check', 'avtale.yaml', '-f', 'markdown'], dir, { GITHUB_STEP_SUMMARY: summary });
    await runCli(['check', 'avtale.yaml', '-f', 'github'], dir, { GITHUB_STEP_SUMMARY: '' });
    expect(existsSync(summary)).toBe(false);
  });

  it('a summary that cannot be written is a warning; the check result stands', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    mkdirSync(path.join(dir, 'mappe'));
    const run = await runCli(['check', 'avtale.yaml', '-f', 'github'], dir, { GITHUB_STEP_SUMMARY: path.join(dir, 'mappe') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Kunne ikke skrive sammendraget til GITHUB_STEP_SUMMARY/);
    expect(run.stderr).toMatch(/GITHUB_STEP_SUMMARY \(.*mappe\): det er en mappe\. Oppgi et filnavn\.\n$/);
    expect(run.stdout).toMatch(/^::error /m);
  });

  it('the summary writer is injected: tests and library users can capture it', async () => {
    const dir = tree({ 'avtale.yaml': MAIN });
    writeFileSync(path.join(dir, 'x.md'), '');
    const appended: [string, string][] = [];
    await runCli(['check', 'avtale.yaml', '-f', 'github'], dir, { GITHUB_STEP_SUMMARY: 'x.md' }, { appendFile: async (file, text) => void appended.push([file, text]) });
    expect(appended).toHaveLength(1);
    expect(appended[0]![0]).toBe(path.join(dir, 'x.md'));
    expect(read(dir, 'x.md')).toBe('');
  });
});
