// `avtalesjekk endring <gammel> <ny>` (alias diff): what changed between two versions of an agreement, and what it means.
import { Option } from 'commander';
import { diff } from '../../diff/run.js';
import { DIFF_FORMATS, type DiffFormatName } from '../../format/diff.js';
import { t } from '../../i18n/index.js';
import { nodeFileSystem } from '../../load/fs.js';
import type { Lang } from '../../types.js';
import { choiceOption } from '../choices.js';
import type { LocalCommand } from '../command.js';
import { readConfig } from '../config.js';
import type { CommandContext } from '../context.js';
import { envLang } from '../lang.js';
import { asOfDate, inputSet, reportProblems, writeOutput } from '../output.js';
import { useColor, type FullIO } from '../world.js';

interface DiffCliOptions {
  format: DiffFormatName;
  output?: string;
  asOf?: string;
  lang: Lang;
  color?: boolean;
  /** A path, false for --no-config, or undefined to look for .avtalesjekk.yaml. */
  config?: string | false;
}

/** Defines `endring` on the program. */
export function defineEndring(ctx: CommandContext): LocalCommand {
  const { lang } = ctx;
  const formats = Object.fromEntries(Object.keys(DIFF_FORMATS).map((f) => [f, f as DiffFormatName]));
  return ctx
    .command('endring')
    .alias('diff')
    .description(t(lang, 'cli.diff'))
    .argument(`<${t(lang, 'cli.arg.old')}>`, t(lang, 'cli.diff.old'))
    .argument(`<${t(lang, 'cli.arg.new')}>`, t(lang, 'cli.diff.new'))
    .addOption(
      choiceOption(`-f, --format <${t(lang, 'cli.value.format')}>`, t(lang, 'cli.opt.format'), '--format', formats).default('terminal'),
    )
    .addOption(new Option(`-o, --output <${t(lang, 'cli.value.file')}>`, t(lang, 'cli.opt.output')))
    .addOption(new Option(`--as-of <${t(lang, 'cli.value.date')}>`, t(lang, 'cli.opt.as-of')))
    .addOption(new Option(`--config <${t(lang, 'cli.value.file')}>`, t(lang, 'cli.opt.config')))
    .addOption(new Option('--no-config', t(lang, 'cli.opt.no-config')))
    .addOption(new Option('--color', t(lang, 'cli.opt.color')))
    .addOption(new Option('--no-color', t(lang, 'cli.opt.no-color')))
    .action(async (oldFile: string, newFile: string, opts: DiffCliOptions) => {
      ctx.setExit(await runDiff(oldFile, newFile, opts, ctx.cliLang, ctx.io));
    }) as LocalCommand;
}

/** `endring`: like `check`, the language and the as-of date come from the command line, the environment, then the config file. */
async function runDiff(oldFile: string, newFile: string, opts: DiffCliOptions, cliLang: Lang | undefined, io: FullIO): Promise<number> {
  const loaded = await readConfig(opts.config, opts.lang, io.fs ?? nodeFileSystem, io);
  if (!loaded.ok) return loaded.exitCode;
  const lang: Lang = cliLang ?? envLang(io.env) ?? loaded.config.lang ?? 'nb';
  const asOf = asOfDate(opts.asOf ?? loaded.config.asOf, io.now);
  const result = await diff(oldFile, newFile, { cwd: io.cwd, asOf, lang, ...(io.fs ? { fs: io.fs } : {}) });
  if (!result.ok) return reportProblems(result.problems, lang, io);
  const report = result.report;
  const text = DIFF_FORMATS[opts.format](report, {
    lang,
    color: opts.output === undefined && opts.format === 'terminal' && useColor(opts.color, io),
  });
  if (opts.output !== undefined)
    await writeOutput(opts.output, text, inputSet([...report.old.files, ...report.new.files], io.cwd), lang, io);
  else io.stdout(text);
  return report.exitCode;
}
