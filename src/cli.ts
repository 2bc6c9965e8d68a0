// The command line: parses arguments, calls the library, writes output. The only module that sees argv, env and streams.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { check, type CheckOptions } from './check.js';
import { diff } from './diff/run.js';
import { DIFF_FORMATS, type DiffFormatName } from './format/diff.js';
import { explainPolicyRule, explainRequirement, explainRule, listRules } from './format/explain.js';
import { FORMATS, type FormatName } from './format/index.js';
import { t } from './i18n/index.js';
import type { FileSystem } from './load/fs.js';
import { findPolicyRule, findRequirement, loadCatalogue } from './requirements/catalogue.js';
import { allRules, ruleInfo } from './rules/registry.js';
import { LANGS, SEVERITIES, type Lang, type Severity } from './types.js';
import { closest } from './util/suggest.js';
import { TOOL } from './version.js';
import { writeFileAtomic } from './write.js';

/** Everything the CLI needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
  /** The clock, read only for the default --as-of. */
  now(): Date;
  fs?: FileSystem;
  writeFile?(file: string, text: string): Promise<void>;
  /** Reads all of standard input (for `check -`). */
  readStdin?(): Promise<Uint8Array>;
}

/** Exit codes: 0 compliant, 1 findings at or above --fail-on, 2 could not check. */
export const EXIT = { ok: 0, findings: 1, couldNotCheck: 2 } as const;

class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = preScanLang(argv, io.env);
  const debug = argv.includes('--debug');
  const fail = (message: string) => {
    io.stderr(t(lang, 'cli.error.prefix') + message + '\n');
    return EXIT.couldNotCheck;
  };
  let exitCode: number = EXIT.ok;
  const program = buildProgram(lang, io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return fail(commanderMessage(error, lang));
    }
    if (error instanceof UsageError) return fail(error.message);
    if (debug) io.stderr(((error as Error).stack ?? String(error)) + '\n');
    return fail(t(lang, 'cli.error.internal', { detail: (error as Error).message ?? String(error) }));
  }
}

function buildProgram(lang: Lang, io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('avtalesjekk')
    .description(t(lang, 'cli.description'))
    .version(TOOL.version, '-V, --version', t(lang, 'cli.opt.version'))
    .helpOption('-h, --help', t(lang, 'cli.opt.help'))
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined, outputError: () => undefined });
  program.helpCommand(false);

  const langOption = () => new Option('--lang <lang>', t(lang, 'cli.opt.lang')).choices(LANGS as string[]).default(lang);
  const debugOption = () => new Option('--debug', t(lang, 'cli.opt.debug'));
  const withCommon = (cmd: Command) => cmd.addOption(langOption()).addOption(debugOption()).helpOption('-h, --help', t(lang, 'cli.opt.help')).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: () => undefined, outputError: () => undefined });

  withCommon(
    program
      .command('check')
      .description(t(lang, 'cli.check'))
      .argument('<files...>', t(lang, 'cli.check.files'))
      .addOption(new Option('-f, --format <format>', t(lang, 'cli.opt.format')).choices(Object.keys(FORMATS)).default('terminal'))
      .addOption(new Option('-o, --output <file>', t(lang, 'cli.opt.output')))
      .addOption(new Option('--as-of <date>', t(lang, 'cli.opt.as-of')))
      .addOption(new Option('--fail-on <severity>', t(lang, 'cli.opt.fail-on')).choices(SEVERITIES as string[]).default('error'))
      .addOption(new Option('--color', t(lang, 'cli.opt.color')))
      .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color'))),
  ).action(async (files: string[], opts: { format: FormatName; output?: string; asOf?: string; failOn: Severity; lang: Lang; color?: boolean }) => {
    setExit(await runCheck(files, opts, io));
  });

  withCommon(
    program
      .command('endring')
      .alias('diff')
      .description(t(lang, 'cli.diff'))
      .argument('<old>', t(lang, 'cli.diff.old'))
      .argument('<new>', t(lang, 'cli.diff.new'))
      .addOption(new Option('-f, --format <format>', t(lang, 'cli.opt.format')).choices(Object.keys(DIFF_FORMATS)).default('terminal'))
      .addOption(new Option('-o, --output <file>', t(lang, 'cli.opt.output')))
      .addOption(new Option('--as-of <date>', t(lang, 'cli.opt.as-of')))
      .addOption(new Option('--color', t(lang, 'cli.opt.color')))
      .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color'))),
  ).action(async (oldFile: string, newFile: string, opts: DiffCliOptions) => {
    setExit(await runDiff(oldFile, newFile, opts, io));
  });

  withCommon(program.command('explain').description(t(lang, 'cli.explain')).argument('<id>', t(lang, 'cli.explain.id'))).action((id: string, opts: { lang: Lang }) => {
    const catalogue = loadCatalogue();
    const requirement = findRequirement(catalogue, id);
    if (requirement) return io.stdout(explainRequirement(catalogue, requirement, opts.lang));
    const policy = findPolicyRule(catalogue, id);
    if (policy) return io.stdout(explainPolicyRule(catalogue, policy, opts.lang));
    const rule = ruleInfo(catalogue, id);
    if (rule) return io.stdout(explainRule(rule, opts.lang));
    const suggestion = closest(id, allRules(catalogue).map((r) => r.id));
    throw new UsageError(suggestion ? t(opts.lang, 'cli.error.unknown-rule-suggest', { id, suggestion }) : t(opts.lang, 'cli.error.unknown-rule', { id }));
  });

  withCommon(
    program
      .command('rules')
      .description(t(lang, 'cli.rules'))
      .addOption(new Option('-f, --format <format>', t(lang, 'cli.opt.format')).choices(['text', 'markdown']).default('text')),
  ).action((opts: { lang: Lang; format: 'text' | 'markdown' }) => {
    const catalogue = loadCatalogue();
    io.stdout(listRules(catalogue, allRules(catalogue), opts.lang, opts.format));
  });
  return program;
}

async function runCheck(files: string[], opts: { format: FormatName; output?: string; asOf?: string; failOn: Severity; lang: Lang; color?: boolean }, io: CliIO): Promise<number> {
  const lang = opts.lang;
  const asOf = asOfDate(opts.asOf, lang, io);
  const stdin = files.includes('-') ? (io.readStdin ? await io.readStdin() : new Uint8Array()) : undefined;
  const options: CheckOptions = { cwd: io.cwd, asOf, lang, failOn: opts.failOn, ...(io.fs ? { fs: io.fs } : {}), ...(stdin ? { stdin } : {}) };
  const result = await check(files, options);
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = result.report;
  const toFile = opts.output !== undefined;
  const color = !toFile && opts.format === 'terminal' && useColor(opts.color, io);
  const text = FORMATS[opts.format](report, { lang, color });
  if (toFile) await writeOutput(opts.output!, text, report.agreements.flatMap((a) => a.files), lang, io);
  else io.stdout(text);
  return report.exitCode;
}

interface DiffCliOptions {
  format: DiffFormatName;
  output?: string;
  asOf?: string;
  lang: Lang;
  color?: boolean;
}

async function runDiff(oldFile: string, newFile: string, opts: DiffCliOptions, io: CliIO): Promise<number> {
  const lang = opts.lang;
  const asOf = asOfDate(opts.asOf, lang, io);
  const result = await diff(oldFile, newFile, { cwd: io.cwd, asOf, lang, ...(io.fs ? { fs: io.fs } : {}) });
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = result.report;
  const toFile = opts.output !== undefined;
  const color = !toFile && opts.format === 'terminal' && useColor(opts.color, io);
  const text = DIFF_FORMATS[opts.format](report, { lang, color });
  if (toFile) await writeOutput(opts.output!, text, [...report.old.files, ...report.new.files], lang, io);
  else io.stdout(text);
  return report.exitCode;
}

/** The check date: --as-of when given (it must be a real date), else today by the injected clock. */
function asOfDate(value: string | undefined, lang: Lang, io: CliIO): string {
  const asOf = value ?? localDate(io.now());
  if (!isRealDate(asOf)) throw new UsageError(t(lang, 'cli.error.bad-date', { value: asOf }));
  return asOf;
}

/** One stderr line per input that could not be read; exit code 2. */
function reportProblems(problems: readonly { file: string; message: string }[], lang: Lang, io: CliIO): number {
  for (const p of problems) io.stderr(t(lang, 'cli.error.prefix') + t(lang, 'cli.error.could-not-check', { file: p.file, message: p.message }) + '\n');
  return EXIT.couldNotCheck;
}

/** Writes a report atomically, refusing to overwrite any input file. */
async function writeOutput(output: string, text: string, inputs: string[], lang: Lang, io: CliIO): Promise<void> {
  const target = path.resolve(io.cwd, output);
  if (inputs.map((f) => canonical(path.resolve(io.cwd, f))).includes(canonical(target))) throw new UsageError(t(lang, 'cli.error.output-is-input', { file: output }));
  try {
    await (io.writeFile ?? writeFileAtomic)(target, text);
  } catch (error) {
    throw new UsageError(t(lang, 'cli.error.write-failed', { file: output, detail: (error as Error).message }));
  }
  io.stderr(t(lang, 'cli.wrote', { file: output }) + '\n');
}

/** Colour: --color/--no-color first, then NO_COLOR (any non-empty value) and FORCE_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}

/** The language for messages printed before commander has parsed anything: --lang, then AVTALESJEKK_LANG, then nb. */
function preScanLang(argv: readonly string[], env: CliIO['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? env.AVTALESJEKK_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return LANGS.includes(value as Lang) ? (value as Lang) : 'nb';
}

function commanderMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t(lang, 'cli.error.unknown-option', { option: quoted });
    case 'commander.missingArgument':
      return t(lang, 'cli.error.missing-argument', { argument: quoted });
    case 'commander.unknownCommand':
      return t(lang, 'cli.error.unknown-command', { command: quoted });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? '';
      const option = /option '([^']*)'/.exec(error.message)?.[1] ?? '';
      const value = /argument '([^']*)'/.exec(error.message)?.[1] ?? quoted;
      return t(lang, 'cli.error.invalid-choice', { option, value, choices });
    }
    default:
      return t(lang, 'cli.error.usage', { detail: error.message.replace(/^error: /, '') });
  }
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** True for YYYY-MM-DD dates that exist (2024-02-29 yes, 2023-02-29 no). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Runs the CLI in this process with the real world; used by bin/avtalesjekk.js. */
export async function run(): Promise<number> {
  return main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
    readStdin: async () => {
      if (process.stdin.isTTY) return new Uint8Array();
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  });
}
