import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Logger } from '../log.js';
import { withAdvisoryLock } from './advisoryLock.js';
import { KeyedLock } from './keyedLock.js';
import { precompile } from './precompiled.js';
import type { Database } from './schema.js';
import type { GateResult, TurnGate } from './types.js';

/** Longest activity id stored as is; longer ones are stored as a digest so they fit the column. */
const MAX_ACTIVITY_ID = 200;

const digest = (s: string) => createHash('sha256').update(s).digest('base64url');

/** What the gate needs; `lockPool` is set on PostgreSQL, where several instances may share the database. */
export interface TurnGateOptions {
  db: Kysely<Database>;
  lockPool?: pg.Pool;
  logger: Logger;
  clock?: () => number;
}

/**
 * Builds the gate every turn passes through. Turns of one conversation run one at a time: in this process
 * by a keyed lock, across instances by a PostgreSQL advisory lock. An activity that was handled before
 * (the channel retried) is skipped. It is recorded only after its turn succeeded, so a turn that threw, or
 * that a crash cut off, runs again when the channel redelivers it: nothing a resident sent is lost.
 * Conversation ids are stored as digests: a channel's conversation id can contain a user id.
 */
export function createTurnGate({ db, lockPool, logger, clock = Date.now }: TurnGateOptions): TurnGate {
  const local = new KeyedLock();

  const acrossInstances = <T>(key: string, task: () => Promise<T>): Promise<T> =>
    lockPool ? withAdvisoryLock(lockPool, key, logger, task) : task();

  const selectHandled = precompile(db, ['conversation', 'activity'], (slot) =>
    db.selectFrom('handled_activity').select('activity_id').where('conversation', '=', slot.conversation).where('activity_id', '=', slot.activity).limit(1));
  const insertHandled = precompile(db, ['conversation', 'activity', 'at'], (slot) =>
    db
      .insertInto('handled_activity')
      .values({ conversation: slot.conversation, activity_id: slot.activity, seen_at: slot.at })
      .onConflict((oc) => oc.columns(['conversation', 'activity_id']).doNothing()));

  /** True when this activity was handled before: the channel delivered it again. */
  async function seen(conversation: string, activity: string): Promise<boolean> {
    const { rows } = await selectHandled({ conversation, activity });
    return rows.length > 0;
  }

  /** Records a handled activity, only after its turn succeeded: a turn cut off by a crash runs again on redelivery. */
  async function record(conversation: string, activity: string): Promise<void> {
    try {
      await insertHandled({ conversation, activity, at: clock() });
    } catch (err) {
      // The turn itself succeeded; throwing now would make the channel retry and answer twice.
      logger.warn({ err }, 'could not record a handled activity; a redelivery of it may be answered again');
    }
  }

  return {
    async run<T>(conversation: string, activityId: string | undefined, turn: () => Promise<T>): Promise<GateResult<T>> {
      const key = digest(conversation);
      const activity = !activityId ? undefined : activityId.length <= MAX_ACTIVITY_ID ? activityId : digest(activityId);
      return local.run(key, () =>
        acrossInstances(key, async (): Promise<GateResult<T>> => {
          if (activity === undefined) return { ran: true, value: await turn() };
          if (await seen(key, activity)) return { ran: false, reason: 'duplicate' };
          const value = await turn();
          await record(key, activity);
          return { ran: true, value };
        }),
      );
    },
  };
}
