// The one way a path is shown to people and written into reports: relative, with forward slashes.
import path from 'node:path';

/** `to` relative to `from`, with forward slashes ('' when they are the same). */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** Relative to the working folder, with forward slashes, so reports are the same on every machine (the file's own name when it is the folder). */
export function toDisplayPath(cwd: string, abs: string): string {
  return relativePath(cwd, abs) || path.basename(abs);
}

/** A report path with forward slashes (reports are written with relative paths; Windows separators are normalised). */
export function slashPath(file: string): string {
  return file.replace(/\\/g, '/');
}
