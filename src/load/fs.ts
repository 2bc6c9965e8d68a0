// The file-system port the core reads through; the CLI passes the Node implementation, tests may pass their own.
import { promises as fsp } from 'node:fs';

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}

/** Everything the checker needs from a file system. Errors carry Node's `code` (ENOENT, EACCES, …). */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  realpath(path: string): Promise<string>;
}

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fsp.readFile(path),
  stat: async (path) => {
    const s = await fsp.stat(path);
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size };
  },
  realpath: (path) => fsp.realpath(path),
};
