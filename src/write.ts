// Writes an output file atomically: a temporary file in the same folder, then a rename, so no half-written file is left.
import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** Characters written per call: a report of a thousand sets is tens of megabytes, and one call would copy it all at once. */
const CHUNK = 1 << 20;

/**
 * Writes `text` to `file` through `<file>.<random>.tmp` and rename; removes the temporary file on failure. `text` may
 * come in pieces (a streamed report), written one after the other.
 */
export async function writeFileAtomic(file: string, text: string | Iterable<string>): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await fsp.open(tmp, 'wx');
    try {
      for (const piece of typeof text === 'string' ? chunks(text, CHUNK) : text) await handle.write(piece, null, 'utf8');
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, file);
  } catch (error) {
    await fsp.rm(tmp, { force: true });
    throw error;
  }
}

/** `text` in pieces of about `size` characters, never splitting a surrogate pair (each piece is encoded on its own). */
export function* chunks(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end = end - 1 > start ? end - 1 : end + 1;
    yield text.slice(start, end);
    start = end;
  }
}
