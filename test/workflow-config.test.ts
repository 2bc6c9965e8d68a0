// The config file .avtalesjekk.yaml: found upward, --config and --no-config, validated with positions, and the command line wins.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairTargets } from '../src/config/targets.js';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { mainFile, tree } from './helpers/tree.js';

/** A main file that has warnings (the adoption records are missing) and errors (no coverage). */
const MAIN = mainFile('Avtale');

async function report(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = await runCli(['check', ...args, '--format', 'json'], cwd, env);
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as Report) : undefined };
}

describe('finding the config file', () => {
  it('is found in the working folder or the nearest folder above it', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: en\n', 'a/b/avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml'], path.join(dir, 'a/b'));
    expect(run.stdout).toMatch(/Legal requirements/);
  });

  it('stops at the repository root (the folder with .git), so a file above it does not apply', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: en\n', 'repo/avtale.yaml': MAIN });
    mkdirSync(path.join(dir, 'repo/.git'));
    const run = await runCli(['check', 'avtale.yaml'], path.join(dir, 'repo'));
    expect(run.stdout).toMatch(/Lovkrav/);
    const atRoot = tree({ 'repo/.avtalesjekk.yaml': 'lang: en\n', 'repo/sub/avtale.yaml': MAIN });
    mkdirSync(path.join(atRoot, 'repo/.git'));
    expect((await runCli(['check', 'avtale.yaml'], path.join(atRoot, 'repo/sub'))).stdout).toMatch(/Legal requirements/);
  });

  it('--config points elsewhere; --no-config reads none', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: en\n', 'andre/innstillinger.yaml': 'lang: nn\n', 'avtale.yaml': MAIN });
    expect((await runCli(['check', 'avtale.yaml', '--config', 'andre/innstillinger.yaml'], dir)).stdout).toMatch(/Lovkrav[\s\S]*manglar/);
    expect((await runCli(['check', 'avtale.yaml', '--no-config'], dir)).stdout).toMatch(/Lovkrav[\s\S]*mangler/);
    const missing = await runCli(['check', 'avtale.yaml', '--config', 'borte.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^avtalesjekk: borte\.yaml:1:1: Finner ikke filen/);
  });

  it('.avtalesjekk.yml works too, but both names in one folder is an error', async () => {
    const yml = tree({ '.avtalesjekk.yml': 'lang: en\n', 'avtale.yaml': MAIN });
    expect((await runCli(['check', 'avtale.yaml'], yml)).stdout).toMatch(/Legal requirements/);
    const both = tree({ '.avtalesjekk.yml': 'lang: en\n', '.avtalesjekk.yaml': 'lang: nn\n', 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml'], both);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Både \.avtalesjekk\.yaml og \.avtalesjekk\.yml finnes/);
  });

  it('an empty config file, or one with only comments, changes nothing', async () => {
    const dir = tree({ '.avtalesjekk.yaml': '# ingen innstillinger ennå\n', 'avtale.yaml': MAIN });
    expect((await report(['avtale.yaml'], dir)).code).toBe(1);
  });
});

describe('what the config sets', () => {
  it('lang, failOn, asOf, format and per-rule severity', async () => {
    const config = 'lang: nn\nfailOn: warning\nasOf: 2020-01-01\nformat: json\nrules:\n  hol-6-2-nr1: warning\n  hol-6-2-nr2: "off"\n  hol-6-2-nr3: off\n';
    const dir = tree({ '.avtalesjekk.yaml': config, 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml'], dir);
    const r = JSON.parse(run.stdout) as Report; // format: json
    expect(r.lang).toBe('nn');
    expect(r.failOn).toBe('warning');
    expect(r.asOf).toBe('2020-01-01');
    expect(r.findings.find((f) => f.ruleId === 'hol-6-2-nr1')!.severity).toBe('warning');
    expect(r.findings.some((f) => f.ruleId === 'hol-6-2-nr2' || f.ruleId === 'hol-6-2-nr3')).toBe(false);
    expect(r.requirements.find((x) => x.id === 'hol-6-2-nr12')!.status).toBe('not-yet-in-force'); // as of 2020
  });

  it('the command line wins over the config', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: nn\nfailOn: info\nasOf: 2020-01-01\nformat: markdown\n', 'ok.yaml': MAIN });
    const r = await report(['ok.yaml', '--lang', 'en', '--fail-on', 'error', '--as-of', '2026-11-22'], dir);
    expect(r.report).toMatchObject({ lang: 'en', failOn: 'error', asOf: '2026-11-22' });
    // --format json above beat format: markdown; without it the config's format is used.
    expect((await runCli(['check', 'ok.yaml'], dir)).stdout).toMatch(/^# Avtalesjekk/);
  });

  it('AVTALESJEKK_LANG (the environment) also wins over the config; --lang wins over both', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: nn\n', 'avtale.yaml': MAIN });
    expect((await report(['avtale.yaml'], dir, { AVTALESJEKK_LANG: 'en' })).report!.lang).toBe('en');
    expect((await report(['avtale.yaml', '--lang', 'nb'], dir, { AVTALESJEKK_LANG: 'en' })).report!.lang).toBe('nb');
  });

  it('turning a rule off through the config also lets a comment for it be reported as unused', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'rules:\n  todo: off\n', 'avtale.yaml': MAIN.replace('tittel: Avtale\n', 'tittel: TODO # avtalesjekk-ignore todo: Kommer.\n') });
    const r = (await report(['avtale.yaml'], dir)).report!;
    expect(r.findings.some((f) => f.ruleId === 'todo')).toBe(false);
    expect(r.findings.some((f) => f.ruleId === 'suppression-unused')).toBe(true);
  });
});

describe('an invalid config file: exit 2, one line per problem with file:line:column', () => {
  const cases: [string, string, (string | RegExp)[]][] = [
    ['an unknown key, with the closest one', 'lnag: en\n', ['.avtalesjekk.yaml:1:1: Ukjent innstilling «lnag». Mente du «lang»?']],
    ['an unknown key, with the allowed ones', 'farge: rød\n', ['.avtalesjekk.yaml:1:1: Ukjent innstilling «farge». Tillatt: lang, failOn, asOf, format, rules, ignore.']],
    ['a language that does not exist', 'lang: sv\n', ['.avtalesjekk.yaml:1:7: «lang» kan ikke være «sv». Tillatt: nb, nn, en.']],
    ['a date that does not exist', 'asOf: 2024-02-30\n', ['.avtalesjekk.yaml:1:7: asOf skal være en dato som ÅÅÅÅ-MM-DD, for eksempel 2025-06-19, men er «2024-02-30».']],
    ['a format that does not exist', 'format: pdf\n', [/\.avtalesjekk\.yaml:1:9: Ukjent format «pdf»\. Tillatt: terminal, markdown, json, .*sarif/]],
    ['a rule that does not exist, with the closest one', 'rules:\n  hol-6-2-nr55: off\n', ['.avtalesjekk.yaml:2:3: Ukjent regel eller lovkrav «hol-6-2-nr55» under rules. Mente du «hol-6-2-nr5»?']],
    ['a severity that does not exist', 'rules:\n  todo: fatal\n', ['.avtalesjekk.yaml:2:9: «rules.todo» kan ikke være «fatal». Tillatt: error, warning, info, off.']],
    ['a wrong type', 'rules: [todo]\n', ['.avtalesjekk.yaml:1:8: «rules» skal være et oppslag med nøkler.']],
    ['not a map at all', '- lang: nn\n', ['.avtalesjekk.yaml:1:1: Innstillingsfilen skal inneholde nøkler og verdier, for eksempel «lang: nn».']],
    ['a YAML syntax error', 'lang: "nn\n', [/^\.avtalesjekk\.yaml:1:7: YAML-feil i innstillingsfilen: /]],
    ['several problems, in file order', 'rules:\n  todo: fatal\nlang: sv\n', ['.avtalesjekk.yaml:2:9: «rules.todo» kan ikke være «fatal». Tillatt: error, warning, info, off.', '.avtalesjekk.yaml:3:7: «lang» kan ikke være «sv». Tillatt: nb, nn, en.']],
  ];
  it.each(cases)('%s', async (_name, config, lines) => {
    const dir = tree({ '.avtalesjekk.yaml': config, 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const got = run.stderr.trimEnd().split('\n').map((l) => l.replace(/^avtalesjekk: /, ''));
    expect(got).toHaveLength(lines.length);
    lines.forEach((want, i) => (typeof want === 'string' ? expect(got[i]).toBe(want) : expect(got[i]).toMatch(want)));
  });

  it('in the language asked for', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lnag: en\n', 'avtale.yaml': MAIN });
    expect((await runCli(['check', 'avtale.yaml', '--lang', 'nn'], dir)).stderr).toContain('Ukjent innstilling «lnag». Meinte du «lang»?');
    expect((await runCli(['check', 'avtale.yaml', '--lang', 'en'], dir)).stderr).toContain('Unknown setting "lnag". Did you mean "lang"?');
  });

  it('the example in the README is a valid config, and it is applied', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /## Innstillinger[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = tree({ '.avtalesjekk.yaml': example, 'avtale.yaml': MAIN });
    const run = await runCli(['check', 'avtale.yaml'], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# Avtalesjekk/); // format: markdown
    const r = (await report(['avtale.yaml'], dir)).report!;
    expect(r).toMatchObject({ lang: 'nn', failOn: 'warning', asOf: '2026-01-01' });
    expect(r.findings.find((f) => f.ruleId === 'hol-6-2-nr8')!.severity).toBe('warning');
  });

  it('the config schema is the one `avtalesjekk schema config` writes and the README shows', async () => {
    const run = await runCli(['schema', 'config'], tree({}));
    const schema = JSON.parse(run.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'lang', 'failOn', 'asOf', 'format', 'rules', 'ignore']);
  });
});

describe('pairing --format and --output', () => {
  it('each --output goes with the --format before it; one format alone takes its output wherever it stands', () => {
    const f = (value: string) => ({ kind: 'format' as const, value });
    const o = (value: string) => ({ kind: 'output' as const, value });
    expect(pairTargets([f('markdown'), o('r.md'), f('sarif'), o('r.sarif')], 'terminal')).toEqual({ ok: true, targets: [{ format: 'markdown', output: 'r.md' }, { format: 'sarif', output: 'r.sarif' }] });
    expect(pairTargets([f('github'), f('sarif'), o('a.sarif')], 'terminal')).toEqual({ ok: true, targets: [{ format: 'github' }, { format: 'sarif', output: 'a.sarif' }] });
    expect(pairTargets([o('r.md'), f('markdown')], 'terminal')).toEqual({ ok: true, targets: [{ format: 'markdown', output: 'r.md' }] });
    expect(pairTargets([o('r.txt')], 'json')).toEqual({ ok: true, targets: [{ format: 'json', output: 'r.txt' }] });
    expect(pairTargets([], 'markdown')).toEqual({ ok: true, targets: [{ format: 'markdown' }] });
    expect(pairTargets([f('markdown'), f('json')], 'terminal')).toMatchObject({ ok: false, messageId: 'targets.several-stdout' });
    expect(pairTargets([o('a'), f('markdown'), f('json'), o('b')], 'terminal')).toMatchObject({ ok: false, messageId: 'targets.output-without-format' });
    expect(pairTargets([f('markdown'), o('a'), o('b')], 'terminal')).toMatchObject({ ok: false, messageId: 'targets.outputs-without-formats' });
    expect(pairTargets([f('markdown'), o('a'), f('json'), o('./a')], 'terminal', (p) => p.replace(/^\.\//, ''))).toMatchObject({ ok: false, messageId: 'targets.same-output' });
  });
});

describe('endring honours the config file like check', () => {
  it('takes the language and the as-of date from .avtalesjekk.yaml; the command line and --no-config win', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: en\nasOf: 2026-01-15\n', 'gammel/avtale.yaml': MAIN, 'ny/avtale.yaml': MAIN.replace('tittel: Avtale', 'tittel: Avtale 2') });
    const fromConfig = await runCli(['endring', 'gammel/avtale.yaml', 'ny/avtale.yaml', '--format', 'json'], dir);
    expect(fromConfig.code).toBe(0);
    expect(JSON.parse(fromConfig.stdout)).toMatchObject({ lang: 'en', asOf: '2026-01-15' });
    const overridden = await runCli(['endring', 'gammel/avtale.yaml', 'ny/avtale.yaml', '--format', 'json', '--lang', 'nn', '--as-of', '2026-02-01'], dir);
    expect(JSON.parse(overridden.stdout)).toMatchObject({ lang: 'nn', asOf: '2026-02-01' });
    const none = await runCli(['endring', 'gammel/avtale.yaml', 'ny/avtale.yaml', '--format', 'json', '--no-config', '--as-of', '2026-03-01'], dir);
    expect(JSON.parse(none.stdout)).toMatchObject({ lang: 'nb', asOf: '2026-03-01' });
    const bad = tree({ '.avtalesjekk.yaml': 'lang: xx\n', 'a.yaml': MAIN, 'b.yaml': MAIN });
    expect((await runCli(['endring', 'a.yaml', 'b.yaml'], bad)).code).toBe(2);
  });
});
