// What the command line needs from the outside world (streams, clock, files), as an interface tests can fill in.
import { promises as fsp } from 'node:fs';
import type { FileSystem } from '../load/fs.js';
import { writeFileAtomic } from '../write.js';

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
  /** Creates a folder and its parents (for `init` and for `-o` into a new folder). */
  mkdir?(folder: string): Promise<void>;
  /** Reads all of standard input (for `check -`). */
  readStdin?(): Promise<Uint8Array>;
}

/** A CliIO with every file operation present (defaults: the node file system, writes through a temporary file). */
export type FullIO = Omit<CliIO, 'writeFile'> &
  Required<Pick<CliIO, 'appendFile' | 'mkdir' | 'readStdin'>> & {
    /** Writes a whole file from its text or its pieces (a report written as it is made). */
    writeFile(file: string, text: string | Iterable<string>): Promise<void>;
  };

/** Fills in the file operations a test left out. `fs` stays as given: the check runs threads only on the real one. */
export function completeIO(io: CliIO): FullIO {
  return {
    ...io,
    writeFile: (file, text) => {
      const write = io.writeFile;
      if (write === undefined) return writeFileAtomic(file, text);
      return write(file, typeof text === 'string' ? text : [...text].join(''));
    },
    appendFile: io.appendFile ?? ((file, text) => fsp.appendFile(file, text, 'utf8')),
    mkdir: io.mkdir ?? ((folder) => fsp.mkdir(folder, { recursive: true }).then(() => undefined)),
    readStdin: io.readStdin ?? (async () => new Uint8Array()),
  };
}

/** Colour: --color/--no-color first, then NO_COLOR (any non-empty value) and FORCE_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}
