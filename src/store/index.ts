import type { Config } from '../config.js';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Logger } from '../log.js';
import type { Checkpointer } from './checkpointer.js';
import { connectPostgres, connectSqlite, DEFAULT_PG_TIMEOUTS, type PgTimeouts } from './connect.js';
import { createCounters } from './counters.js';
import { createInsightRecorder } from './insight.js';
import { migrateToLatest } from './migrations.js';
import { describeResident, eraseResident } from './residents.js';
import { purgeExpired } from './retention.js';
import type { Database } from './schema.js';
import { SqlStorage } from './storage.js';
import { createTurnGate } from './turnGate.js';
import type { AppStore, Engine, StorePool } from './types.js';

export type { AppStore, Counters, Engine, JsonStorage, PoolClients, PurgeResult, StorePool, TurnGate } from './types.js';
export type { InsightRecorder, InsightRow } from './insight.js';
export { DatabaseTooNewError } from './migrations.js';
export { ETagConflictError } from './storage.js';
export { startPurgeJob } from './retention.js';

/** Where and how to open the data layer; the values come from config (DATABASE_URL, SQLITE_PATH, ...). */
export interface StoreOptions {
  /** postgres:// URL; when set, PostgreSQL is used and `sqlitePath` is ignored */
  databaseUrl?: string;
  /** SQLite file (its folder is created), or `:memory:` for tests */
  sqlitePath: string;
  /** Maximum connections per pool on PostgreSQL (one pool for queries, one for turn locks) */
  poolSize: number;
  /** Days a resident's idle conversation state is kept */
  retentionDays: number;
  /** Days a closed handover request is kept */
  handoverRetentionDays: number;
  logger: Logger;
  /** time limits on PostgreSQL calls (defaults: DEFAULT_PG_TIMEOUTS) */
  timeouts?: PgTimeouts;
}

/** Tries a few times to fold the SQLite log into the file and cut it to zero bytes (a reader may hold it briefly). */
async function emptySqliteLog(db: Kysely<Database>, logger: Logger): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    if (result.rows[0]?.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
  }
  logger.warn('after an erase the SQLite log could not be emptied yet; the next checkpoint overwrites it');
}

/** /healthz never waits longer than this for the database. */
const HEALTH_TIMEOUT_MS = 1000;

/** The store settings of a config: DATABASE_URL, SQLITE_PATH, DATABASE_POOL_SIZE and the two retention periods. */
export function storeOptionsFrom(
  config: Pick<
    Config,
    | 'DATABASE_URL' | 'SQLITE_PATH' | 'DATABASE_POOL_SIZE' | 'RETENTION_DAYS' | 'HANDOVER_RETENTION_DAYS'
    | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_CONNECT_TIMEOUT_MS' | 'DATABASE_LOCK_TIMEOUT_MS' | 'DATABASE_IDLE_TIMEOUT_MS'
  >,
  logger: Logger,
): StoreOptions {
  return {
    databaseUrl: config.DATABASE_URL,
    sqlitePath: config.SQLITE_PATH,
    poolSize: config.DATABASE_POOL_SIZE,
    retentionDays: config.RETENTION_DAYS,
    handoverRetentionDays: config.HANDOVER_RETENTION_DAYS,
    logger,
    timeouts: {
      statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      lockMs: config.DATABASE_LOCK_TIMEOUT_MS,
      idleMs: config.DATABASE_IDLE_TIMEOUT_MS,
    },
  };
}

/**
 * Opens the data layer on PostgreSQL (with `databaseUrl`) or SQLite, and brings the schema up to date.
 * PostgreSQL is for several instances behind a load balancer; SQLite for a single instance.
 */
export async function openStore(options: StoreOptions): Promise<AppStore> {
  const { databaseUrl, logger } = options;
  const engine: Engine = databaseUrl ? 'postgres' : 'sqlite';
  let db: Kysely<Database>;
  let lockPool: pg.Pool | undefined;
  let checkpointer: Checkpointer | undefined;
  let pools: readonly StorePool[] = [];
  if (databaseUrl) ({ db, lockPool, pools } = connectPostgres(databaseUrl, options.poolSize, logger, options.timeouts ?? DEFAULT_PG_TIMEOUTS));
  else ({ db, checkpointer } = connectSqlite(options.sqlitePath, logger));

  const counters = createCounters(db, logger);
  const insight = createInsightRecorder(db, logger);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await counters.flush().catch((err: unknown) => logger.warn({ err }, 'the last anonymous counts could not be written'));
        await insight.flush().catch((err: unknown) => logger.warn({ err }, 'the last insight counts could not be written'));
        await checkpointer?.stop();
        await db.destroy();
      } finally {
        await lockPool?.end();
      }
    })());
  try {
    await migrateToLatest(db, engine);
  } catch (err) {
    await close();
    throw err;
  }
  logger.info({ engine }, 'database ready');

  const policy = { retentionDays: options.retentionDays, handoverRetentionDays: options.handoverRetentionDays };
  return {
    engine,
    db,
    storage: new SqlStorage(db),
    turns: createTurnGate({ lockPool, logger }),
    counters,
    insight,
    pools,
    async eraseResident(resident) {
      const removed = await eraseResident(db, resident);
      // secure_delete zeroes the rows in their pages; the log still holds older copies until it is emptied.
      if (engine === 'sqlite') await emptySqliteLog(db, logger);
      return removed;
    },
    describeResident: (resident) => describeResident(db, resident),
    purgeExpired: (now = Date.now()) => purgeExpired(db, policy, now),
    async health() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS)));
      const ok = await Promise.race([sql`select 1`.execute(db).then(() => true, () => false), late]);
      clearTimeout(timer);
      return { ok, engine };
    },
    close,
  };
}
