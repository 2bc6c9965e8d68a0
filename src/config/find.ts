// Finds the config file: `.avtalesjekk.yaml` (or `.yml`) in the working folder or the nearest folder above it.
import path from 'node:path';
import type { FileSystem } from '../load/fs.js';

/** The names a config file may have, in order of preference. */
export const CONFIG_NAMES = ['.avtalesjekk.yaml', '.avtalesjekk.yml'] as const;

export type FindResult = { found: string } | { found: undefined } | { ambiguous: [string, string] };

/**
 * Looks in `start` and each folder above it, and stops after the folder that holds `.git` (the repository root)
 * or at the file-system root, so a stray file in a home folder does not apply to every repository below it.
 */
export async function findConfig(start: string, fs: FileSystem): Promise<FindResult> {
  let dir = path.resolve(start);
  for (;;) {
    const here: string[] = [];
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      const st = await fs.stat(file).catch(() => undefined);
      if (st?.isFile) here.push(file);
    }
    if (here.length === 2) return { ambiguous: [here[0]!, here[1]!] };
    if (here.length === 1) return { found: here[0]! };
    const repositoryRoot = await fs.stat(path.join(dir, '.git')).then(() => true, () => false);
    const parent = path.dirname(dir);
    if (repositoryRoot || parent === dir) return { found: undefined };
    dir = parent;
  }
}
