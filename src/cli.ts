// The command line: parses arguments, calls the library, writes output. The only module that sees argv, env and streams.
import { promises as fsp, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ResultCache, cachePath } from './engine/cache.js';
import { check, type CheckOptions } from './engine/run.js';
import { findConfig } from './config/find.js';
import { isRealDate, loadConfig, type Config } from './config/load.js';
import { pairTargets, type OutputOption, type Target } from './config/targets.js';
import { diff } from './diff/run.js';
import { DIFF_FORMATS, type DiffFormatName } from './format/diff.js';
import { explainPolicyRule, explainRequirement, explainRule, listRules } from './format/explain.js';
import { FORMATS, type FormatName, type FormatOptions } from './format/index.js';
import { formatJsonPieces } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { t } from './i18n/index.js';
import { scaffold } from './init/scaffold.js';
import { schemaHome } from './init/schema-home.js';
import { nodeFileSystem, type FileSystem } from './load/fs.js';
import { findPolicyRule, findRequirement, loadCatalogue } from './requirements/catalogue.js';
import { allRules, ruleInfo } from './rules/registry.js';
import { LANGS, SEVERITIES, type Lang, type Severity } from './types.js';
import { closest } from './util/suggest.js';
import { TOOL } from './version.js';
import { writeFileAtomic } from './write.js';
import { relativePath as relative } from './util/paths.js';

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
  /** Writes a whole file (atomically by default). */
  writeFile?(file: string, text: string): Promise<void>;
  /** Appends to a file (for GITHUB_STEP_SUMMARY). */
  appendFile?(file: string, text: string): Promise<void>;
  /** Creates a folder and its parents (for `init`). */
  mkdir?(folder: string): Promise<void>;
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
  const program = buildProgram(lang, io, (code) => (exitCode = code), explicitLang(argv));
  // The program name alone: the help, on stderr, and exit 2 as for any missing command.
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.couldNotCheck;
  }
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

function buildProgram(lang: Lang, io: CliIO, setExit: (code: number) => void, cliLang: Lang | undefined): Command {
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

  // --format and --output keep their order, so each --output pairs with the --format before it.
  const outputOptions: OutputOption[] = [];
  const formatNames = Object.keys(FORMATS);
  withCommon(
    program
      .command('check')
      .description(t(lang, 'cli.check'))
      .argument('<files...>', t(lang, 'cli.check.inputs'))
      .addOption(new Option('-f, --format <format>', t(lang, 'cli.opt.formats', { formats: formatNames.join(', ') })).argParser((value: string) => {
        if (!formatNames.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${formatNames.join(', ')}.`);
        outputOptions.push({ kind: 'format', value });
        return value;
      }))
      .addOption(new Option('-o, --output <file>', t(lang, 'cli.opt.outputs')).argParser((value: string) => {
        outputOptions.push({ kind: 'output', value });
        return value;
      }))
      .addOption(new Option('--as-of <date>', t(lang, 'cli.opt.as-of')))
      .addOption(new Option('--fail-on <severity>', t(lang, 'cli.opt.fail-on')).choices(SEVERITIES as string[]))
      .addOption(new Option('--cache', t(lang, 'cli.opt.cache')))
      .addOption(new Option('--jobs <n>', t(lang, 'cli.opt.jobs')).argParser((value: string) => {
        if (!/^[1-9][0-9]?$/.test(value) || Number(value) > 64) throw new InvalidArgumentError(t(lang, 'cli.error.jobs', { value }));
        return Number(value);
      }))
      .addOption(new Option('--cache-location <path>', t(lang, 'cli.opt.cache-location')))
      .addOption(new Option('--config <file>', t(lang, 'cli.opt.config')))
      .addOption(new Option('--no-config', t(lang, 'cli.opt.no-config')))
      .addOption(new Option('--color', t(lang, 'cli.opt.color')))
      .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color')))
      .addOption(new Option('--summary', t(lang, 'cli.opt.summary')))
      .addOption(new Option('--link-base <url>', t(lang, 'cli.opt.link-base')))
      .addOption(new Option('--audience <audience>', t(lang, 'cli.opt.audience')).choices(['utvalg', 'teknisk'])),
  ).action(async (files: string[], opts: CheckCliOptions) => {
    setExit(await runCheck(files, { ...opts, outputs: outputOptions, cliLang }, io));
  });

  withCommon(
    program
      .command('init')
      .description(t(lang, 'cli.init'))
      .argument('[folder]', t(lang, 'cli.init.folder'), '.')
      .addOption(new Option('--force', t(lang, 'cli.opt.force'))),
  ).action(async (folder: string, opts: { lang: Lang; force?: boolean }) => {
    setExit(await runInit(folder, opts, io));
  });

  withCommon(
    program
      .command('schema')
      .description(t(lang, 'cli.schema'))
      .addArgument(new Argument('[name]', t(lang, 'cli.schema.name')).choices(Object.keys(SCHEMA_FILES)).default('avtale'))
      .addOption(new Option('-o, --output <file>', t(lang, 'cli.opt.schema-output'))),
  ).action(async (name: keyof typeof SCHEMA_FILES, opts: { lang: Lang; output?: string }) => {
    const text = readFileSync(new URL(`../schemas/${SCHEMA_FILES[name]}`, import.meta.url), 'utf8');
    if (opts.output === undefined) return io.stdout(text);
    await writeFileTo(opts.output, text, opts.lang, io);
    io.stderr(t(opts.lang, 'cli.wrote-schema', { file: opts.output }) + '\n');
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
      .addOption(new Option('--config <file>', t(lang, 'cli.opt.config')))
      .addOption(new Option('--no-config', t(lang, 'cli.opt.no-config')))
      .addOption(new Option('--color', t(lang, 'cli.opt.color')))
      .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color'))),
  ).action(async (oldFile: string, newFile: string, opts: DiffCliOptions) => {
    setExit(await runDiff(oldFile, newFile, { ...opts, cliLang }, io));
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

/** The schema files `avtalesjekk schema [name]` can write. */
const SCHEMA_FILES = { avtale: 'avtale.schema.json', config: 'config.schema.json' } as const;

interface CheckCliOptions {
  lang: Lang;
  asOf?: string;
  failOn?: Severity;
  /** A path, false for --no-config, or undefined to look for .avtalesjekk.yaml. */
  config?: string | false;
  color?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  jobs?: number;
  summary?: boolean;
  linkBase?: string;
  audience?: 'utvalg' | 'teknisk';
}

/**
 * `check`: settings come from the command line first, then the environment (AVTALESJEKK_LANG), then the config file,
 * then the defaults. Every report target is written; the exit code is the report's.
 */
async function runCheck(files: string[], opts: CheckCliOptions & { outputs: OutputOption[]; cliLang: Lang | undefined }, io: CliIO): Promise<number> {
  const messageLang = opts.lang;
  const fs = io.fs ?? nodeFileSystem;
  const loaded = await readConfig(opts.config, messageLang, fs, io);
  if (!loaded.ok) return loaded.exitCode;
  const config = loaded.config;
  const lang: Lang = opts.cliLang ?? envLang(io.env) ?? config.lang ?? 'nb';
  const failOn: Severity = opts.failOn ?? config.failOn ?? 'error';
  const asOf = asOfDate(opts.asOf ?? config.asOf, lang, io);
  const paired = pairTargets(opts.outputs, config.format ?? 'terminal', (file) => canonical(path.resolve(io.cwd, file)));
  if (!paired.ok) throw new UsageError(t(lang, paired.messageId, paired.params));
  const targets = paired.targets;

  const stdin = files.includes('-') ? (io.readStdin ? await io.readStdin() : new Uint8Array()) : undefined;
  const cache = opts.cache || opts.cacheLocation !== undefined ? await ResultCache.open(await cachePath(io.cwd, opts.cacheLocation), { cwd: io.cwd, asOf, lang, ...(config.rules ? { severity: config.rules } : {}) }, fs) : undefined;
  const options: CheckOptions = { cwd: io.cwd, asOf, lang, failOn, ...(config.rules ? { severity: config.rules } : {}), ...(io.fs ? { fs: io.fs } : {}), ...(stdin ? { stdin } : {}), ...(cache ? { cache } : {}), ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}) };
  const result = await check(files, options);
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = result.report;
  const inputs = inputSet(report.agreements.flatMap((a) => a.files), io);
  if (cache) await saveCache(cache, inputs, lang, io);

  // JSON is written in pieces as it is made (see formatJsonPieces), never held whole; the other formats as one text.
  const rendered = targets.map((target) => {
    const color = target.output === undefined && target.format === 'terminal' && useColor(opts.color, io);
    if (target.format === 'json') return { target, text: () => formatJsonPieces(report) };
    const text = FORMATS[target.format as FormatName](report, { lang, color, rules: result.rules, ...(opts.summary ? { summary: true } : {}), ...(opts.linkBase ? { linkBase: opts.linkBase } : {}), ...(opts.audience === 'utvalg' ? { audience: 'committee' as const } : {}) });
    return { target, text: () => [text] };
  });
  for (const { target, text } of rendered) if (target.output !== undefined) await writeOutput(target.output, text(), inputs, lang, io);
  await appendStepSummary(targets, report, { lang, rules: result.rules, ...(opts.linkBase ? { linkBase: opts.linkBase } : {}) }, io);
  for (const { target, text } of rendered) if (target.output === undefined) for (const piece of text()) io.stdout(piece);
  return report.exitCode;
}

/**
 * On GitHub Actions, the `github` format also appends the markdown report to the job summary
 * (the file GITHUB_STEP_SUMMARY names). A failure to write it is a warning, not a failed check.
 */
async function appendStepSummary(targets: readonly Target[], report: Parameters<typeof formatMarkdown>[0], options: FormatOptions, io: CliIO): Promise<void> {
  const { lang } = options;
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (file === undefined || file === '' || !targets.some((target) => target.format === 'github')) return;
  try {
    // GitHub takes at most 1 MiB of summary per step; a larger report goes in its short form.
    const full = formatMarkdown(report, options);
    const text = Buffer.byteLength(full) <= STEP_SUMMARY_LIMIT ? full : formatMarkdown(report, { ...options, summary: true });
    await (io.appendFile ?? ((f, text) => fsp.appendFile(f, text, 'utf8')))(path.resolve(io.cwd, file), text + '\n');
  } catch (error) {
    io.stderr(t(lang, 'cli.error.prefix') + t(lang, 'cli.error.step-summary', { file, detail: (error as Error).message }) + '\n');
  }
}

/** GitHub's limit for one step's job summary, in bytes (1 MiB). */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

type ConfigOutcome = { ok: true; config: Config } | { ok: false; exitCode: number };

/** The config file: --config, else .avtalesjekk.yaml found upward from the working folder; --no-config reads none. Errors are one line each, with file:line:column (exit 2). */
async function readConfig(option: string | false | undefined, lang: Lang, fs: FileSystem, io: CliIO): Promise<ConfigOutcome> {
  if (option === false) return { ok: true, config: {} };
  let file: string;
  if (option !== undefined) {
    file = path.resolve(io.cwd, option);
  } else {
    const found = await findConfig(io.cwd, fs);
    if ('ambiguous' in found) {
      io.stderr(t(lang, 'cli.error.prefix') + t(lang, 'configfile.ambiguous', { first: relative(io.cwd, found.ambiguous[0]), second: relative(io.cwd, found.ambiguous[1]) }) + '\n');
      return { ok: false, exitCode: EXIT.couldNotCheck };
    }
    if (found.found === undefined) return { ok: true, config: {} };
    file = found.found;
  }
  const catalogue = loadCatalogue();
  const result = await loadConfig(file, { fs, lang, display: relative(io.cwd, file), formats: Object.keys(FORMATS), ruleIds: allRules(catalogue).map((r) => r.id) });
  if (result.ok) return result;
  for (const e of result.errors) io.stderr(`${t(lang, 'cli.error.prefix')}${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return { ok: false, exitCode: EXIT.couldNotCheck };
}

/**
 * `init`: writes the scaffold and a copy of the agreement schema for editors (see {@link schemaHome}); refuses
 * (exit 2, nothing written) when a scaffold file exists, unless --force. An existing schema copy is kept unless --force.
 */
async function runInit(folder: string, opts: { lang: Lang; force?: boolean }, io: CliIO): Promise<number> {
  const lang = opts.lang;
  const fs = io.fs ?? nodeFileSystem;
  const target = path.resolve(io.cwd, folder);
  const st = await fs.stat(target).catch(() => undefined);
  if (st && !st.isDirectory) throw new UsageError(t(lang, 'init.not-folder', { folder }));
  const schemaFile = await schemaHome(target, fs);
  const files = scaffold(loadCatalogue(), { lang, schemaRef: relative(target, schemaFile) }).map((f) => ({ abs: path.join(target, f.path), text: f.text }));
  const exists = (abs: string) => fs.stat(abs).then(() => true, () => false);
  const existing: string[] = [];
  for (const f of files) if (await exists(f.abs)) existing.push(relative(io.cwd, f.abs));
  if (existing.length > 0 && !opts.force) throw new UsageError(t(lang, 'init.exists', { files: existing.join(', ') }));
  const keepSchema = !opts.force && (await exists(schemaFile));
  if (!keepSchema) files.push({ abs: schemaFile, text: readFileSync(new URL('../schemas/avtale.schema.json', import.meta.url), 'utf8') });
  const mkdir = io.mkdir ?? ((dir: string) => fsp.mkdir(dir, { recursive: true }).then(() => undefined));
  for (const f of files) {
    await mkdir(path.dirname(f.abs));
    await writeFileTo(f.abs, f.text, lang, io);
    io.stdout(t(lang, 'init.wrote', { file: relative(io.cwd, f.abs) }) + '\n');
  }
  if (keepSchema) io.stdout(t(lang, 'init.schema-kept', { file: relative(io.cwd, schemaFile) }) + '\n');
  io.stdout(t(lang, 'init.next', { folder: relative(io.cwd, target) || '.' }) + '\n');
  return EXIT.ok;
}


interface DiffCliOptions {
  format: DiffFormatName;
  output?: string;
  asOf?: string;
  lang: Lang;
  color?: boolean;
  config?: string | false;
  cliLang?: Lang | undefined;
}

/** `endring`: like `check`, the language and the as-of date come from the command line, the environment, then the config file. */
async function runDiff(oldFile: string, newFile: string, opts: DiffCliOptions, io: CliIO): Promise<number> {
  const loaded = await readConfig(opts.config, opts.lang, io.fs ?? nodeFileSystem, io);
  if (!loaded.ok) return loaded.exitCode;
  const lang: Lang = opts.cliLang ?? envLang(io.env) ?? loaded.config.lang ?? 'nb';
  const asOf = asOfDate(opts.asOf ?? loaded.config.asOf, lang, io);
  const result = await diff(oldFile, newFile, { cwd: io.cwd, asOf, lang, ...(io.fs ? { fs: io.fs } : {}) });
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = result.report;
  const toFile = opts.output !== undefined;
  const color = !toFile && opts.format === 'terminal' && useColor(opts.color, io);
  const text = DIFF_FORMATS[opts.format](report, { lang, color });
  if (toFile) await writeOutput(opts.output!, text, inputSet([...report.old.files, ...report.new.files], io), lang, io);
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

/** Saves the cache after a run; never onto a checked file, and a failure to save is a warning, not a failed check. */
async function saveCache(cache: ResultCache, inputs: InputSet, lang: Lang, io: CliIO): Promise<void> {
  if (inputs.has(cache.file)) throw new UsageError(t(lang, 'cli.error.cache-is-input', { file: path.relative(io.cwd, cache.file) || cache.file }));
  try {
    await cache.save();
  } catch (error) {
    io.stderr(t(lang, 'cli.error.prefix') + t(lang, 'cli.error.cache-write', { file: path.relative(io.cwd, cache.file) || cache.file, detail: (error as Error).message }) + '\n');
  }
}

/** Writes a report atomically, refusing to overwrite any input file. */
/** Whether an absolute path is one of the checked files. */
interface InputSet {
  has(file: string): boolean;
}

/** The checked files, resolved (links followed) once, on first use, so no output or cache is written onto one of them. */
function inputSet(files: readonly string[], io: CliIO): InputSet {
  let resolved: Set<string> | undefined;
  return { has: (file) => (resolved ??= new Set(files.map((f) => canonical(path.resolve(io.cwd, f))))).has(canonical(file)) };
}

async function writeOutput(output: string, text: string | Iterable<string>, inputs: InputSet, lang: Lang, io: CliIO): Promise<void> {
  const target = path.resolve(io.cwd, output);
  if (inputs.has(target)) throw new UsageError(t(lang, 'cli.error.output-is-input', { file: output }));
  await writeFileTo(output, text, lang, io);
  io.stderr(t(lang, 'cli.wrote', { file: output }) + '\n');
}

/** Writes `text` to `file` (relative to the working folder) atomically; a failure is one line and exit 2. */
async function writeFileTo(file: string, text: string | Iterable<string>, lang: Lang, io: CliIO): Promise<void> {
  try {
    const abs = path.resolve(io.cwd, file);
    await (io.writeFile ? io.writeFile(abs, typeof text === 'string' ? text : [...text].join('')) : writeFileAtomic(abs, text));
  } catch (error) {
    throw new UsageError(t(lang, 'cli.error.write-failed', { file: relative(io.cwd, path.resolve(io.cwd, file)), detail: (error as Error).message }));
  }
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
  return explicitLang(argv) ?? envLang(env) ?? 'nb';
}

/** The language --lang gives on the command line, if any. */
function explicitLang(argv: readonly string[]): Lang | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i === -1) return undefined;
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return LANGS.includes(value as Lang) ? (value as Lang) : undefined;
}

function envLang(env: CliIO['env']): Lang | undefined {
  return LANGS.includes(env.AVTALESJEKK_LANG as Lang) ? (env.AVTALESJEKK_LANG as Lang) : undefined;
}

function commanderMessage(error: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t(lang, 'cli.error.unknown-option', { option: quoted });
    case 'commander.missingArgument':
      return t(lang, 'cli.error.missing-argument', { argument: quoted });
    case 'commander.unknownCommand':
      return t(lang, 'cli.error.unknown-command-all', { command: quoted });
    case 'commander.invalidArgument': {
      // Our own argument parsers throw a whole sentence in the user's language; commander puts it after "is invalid.".
      const own = /is invalid\. (?!Allowed choices)(.+)$/s.exec(error.message)?.[1];
      if (own !== undefined) return own.trim();
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

export { isRealDate };

function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Runs the CLI in this process with the real world; used by bin/avtalesjekk.js and the GitHub Action's entry. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return main(argv, {
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
