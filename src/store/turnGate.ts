import type pg from 'pg';
import type { Logger } from '../log.js';
import { withAdvisoryLock } from './advisoryLock.js';
import { KeyedLock } from './keyedLock.js';
import type { TurnGate } from './types.js';

/** What the gate needs; `lockPool` is set on PostgreSQL, where several instances may share the database. */
export interface TurnGateOptions {
  lockPool?: pg.Pool;
  logger: Logger;
}

/**
 * Builds the gate every turn passes through: turns of one resident run one at a time, in this process by a
 * keyed lock, across instances by a PostgreSQL advisory lock. So a turn always reads the state the previous
 * turn saved, which is also how a redelivered activity is recognised (see createResidentState in bot.ts).
 */
export function createTurnGate({ lockPool, logger }: TurnGateOptions): TurnGate {
  const local = new KeyedLock();
  return {
    run<T>(conversation: string, turn: () => Promise<T>): Promise<T> {
      return local.run(conversation, () => (lockPool ? withAdvisoryLock(lockPool, conversation, logger, turn) : turn()));
    },
  };
}
