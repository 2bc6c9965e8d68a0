// Loads a main agreement file and the document files it includes, safely, into one composed data tree.
import path from 'node:path';
import type { Issue } from '../engine/issue.js';
import { pathTarget } from '../engine/issue.js';
import type { Mount, SourceMap } from '../engine/locate.js';
import type { MessageId } from '../i18n/index.js';
import { isRecord } from '../model.js';
import type { FileSystem } from './fs.js';
import { MAX_INCLUDES } from './limits.js';
import { parseSource, type SourceFile } from '../yaml/parse.js';
import { readText, type LoadProblem } from './read.js';

/** A main file with its included document files, composed into one data tree. */
export interface AgreementSet extends SourceMap {
  /** The composed data: the main file's data, with each `inkluder` entry replaced by the included document. */
  data: unknown;
  /** Files in load order, main first. */
  fileList: SourceFile[];
  /** Parse and include issues of all files. */
  issues: Issue[];
  /** Absolute paths the set read or tried to read (a missing include that appears later changes the outcome). */
  dependencies: string[];
}

export type LoadSetResult = { ok: true; set: AgreementSet } | { ok: false; file: string; problem: LoadProblem };

export interface LoadOptions {
  fs: FileSystem;
  /** Turns an absolute path into the path shown to the user. */
  display: (absPath: string) => string;
}

/** Loads `mainPath` (absolute), or uses `mainText` when the caller has read it already. A main file that cannot be read is a LoadProblem (exit 2); a bad include is an issue. */
export async function loadAgreementSet(mainPath: string, options: LoadOptions, mainText?: string): Promise<LoadSetResult> {
  const { fs, display } = options;
  const read = mainText !== undefined ? { ok: true as const, text: mainText } : await readText(fs, mainPath);
  if (!read.ok) return { ok: false, file: display(mainPath), problem: read.problem };
  const main = await parseSource(display(mainPath), mainPath, read.text);
  const files = new Map<string, SourceFile>([[main.path, main]]);
  const fileList = [main];
  const issues = [...main.issues];
  const mounts: Mount[] = [];
  const dependencies = [mainPath];
  let data = main.data;

  const docs = isRecord(data) && Array.isArray(data.dokumenter) ? data.dokumenter : undefined;
  if (docs && docs.some(isInclude)) {
    const composed = [...docs];
    const rootDir = path.dirname(mainPath);
    const realRoot = await safeRealpath(fs, rootDir);
    const realMain = await safeRealpath(fs, mainPath);
    const seen = new Map<string, number>();
    let count = 0;
    for (const [i, entry] of docs.entries()) {
      if (!isInclude(entry)) continue;
      const at = pathTarget(['dokumenter', i, 'inkluder'], 'value');
      const fail = (messageId: MessageId, params: Record<string, string | number> = {}, ruleId = 'include') =>
        issues.push({ ruleId, messageId, params: { include: entry.inkluder, ...params }, target: at });
      if (++count > MAX_INCLUDES) {
        fail('include.too-many', { limit: MAX_INCLUDES }, 'include-limit');
        continue;
      }
      const rel = entry.inkluder.replace(/\\/g, '/');
      if (path.posix.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        fail('include.absolute', {}, 'include-outside');
        continue;
      }
      const target = path.resolve(rootDir, rel);
      if (escapes(rootDir, target)) {
        fail('include.outside', {}, 'include-outside');
        continue;
      }
      dependencies.push(target);
      const real = await safeRealpath(fs, target);
      if (real === undefined) {
        fail('include.not-found', {}, 'include-not-found');
        continue;
      }
      if (realRoot !== undefined && escapes(realRoot, real)) {
        fail('include.symlink-outside', {}, 'include-outside');
        continue;
      }
      if (real === realMain) {
        fail('include.cycle', {}, 'include-cycle');
        continue;
      }
      const earlier = seen.get(real);
      if (earlier !== undefined) {
        issues.push({ ruleId: 'include-duplicate', messageId: 'include.duplicate', params: { include: entry.inkluder }, target: at, related: pathTarget(['dokumenter', earlier, 'inkluder'], 'value', main.path) });
        continue;
      }
      seen.set(real, i);
      const text = await readText(fs, target);
      if (!text.ok) {
        fail('include.unreadable', { reason: `@reason.${text.problem.code}` }, 'include-not-found');
        continue;
      }
      const file = await parseSource(display(target), target, text.text);
      files.set(file.path, file);
      fileList.push(file);
      issues.push(...file.issues);
      if (!isRecord(file.data) || !isRecord(file.data.dokument)) {
        if (file.issues.length === 0) fail(file.data === undefined ? 'include.empty' : 'include.not-document', {}, 'include-not-document');
        continue;
      }
      composed[i] = file.data.dokument;
      mounts.push({ prefix: ['dokumenter', i], file, localPrefix: ['dokument'] });
    }
    data = { ...(data as Record<string, unknown>), dokumenter: composed };
  }
  return { ok: true, set: { main, files, fileList, mounts, data, issues, dependencies } };
}

function isInclude(value: unknown): value is { inkluder: string } {
  return isRecord(value) && typeof value.inkluder === 'string';
}

/** True when `target` is not `root` itself or inside it. */
function escapes(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' ? false : rel.startsWith('..') || path.isAbsolute(rel);
}

async function safeRealpath(fs: FileSystem, p: string): Promise<string | undefined> {
  try {
    return await fs.realpath(p);
  } catch {
    return undefined;
  }
}
