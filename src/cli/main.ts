// main(): runs the program once with injected IO and returns the exit code; every error becomes one line in the user's language.
import { CommanderError } from 'commander';
import { t } from '../i18n/index.js';
import { nodeFileSystem } from '../load/fs.js';
import { CliError, EXIT, type CliParams } from './errors.js';
import { explicitLang, preScanLang } from './lang.js';
import { buildProgram } from './program.js';
import { completeIO, type CliIO } from './world.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = await preScanLang(argv, io.env, io.cwd, io.fs ?? nodeFileSystem);
  const debug = argv.includes('--debug');
  const full = completeIO(io);
  const fail = (message: string) => {
    io.stderr(t(lang, 'cli.error.prefix') + message + '\n');
    return EXIT.couldNotCheck;
  };
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram(lang, explicitLang(argv), full, (code) => (exitCode = code));
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CliError) return fail(t(lang, error.messageId, shortened(error.params)));
    if (error instanceof CommanderError) {
      // --help and --version print and succeed; the program name alone (or options without a command) printed the
      // help on stderr, and a missing command is a usage error (exit 2).
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.couldNotCheck;
      return fail(t(lang, 'cli.error.parse', { code: error.code }));
    }
    if (debug) io.stderr(((error as Error).stack ?? String(error)) + '\n');
    return fail(t(lang, 'cli.error.internal', { detail: (error as Error).message ?? String(error) }));
  }
}

/** Longest value quoted back in an error; a longer one (a pasted file, a runaway argument) is cut with an ellipsis. */
const MAX_QUOTED = 200;

function shortened(params: CliParams): CliParams {
  const out: CliParams = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  }
  return out;
}
