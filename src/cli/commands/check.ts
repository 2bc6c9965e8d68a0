// `avtalesjekk check`: reads the settings, checks the inputs, writes every report target, and gives the exit code.
import path from 'node:path';
import { Option } from 'commander';
import { pairTargets, type OutputOption, type Target } from '../../config/targets.js';
import { ResultCache, cachePath } from '../../engine/cache.js';
import { check, type CheckOptions } from '../../engine/run.js';
import { FORMATS, type FormatName, type FormatOptions } from '../../format/index.js';
import { formatJsonPieces } from '../../format/json.js';
import { formatMarkdown } from '../../format/markdown.js';
import { t } from '../../i18n/index.js';
import { nodeFileSystem } from '../../load/fs.js';
import type { Lang, Report, Severity } from '../../types.js';
import { relativePath } from '../../util/paths.js';
import { AUDIENCE_SPELLINGS, SEVERITY_SPELLINGS, choiceOption, choiceParser, countParser } from '../choices.js';
import { readConfig } from '../config.js';
import type { CommandContext } from '../context.js';
import { envLang } from '../lang.js';
import { CliError, EXIT } from '../errors.js';
import { asOfDate, canonical, inputSet, reportProblems, warn, writeOutput, writeReason, type InputSet } from '../output.js';
import { quietReport, tooManyWarnings } from '../quiet.js';
import { useColor, type FullIO } from '../world.js';
import type { LocalCommand } from '../command.js';

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
  quiet?: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  summary?: boolean;
  linkBase?: string;
  audience?: 'utvalg' | 'teknisk';
}

/** Defines `check` on the program. */
export function defineCheck(ctx: CommandContext): LocalCommand {
  const { lang } = ctx;
  // --format and --output keep their order, so each --output pairs with the --format before it.
  const outputs: OutputOption[] = [];
  const formatNames = Object.keys(FORMATS);
  const formatSpellings = Object.fromEntries(formatNames.map((f) => [f, f]));
  const parseFormat = choiceParser('--format', formatSpellings);
  const formatsHelp = t(lang, 'cli.opt.formats', { formats: formatNames.join(', ') });
  return ctx
    .command('check')
    .description(t(lang, 'cli.check'))
    .argument(`<${t(lang, 'cli.arg.files')}...>`, t(lang, 'cli.check.inputs'))
    .addOption(
      new Option(`-f, --format <${t(lang, 'cli.value.format')}>`, formatsHelp).argParser((value: string) => {
        const format = parseFormat(value);
        outputs.push({ kind: 'format', value: format });
        return format;
      }),
    )
    .addOption(
      new Option(`-o, --output <${t(lang, 'cli.value.file')}>`, t(lang, 'cli.opt.outputs')).argParser((value: string) => {
        outputs.push({ kind: 'output', value });
        return value;
      }),
    )
    .addOption(new Option(`--as-of <${t(lang, 'cli.value.date')}>`, t(lang, 'cli.opt.as-of')))
    .addOption(
      choiceOption(`--fail-on <${t(lang, 'cli.value.severity')}>`, t(lang, 'cli.opt.fail-on-any'), '--fail-on', SEVERITY_SPELLINGS, false),
    )
    .addOption(new Option('--quiet', t(lang, 'cli.opt.quiet')))
    .addOption(
      new Option(`--max-warnings <${t(lang, 'cli.value.count')}>`, t(lang, 'cli.opt.max-warnings')).argParser(
        countParser('--max-warnings'),
      ),
    )
    .addOption(new Option(`--stdin-filename <${t(lang, 'cli.value.path')}>`, t(lang, 'cli.opt.stdin-filename')))
    .addOption(new Option('--cache', t(lang, 'cli.opt.cache')))
    .addOption(
      new Option(`--jobs <${t(lang, 'cli.value.count')}>`, t(lang, 'cli.opt.jobs')).argParser((value: string) => {
        if (!/^[1-9][0-9]?$/.test(value) || Number(value) > 64) throw new CliError('cli.error.jobs', { value });
        return Number(value);
      }),
    )
    .addOption(new Option(`--cache-location <${t(lang, 'cli.value.path')}>`, t(lang, 'cli.opt.cache-location')))
    .addOption(new Option(`--config <${t(lang, 'cli.value.file')}>`, t(lang, 'cli.opt.config')))
    .addOption(new Option('--no-config', t(lang, 'cli.opt.no-config')))
    .addOption(new Option('--color', t(lang, 'cli.opt.color')))
    .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color')))
    .addOption(new Option('--summary', t(lang, 'cli.opt.summary')))
    .addOption(new Option(`--link-base <${t(lang, 'cli.value.url')}>`, t(lang, 'cli.opt.link-base')))
    .addOption(
      choiceOption(`--audience <${t(lang, 'cli.value.audience')}>`, t(lang, 'cli.opt.audience'), '--audience', AUDIENCE_SPELLINGS, false),
    )
    .action(async (files: string[], opts: CheckCliOptions) => {
      ctx.setExit(await runCheck(files, { ...opts, outputs, cliLang: ctx.cliLang }, ctx.io));
    }) as LocalCommand;
}

/**
 * `check`: settings come from the command line first, then the environment (AVTALESJEKK_LANG), then the config file,
 * then the defaults. Every report target is written; the exit code is the report's, or 1 when --max-warnings is passed.
 */
async function runCheck(
  files: string[],
  opts: CheckCliOptions & { outputs: OutputOption[]; cliLang: Lang | undefined },
  io: FullIO,
): Promise<number> {
  const messageLang = opts.lang;
  const fs = io.fs ?? nodeFileSystem;
  if (opts.stdinFilename !== undefined && !files.includes('-')) throw new CliError('cli.error.stdin-filename-without-stdin');
  const loaded = await readConfig(opts.config, messageLang, fs, io);
  if (!loaded.ok) return loaded.exitCode;
  const { config, folder: configFolder } = loaded;
  const lang: Lang = opts.cliLang ?? envLang(io.env) ?? config.lang ?? 'nb';
  const failOn: Severity = opts.failOn ?? config.failOn ?? 'error';
  const asOf = asOfDate(opts.asOf ?? config.asOf, io.now);
  const paired = pairTargets(opts.outputs, config.format ?? 'terminal', (file) => canonical(path.resolve(io.cwd, file)));
  if (!paired.ok) throw new CliError(paired.messageId, paired.params as Record<string, string | number>);
  const targets = paired.targets;

  const stdin = files.includes('-') ? await io.readStdin() : undefined;
  const severity = config.rules ? { severity: config.rules } : {};
  const wantCache = opts.cache || opts.cacheLocation !== undefined;
  const cache = wantCache
    ? await ResultCache.open(await cachePath(io.cwd, opts.cacheLocation), { cwd: io.cwd, asOf, lang, ...severity }, fs)
    : undefined;
  const options: CheckOptions = {
    cwd: io.cwd,
    asOf,
    lang,
    failOn,
    ...severity,
    ...(io.fs ? { fs: io.fs } : {}),
    ...(stdin ? { stdin } : {}),
    ...(opts.stdinFilename !== undefined ? { stdinName: opts.stdinFilename } : {}),
    ...(config.ignore && configFolder !== undefined ? { ignore: { base: configFolder, patterns: config.ignore } } : {}),
    ...(cache ? { cache } : {}),
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
  };
  const result = await check(files, options);
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = opts.quiet ? quietReport(result.report) : result.report;
  const inputs = inputSet(
    report.agreements.flatMap((a) => a.files),
    io.cwd,
  );
  if (cache) await saveCache(cache, inputs, lang, io);

  const formatOptions: FormatOptions = {
    lang,
    rules: result.rules,
    ...(opts.summary ? { summary: true } : {}),
    ...(opts.linkBase ? { linkBase: opts.linkBase } : {}),
    ...(opts.audience === 'utvalg' ? { audience: 'committee' as const } : {}),
  };
  // JSON is written in pieces as it is made (see formatJsonPieces), never held whole; the other formats as one text.
  const rendered = targets.map((target) => {
    if (target.format === 'json') return { target, text: () => formatJsonPieces(report) };
    const color = target.output === undefined && target.format === 'terminal' && useColor(opts.color, io);
    const text = FORMATS[target.format as FormatName](report, { ...formatOptions, color });
    return { target, text: () => [text] };
  });
  for (const { target, text } of rendered) if (target.output !== undefined) await writeOutput(target.output, text(), inputs, lang, io);
  await appendStepSummary(targets, report, { lang, rules: result.rules, ...(opts.linkBase ? { linkBase: opts.linkBase } : {}) }, io);
  for (const { target, text } of rendered) if (target.output === undefined) for (const piece of text()) io.stdout(piece);
  if (opts.maxWarnings !== undefined && tooManyWarnings(report, opts.maxWarnings)) {
    warn(lang, io, 'cli.error.max-warnings', { count: report.counts.warning, max: opts.maxWarnings });
    return EXIT.findings;
  }
  return report.exitCode;
}

/**
 * On GitHub Actions, the `github` format also appends the markdown report to the job summary
 * (the file GITHUB_STEP_SUMMARY names). A failure to write it is a warning, not a failed check.
 */
async function appendStepSummary(targets: readonly Target[], report: Report, options: FormatOptions, io: FullIO): Promise<void> {
  const { lang } = options;
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (file === undefined || file === '' || !targets.some((target) => target.format === 'github')) return;
  try {
    // GitHub takes at most 1 MiB of summary per step; a larger report goes in its short form.
    const full = formatMarkdown(report, options);
    const text = Buffer.byteLength(full) <= STEP_SUMMARY_LIMIT ? full : formatMarkdown(report, { ...options, summary: true });
    await io.appendFile(path.resolve(io.cwd, file), text + '\n');
  } catch (error) {
    const { reason, code } = writeReason(error);
    warn(lang, io, 'cli.error.step-summary', { file, detail: reason, code });
  }
}

/** GitHub's limit for one step's job summary, in bytes (1 MiB). */
const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Saves the cache after a run; never onto a checked file, and a failure to save is a warning, not a failed check. */
async function saveCache(cache: ResultCache, inputs: InputSet, lang: Lang, io: FullIO): Promise<void> {
  if (inputs.has(cache.file)) throw new CliError('cli.error.cache-is-input', { file: path.relative(io.cwd, cache.file) || cache.file });
  try {
    await cache.save();
  } catch (error) {
    const { reason, code } = writeReason(error);
    warn(lang, io, 'cli.error.cache-write', { file: path.relative(io.cwd, cache.file) || cache.file, detail: reason, code });
  }
}
