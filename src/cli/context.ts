// What every command module gets from the program: the language of the command line, the world, and the exit code setter.
import type { Lang } from '../types.js';
import type { LocalCommand } from './command.js';
import type { FullIO } from './world.js';

export interface CommandContext {
  /** The language help and parse errors are in (known before parsing: --lang, AVTALESJEKK_LANG, nb). */
  lang: Lang;
  /** The language --lang gave on the command line, if any (it goes before the config file's). */
  cliLang: Lang | undefined;
  io: FullIO;
  /** Records the exit code of the command that ran. */
  setExit(code: number): void;
  /** A new subcommand of the program; the program adds --lang, --debug, -h and the usage line after the module has defined it. */
  command(name: string): LocalCommand;
}
