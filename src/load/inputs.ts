// Turns the inputs of `check` (files, folders, glob patterns, `-`) into a sorted list of files to read.
import path from 'node:path';
import type { FileSystem } from './fs.js';
import { MAX_BRACE_EXPANSION, compileGlob, expandBraces, hasMagic, matchSegments, mayContain, type CompiledGlob } from './glob.js';
import { MAX_INPUT_FILES, MAX_SEARCH_ENTRIES } from './limits.js';
import { topLevelKeys } from '../yaml/parse.js';
import { relativePath } from '../util/paths.js';
import { cmp } from '../engine/order.js';

/** A file to read. `explicit` files were named on the command line; `search` files were found in a folder or by a pattern. */
export interface InputFile {
  abs: string;
  origin: 'explicit' | 'search';
}

/** Why an input gave nothing to read (exit 2); each has a message `inputs.<code>`. */
export interface InputProblem {
  input: string;
  code: 'no-match' | 'no-yaml' | 'too-many-files' | 'bad-pattern' | 'unreadable-folder' | 'all-ignored';
  limit?: number;
}

export type ExpandResult = { ok: true; files: InputFile[] } | { ok: false; problems: InputProblem[] };

export interface ExpandOptions {
  cwd: string;
  fs: FileSystem;
  /** The path standard input is read under, when `-` is given. */
  stdinPath: string;
  /** Most YAML files found by searching (default MAX_INPUT_FILES). */
  maxFiles?: number;
  /** Files and folders a search skips (the config file's ignore patterns); files named on the command line are kept. */
  ignored?: (abs: string) => boolean;
}

/** Folder names a search never enters: dependencies and dot-folders (.git, .github, …); dot-files are not read either. */
export function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);

/**
 * Expands `args` in the working folder. A file is used as it is (even when its name has glob characters);
 * a folder is searched recursively for YAML files, skipping node_modules, dot-folders and dot-files; anything else
 * with `*`, `?`, `[`, `{` is a glob pattern. Inputs keep their order; the files one folder or pattern finds are
 * sorted by path; a file found twice is read once. A search skips what `options.ignored` says.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<ExpandResult> {
  const { cwd, fs } = options;
  const limit = options.maxFiles ?? MAX_INPUT_FILES;
  const found = new Map<string, InputFile>();
  const problems: InputProblem[] = [];
  const budget = { files: 0, entries: 0 };
  // Counts what the ignore patterns skipped, so an input that found nothing but ignored files says so.
  let skipped = 0;
  const ignored = options.ignored && ((abs: string) => (options.ignored!(abs) ? ++skipped > 0 : false));
  const add = (abs: string, origin: InputFile['origin']) => {
    const known = found.get(abs);
    if (!known) found.set(abs, { abs, origin });
    else if (origin === 'explicit') known.origin = 'explicit';
  };

  for (const arg of args) {
    const fromArg: string[] = [];
    const collect = (abs: string) => {
      fromArg.push(abs);
      budget.files++;
    };
    const flush = () => {
      for (const abs of fromArg.sort(cmp)) add(abs, 'search');
    };
    if (arg === '-') {
      add(options.stdinPath, 'explicit');
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const skippedBefore = skipped;
    const st = await fs.stat(abs).catch(() => undefined);
    if (st?.isDirectory && fs.readdir) {
      let any = false;
      const outcome = await walk(fs, abs, ignored, { matches: (_rel, name) => isYamlName(name) && !name.startsWith('.'), enter: (_rel, name) => !skippedFolder(name) }, budget, limit, (f) => {
        collect(f);
        any = true;
      });
      if (outcome.status !== 'ok') return { ok: false, problems: [walkProblem(outcome, arg, limit, cwd)] };
      if (!any) problems.push({ input: arg, code: skipped > skippedBefore ? 'all-ignored' : 'no-yaml' });
      flush();
      continue;
    }
    if (st || !hasMagic(arg) || !fs.readdir) {
      add(abs, 'explicit'); // a file, or a path that does not exist: reading it says why
      continue;
    }
    let patterns: string[];
    try {
      patterns = expandBraces(arg.split(path.sep).join('/'));
    } catch {
      problems.push({ input: arg, code: 'bad-pattern', limit: MAX_BRACE_EXPANSION });
      continue;
    }
    let matched = 0;
    for (const pattern of patterns) {
      const glob = compileGlob(pattern);
      const base = path.resolve(cwd, glob.base === '' ? '.' : glob.base);
      if (glob.segments.length === 0) {
        // The braces expanded to a plain path: use it if it is a YAML file.
        const plain = await fs.stat(base).catch(() => undefined);
        if (plain?.isFile && isYamlName(base) && !ignored?.(base)) {
          collect(base);
          matched++;
        }
        continue;
      }
      const baseStat = await fs.stat(base).catch(() => undefined);
      if (!baseStat?.isDirectory) continue;
      const outcome = await walk(fs, base, ignored, globFilter(glob, pattern), budget, limit, (f) => {
        collect(f);
        matched++;
      });
      if (outcome.status !== 'ok') return { ok: false, problems: [walkProblem(outcome, arg, limit, cwd)] };
    }
    if (matched === 0) problems.push({ input: arg, code: skipped > skippedBefore ? 'all-ignored' : 'no-match' });
    flush();
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, files: [...found.values()] };
}

type WalkOutcome = { status: 'ok' } | { status: 'too-many-files' } | { status: 'unreadable-folder'; dir: string };

function walkProblem(outcome: Exclude<WalkOutcome, { status: 'ok' }>, arg: string, limit: number, cwd: string): InputProblem {
  if (outcome.status === 'unreadable-folder') return { input: relativePath(cwd, outcome.dir) || '.', code: 'unreadable-folder' };
  return { input: arg, code: 'too-many-files', limit };
}

interface WalkFilter {
  /** Whether the file at `rel` (below the start folder) is wanted. */
  matches(rel: string, name: string): boolean;
  /** Whether to look inside the folder at `rel`. */
  enter(rel: string, name: string): boolean;
}

function globFilter(glob: CompiledGlob, pattern: string): WalkFilter {
  const allowNodeModules = pattern.split('/').includes('node_modules');
  return {
    matches: (rel, name) => isYamlName(name) && matchSegments(glob.segments, rel),
    enter: (rel, name) => (name !== 'node_modules' || allowNodeModules) && mayContain(glob.segments, rel),
  };
}

/**
 * Walks `root` breadth-first in sorted order, calling `onFile` for wanted files. Symbolic links to files are
 * followed; symbolic links to folders are not (no cycles). Stops at the file or entry limit.
 */
async function walk(fs: FileSystem, root: string, ignored: ((abs: string) => boolean) | undefined, filter: WalkFilter, budget: { files: number; entries: number }, limit: number, onFile: (abs: string) => void): Promise<WalkOutcome> {
  const queue: string[] = [''];
  for (let next = 0; next < queue.length; next++) {
    const rel = queue[next]!;
    const dir = rel === '' ? root : path.join(root, ...rel.split('/'));
    let entries;
    try {
      entries = await fs.readdir!(dir);
    } catch {
      return { status: 'unreadable-folder', dir };
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (++budget.entries > MAX_SEARCH_ENTRIES) return { status: 'too-many-files' };
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      let isFile = e.isFile;
      let isDirectory = e.isDirectory;
      if (e.isSymbolicLink) {
        const target = await fs.stat(path.join(dir, e.name)).catch(() => undefined);
        isFile = target?.isFile ?? false;
        isDirectory = false; // never follow a link to a folder
      }
      if (isDirectory) {
        if (filter.enter(childRel, e.name) && !ignored?.(path.join(dir, e.name))) queue.push(childRel);
      } else if (isFile && filter.matches(childRel, e.name) && !ignored?.(path.join(dir, e.name))) {
        onFile(path.join(dir, e.name));
        if (budget.files > limit) return { status: 'too-many-files' };
      }
    }
  }
  return { status: 'ok' };
}

/** What a YAML file is, by its top-level keys: a main file (`avtale:`), a document file (`dokument:`) or neither. */
export type RootKind = 'main' | 'document' | 'other';

/**
 * Classifies a file's text without building its data. A top-level key at column 0 decides; a file
 * written in flow style (`{avtale: …}`) is parsed to read its keys. A broken file with `avtale:` is a main file,
 * so its syntax errors are reported rather than the file skipped.
 */
export async function rootKind(text: string): Promise<RootKind> {
  const keys = new Set([...text.matchAll(/^(avtale|dokument)[ \t]*:(?=[ \t]|\r?$)/gm)].map((m) => m[1]));
  if (keys.has('avtale')) return 'main';
  if (keys.has('dokument')) return 'document';
  if (!/\b(avtale|dokument)\b/.test(text)) return 'other';
  // Rare (flow style at the top): the YAML unit reads the keys with the full parser, loaded only when a file needs it.
  const names = (await topLevelKeys(text)) ?? [];
  return names.includes('avtale') ? 'main' : names.includes('dokument') ? 'document' : 'other';
}
