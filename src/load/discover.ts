// Finds the agreement sets among the inputs: main files named or found, and the document files found beside them.
import path from 'node:path';
import { pathTarget, type Issue } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import type { FileSystem } from './fs.js';
import { expandInputs, rootKind, type InputFile, type InputProblem } from './inputs.js';
import { readText, type LoadProblem } from './read.js';
import { relativePath } from '../util/paths.js';

/** Why the inputs cannot be checked (exit 2); `messageId` is the i18n key, `params` its parameters. */
export interface DiscoverProblem {
  file: string;
  code: LoadProblem['code'] | InputProblem['code'] | 'document-file' | 'no-agreement' | 'only-documents';
  messageId: MessageId;
  params: Record<string, number>;
}

/**
 * What the inputs name, in order: files named on the command line (main files) and files found by searching, which
 * may be main files, document files or other YAML. Found files are told apart when they are read for checking,
 * so each file is read once.
 */
export type DiscoverResult = { ok: true; files: InputFile[] } | { ok: false; problems: DiscoverProblem[] };

export interface DiscoverOptions {
  cwd: string;
  fs: FileSystem;
  stdinPath: string;
  display: (abs: string) => string;
  maxFiles?: number;
  /** Files and folders a search skips (see inputs.ts). */
  ignored?: (abs: string) => boolean;
}

/** Expands the inputs (files, folders, glob patterns, `-`) into the files to read; exit-2 problems when that fails. */
export async function discoverInputs(files: readonly string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const { fs } = options;
  const expanded = await expandInputs(files, { cwd: options.cwd, fs, stdinPath: options.stdinPath, ...(options.maxFiles !== undefined ? { maxFiles: options.maxFiles } : {}), ...(options.ignored ? { ignored: options.ignored } : {}) });
  if (!expanded.ok) return { ok: false, problems: expanded.problems.map((p) => ({ file: p.input, code: p.code, messageId: `inputs.${p.code}`, params: { limit: p.limit ?? 0 } })) };
  return { ok: true, files: expanded.files };
}

/**
 * A file named on the command line is a main file (a document file named alone cannot be checked, but is fine when a
 * main file in the run includes it); a file found by searching is a main file (`avtale:`), a document file
 * (`dokument:`) or other YAML, which is left alone. A found file that cannot be read is a problem, unless it is empty.
 */
export async function classify(input: InputFile, fs: FileSystem, display: (abs: string) => string): Promise<{ kind: 'main'; text?: string } | { kind: 'document' | 'other' } | { kind: 'problem'; problem: DiscoverProblem }> {
  if (input.origin === 'explicit') return { kind: 'main' };
  const read = await readText(fs, input.abs);
  if (!read.ok) return read.problem.code === 'empty' ? { kind: 'other' } : { kind: 'problem', problem: loadProblem(display(input.abs), read.problem) };
  const kind = await rootKind(read.text);
  return kind === 'main' ? { kind, text: read.text } : { kind };
}

export function loadProblem(file: string, p: LoadProblem): DiscoverProblem {
  return { file, code: p.code, messageId: `load.${p.code}`, params: { line: p.line ?? 0, column: p.column ?? 0, limit: p.limit ?? 0 } };
}

/** What the stray-document check needs to know of a checked set, kept after the set itself is released. */
export interface SetHome {
  /** The main file, absolute and as shown. */
  mainAbs: string;
  main: string;
  /** Whether the main file has a `dokumenter:` list (the stray finding points at it, else at the top of the file). */
  hasDocumentList: boolean;
  /** The real paths of the files the set includes. */
  included: string[];
}

/** `document-not-included`, at the set's `dokumenter:` list, with the include line to add when the set can include the file. */
export function strayIssue(home: SetHome, abs: string, display: (abs: string) => string): Issue {
  const folder = path.dirname(home.mainAbs);
  const rel = path.relative(folder, abs);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  return {
    ruleId: 'document-not-included',
    messageId: 'inputs.document-not-included',
    params: { file: display(abs) },
    hintId: inside ? 'hint.document-not-included' : 'hint.document-not-included-outside',
    hintParams: { include: relativePath(folder, abs), main: home.main },
    target: pathTarget(home.hasDocumentList ? ['dokumenter'] : []),
    data: { documentFile: display(abs) },
  };
}

/** The index of the set a stray document belongs to: the nearest main file in its folder or above, else the closest by path. */
export function homeSet(homes: readonly SetHome[], abs: string): number {
  let best = 0;
  let bestScore = -1;
  homes.forEach((home, i) => {
    const folder = path.dirname(home.mainAbs);
    const rel = path.relative(folder, abs);
    const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
    const score = (inside ? 1_000_000 : 0) + commonPrefixLength(folder.split(path.sep), path.dirname(abs).split(path.sep));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The real path of `p`, or `p` itself when it cannot be resolved. */
export async function realPath(fs: FileSystem, p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return p;
  }
}
