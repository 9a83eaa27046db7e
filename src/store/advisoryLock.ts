import type pg from 'pg';
import type { Logger } from '../log.js';

/** First half of the two-number advisory lock key, so our locks never meet another application's. */
const LOCK_NAMESPACE = 0x5357; // "SW"

/**
 * Runs a task while holding a PostgreSQL session advisory lock on `key`, so that instances sharing one
 * database never run it at the same time. The lock lives on a dedicated connection and ends with it:
 * if unlocking fails, the connection is destroyed rather than returned to the pool still holding the lock.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, key: string, logger: Logger, task: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let destroy = false;
  try {
    await client.query('select pg_advisory_lock($1::int, hashtext($2::text))', [LOCK_NAMESPACE, key]);
    try {
      return await task();
    } finally {
      try {
        await client.query('select pg_advisory_unlock($1::int, hashtext($2::text))', [LOCK_NAMESPACE, key]);
      } catch (err) {
        destroy = true; // closing the session releases the lock
        logger.warn({ err }, 'releasing a turn lock failed; closing its connection so the lock ends');
      }
    }
  } finally {
    client.release(destroy);
  }
}
