// Helpers the commands share: writing files safely, guarding the inputs, the check date, and could-not-check lines.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isRealDate } from '../config/load.js';
import { isMessageId, type MessageId, t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { relativePath } from '../util/paths.js';
import { CliError, EXIT } from './errors.js';
import type { FullIO } from './world.js';

/** The path with links followed, or as it is when it does not exist. */
export function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Whether an absolute path is one of the checked files. */
export interface InputSet {
  has(file: string): boolean;
}

/** The checked files, resolved (links followed) once, on first use, so no output or cache is written onto one of them. */
export function inputSet(files: readonly string[], cwd: string): InputSet {
  let resolved: Set<string> | undefined;
  return {
    has: (file) => {
      resolved ??= new Set(files.map((f) => canonical(path.resolve(cwd, f))));
      return resolved.has(canonical(file));
    },
  };
}

/** Writes a report, refusing to overwrite any input file; says where it went on stderr. */
export async function writeOutput(
  output: string,
  text: string | Iterable<string>,
  inputs: InputSet,
  lang: Lang,
  io: FullIO,
): Promise<void> {
  const target = path.resolve(io.cwd, output);
  if (inputs.has(target)) throw new CliError('cli.error.output-is-input', { file: output });
  await writeFileTo(output, text, io);
  io.stderr(t(lang, 'cli.wrote', { file: output }) + '\n');
}

/**
 * Writes `text` to `file` (relative to the working folder) atomically, creating its folder first (as ESLint does for
 * -o). A failure is one CliError naming the file and the cause in plain words, never the system's message.
 */
export async function writeFileTo(file: string, text: string | Iterable<string>, io: FullIO): Promise<void> {
  const abs = path.resolve(io.cwd, file);
  try {
    await io.mkdir(path.dirname(abs));
    await io.writeFile(abs, text);
  } catch (error) {
    throw writeError(relativePath(io.cwd, abs), error);
  }
}

/** The CliError for a failed write: the file and the cause by the system's error code. */
export function writeError(file: string, error: unknown): CliError {
  const { reason, code } = writeReason(error);
  return new CliError('cli.error.write', { file, reason, code });
}

/** Why a write failed, as a message reference (`@cli.write.<code>`) and the system's error code, never its message. */
export function writeReason(error: unknown): { reason: string; code: string } {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'EIO';
  return { reason: isMessageId(`cli.write.${code}`) ? `@cli.write.${code}` : '@cli.write.other', code };
}

/** The check date: --as-of when given (it must be a real date), else today by the injected clock. */
export function asOfDate(value: string | undefined, now: () => Date): string {
  const asOf = value ?? localDate(now());
  if (!isRealDate(asOf)) throw new CliError('cli.error.bad-date', { value: asOf });
  return asOf;
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One stderr line per input that could not be read; exit code 2. */
export function reportProblems(problems: readonly { file: string; message: string }[], lang: Lang, io: FullIO): number {
  for (const p of problems)
    io.stderr(t(lang, 'cli.error.prefix') + t(lang, 'cli.error.could-not-check', { file: p.file, message: p.message }) + '\n');
  return EXIT.couldNotCheck;
}

/** One warning line on stderr (the run goes on). */
export function warn(lang: Lang, io: FullIO, messageId: MessageId, params: Record<string, string | number>): void {
  io.stderr(t(lang, 'cli.error.prefix') + t(lang, messageId, params) + '\n');
}
