import type { Kysely } from 'kysely';
import type { Logger } from '../log.js';
import type { Database } from './schema.js';
import type { AppStore, PurgeResult } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long each kind of data is kept, in days. */
export interface RetentionPolicy {
  retentionDays: number;
  handoverRetentionDays: number;
}

/**
 * Deletes what the retention policy says we no longer keep: conversation state idle too long, closed handover
 * requests (with their notes and messages) and audit entries past their term, and expired staff sessions.
 */
export async function purgeExpired(db: Kysely<Database>, policy: RetentionPolicy, now: number): Promise<PurgeResult> {
  const stateCutoff = now - policy.retentionDays * DAY_MS;
  const handoverCutoff = now - policy.handoverRetentionDays * DAY_MS;
  return db.transaction().execute(async (trx) => {
    const states = await trx.deleteFrom('bot_state').where('updated_at', '<', stateCutoff).executeTakeFirst();
    const expired = trx
      .selectFrom('handover_request')
      .select('id')
      .where('status', '=', 'closed')
      .where('closed_at', '<', handoverCutoff);
    await trx.deleteFrom('handover_note').where('request_id', 'in', expired).execute();
    await trx.deleteFrom('handover_message').where('request_id', 'in', expired).execute();
    const handovers = await trx
      .deleteFrom('handover_request')
      .where('status', '=', 'closed')
      .where('closed_at', '<', handoverCutoff)
      .executeTakeFirst();
    const sessions = await trx.deleteFrom('staff_session').where('expires_at', '<', now).executeTakeFirst();
    // Who saw which request is kept as long as a closed request itself.
    const audit = await trx.deleteFrom('audit_log').where('at', '<', handoverCutoff).executeTakeFirst();
    return {
      states: Number(states.numDeletedRows),
      handovers: Number(handovers.numDeletedRows),
      sessions: Number(sessions.numDeletedRows),
      audit: Number(audit.numDeletedRows),
    };
  });
}

/**
 * Runs `store.purgeExpired` now and then every `intervalMs`, never two at once. The timer does not keep the
 * process alive. Returns a function that stops the job.
 */
export function startPurgeJob(store: Pick<AppStore, 'purgeExpired'>, intervalMs: number, logger: Logger): () => void {
  let running = false;
  const purge = async () => {
    if (running) return;
    running = true;
    try {
      const removed = await store.purgeExpired();
      logger.info({ removed }, 'retention purge done');
    } catch (err) {
      logger.error({ err }, 'retention purge failed; it runs again at the next interval');
    } finally {
      running = false;
    }
  };
  void purge();
  const timer = setInterval(() => void purge(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
