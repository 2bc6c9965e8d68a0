// Reads one file as UTF-8 text, refusing what is not text we can check (returns a LoadProblem, never throws).
import type { FileSystem } from './fs.js';
import { MAX_FILE_BYTES } from './limits.js';

/** Why a file could not be read; each has a message in the i18n catalogues (`load.<code>`). */
export type LoadProblemCode =
  | 'not-found'
  | 'is-directory'
  | 'not-a-file'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'utf16'
  | 'not-utf8';

export interface LoadProblem {
  code: LoadProblemCode;
  /** For not-utf8: the 1-based line and column of the first bad byte. */
  line?: number;
  column?: number;
  limit?: number;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: LoadProblem };

/** Reads `path` and returns its text without a BOM, or the reason it cannot be checked. */
export async function readText(fs: FileSystem, path: string): Promise<ReadResult> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory) return fail('is-directory');
    if (!st.isFile) return fail('not-a-file');
    size = st.size;
  } catch (error) {
    return fail(errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR' ? 'not-found' : 'unreadable');
  }
  if (size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large', limit: MAX_FILE_BYTES } };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const code = errnoCode(error);
    return fail(code === 'ENOENT' ? 'not-found' : code === 'EISDIR' ? 'is-directory' : 'unreadable');
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large', limit: MAX_FILE_BYTES } };
  return decode(bytes);
}

/** Decodes bytes as UTF-8 (BOM allowed); recognises UTF-16 and binary files so the message can say what they are. */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail('utf16');
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (body.includes(0)) {
    // UTF-16 without a BOM has a NUL in every other byte of ASCII text.
    return fail(looksLikeUtf16(body) ? 'utf16' : 'binary');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    return { ok: false, problem: { code: 'not-utf8', ...lineColumnOfByte(body, at) } };
  }
  if (!/\S/.test(text)) return fail('empty');
  return { ok: true, text };
}

function fail(code: LoadProblemCode): ReadResult {
  return { ok: false, problem: { code } };
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200);
  let nulOdd = 0;
  let nulEven = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? nulOdd++ : nulEven++);
  return Math.max(nulOdd, nulEven) > n / 4 && Math.min(nulOdd, nulEven) < n / 20;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
  return { line, column };
}
