// The file-system port the core reads through; the CLI passes the Node implementation, tests may pass their own.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
  /** File identity, when the file system knows it (the Node one does): device, inode, and change times in ms. */
  dev?: number;
  ino?: number;
  mtimeMs?: number;
  ctimeMs?: number;
}

/** One entry of a folder listing; a symbolic link is reported as a link, not followed. */
export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/** Everything the checker needs from a file system. Errors carry Node's `code` (ENOENT, EACCES, …). */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  realpath(path: string): Promise<string>;
  /** Lists a folder; needed only for folders and glob patterns given as input. */
  readdir?(path: string): Promise<DirEntry[]>;
}

/** The name standard input is shown under in reports. */
export const STDIN_NAME = '<stdin>';

/**
 * A file system where `virtualPath` reads as `bytes` (standard input given as `-`); everything else comes from `base`,
 * so includes from standard input resolve against the working folder.
 */
export function withStdin(base: FileSystem, virtualPath: string, bytes: Uint8Array): FileSystem {
  return {
    readFile: (p) => (p === virtualPath ? Promise.resolve(bytes) : base.readFile(p)),
    stat: (p) => (p === virtualPath ? Promise.resolve({ isFile: true, isDirectory: false, size: bytes.length }) : base.stat(p)),
    realpath: (p) => (p === virtualPath ? Promise.resolve(p) : base.realpath(p)),
    ...(base.readdir ? { readdir: base.readdir.bind(base) } : {}),
  };
}

/**
 * The real file system. Calls are synchronous under a promise: agreement files are small and local, and a
 * synchronous read is one system call where the promise API takes four trips through the thread pool (open, stat,
 * read, close), which dominated the time spent on I/O when a run reads thousands of files.
 */
export const nodeFileSystem: FileSystem = {
  readFile: async (path) => readFileSync(path),
  stat: async (path) => {
    const s = statSync(path);
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, dev: s.dev, ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
  },
  realpath: async (path) => realpathSync.native(path),
  readdir: async (path) =>
    readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, isFile: e.isFile(), isDirectory: e.isDirectory(), isSymbolicLink: e.isSymbolicLink() })),
};
