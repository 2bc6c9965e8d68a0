// Finds the agreement sets among the inputs: main files named or found, the documents they include, and stray documents.
import path from 'node:path';
import { pathTarget, type Issue } from '../issue.js';
import { isRecord } from '../model.js';
import { loadAgreementSet, type AgreementSet } from './agreement-set.js';
import type { FileSystem } from './fs.js';
import { expandInputs, rootKind, type InputFile, type InputProblem } from './inputs.js';
import { readText, type LoadProblem } from './read.js';

/** Why the inputs cannot be checked (exit 2); `messageId` is the i18n key, `params` its parameters. */
export interface DiscoverProblem {
  file: string;
  code: LoadProblem['code'] | InputProblem['code'] | 'document-file' | 'no-agreement' | 'only-documents';
  messageId: string;
  params: Record<string, number>;
}

export type DiscoverResult = { ok: true; sets: AgreementSet[]; strays: Issue[][] } | { ok: false; problems: DiscoverProblem[] };

export interface DiscoverOptions {
  cwd: string;
  fs: FileSystem;
  stdinPath: string;
  display: (abs: string) => string;
  maxFiles?: number;
}

/**
 * Loads every agreement set the inputs name or lead to. A file named on the command line is a main file
 * (a document file named alone cannot be checked, but is fine when a main file in the run includes it);
 * a file found by searching is a main file (`avtale:`), a document file (`dokument:`) or other YAML, which is
 * left alone. A found document file that no set includes is a `document-not-included` issue in the nearest set
 * (`strays[i]` belongs to `sets[i]`).
 */
export async function discoverSets(files: readonly string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const { fs, display } = options;
  const expanded = await expandInputs(files, { cwd: options.cwd, fs, stdinPath: options.stdinPath, ...(options.maxFiles !== undefined ? { maxFiles: options.maxFiles } : {}) });
  if (!expanded.ok) return { ok: false, problems: expanded.problems.map((p) => ({ file: p.input, code: p.code, messageId: `inputs.${p.code}`, params: { limit: p.limit ?? 0 } })) };

  const problems: DiscoverProblem[] = [];
  const loadProblem = (file: string, p: LoadProblem): DiscoverProblem => ({ file, code: p.code, messageId: `load.${p.code}`, params: { line: p.line ?? 0, column: p.column ?? 0, limit: p.limit ?? 0 } });
  const mains: InputFile[] = [];
  const foundDocuments: string[] = [];
  for (const input of expanded.files) {
    if (input.origin === 'explicit') {
      mains.push(input);
      continue;
    }
    const read = await readText(fs, input.abs);
    if (!read.ok) {
      if (read.problem.code !== 'empty') problems.push(loadProblem(display(input.abs), read.problem));
      continue;
    }
    const kind = rootKind(read.text);
    if (kind === 'main') mains.push(input);
    else if (kind === 'document') foundDocuments.push(input.abs);
  }

  const sets: AgreementSet[] = [];
  const namedDocuments: string[] = [];
  for (const input of mains) {
    const loaded = await loadAgreementSet(input.abs, { fs, display });
    if (!loaded.ok) {
      problems.push(loadProblem(loaded.file, loaded.problem));
      continue;
    }
    const set = loaded.set;
    if (set.main.data === undefined && set.main.issues.length === 0) {
      // Only comments, or an empty document: there is nothing to check (a syntax error would have issues).
      problems.push({ file: set.main.path, code: 'empty', messageId: 'load.empty', params: {} });
      continue;
    }
    if (isRecord(set.data) && 'dokument' in set.data && !('avtale' in set.data)) {
      namedDocuments.push(input.abs);
      continue;
    }
    sets.push(set);
  }

  const included = new Set<string>();
  for (const set of sets) for (const file of set.fileList.slice(1)) included.add(await real(fs, file.absPath));
  for (const abs of namedDocuments) {
    if (!included.has(await real(fs, abs))) problems.push({ file: display(abs), code: 'document-file', messageId: 'load.document-file', params: {} });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (sets.length === 0) {
    const code = foundDocuments.length > 0 ? 'only-documents' : 'no-agreement';
    return { ok: false, problems: [{ file: files.join(' '), code, messageId: `inputs.${code}`, params: { count: foundDocuments.length } }] };
  }

  const strays: Issue[][] = sets.map(() => []);
  for (const abs of foundDocuments) {
    if (included.has(await real(fs, abs))) continue;
    const i = homeSet(sets, abs);
    strays[i]!.push(strayIssue(sets[i]!, abs, display));
  }
  return { ok: true, sets, strays };
}

/** `document-not-included`, at the set's `dokumenter:` list, with the include line to add when the set can include the file. */
function strayIssue(set: AgreementSet, abs: string, display: (abs: string) => string): Issue {
  const folder = path.dirname(set.main.absPath);
  const rel = path.relative(folder, abs);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  const list = isRecord(set.data) && Array.isArray(set.data.dokumenter);
  return {
    ruleId: 'document-not-included',
    messageId: 'inputs.document-not-included',
    params: { file: display(abs) },
    hintId: inside ? 'hint.document-not-included' : 'hint.document-not-included-outside',
    hintParams: { include: rel.split(path.sep).join('/'), main: set.main.path },
    target: pathTarget(list ? ['dokumenter'] : []),
    data: { documentFile: display(abs) },
  };
}

/** The index of the set a stray document belongs to: the nearest main file in its folder or above, else the closest by path. */
function homeSet(sets: readonly AgreementSet[], abs: string): number {
  let best = 0;
  let bestScore = -1;
  sets.forEach((set, i) => {
    const folder = path.dirname(set.main.absPath);
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

async function real(fs: FileSystem, p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return p;
  }
}
