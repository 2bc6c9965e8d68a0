// An in-memory FileSystem for fast in-process runs (fuzzing): files by absolute path, folders implied by them.
import path from 'node:path';
import type { FileSystem } from '../../src/load/fs.js';

export function memoryFileSystem(files: ReadonlyMap<string, Uint8Array>): FileSystem {
  const dirs = new Set<string>();
  for (const file of files.keys()) for (let d = path.dirname(file); !dirs.has(d); d = path.dirname(d)) {
    dirs.add(d);
    if (d === path.dirname(d)) break;
  }
  const missing = (p: string) => Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  return {
    readFile: async (p) => {
      const data = files.get(path.resolve(p));
      if (!data) throw missing(p);
      return data;
    },
    stat: async (p) => {
      const abs = path.resolve(p);
      const data = files.get(abs);
      if (data) return { isFile: true, isDirectory: false, size: data.length };
      if (dirs.has(abs)) return { isFile: false, isDirectory: true, size: 0 };
      throw missing(p);
    },
    realpath: async (p) => {
      const abs = path.resolve(p);
      if (files.has(abs) || dirs.has(abs)) return abs;
      throw missing(p);
    },
  };
}
