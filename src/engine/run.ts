// One run: inputs → cache → schedule (this thread or workers) → merge into one report. The stages, in order:
// run → schedule/worker → set → findings (with locate) → report → render (the words, in one language), with order for sorting and cache for --cache.
import path from 'node:path';
import { discoverInputs, type DiscoverProblem } from '../load/discover.js';
import { STDIN_NAME, nodeFileSystem, withStdin, type FileSystem } from '../load/fs.js';
import { ignoreMatcher, type IgnoreSpec } from '../load/ignore.js';
import type { Lang, Severity } from '../types.js';
import { toDisplayPath } from '../util/paths.js';
import type { SetCache } from './cache.js';
import { renderProblems, renderReport, type CheckResult } from './render.js';
import { report } from './report.js';
import { checkContext, checkFile, type FileResult, type SetOptions, type SetOutcome } from './set.js';

export type { CheckResult, CouldNotCheck } from './render.js';
export type { SetCache } from './cache.js';

export interface CheckOptions extends SetOptions {
  /** The language of the report's words (default nb). Only the last stage, render, reads it. */
  lang?: Lang;
  failOn?: Severity;
  fs?: FileSystem;
  /** The bytes of standard input, read when a file is given as `-`. */
  stdin?: Uint8Array;
  /** The path standard input stands for (--stdin-filename): findings name it, and its includes resolve from its folder. */
  stdinName?: string;
  /** Ignore patterns from the config file, for files found in folders and by glob patterns. */
  ignore?: IgnoreSpec;
  /** Most YAML files read from folders and glob patterns (default 10 000, see load/limits.ts). */
  maxFiles?: number;
  /** Outcomes of earlier runs, reused for sets none of whose files changed (`--cache`). */
  cache?: SetCache;
  /** Worker threads to check sets in; 1 checks in this thread. Default: by the cores, when there are many sets (see PARALLEL_THRESHOLD in schedule.ts). */
  jobs?: number;
}

/**
 * Checks the agreement sets in `files`: main files, folders (searched for main files), glob patterns and `-`.
 * Returns one report for all sets, or the inputs that could not be checked. Sets are loaded and checked one at a
 * time, and only their outcome is kept, so memory grows with the report, not with the files read.
 */
export async function check(files: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const lang = options.lang ?? 'nb';
  const failOn = options.failOn ?? 'error';
  const stdinPath = options.stdinName !== undefined ? path.resolve(options.cwd, options.stdinName) : path.join(options.cwd, STDIN_NAME);
  const fs = files.includes('-') ? withStdin(options.fs ?? nodeFileSystem, stdinPath, options.stdin ?? new Uint8Array()) : options.fs ?? nodeFileSystem;
  const ctx = checkContext(options);
  const display = (abs: string) => (abs === stdinPath && options.stdinName === undefined ? STDIN_NAME : toDisplayPath(options.cwd, abs));
  const ignored = options.ignore ? { ignored: ignoreMatcher(options.ignore) } : {};
  const found = await discoverInputs(files, { cwd: options.cwd, fs, stdinPath, display, ...(options.maxFiles !== undefined ? { maxFiles: options.maxFiles } : {}), ...ignored });
  if (!found.ok) return { ok: false, problems: renderProblems(found.problems, lang) };

  const problems: DiscoverProblem[] = [];
  const outcomes: SetOutcome[] = [];
  const namedDocuments: string[] = [];
  const foundDocuments: string[] = [];
  const cache = options.cache;
  const inputs = found.files;
  // Sets the cache answers for are not read at all; the rest are read, sorted and checked here or, when there are
  // many, in worker threads.
  const results: (FileResult | undefined)[] = new Array(inputs.length);
  const todo: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const cached = cache !== undefined && input.abs !== stdinPath ? await cache.lookup(input.abs) : undefined;
    if (cached) outcomes[i] = cached;
    else todo.push(i);
  }
  const canFork = (options.fs === undefined || options.fs === nodeFileSystem) && !files.includes('-');
  // The thread code is loaded only when there is more than one set to share out (the bundle keeps it in its own chunk).
  const schedule = canFork && todo.length > 1 ? await import('./schedule.js') : undefined;
  const jobs = schedule ? schedule.workerCount(options.jobs, todo.length) : 1;
  let inThread = todo;
  if (schedule && jobs > 1) {
    const got = await schedule.checkInWorkers(todo.map((i) => inputs[i]!), { cwd: options.cwd, asOf: options.asOf, ...(options.severity ? { severity: options.severity } : {}) }, jobs).catch(() => undefined);
    // Threads that cannot start (or fail) leave the work to this thread, where an error shows with its own cause.
    if (got) {
      todo.forEach((i, k) => (results[i] = got[k]!));
      inThread = [];
    }
  }
  for (const i of inThread) results[i] = await checkFile(inputs[i]!, fs, display, ctx);
  for (const [i, result] of results.entries()) {
    if (result === undefined || result.kind === 'other') continue; // answered by the cache, or not an agreement
    if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'document') (inputs[i]!.origin === 'explicit' ? namedDocuments : foundDocuments).push(inputs[i]!.abs);
    else {
      outcomes[i] = result.outcome;
      if (cache !== undefined && inputs[i]!.abs !== stdinPath) await cache.store(inputs[i]!.abs, result.deps, result.outcome);
    }
  }
  const merged = await report(outcomes.filter(Boolean), { problems, namedDocuments, foundDocuments, inputs: files, fs, display }, ctx, failOn);
  if (!merged.ok) return { ok: false, problems: renderProblems(merged.problems, lang) };
  return { ok: true, report: renderReport(merged.report, lang, merged.rules, ctx.catalogue), rules: merged.rules };
}
