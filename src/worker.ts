// A worker thread of parallel.ts: checks the main files it is sent, with the same code and options as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContext, checkFile, toDisplayPath } from './check.js';
import { nodeFileSystem } from './load/fs.js';
import type { WorkerOptions, WorkerReply, WorkerTask } from './parallel.js';

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
