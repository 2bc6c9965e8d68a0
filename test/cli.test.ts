// The command line in-process through main(): exit codes, bad input, languages, output files and colour.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileSystem } from '../src/load/fs.js';
import { nodeFileSystem } from '../src/load/fs.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/run.js';
import { mainFile } from './helpers/tree.js';

let dir: string;

/** The small valid agreement the tests change; line numbers in the cases refer to it. */
const VALID = mainFile('Liten avtale');

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return name;
}

async function json(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const run = await runCli(['check', '--format', 'json', ...args], dir);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-cli-'));
  write('valid.yaml', VALID);
});

describe('bad input that is a positioned finding (exit 1)', () => {
  const cases: [string, string, string, number, number][] = [
    // name, content, expected rule, line, column
    ['syntax.yaml', VALID.replace('tittel: Liten avtale', 'tittel: "Liten avtale'), 'yaml-syntax', 2, 11], // at the quote that is never closed
    ['duplicate.yaml', VALID.replace('  vedtatt: 2024-03-01\n', '  vedtatt: 2024-03-01\n  tittel: Igjen\n'), 'yaml-duplicate-key', 4, 3],
    ['tabs.yaml', VALID.replace('  tittel: Liten avtale', '\ttittel: Liten avtale'), 'yaml-tab-indent', 2, 1],
    ['kommunenummer.yaml', VALID.replace('"9999"', '0301'), 'number-as-text', 7, 23], // the key itself
    ['date.yaml', VALID.replace('2024-03-01', '2024-02-30'), 'invalid-date', 3, 3],
  ];
  it.each(cases)('%s gives %s at line %i', async (name, content, rule, line, column) => {
    write(name, content);
    const { code, report, stderr } = await json([name, '--as-of', '2026-11-22']);
    expect(code).toBe(1);
    const f = report.findings.find((x) => x.ruleId === rule);
    expect(f, JSON.stringify(report.findings.map((x) => x.ruleId))).toBeDefined();
    expect(f!.location).toMatchObject({ file: name, line, column });
    expect(f!.severity).toBe('error');
    expect(f!.hint).toBeTruthy();
    expect(stderr).toBe('');
  });

  it('an unquoted kommunenummer hints the quoted value with its leading zero', async () => {
    const { report } = await json(['kommunenummer.yaml']);
    const f = report.findings.find((x) => x.ruleId === 'number-as-text')!;
    expect(f.message).toContain('0301');
    expect(f.hint).toContain('"0301"');
  });

  it('%YAML 1.1 is a warning, and the file is still read with the 1.2 core schema', async () => {
    write('yaml11.yaml', `%YAML 1.1\n---\n${VALID.replace('tittel: Liten avtale', 'tittel: NO')}`);
    const { report } = await json(['yaml11.yaml']);
    const f = report.findings.find((x) => x.ruleId === 'yaml-version')!;
    expect(f).toMatchObject({ severity: 'warning', location: { line: 1, column: 1 } });
    expect(report.agreements[0]!.title).toBe('NO');
  });
});

describe('input that cannot be checked (exit 2, one line on stderr)', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => 'finnes-ikke.yaml', /finnes-ikke\.yaml: Finner ikke filen/],
    ['an empty folder', () => { mkdirSync(path.join(dir, 'mappe'), { recursive: true }); return 'mappe'; }, /mappe: Mappen har ingen YAML-filer/],
    ['an empty file', () => write('tom.yaml', '  \n'), /tom\.yaml: Filen er tom/],
    ['a Latin-1 file', () => write('latin1.yaml', Buffer.from('avtale:\n  tittel: Sj\xf8\n', 'latin1')), /latin1\.yaml: Filen er ikke gyldig UTF-8 \(første feil på linje 2, kolonne 13\)/],
    ['a UTF-16 file', () => write('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')])), /utf16\.yaml: Filen er lagret som UTF-16/],
    ['a binary file', () => write('bin.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), /bin\.yaml: Filen ser ikke ut som tekst/],
    ['a document file given as main file', () => write('dok.yaml', 'dokument:\n  id: a\n  type: vedlegg\n  tittel: A\n'), /dok\.yaml: Dette er en dokumentfil/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const run = await runCli(['check', make()], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    noStack(run.stderr);
  });

  it('an unreadable file (permission denied)', async () => {
    const denied: FileSystem = { ...nodeFileSystem, readFile: async () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } };
    const run = await runCli(['check', 'valid.yaml'], dir, {}, { fs: denied });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/valid\.yaml: Filen kan ikke leses/);
  });

  it('a bad --as-of date, an unknown option and a bad --lang', async () => {
    for (const [args, message] of [
      [['check', 'valid.yaml', '--as-of', '2024-02-30'], /Datoen «2024-02-30» for --as-of er ikke en gyldig dato/],
      [['check', 'valid.yaml', '--tull'], /Ukjent valg --tull/],
      [['check', 'valid.yaml', '--lang', 'sv'], /Ugyldig verdi for --lang: «sv»\..* Tillatt: nb, nn, en\./],
      [['check'], /Mangler <filer>\. Bruk: avtalesjekk check \[valg\] <filer\.\.\.>/],
      [['sjekk', 'valid.yaml'], /Ukjent kommando «sjekk»/],
    ] as const) {
      const run = await runCli([...args], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      noStack(run.stderr);
    }
  });

  it('an internal error is one line, and only --debug shows the stack', async () => {
    const boom = { stdout: () => { throw new Error('stdout closed'); } };
    const plain = await runCli(['check', 'valid.yaml'], dir, {}, boom);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/Intern feil i avtalesjekk: stdout closed/);
    noStack(plain.stderr);
    const debug = await runCli(['check', 'valid.yaml', '--debug'], dir, {}, boom);
    expect(debug.stderr).toMatch(/\n\s+at .+/);
  });
});

describe('options', () => {
  it('--as-of before 2022-08-01 reports nr. 12 and 13 as not yet in force', async () => {
    const { report } = await json(['valid.yaml', '--as-of', '2020-01-01']);
    const statuses = Object.fromEntries(report.requirements.map((r) => [r.id, r.status]));
    expect(statuses['hol-6-2-nr12']).toBe('not-yet-in-force');
    expect(statuses['hol-6-2-nr13']).toBe('not-yet-in-force');
    expect(statuses['hol-6-2-nr1']).toBe('missing');
    expect(report.findings.some((f) => f.ruleId === 'hol-6-2-nr12')).toBe(false);
  });

  it.each([
    // as-of, status of nr. 12 and 13, severity of their findings (none before they are in force), «sjekk dette» in the hint
    ['2022-07-31', 'not-yet-in-force', undefined, false],
    ['2022-08-01', 'missing', 'warning', true],
    ['2023-06-30', 'missing', 'warning', true],
    ['2023-07-01', 'missing', 'error', false],
  ] as const)('nr. 12 and 13 missing, checked --as-of %s: %s, %s; the date of the check decides, not the adoption date', async (asOf, status, severity, checkThis) => {
    write('old.yaml', VALID.replace('vedtatt: 2024-03-01', 'vedtatt: 2015-01-01'));
    for (const file of ['old.yaml', 'valid.yaml']) {
      const { report } = await json([file, '--as-of', asOf]);
      for (const id of ['hol-6-2-nr12', 'hol-6-2-nr13']) {
        const result = report.requirements.find((r) => r.id === id)!;
        expect(result.status, `${file} ${id}`).toBe(status);
        const finding = report.findings.find((f) => f.ruleId === id);
        expect(finding?.severity, `${file} ${id}`).toBe(severity);
        if (finding) expect(/[Ss]jekk dette/.test(finding.hint ?? ''), `${file} ${id}`).toBe(checkThis);
        if (finding) expect(result.verified, `${file} ${id}`).toBe(!checkThis);
      }
    }
  });

  it('--fail-on warning fails on warnings that --fail-on error lets through', async () => {
    write('warn-only.yaml', `%YAML 1.1\n---\n${readFileSync(path.join(import.meta.dirname, '../test/fixtures/rules/hol-6-2-ledd2/pass.yaml'), 'utf8')}`);
    const byDefault = await json(['warn-only.yaml', '--as-of', '2011-06-01']);
    expect(byDefault.report.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(byDefault.code).toBe(0);
    const strict = await json(['warn-only.yaml', '--as-of', '2011-06-01', '--fail-on', 'warning']);
    expect(strict.code).toBe(1);
  });

  it('--lang nn and --lang en translate messages, headings and statuses', async () => {
    const nn = await runCli(['check', 'valid.yaml', '--lang', 'nn', '--as-of', '2026-11-22'], dir);
    expect(nn.stdout).toMatch(/manglar/);
    expect(nn.stdout).toMatch(/er ikkje dekt/);
    const en = await runCli(['check', 'valid.yaml', '--lang', 'en', '--as-of', '2026-11-22', '--format', 'markdown'], dir);
    expect(en.stdout).toMatch(/## Legal requirements/);
    expect(en.stdout).toMatch(/Care coordination|Hospital admission|Midwifery/);
    const missing = await runCli(['check', 'nope.yaml', '--lang', 'en'], dir);
    expect(missing.stderr).toMatch(/nope\.yaml: File not found|nope\.yaml: .*not find/i);
  });

  it('AVTALESJEKK_LANG sets the default language', async () => {
    const run = await runCli(['check', 'valid.yaml', '--as-of', '2026-11-22'], dir, { AVTALESJEKK_LANG: 'en' });
    expect(run.stdout).toMatch(/missing/);
  });

  it('the default --as-of is the injected clock, not the real one', async () => {
    const { report } = await json(['valid.yaml']);
    expect(report.asOf).toBe('2026-11-22');
  });
});

describe('colour', () => {
  const tty = { isTTY: true };
  it.each([
    ['a terminal', {}, [], true],
    ['NO_COLOR', { NO_COLOR: '1' }, [], false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], false],
    ['--no-color', {}, ['--no-color'], false],
    ['NO_COLOR with --color', { NO_COLOR: '1' }, ['--color'], true],
  ] as const)('%s', async (_name, env, flags, ansi) => {
    const run = await runCli(['check', 'valid.yaml', ...flags], dir, { ...env }, tty);
    expect(run.stdout.includes('\u001b[')).toBe(ansi);
  });

  it('FORCE_COLOR gives colour even when stdout is not a terminal', async () => {
    const run = await runCli(['check', 'valid.yaml'], dir, { FORCE_COLOR: '1' });
    expect(run.stdout).toContain('\u001b[');
  });
});

describe('--output', () => {
  it('writes the report to a file and leaves no temporary file', async () => {
    const run = await runCli(['check', 'valid.yaml', '-f', 'markdown', '-o', 'rapport.md', '--as-of', '2026-11-22'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'rapport.md'), 'utf8')).toMatch(/^# Avtalesjekk: gaprapport/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write onto an input file, and leaves it unchanged', async () => {
    const before = readFileSync(path.join(dir, 'valid.yaml'), 'utf8');
    const run = await runCli(['check', 'valid.yaml', '-o', './valid.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/del av avtalesettet/);
    expect(readFileSync(path.join(dir, 'valid.yaml'), 'utf8')).toBe(before);
  });

  it('refuses to write onto an included file', async () => {
    write('sett/avtale.yaml', VALID.replace('  - id: hoved', '  - inkluder: dok/a.yaml\n  - id: hoved'));
    write('sett/dok/a.yaml', 'dokument:\n  id: a\n  type: vedlegg\n  tittel: Vedlegg\n');
    const run = await runCli(['check', 'sett/avtale.yaml', '-o', 'sett/dok/a.yaml'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'sett/dok/a.yaml'), 'utf8')).toMatch(/^dokument:/);
  });
});

describe('explain and rules', () => {
  it('explain prints titles, citation with URL, dates, elements and a snippet', async () => {
    const run = await runCli(['explain', 'hol-6-2-nr5']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Utskrivningsklare pasienter/);
    expect(run.stdout).toMatch(/§ 6-2 første ledd nr\. 5/);
    expect(run.stdout).toMatch(/https:\/\/lovdata\.no\//);
    expect(run.stdout).toMatch(/I kraft fra 2012-01-01/);
    expect(run.stdout).toMatch(/kriterier-utskrivningsklar/);
    expect(run.stdout).toMatch(/krav: hol-6-2-nr5/);
  });

  it('explain of nr. 13 names the transition and says to check it', async () => {
    const run = await runCli(['explain', 'hol-6-2-nr13', '--lang', 'en']);
    expect(run.stdout).toMatch(/2022-08-01/);
    expect(run.stdout).toMatch(/2023-07-01/);
    expect(run.stdout).toMatch(/[Cc]heck this/);
  });

  it('explain of a § 6-2 item shows the statutory parts and the recommended elements apart, each with its source', async () => {
    const run = await runCli(['explain', 'hol-6-2-nr2']);
    const statutory = run.stdout.indexOf('Lovens deler (avgjør status');
    const recommended = run.stdout.indexOf('Anbefalte elementer (råd som aldri senker statusen');
    expect(statutory).toBeGreaterThan(0);
    expect(recommended).toBeGreaterThan(statutory);
    expect(run.stdout.slice(statutory, recommended)).toMatch(/habilitering\s+Habilitering \(kilde: helse- og omsorgstjenesteloven\)/);
    expect(run.stdout.slice(recommended)).toMatch(/individuell-plan\s+Individuell plan \(kilde: Veileder for samarbeidsavtaler/);
    expect(run.stdout).toMatch(/oppfylt \(innhold ikke vurdert\)/);
    const single = await runCli(['explain', 'hol-6-2-nr8', '--lang', 'en']);
    expect(single.stdout).toMatch(/The law names no separate parts of this item/);
    expect(single.stdout).toMatch(/folgetjeneste\s+Escort service \(source: Practice in published cooperation agreements\)/);
  });

  it.each([
    ['styring-likeverd', 'nb', /Rettslig status: anbefaling, ikke lov\./, /Alvorlighet når regelen slår til: info\./],
    ['styring-rotasjon', 'nn', /Rettsleg status: tilråding, ikkje lov\./, /Alvorsgrad når regelen slår til: info\./],
    ['publication-missing', 'en', /Legal standing: practice, not law\./, /Severity when the rule applies: warning\./],
    ['yaml-syntax', 'nb', /Regel for YAML-syntaks\./, /Alvorlighet når regelen slår til: feil\./],
  ] as const)('explain %s (%s) labels what the rule rests on and says when it applies', async (id, lang, standing, severity) => {
    const run = await runCli(['explain', id, '--lang', lang]);
    expect(run.stdout).toMatch(standing);
    expect(run.stdout).toMatch(severity);
    expect(run.stdout).not.toMatch(/kravet ikke er oppfylt|kravet ikkje er oppfylt|requirement is not met/);
  });

  it('explain of a requirement still speaks of the requirement not being met', async () => {
    expect((await runCli(['explain', 'hol-6-2-nr5'])).stdout).toMatch(/Alvorlighet når kravet ikke er oppfylt: feil\./);
  });

  it('explain of an unknown id suggests the closest and exits 2', async () => {
    const run = await runCli(['explain', 'hol-6-2-nr55']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Mente du «hol-6-2-nr5»\?/);
  });

  it('rules lists every requirement and rule', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    for (let i = 1; i <= 13; i++) expect(run.stdout).toContain(`hol-6-2-nr${i} `);
    expect(run.stdout).toContain('hol-6-2-ledd2');
    expect(run.stdout).toContain('yaml-syntax');
  });

  it('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('regressions', () => {
  it('an alias without an anchor is a yaml-syntax finding at the alias, not the alias limit', async () => {
    write('alias.yaml', VALID.replace('  tittel: Liten avtale', '  tittel: Liten avtale\n  merknad: *ukjent'));
    const { report } = await json(['alias.yaml']);
    const f = report.findings.filter((x) => x.ruleId.startsWith('yaml'));
    expect(f.map((x) => [x.ruleId, x.location.line, x.location.column])).toEqual([['yaml-syntax', 3, 12]]);
    expect(f[0]!.message).toContain('*ukjent');
  });

  it('a duplicate include points back to the first include line in the main file', async () => {
    write('dup/avtale.yaml', VALID.replace('  - id: hoved', '  - inkluder: a.yaml\n  - inkluder: ./a.yaml\n  - id: hoved'));
    write('dup/a.yaml', 'dokument:\n  id: a\n  type: vedlegg\n  tittel: Vedlegg\n');
    const { report } = await json(['dup/avtale.yaml']);
    const f = report.findings.find((x) => x.ruleId === 'include-duplicate')!;
    expect(f.location).toMatchObject({ file: 'dup/avtale.yaml', line: 10 });
    expect(f.message).toContain('dup/avtale.yaml:9');
  });
});
