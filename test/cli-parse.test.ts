// The command line in the user's language: help, usage and every argument error from commander, typed, in nb, nn and en.
import { describe, expect, it } from 'vitest';
import { MAX_SUGGEST_INPUT, suggest } from '../src/cli/suggest.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/run.js';
import { mainFile, tree } from './helpers/tree.js';

/** Words of commander's own English that must never reach a user of the Norwegian command line. */
const COMMANDER_ENGLISH =
  /Usage:|Options:|Commands:|Arguments:|\[options\]|\[command\]|display help|default:|choices:|error:|unknown option|missing required|argument missing|too many arguments|Did you mean|is invalid/;

describe('help', () => {
  it('the program name alone prints the help on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Bruk: avtalesjekk \[valg\] \[kommando\]\n/);
    expect(run.stderr).toMatch(/\nKommandoer:\n {2}check \[valg\] <filer\.\.\.>/);
    expect(run.stderr).toBe((await runCli(['--help'])).stdout); // the help alone, as with --help
    expect(run.stderr).not.toMatch(COMMANDER_ENGLISH);
  });

  it('--help is in bokmål by default, in nynorsk and English on request, for the program and every command', async () => {
    for (const command of [[], ['check'], ['endring'], ['explain'], ['rules'], ['init'], ['schema']]) {
      const nb = await runCli([...command, '--help']);
      expect(nb.code).toBe(0);
      expect(nb.stderr).toBe('');
      expect(nb.stdout).toMatch(/^Bruk: avtalesjekk/);
      expect(nb.stdout).toMatch(/\nValg:\n/);
      expect(nb.stdout, command.join(' ')).not.toMatch(COMMANDER_ENGLISH);
      const nn = await runCli([...command, '--help', '--lang', 'nn']);
      expect(nn.stdout).toMatch(/\nVal:\n/);
      expect(nn.stdout).not.toMatch(COMMANDER_ENGLISH);
      const en = await runCli([...command, '--help', '--lang', 'en']);
      expect(en.stdout).toMatch(/^Usage: avtalesjekk/);
      expect(en.stdout).toMatch(/\nOptions:\n/);
    }
    const check = (await runCli(['check', '--help'])).stdout;
    expect(check).toMatch(/\nArgumenter:\n {2}filer /);
    expect(check).toMatch(/--fail-on <alvorlighet>/);
    expect(check).toMatch(/--max-warnings <antall>/);
    expect(check).toMatch(/--stdin-filename <sti>/);
    expect(check).toMatch(/--quiet/);
    expect((await runCli(['rules', '--help'])).stdout).toMatch(/\(verdier: text, markdown; standard: text\)/);
    expect((await runCli(['check', '--help', '--lang', 'en'])).stdout).toMatch(/Usage: avtalesjekk check \[options\] <files\.\.\.>/);
  });

  it('AVTALESJEKK_LANG and the Norwegian spellings of --lang choose the language of the help', async () => {
    expect((await runCli(['--help'], undefined, { AVTALESJEKK_LANG: 'en' })).stdout).toMatch(/^Usage:/);
    expect((await runCli(['--help', '--lang', 'nynorsk'])).stdout).toMatch(/\nVal:\n/);
    expect((await runCli(['--help', '--lang=engelsk'])).stdout).toMatch(/^Usage:/);
    expect((await runCli(['--help', '--lang', 'Bokmål'], undefined, { AVTALESJEKK_LANG: 'en' })).stdout).toMatch(/^Bruk:/);
  });
});

describe("the config file's lang", () => {
  it('chooses the language of help and argument errors after --lang and AVTALESJEKK_LANG', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: nn\n', 'annen.yaml': 'lang: en\n', 'avtale.yaml': mainFile('A') });
    expect((await runCli(['--help'], dir)).stdout).toMatch(/\nVal:\n/);
    expect((await runCli(['check', 'avtale.yaml', '--tull'], dir)).stderr).toMatch(/^avtalesjekk: Ukjent val --tull\./);
    expect((await runCli(['check', 'avtale.yaml', '--tull', '--no-config'], dir)).stderr).toMatch(/^avtalesjekk: Ukjent valg --tull\./);
    expect((await runCli(['check', 'avtale.yaml', '--tull', '--config', 'annen.yaml'], dir)).stderr).toMatch(
      /^avtalesjekk: Unknown option --tull\./,
    );
    expect((await runCli(['check', 'avtale.yaml', '--tull', '--lang', 'nb'], dir)).stderr).toMatch(/^avtalesjekk: Ukjent valg --tull\./);
    expect((await runCli(['check', 'avtale.yaml', '--tull'], dir, { AVTALESJEKK_LANG: 'en' })).stderr).toMatch(
      /^avtalesjekk: Unknown option --tull\./,
    );
    expect((await runCli(['check', 'avtale.yaml', '--as-of', '2024-02-30'], dir)).stderr).toMatch(
      /^avtalesjekk: Datoen «2024-02-30» for --as-of er ikkje/,
    );
  });

  it('an invalid config file does not stop the help; check reports it', async () => {
    const dir = tree({ '.avtalesjekk.yaml': 'lang: [nn\n', 'avtale.yaml': mainFile('A') });
    expect((await runCli(['--help'], dir)).stdout).toMatch(/^Bruk:/);
    const run = await runCli(['check', 'avtale.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^avtalesjekk: \.avtalesjekk\.yaml:\d+:\d+: /);
  });
});

describe('argument errors: one line in the chosen language, exit 2', () => {
  const cases: [string, string[], string, string][] = [
    [
      'a mistyped command',
      ['chek', 'a.yaml'],
      'Ukjent kommando «chek». Mente du «check»?',
      'Unknown command "chek". Did you mean "check"?',
    ],
    [
      'an unknown command',
      ['lag'],
      'Ukjent kommando «lag». Kommandoer: check, endring (diff), explain, rules, init, schema.',
      'Unknown command "lag". Commands: check, endring (diff), explain, rules, init, schema.',
    ],
    [
      'a mistyped option',
      ['check', 'a.yaml', '--quite'],
      'Ukjent valg --quite. Mente du --quiet?',
      'Unknown option --quite. Did you mean --quiet?',
    ],
    [
      'a mistyped option with a value',
      ['check', 'a.yaml', '--max-warning=3'],
      'Ukjent valg --max-warning. Mente du --max-warnings?',
      'Unknown option --max-warning. Did you mean --max-warnings?',
    ],
    ['help as a command', ['help'], 'Ukjent kommando «help». Mente du «--help»?', 'Unknown command "help". Did you mean "--help"?'],
    [
      "a command's option before the command",
      ['--quiet', 'check', 'a.yaml'],
      'Valget --quiet hører til en kommando; skriv det etter kommandoen, for eksempel «avtalesjekk check … --quiet».',
      'The option --quiet belongs to a command; write it after the command, for example "avtalesjekk check … --quiet".',
    ],
    [
      'an unknown option',
      ['check', 'a.yaml', '--tull'],
      'Ukjent valg --tull. Kjør «avtalesjekk check --help» for å se valgene.',
      'Unknown option --tull. Run "avtalesjekk check --help" to see the options.',
    ],
    [
      'a missing argument',
      ['endring', 'a.yaml'],
      'Mangler <ny>. Bruk: avtalesjekk endring [valg] <gammel> <ny>',
      'Missing <new>. Usage: avtalesjekk endring [options] <old> <new>',
    ],
    [
      'an option without its value',
      ['check', 'a.yaml', '--fail-on'],
      'Valget --fail-on trenger en verdi: --fail-on <alvorlighet>.',
      'The option --fail-on needs a value: --fail-on <severity>.',
    ],
    [
      'too many arguments',
      ['explain', 'hol-6-2-nr5', 'ekstra'],
      'For mange argumenter: «ekstra» er ett for mye. Bruk: avtalesjekk explain [valg] <id>',
      'Too many arguments: "ekstra" is one too many. Usage: avtalesjekk explain [options] <id>',
    ],
    [
      'a value outside the choices, close to one',
      ['check', 'a.yaml', '--fail-on', 'advarsl'],
      'Ugyldig verdi for --fail-on: «advarsl». Mente du «advarsel»? Tillatt: error, warning, info.',
      'Invalid value for --fail-on: "advarsl". Did you mean "advarsel"? Allowed: error, warning, info.',
    ],
    [
      'a value outside the choices',
      ['rules', '-f', 'pdf'],
      'Ugyldig verdi for --format: «pdf». Tillatt: text, markdown.',
      'Invalid value for --format: "pdf". Allowed: text, markdown.',
    ],
    [
      'a schema name outside the choices',
      ['schema', 'avtaler'],
      'Ugyldig verdi for <navn>: «avtaler». Mente du «avtale»? Tillatt: avtale, config.',
      'Invalid value for <name>: "avtaler". Did you mean "avtale"? Allowed: avtale, config.',
    ],
  ];
  it.each(cases)('%s', async (_name, args, nb, en) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`avtalesjekk: ${nb}\n`);
    const english = await runCli([...args, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toBe(`avtalesjekk: ${en}\n`);
    const nn = await runCli([...args, '--lang', 'nn']);
    expect(nn.stderr).not.toBe(run.stderr);
    expect(nn.stderr).not.toMatch(COMMANDER_ENGLISH);
  });

  it('nynorsk says «Meinte du …?»', async () => {
    expect((await runCli(['chek', '--lang', 'nn'])).stderr).toBe('avtalesjekk: Ukjent kommando «chek». Meinte du «check»?\n');
    expect((await runCli(['check', 'a.yaml', '--quite', '--lang', 'nn'])).stderr).toBe(
      'avtalesjekk: Ukjent val --quite. Meinte du --quiet?\n',
    );
  });
});

describe('Norwegian spellings of choices', () => {
  it('--fail-on feil|advarsel|åtvaring|info work as error|warning|info', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A') });
    const failOn = async (value: string) => {
      const run = await runCli(['check', 'avtale.yaml', '-f', 'json', '--fail-on', value], dir);
      return (JSON.parse(run.stdout) as Report).failOn;
    };
    expect(await failOn('feil')).toBe('error');
    expect(await failOn('advarsel')).toBe('warning');
    expect(await failOn('åtvaring')).toBe('warning');
    expect(await failOn('Advarsel')).toBe('warning');
    expect(await failOn('info')).toBe('info');
    expect(await failOn('warning')).toBe('warning');
  });

  it('--lang bokmål|nynorsk|engelsk work as nb|nn|en for the report', async () => {
    const dir = tree({ 'avtale.yaml': mainFile('A') });
    for (const [value, lang] of [
      ['bokmål', 'nb'],
      ['bokmal', 'nb'],
      ['nynorsk', 'nn'],
      ['engelsk', 'en'],
      ['en', 'en'],
    ]) {
      const run = await runCli(['check', 'avtale.yaml', '-f', 'json', '--lang', value!], dir);
      expect((JSON.parse(run.stdout) as Report).lang, value).toBe(lang);
    }
  });

  it('rules -f tekst is the text list', async () => {
    const tekst = await runCli(['rules', '-f', 'tekst']);
    expect(tekst.code).toBe(0);
    expect(tekst.stdout).toBe((await runCli(['rules', '-f', 'text'])).stdout);
  });
});

describe('suggestions are bounded', () => {
  it('a very long word gets no suggestion, and the work stays small', async () => {
    const long = `--${'q'.repeat(100_000)}`;
    const started = performance.now();
    const run = await runCli(['check', 'a.yaml', long]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^avtalesjekk: Ukjent valg --q{198}…\. Kjør/);
    expect(suggest('x'.repeat(MAX_SUGGEST_INPUT + 1), ['x'.repeat(MAX_SUGGEST_INPUT + 1)])).toBeUndefined();
    expect(suggest('chek', ['check'])).toBe('check');
    expect(suggest('chek', [...Array.from({ length: 500 }, (_, i) => `zz${i}`), 'check'])).toBeUndefined(); // only the first 200 candidates are compared
  });
});
