// Where `init` keeps the agreement schema for editors: inside the agreement repository, so every clone has it.
import path from 'node:path';
import type { FileSystem } from '../load/fs.js';

/**
 * `schemas/avtale.schema.json` at the root of the git repository that holds `folder` (the nearest folder upward with
 * a `.git`), or in `folder` itself when it is in no repository. The modelines point there with a relative path, the
 * same form the examples use, so the reference works for everyone who clones the repository, however avtalesjekk
 * was installed; never a path into node_modules, an npx cache or the author's own clone.
 */
export async function schemaHome(folder: string, fs: FileSystem): Promise<string> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (await fs.stat(path.join(dir, '.git')).then(() => true, () => false)) return path.join(dir, 'schemas', 'avtale.schema.json');
    if (path.dirname(dir) === dir) break;
  }
  return path.join(folder, 'schemas', 'avtale.schema.json');
}
