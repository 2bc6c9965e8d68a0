// A worker thread of schedule.ts: checks the main files it is sent, with the same code and options as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { nodeFileSystem } from '../load/fs.js';
import { toDisplayPath } from '../util/paths.js';
import type { WorkerOptions, WorkerReply, WorkerTask } from './schedule.js';
import { checkContext, checkFile } from './set.js';

const options = workerData as WorkerOptions;
const ctx = checkContext(options);
const display = (abs: string) => toDisplayPath(options.cwd, abs);

parentPort?.on('message', (task: WorkerTask) => {
  void (async () => {
    try {
      const results: Extract<WorkerReply, { results: unknown }>['results'] = [];
      for (const { index, input } of task.batch) results.push({ index, result: await checkFile(input, nodeFileSystem, display, ctx) });
      parentPort!.postMessage({ results } satisfies WorkerReply);
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
    }
  })();
});
