// A set with a YAML syntax error: its syntax errors only, its requirements «kunne ikke sjekkes» in every format, never a pass.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/run.js';

/** examples/nordre-trondelag with the fourth kommune indented one space short (3 instead of 4). */
function brokenCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-not-checked-'));
  cpSync(path.join(ROOT, 'examples/nordre-trondelag'), dir, { recursive: true });
  const main = path.join(dir, 'avtale.yaml');
  const text = readFileSync(main, 'utf8');
  expect(text).toContain('\n    - { navn: Osen,');
  writeFileSync(main, text.replace('\n    - { navn: Osen,', '\n   - { navn: Osen,'));
  return dir;
}

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/rapport.schema.json'), 'utf8')) as object);

const check = (dir: string, ...args: string[]) => runCli(['check', 'avtale.yaml', '--as-of', '2026-11-22', ...args], dir);

describe('a set whose main file has a YAML syntax error', () => {
  it('reports the one syntax error and nothing computed on what error recovery left; nothing on stderr', async () => {
    const run = await check(brokenCopy(), '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(''); // yaml's «Keys with collection values will be stringified» warning no longer gets out
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => [f.ruleId, f.location.line, f.location.column, f.message])).toEqual([
      ['yaml-syntax', 41, 4, 'Linje 41 har 3 mellomrom innrykk, men linjene den hører sammen med, har 4.'],
    ]);
    expect(report.requirements).toHaveLength(16);
    for (const r of report.requirements) expect([r.status, r.detail]).toEqual(['not-checked', 'YAML-feil i avtale.yaml']);
    expect(report.agreements[0]!.counts).toMatchObject({ satisfied: 0, partial: 0, missing: 0, 'not-checked': 16, total: 16 });
    expect(report.adoption).toEqual([]);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it.each([
    ['terminal', [], /Ingen av de 16 lovkravene kunne sjekkes; rett feilene under først/],
    ['markdown', ['--format', 'markdown'], /❔ kunne ikke sjekkes/],
    ['html', ['--format', 'html'], /kunne ikke sjekkes/],
    ['junit', ['--format', 'junit'], /<failure message="Kunne ikke sjekkes: YAML-feil i avtale\.yaml" type="not-checked"/],
  ])('%s never shows a pass for it', async (_name, args, expected) => {
    const run = await check(brokenCopy(), ...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(expected);
    expect(run.stdout).not.toMatch(/16 av 16|16 of 16|>[1-9][0-9]*<\/span> oppfylt|✔ oppfylt|✅/);
  });

  it('the terminal lists the requirements on one line', async () => {
    const run = await check(brokenCopy());
    expect(run.stdout).toContain('  ? kunne ikke sjekkes  alle 16 lovkrav · YAML-feil i avtale.yaml\n');
    expect(run.stdout).not.toContain('§ 6-2 første ledd nr. 1 ');
  });

  it('a syntax error in an included document file stops the whole set the same way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-not-checked-'));
    cpSync(path.join(ROOT, 'examples/nordre-trondelag'), dir, { recursive: true });
    const doc = path.join(dir, 'dokumenter/ikt.yaml');
    const lines = readFileSync(doc, 'utf8').split('\n');
    const i = lines.findIndex((l) => /^ {2}tittel:/.test(l));
    lines[i] = `\t${lines[i]!.trimStart()}`;
    writeFileSync(doc, lines.join('\n'));
    const run = await check(dir, '--format', 'json');
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([['yaml-tab-indent', 'dokumenter/ikt.yaml', i + 1]]);
    for (const r of report.requirements) expect([r.status, r.detail]).toEqual(['not-checked', 'YAML-feil i dokumenter/ikt.yaml']);
  });
});
