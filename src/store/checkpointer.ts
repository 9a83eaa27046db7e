import { Worker } from 'node:worker_threads';
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
 * The worker is a .ts file under tsx (tests, `npm run dev`) and a .js file when compiled.
 */
export function startCheckpointer(sqlitePath: string, logger: Logger, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const worker = new Worker(new URL(`./checkpointWorker${extension}`, import.meta.url), {
    workerData: { sqlitePath, intervalMs } satisfies CheckpointWorkerData,
    // It holds one connection and a timer: a small heap is plenty.
    resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
  });
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
