// A commander Command that speaks the user's language: its parse errors are typed CliErrors (never commander's
// English sentences), and its help is laid out with headings from the message catalogue.
import { Command, type Argument, type Help, type Option, type OutputConfiguration } from 'commander';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { CliError } from './errors.js';
import { suggest } from './suggest.js';
import type { CliIO } from './world.js';

/** Help is laid out for this many columns, whatever the terminal, so it reads the same everywhere. */
const HELP_WIDTH = 80;

/**
 * Commander calls these methods when it meets a mistake on the command line; each one here throws a CliError with
 * the facts (the option, the command, the argument), so no code reads commander's messages. Tests in
 * test/cli-parse.test.ts call every one of them, so a commander release that renames them fails the tests.
 */
export class LocalCommand extends Command {
  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name);
  }

  /** The command as typed: `avtalesjekk check`. */
  commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  /** Commander: an option this command (and its parents) do not have. */
  unknownOption(flag: string): never {
    const option = flag.includes('=') ? flag.slice(0, flag.indexOf('=')) : flag;
    const candidates: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) for (const o of c.options) if (!o.hidden && o.long) candidates.push(o.long);
    const owner = this.commands.find((c) => c.options.some((o) => o.long === option || o.short === option));
    if (owner !== undefined)
      throw new CliError('cli.error.option-after-command', { option, command: `${this.commandPath()} ${owner.name()}` });
    const suggestion = option.startsWith('--') ? suggest(option, candidates) : undefined;
    if (suggestion !== undefined) throw new CliError('cli.error.unknown-option-suggest', { option, suggestion });
    throw new CliError('cli.error.unknown-option-in', { option, command: this.commandPath() });
  }

  /** Commander: a word where a command was expected. */
  unknownCommand(): never {
    const command = this.args[0] ?? '';
    const names = this.commands.flatMap((c) => [c.name(), ...c.aliases()]);
    const suggestion = command === 'help' ? '--help' : suggest(command, names);
    if (suggestion !== undefined) throw new CliError('cli.error.unknown-command-suggest', { command, suggestion });
    throw new CliError('cli.error.unknown-command-all', { command });
  }

  /** Commander: a required argument is missing. */
  missingArgument(name: string): never {
    throw new CliError('cli.error.missing-argument-in', { argument: name, usage: `${this.commandPath()} ${this.usage()}` });
  }

  /** Commander: an option that takes a value was given none. */
  optionMissingArgument(option: Option): never {
    throw new CliError('cli.error.missing-value', { option: option.long ?? option.short ?? option.flags, value: valueName(option) });
  }

  /** Commander: more arguments than the command takes. */
  _excessArguments(received: string[]): never {
    throw new CliError('cli.error.excess-arguments', {
      extra: received[this.registeredArguments.length] ?? '',
      usage: `${this.commandPath()} ${this.usage()}`,
    });
  }
}

/** The value placeholder of an option as we wrote it (`--format <format>` gives `format`). */
function valueName(option: Option): string {
  const open = option.flags.indexOf('<');
  const close = option.flags.indexOf('>', open);
  return open === -1 || close === -1 ? '' : option.flags.slice(open + 1, close);
}

/** Sends commander's own output (help, version) to the injected streams, and never prints its English error lines. */
export function outputTo(io: CliIO): OutputConfiguration {
  return {
    writeOut: (s: string) => io.stdout(s),
    writeErr: (s: string) => io.stderr(s),
    outputError: () => undefined,
    getOutHelpWidth: () => HELP_WIDTH,
    getErrHelpWidth: () => HELP_WIDTH,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  };
}

/** The usage line after the command's name: `[valg] <filer...>`, or `[valg] [kommando]` for the program. */
export function usageFor(command: Command, lang: Lang): string {
  const parts = [t(lang, 'cli.help.options-slot')];
  if (command.commands.length > 0) parts.push(t(lang, 'cli.help.command-slot'));
  for (const a of command.registeredArguments) parts.push(argumentTerm(a));
  return parts.join(' ');
}

function argumentTerm(a: Argument): string {
  const name = a.name() + (a.variadic ? '...' : '');
  return a.required ? `<${name}>` : `[${name}]`;
}

/** Help in `lang`: commander's layout helpers, our headings, and defaults and choices in our words. */
export function localHelp(lang: Lang): Partial<Help> {
  const extras = (description: string, defaultValue: unknown, choices: readonly string[] | undefined): string => {
    const extra: string[] = [];
    if (choices) extra.push(t(lang, 'cli.help.values', { values: choices.join(', ') }));
    if (typeof defaultValue === 'string') extra.push(t(lang, 'cli.help.default', { value: defaultValue }));
    return extra.length === 0 ? description : `${description} (${extra.join('; ')})`;
  };
  return {
    optionDescription: (option: Option) =>
      extras(option.description, option.isBoolean() ? undefined : option.defaultValue, option.argChoices),
    subcommandTerm: (sub: Command) => [sub.name(), ...sub.aliases().slice(0, 1)].join('|') + ' ' + usageFor(sub, lang),
    argumentDescription: (argument: Argument) => extras(argument.description, argument.defaultValue, argument.argChoices),
    formatHelp(cmd: Command, helper: Help): string {
      const width = helper.padWidth(cmd, helper);
      const item = (term: string, description: string) => helper.formatItem(term, width, description, helper);
      const section = (heading: string, items: string[]) => (items.length === 0 ? [] : [heading, ...items, '']);
      const description = helper.commandDescription(cmd);
      const lines = [
        `${t(lang, 'cli.help.usage')} ${helper.commandUsage(cmd)}`,
        '',
        ...(description ? [helper.boxWrap(description, helper.helpWidth ?? HELP_WIDTH), ''] : []),
        ...section(
          t(lang, 'cli.help.arguments'),
          helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), helper.argumentDescription(a))),
        ),
        ...section(
          t(lang, 'cli.help.options'),
          helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), helper.optionDescription(o))),
        ),
        ...section(
          t(lang, 'cli.help.commands'),
          helper.visibleCommands(cmd).map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c))),
        ),
      ];
      if (cmd.commands.length > 0) lines.push(t(lang, 'cli.help.more'), '');
      return lines.join('\n');
    },
  };
}
