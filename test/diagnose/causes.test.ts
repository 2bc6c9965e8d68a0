// A cause comes before its consequences, the consequences say so, and each has a hint for its own case.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/run.js';
import { mainFile } from '../helpers/tree.js';

/** A copy of examples/nordre-trondelag with `edit` applied to its main file. */
function nordreTrondelag(edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-causes-'));
  cpSync(path.join(ROOT, 'examples/nordre-trondelag'), dir, { recursive: true });
  const main = path.join(dir, 'avtale.yaml');
  writeFileSync(main, edit(readFileSync(main, 'utf8')));
  return dir;
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-causes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function json(dir: string, lang = 'nb'): Promise<Report> {
  const run = await runCli(['check', 'avtale.yaml', '--as-of', '2026-11-22', '--format', 'json', '--lang', lang], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

const at = (f: Finding) => `${f.location.line}:${f.location.column}`;

describe('an unknown key that should have been «dekning»', () => {
  it('comes before the thirteen «ikke dekket» it explains, and each of them says so', async () => {
    const report = await json(nordreTrondelag((t) => t.replace(/^dekning:/m, 'dekking:')));
    const cause = report.findings.findIndex((f) => f.ruleId === 'schema' && f.message.includes('«dekking»'));
    expect(cause).toBeGreaterThanOrEqual(0);
    expect(report.findings[cause]!.hint).toBe('Mente du «dekning»?');
    const uncovered = report.findings.filter((f) => /^hol-6-2-nr\d+$/.test(f.ruleId));
    expect(uncovered).toHaveLength(13);
    expect(report.findings.slice(cause + 1, cause + 14)).toEqual(uncovered);
    for (const f of uncovered) {
      expect(f.data?.causedBy).toEqual(report.findings[cause]!.location);
      expect(f.hint).toMatch(/^Dette følger av det ukjente feltet på avtale\.yaml:137: skriv «dekning» der/);
    }
    // Consequences mark their cause in data (an addition the report schema allows) and still count as findings.
    expect(report.counts.error).toBe(14);
  });

  it('is folded in the terminal: the consequences as one line each under the cause, their hint once', async () => {
    const dir = nordreTrondelag((t) => t.replace(/^dekning:/m, 'dekking:'));
    const run = await runCli(['check', 'avtale.yaml', '--as-of', '2026-11-22'], dir);
    const lines = run.stdout.split('\n');
    const cause = lines.findIndex((l) => l.includes('Ukjent felt «dekking»'));
    expect(lines[cause + 1]).toBe('      Tips: Mente du «dekning»?');
    expect(lines[cause + 2]).toBe('      Følger av dette (13):');
    expect(lines[cause + 3]).toMatch(/^ {8}· avtale\.yaml:13:1 {2}§ 6-2 første ledd nr\. 1 \(Oppgave- og ansvarsfordeling\) er ikke dekket av noe dokument\. {2}\(hol-6-2-nr1\)$/);
    expect(run.stdout.match(/Dette følger av det ukjente feltet/g)).toHaveLength(2); // nr. 12 and 13 add the unverified note
  });
});

describe('a coverage entry that points at a section that does not exist', () => {
  it('the requirement finding follows the reference finding, names the document and lists its sections', async () => {
    const report = await json(nordreTrondelag((t) => t.replace('  - krav: hol-6-2-nr1\n    dokument: samarbeidsavtale\n    seksjon: "4"', '  - krav: hol-6-2-nr1\n    dokument: samarbeidsavtale\n    seksjon: "44"')));
    const reference = report.findings.findIndex((f) => f.ruleId === 'unknown-reference' && f.message.includes('«44»'));
    const requirement = report.findings.findIndex((f) => f.ruleId === 'hol-6-2-nr1');
    expect(reference).toBeGreaterThanOrEqual(0);
    expect(requirement).toBe(reference + 1);
    const f = report.findings[requirement]!;
    expect(f.data?.causedBy).toEqual(report.findings[reference]!.location);
    expect(f.hint).toMatch(/^Oppføringen viser til seksjon «44» i «Samarbeidsavtale mellom Helse Nord-Trøndelag HF og kommunene i Nordre Trøndelag», men dokumentet har bare seksjonene «1», /);
    expect(f.hint).not.toMatch(/Legg til en oppføring/);
  });
});

describe('a document without an id', () => {
  it('comes before the references to it, and they say so', async () => {
    const text = mainFile('Samarbeidsavtale').replace('  - id: hoved\n', '  - ').replace('    type: overordnet', 'type: overordnet')
      + 'dekning:\n  - krav: hol-6-2-nr1\n    dokument: hoved\n';
    const report = await json(tree({ 'avtale.yaml': text }));
    const missing = report.findings.findIndex((f) => f.ruleId === 'schema' && /id/.test(f.message));
    const reference = report.findings.findIndex((f) => f.ruleId === 'unknown-reference');
    expect(missing).toBeGreaterThanOrEqual(0);
    expect(reference).toBe(missing + 1);
    expect(report.findings[reference]!.data?.causedBy).toEqual(report.findings[missing]!.location);
    expect(report.findings[reference]!.hint).toBe('Dette følger trolig av dokumentet uten id på avtale.yaml:9: gi det id-en det skal ha.');
  });
});

describe('nynorsk keys', () => {
  it.each([
    ['vedteke', 'vedtatt', (t: string) => t.replace('  vedtatt: 2024-03-01', '  vedteke: 2024-03-01')],
    ['kommunar', 'kommuner', (t: string) => t.replace('  kommuner:', '  kommunar:')],
    ['namn', 'navn', (t: string) => t.replace('{ navn: Helse Test HF }', '{ namn: Helse Test HF }')],
    ['målform', 'maalform', (t: string) => t.replace('  vedtatt: 2024-03-01', '  vedtatt: 2024-03-01\n  målform: nn')],
  ])('«%s» gets «Meinte du «%s»?» and the note that keys are in bokmål, once', async (written, meant, edit) => {
    const report = await json(tree({ 'avtale.yaml': edit(mainFile('Samarbeidsavtale')) }), 'nn');
    const f = report.findings.find((x) => x.ruleId === 'schema' && x.message.includes(`«${written}»`));
    expect(f?.message).toBe(`Ukjent felt «${written}». Nøklane skriv ein alltid på bokmål.`);
    expect(f?.hint).toBe(`Meinte du «${meant}»?`);
    expect(at(f!)).toMatch(/^\d+:\d+$/);
  });
});
