// Ignore patterns from the config file: which files and folders a search of folders and glob patterns skips.
import path from 'node:path';
import { compileGlob, expandBraces, matchSegments, type CompiledGlob } from './glob.js';

/** Ignore patterns and the folder they are relative to (the config file's folder). */
export interface IgnoreSpec {
  base: string;
  patterns: readonly string[];
}

/** Whether `pattern` can be used (its {a,b} alternatives stay within the limit). */
export function ignorePatternOk(pattern: string): boolean {
  try {
    expandBraces(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * A test for absolute paths: true when a pattern matches the path relative to `spec.base`, or one of its folders
 * (so `arkiv`, `arkiv/**` and `**\/utkast` each skip a whole folder). Paths outside the base are never ignored.
 * Patterns use `/`, `*`, `?`, `[…]`, `**` and `{a,b}`, as on the command line; a leading `./` or `/` is the base.
 */
export function ignoreMatcher(spec: IgnoreSpec): (abs: string) => boolean {
  const globs: CompiledGlob[] = [];
  for (const pattern of spec.patterns) {
    const clean = pattern.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
    if (clean === '' || !ignorePatternOk(clean)) continue;
    for (const one of expandBraces(clean)) globs.push(compileGlob(one));
  }
  return (abs) => {
    if (globs.length === 0) return false;
    const rel = path.relative(spec.base, abs).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return false;
    const names = rel.split('/');
    // The path itself or any folder above it.
    for (let n = 1; n <= names.length; n++) {
      const prefix = names.slice(0, n).join('/');
      if (globs.some((g) => matches(g, prefix))) return true;
    }
    return false;
  };
}

function matches(glob: CompiledGlob, rel: string): boolean {
  if (glob.base === '') return matchSegments(glob.segments, rel);
  if (rel === glob.base) return glob.segments.length === 0 || matchSegments(glob.segments, '');
  if (!rel.startsWith(glob.base + '/')) return false;
  return glob.segments.length > 0 && matchSegments(glob.segments, rel.slice(glob.base.length + 1));
}
