// Threads: how many to use, and checking many agreement sets in them (main files out in small batches, results back in input order).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../load/inputs.js';
import type { FileResult, SetOptions } from './set.js';

/** The options a worker needs to check sets exactly as this thread would (plain data, cloned into the worker). */
export type WorkerOptions = SetOptions;

/** Below this many sets to check, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 48;

/** Fewer cores than this, and threads are not used unless asked for (see workerCount). */
export const PARALLEL_MIN_CORES = 4;

/**
 * `jobs` when given. Otherwise threads only with many sets and at least four cores: one per core but one (at most
 * 4). On the two-core machine of the benchmark, two threads each ran about 1.6 times slower than one alone, so the
 * run took longer and used more memory than checking in the main thread.
 */
export function workerCount(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  const cores = availableParallelism();
  if (files < PARALLEL_THRESHOLD || cores < PARALLEL_MIN_CORES) return 1;
  return Math.max(1, Math.min(cores - 1, 4, Math.floor(files / (PARALLEL_THRESHOLD / 2))));
}

/** What the main thread sends: input files to read and check, by their index in the run. */
export interface WorkerTask {
  batch: { index: number; input: InputFile }[];
}

/** What a worker sends back: one result per main file of the batch, or the error that stopped it. */
export type WorkerReply = { results: { index: number; result: FileResult }[] } | { error: string };

/** Main files per message: small enough to share the work evenly, large enough that messages cost little. */
const BATCH = 8;

/** Set to true by scripts/bundle.mjs in the bundled command line. */
declare const AVTALESJEKK_BUNDLE: boolean | undefined;

/** The worker's module: the bundled one beside the bundle; tsc's beside this file; from dist/ when this file runs as TypeScript (tests). */
function workerUrl(): URL {
  const here = import.meta.url;
  if (typeof AVTALESJEKK_BUNDLE !== 'undefined') return new URL('./bundle-worker.js', here);
  return /\.ts$/.test(here) ? new URL('../../dist/engine/worker.js', here) : new URL('./worker.js', here);
}

/** Reads and checks `inputs` in `jobs` worker threads; the results are in the order of `inputs`. */
export async function checkInWorkers(inputs: readonly InputFile[], options: WorkerOptions, jobs: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(inputs.length);
  let next = 0;
  const take = (): WorkerTask => {
    const batch = inputs.slice(next, next + BATCH).map((input, k) => ({ index: next + k, input }));
    next += batch.length;
    return { batch };
  };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl(), { workerData: options });
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (error) reject(error);
        else resolve();
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return finish(new Error(reply.error));
        for (const { index, result } of reply.results) results[index] = result;
        const task = take();
        if (task.batch.length === 0) return finish();
        worker.postMessage(task);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(code === 0 ? undefined : new Error(`worker stopped with exit code ${code}`)));
      worker.postMessage(take());
    });
  await Promise.all(Array.from({ length: Math.min(jobs, Math.ceil(inputs.length / BATCH)) }, run));
  return results;
}
