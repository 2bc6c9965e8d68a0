// The program: its commands (one module each under commands/), the options every command shares, and help and
// errors in the user's language.
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { TOOL } from '../version.js';
import { LANG_SPELLINGS, choiceOption } from './choices.js';
import { LocalCommand, localHelp, outputTo, usageFor } from './command.js';
import { defineCheck } from './commands/check.js';
import { defineEndring } from './commands/endring.js';
import { defineExplain } from './commands/explain.js';
import { defineInit } from './commands/init.js';
import { defineRules } from './commands/rules.js';
import { defineSchema } from './commands/schema.js';
import type { CommandContext } from './context.js';
import type { FullIO } from './world.js';

/** Builds the program for one run; help and errors are in `lang`. */
export function buildProgram(lang: Lang, cliLang: Lang | undefined, io: FullIO, setExit: (code: number) => void): LocalCommand {
  const program = new LocalCommand('avtalesjekk');
  program
    .description(t(lang, 'cli.description'))
    .version(TOOL.version, '-V, --version', t(lang, 'cli.opt.version'))
    .helpOption('-h, --help', t(lang, 'cli.opt.help'))
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput(outputTo(io))
    .configureHelp(localHelp(lang));
  addShared(program, lang);

  const ctx: CommandContext = { lang, cliLang, io, setExit, command: (name) => program.command(name) as LocalCommand };
  for (const define of [defineCheck, defineEndring, defineExplain, defineRules, defineInit, defineSchema]) {
    const command = define(ctx);
    addShared(command, lang);
    command.helpOption('-h, --help', t(lang, 'cli.opt.help'));
    command.usage(usageFor(command, lang));
  }
  program.usage(usageFor(program, lang));
  return program;
}

/** --lang and --debug, on the program and on every command. The language itself is read before parsing (lang.ts). */
function addShared(command: LocalCommand, lang: Lang): void {
  command.addOption(
    choiceOption(`--lang <${t(lang, 'cli.value.lang')}>`, t(lang, 'cli.opt.lang'), '--lang', LANG_SPELLINGS, false).default(lang),
  );
  command.addOption(new Option('--debug', t(lang, 'cli.opt.debug')));
}
