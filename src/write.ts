// Writes an output file atomically: a temporary file in the same folder, then a rename, so no half-written file is left.
import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** Writes `text` to `file` through `<file>.<random>.tmp` and rename; removes the temporary file on failure. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await fsp.writeFile(tmp, text, { flag: 'wx' });
    await fsp.rename(tmp, file);
  } catch (error) {
    await fsp.rm(tmp, { force: true });
    throw error;
  }
}
