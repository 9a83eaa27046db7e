import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** Login attempts one network address may make per window, counted over all instances. */
export const ADDRESS_MAX_ATTEMPTS = 30;
/** The window of the per-address brake. */
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

/** Whether an address may try now; when not, how many seconds until it may (for Retry-After). */
export type BrakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The address as a short hash: the table says how often, never who. */
function keyOf(address: string): string {
  return `a:${createHash('sha256').update(address).digest('base64url').slice(0, 32)}`;
}

/**
 * Counts one login attempt of an address in one atomic statement (insert, or add one in the current window),
 * so a burst of parallel attempts is counted in full on every instance; past ADDRESS_MAX_ATTEMPTS it is refused.
 */
export async function countAddressAttempt(db: Kysely<Database>, address: string, now: number): Promise<BrakeResult> {
  const expired = now - ADDRESS_WINDOW_MS;
  const row = await db
    .insertInto('login_brake')
    .values({ key: keyOf(address), attempts: 1, window_start: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql<number>`case when login_brake.window_start <= ${expired} then 1 else login_brake.attempts + 1 end`,
        window_start: sql<number>`case when login_brake.window_start <= ${expired} then excluded.window_start else login_brake.window_start end`,
      }),
    )
    .returning(['attempts', 'window_start'])
    .executeTakeFirstOrThrow();
  if (row.attempts <= ADDRESS_MAX_ATTEMPTS) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(row.window_start) + ADDRESS_WINDOW_MS - now) / 1000)) };
}
