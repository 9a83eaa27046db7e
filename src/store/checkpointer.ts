import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Logger } from '../log.js';
import type { CheckpointWorkerData } from './checkpointWorker.js';

/** How often the worker folds the write-ahead log back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;

/** How long closing waits for the worker to close its connection before it is stopped hard. */
const STOP_TIMEOUT_MS = 2000;

/** A running background checkpointer; `stop` closes its connection and ends the thread. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Starts the background checkpoints of one SQLite file in a worker thread (see checkpointWorker.ts). The bot's
 * own connection then only checkpoints as a safety net, when the log has grown far past what the worker leaves.
 */
export function startCheckpointer(sqlitePath: string, logger: Logger, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const worker = startWorker('./checkpointWorker', { sqlitePath, intervalMs } satisfies CheckpointWorkerData);
  worker.unref();
  worker.on('message', (message: { error?: string }) => {
    if (message.error) logger.warn({ detail: message.error }, 'a background checkpoint failed; the next one tries again');
  });
  worker.on('error', (err) => logger.error({ err }, 'the background checkpointer stopped; the bot connection checkpoints instead'));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  return {
    async stop() {
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Starts the module `relative` (beside this file, without extension) in a worker thread: the compiled .js file,
 * or under tsx (tests, `npm run dev`) the .ts file, for which the thread registers tsx itself: a worker does not
 * inherit the loader of the thread that starts it.
 */
function startWorker(relative: string, workerData: unknown): Worker {
  // It holds one connection and a timer: a small heap is plenty.
  const options: WorkerOptions = { workerData, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`${relative}.js`, import.meta.url), options);
  const entry = fileURLToPath(new URL(`${relative}.ts`, import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { ...options, eval: true });
}
