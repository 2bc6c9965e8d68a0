// avtalesjekk init (a scaffold that checks with only missing and TODO findings) and avtalesjekk schema.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../src/init/scaffold.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules } from '../src/rules/registry.js';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { tree } from './helpers/tree.js';

const catalogue = loadCatalogue();
const coverageIds = catalogue.requirements.filter((r) => r.kind === 'coverage').map((r) => r.id);

async function initAndCheck(lang: string) {
  const dir = tree({});
  const init = await runCli(['init', 'samarbeid', '--lang', lang], dir);
  const check = await runCli(['check', 'samarbeid', '--format', 'json', '--lang', lang], dir);
  return { dir, init, check, report: JSON.parse(check.stdout) as Report };
}

describe('init', () => {
  it('writes the main file and the overarching agreement, and says what to do next', async () => {
    const { dir, init } = await initAndCheck('nb');
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('Skrev samarbeid/avtale.yaml\nSkrev samarbeid/dokumenter/samarbeidsavtale.yaml\nSkrev samarbeid/schemas/avtale.schema.json\nNeste steg: fyll ut det som er merket TODO, og kjør «avtalesjekk check samarbeid».\n');
    expect(readdirSync(path.join(dir, 'samarbeid')).sort()).toEqual(['avtale.yaml', 'dokumenter', 'schemas']);
    expect(readdirSync(path.join(dir, 'samarbeid/dokumenter'))).toEqual(['samarbeidsavtale.yaml']);
  });

  it.each(['nb', 'nn', 'en'])('then check gives only missing-requirement and TODO findings, no schema or YAML errors (%s)', async (lang) => {
    const { dir, check, report } = await initAndCheck(lang);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    const rules = new Map(allRules(catalogue).map((r) => [r.id, r]));
    const ids = [...new Set(report.findings.map((f) => f.ruleId))].sort();
    expect(ids).toEqual([...coverageIds, 'hol-6-1-vedtak', 'todo'].sort());
    for (const f of report.findings) expect(['requirement', 'structure'].includes(rules.get(f.ruleId)!.category), f.ruleId).toBe(true);
    // Every § 6-2 item is missing (not partial, not satisfied by a placeholder).
    for (const id of coverageIds) expect(report.requirements.find((r) => r.id === id)!.status, id).toBe('missing');
    // The TODO placeholders are the parties, the body and the titles, each found on its own line.
    const todos = report.findings.filter((f) => f.ruleId === 'todo');
    expect(todos.map((f) => [f.location.file, /[«"]([a-z.[\]0-9]+)[»"]/.exec(f.message)![1]])).toEqual([
      ['samarbeid/avtale.yaml', 'avtale.tittel'],
      ['samarbeid/avtale.yaml', 'parter.helseforetak.navn'],
      ['samarbeid/avtale.yaml', 'parter.kommuner[0].navn'],
      ['samarbeid/avtale.yaml', 'organer[0].navn'],
      ['samarbeid/dokumenter/samarbeidsavtale.yaml', 'dokument.tittel'],
    ]);
    for (const f of todos) expect(readFileSync(path.join(dir, f.location.file), 'utf8').split('\n')[f.location.line - 1]).toMatch(/: "TODO/);
  });

  it('has a TODO entry per § 6-2 item, generated from the catalogue, with its elements and the summary in the language asked for', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const main = scaffold(catalogue, { lang, schemaRef: 'x.json' })[0]!.text;
      for (const r of catalogue.requirements.filter((x) => x.kind === 'coverage')) {
        expect(main, r.id).toContain(`  # - krav: ${r.id}\n`);
        expect(main, r.id).toContain(`#   elementer: [${r.elements!.map((e) => e.id).join(', ')}]`);
        expect(main.replace(/\n {2}# {3}/g, ' '), `${lang} ${r.id}`).toContain(r.summary[lang].split(' ').slice(0, 6).join(' '));
      }
    }
    expect(scaffold(catalogue, { lang: 'nn', schemaRef: 'x.json' })[0]!.text).toContain('maalform: nn');
  });

  it('the TODO entries are valid once uncommented: nr. 1 and nr. 12 point at real sections', async () => {
    const dir = tree({});
    await runCli(['init'], dir);
    const file = path.join(dir, 'avtale.yaml');
    let text = readFileSync(file, 'utf8').replace('dekning: []', 'dekning:');
    for (const id of ['hol-6-2-nr1', 'hol-6-2-nr12']) {
      text = text.replace(new RegExp(`  # - krav: ${id}\\n  # ( {2}dokument: .*)\\n  # ( {2}seksjon: .*)\\n  # ( {2}elementer: .*)\\n`), `  - krav: ${id}\n  $1\n  $2\n  $3\n`);
    }
    writeFileSync(file, text);
    const report = JSON.parse((await runCli(['check', '.', '-f', 'json'], dir)).stdout) as Report;
    expect(report.requirements.find((r) => r.id === 'hol-6-2-nr1')!.status).toBe('satisfied');
    expect(report.requirements.find((r) => r.id === 'hol-6-2-nr12')!.status).toBe('satisfied');
    expect(report.findings.filter((f) => !['todo', 'hol-6-1-vedtak', ...coverageIds].includes(f.ruleId))).toEqual([]);
  });

  it('starts each file with the yaml-language-server modeline, pointing at a schema that exists', async () => {
    const dir = tree({});
    await runCli(['init', 'a/b'], dir);
    for (const file of ['a/b/avtale.yaml', 'a/b/dokumenter/samarbeidsavtale.yaml']) {
      const first = readFileSync(path.join(dir, file), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const schema = path.resolve(path.dirname(path.join(dir, file)), m![1]!);
      expect(readFileSync(schema, 'utf8')).toBe(readFileSync(path.join(ROOT, 'schemas/avtale.schema.json'), 'utf8'));
    }
  });

  it('copies the schema into the agreement repository (its git root) and points the modeline there, never into node_modules', async () => {
    const dir = tree({ '.git/HEAD': 'ref: refs/heads/main\n', 'node_modules/avtalesjekk/schemas/avtale.schema.json': '{}' });
    const run = await runCli(['init', 'avtaler/ny'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('schemas/avtale.schema.json');
    expect(readFileSync(path.join(dir, 'schemas/avtale.schema.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'schemas/avtale.schema.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'avtaler/ny/avtale.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/avtale\.schema\.json\n/);
    expect(readFileSync(path.join(dir, 'avtaler/ny/dokumenter/samarbeidsavtale.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/avtale\.schema\.json\n/);
  });

  it('outside a git repository keeps the schema in the folder itself; a second init elsewhere keeps an existing copy', async () => {
    const dir = tree({});
    await runCli(['init', 'a'], dir);
    expect(readFileSync(path.join(dir, 'a/avtale.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=schemas\/avtale\.schema\.json\n/);
    writeFileSync(path.join(dir, '.git'), 'gitdir: elsewhere\n');
    mkdirSync(path.join(dir, 'schemas'));
    writeFileSync(path.join(dir, 'schemas/avtale.schema.json'), '{"gammel": true}\n');
    const again = await runCli(['init', 'b'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Beholdt schemas/avtale.schema.json');
    expect(readFileSync(path.join(dir, 'schemas/avtale.schema.json'), 'utf8')).toBe('{"gammel": true}\n');
    expect(readFileSync(path.join(dir, 'b/avtale.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/avtale\.schema\.json\n/);
  });

  it('never overwrites an existing file: exit 2, nothing written, the files named', async () => {
    const dir = tree({ 'dokumenter/samarbeidsavtale.yaml': 'min egen tekst\n' });
    const run = await runCli(['init'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Avbrøt uten å skrive noe, fordi disse filene finnes fra før: dokumenter\/samarbeidsavtale\.yaml\. Bruk --force/);
    expect(existsSync(path.join(dir, 'avtale.yaml'))).toBe(false);
    expect(readFileSync(path.join(dir, 'dokumenter/samarbeidsavtale.yaml'), 'utf8')).toBe('min egen tekst\n');
  });

  it('--force overwrites, atomically (no temporary file left)', async () => {
    const dir = tree({ 'avtale.yaml': 'gammel\n' });
    const run = await runCli(['init', '--force'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'avtale.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a target that is a file, not a folder, is exit 2', async () => {
    const dir = tree({ 'fil.txt': 'x' });
    const run = await runCli(['init', 'fil.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/fil\.txt finnes og er ikke en mappe/);
  });

  it('writes through the injected writer', async () => {
    const written: string[] = [];
    const dir = tree({});
    await runCli(['init'], dir, {}, { writeFile: async (file) => void written.push(path.relative(dir, file)) });
    expect(written).toEqual(['avtale.yaml', path.join('dokumenter', 'samarbeidsavtale.yaml'), path.join('schemas', 'avtale.schema.json')]);
  });
});

describe('schema', () => {
  const agreementSchema = readFileSync(path.join(ROOT, 'schemas/avtale.schema.json'), 'utf8');

  it('writes the agreement schema to stdout, byte for byte', async () => {
    const run = await runCli(['schema'], tree({}));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(agreementSchema);
  });

  it('--output writes it to a file atomically, creating its folder', async () => {
    const dir = tree({});
    const run = await runCli(['schema', '--output', 'skjema/avtale.schema.json'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'skjema/avtale.schema.json'), 'utf8')).toBe(agreementSchema);
    const ok = await runCli(['schema', '-o', 'avtale.schema.json'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toBe('Skrev skjemaet til avtale.schema.json.\n');
    expect(readFileSync(path.join(dir, 'avtale.schema.json'), 'utf8')).toBe(agreementSchema);
  });

  it('schema config writes the config schema; an unknown name is exit 2', async () => {
    const run = await runCli(['schema', 'config'], tree({}));
    expect(run.stdout).toBe(readFileSync(path.join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    const bad = await runCli(['schema', 'pdf'], tree({}));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Tillatt: avtale, config/);
  });

  it('the unknown-command message lists init and schema', async () => {
    const run = await runCli(['lag'], tree({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Kommandoer: check, endring \(diff\), explain, rules, init, schema\./);
  });
});
