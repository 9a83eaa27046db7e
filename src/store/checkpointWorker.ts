import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

/** What the bot's thread tells this worker when it starts it. */
export interface CheckpointWorkerData {
  sqlitePath: string;
  intervalMs: number;
}

/**
 * Runs in a worker thread: copies the SQLite write-ahead log back into the database file every `intervalMs`.
 * A checkpoint copies pages and syncs the file; done by the bot's own connection, it would stop every running
 * turn for milliseconds. PASSIVE never waits for the bot's connection and never makes it wait.
 */
const { sqlitePath, intervalMs } = workerData as CheckpointWorkerData;
const db = new BetterSqlite3(sqlitePath);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
