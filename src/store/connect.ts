import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import type { Database } from './schema.js';
import type { StorePool } from './types.js';
import { withStatementCache } from './statementCache.js';

/** How long a SQLite writer waits for another writer before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Log pages after which the bot's own connection checkpoints (64 MB): only when the background checkpointer
 * falls far behind. SQLite's default, 1000 pages, would stop running turns every few hundred turns.
 */
const SQLITE_FALLBACK_CHECKPOINT_PAGES = 16_384;

/** The write-ahead log file is cut back to this size after it was folded into the database. */
const SQLITE_WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** Time limits on every PostgreSQL call; config validates them (DATABASE_*_TIMEOUT_MS). */
export interface PgTimeouts {
  /** longest a statement runs on the server, and (with a margin) how long the client waits for its answer */
  statementMs: number;
  /** longest wait for a new connection */
  connectMs: number;
  /** how long a turn waits for another instance's turn of the same conversation */
  lockMs: number;
  /** an idle pooled connection is closed after this long */
  idleMs: number;
}

export const DEFAULT_PG_TIMEOUTS: PgTimeouts = { statementMs: 5000, connectMs: 3000, lockMs: 30_000, idleMs: 30_000 };

/** The client gives up this much after the server should have: covers a server that stopped answering. */
const CLIENT_MARGIN_MS = 1000;

/** What a failed connection is logged as: its name and code, never the client object or its connection details. */
export function pgErrorFields(err: Error & { code?: unknown }): { type: string; code?: string } {
  return { type: err.name, ...(typeof err.code === 'string' && { code: err.code }) };
}

/**
 * Parses PostgreSQL int8 (our millisecond times and count(*)) as a JS number, because every value we keep
 * there fits; refuses loudly instead of losing precision if one ever does not.
 */
function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} does not fit in a JavaScript number`);
  return n;
}

/** Type parsers for our pools only, so the process-wide pg defaults stay untouched. */
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** A PostgreSQL connection: the query pool behind Kysely and a separate pool for turn locks. */
export interface PostgresConnection {
  db: Kysely<Database>;
  /**
   * Turn locks hold a connection for a whole turn; keeping them in their own pool means busy turns can
   * never take every query connection and wait on each other.
   */
  lockPool: pg.Pool;
  /** both pools, so their use can be read */
  pools: readonly StorePool[];
}

/** A pool as the store reports it: pg's own counts, read when asked. */
function storePool(name: StorePool['name'], pool: pg.Pool): StorePool {
  return { name, clients: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }) };
}

/**
 * Opens pooled connections to PostgreSQL. Every call has a time limit, and every connection, idle or checked
 * out, has an 'error' listener: a reset or a terminated backend fails the calls that use it, never the process.
 */
export function connectPostgres(databaseUrl: string, poolSize: number, logger: Logger, timeouts: PgTimeouts = DEFAULT_PG_TIMEOUTS): PostgresConnection {
  const common = {
    connectionString: databaseUrl,
    max: poolSize,
    types: pgTypes,
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: timeouts.idleMs,
    idle_in_transaction_session_timeout: timeouts.statementMs * 2,
  };
  const queryPool = new pg.Pool({ ...common, statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + CLIENT_MARGIN_MS });
  // A turn lock waits up to lockMs for the lock itself; the statement limit then covers the wait too.
  const lockPool = new pg.Pool({
    ...common,
    lock_timeout: timeouts.lockMs,
    statement_timeout: timeouts.lockMs + timeouts.statementMs,
    query_timeout: timeouts.lockMs + timeouts.statementMs + CLIENT_MARGIN_MS,
  });
  for (const [name, pool] of [['query', queryPool], ['lock', lockPool]] as const) {
    pool.on('error', (err) => logger.error({ err: pgErrorFields(err), pool: name }, 'an idle PostgreSQL connection failed; the pool replaces it'));
    pool.on('connect', (client) => {
      client.on('error', (err) => logger.error({ err: pgErrorFields(err), pool: name }, 'a PostgreSQL connection in use failed; its calls fail and the pool replaces it'));
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: queryPool }) });
  return { db, lockPool, pools: [storePool('query', queryPool), storePool('lock', lockPool)] };
}

/** A SQLite connection and, for a file, its background checkpointer (stop it before destroying `db`). */
export interface SqliteConnection {
  db: Kysely<Database>;
  checkpointer?: Checkpointer;
}

/**
 * Opens the SQLite file (creating its folder), tuned for a bot: WAL so reads do not block the writer,
 * a busy timeout instead of instant SQLITE_BUSY, synchronous=NORMAL (safe with WAL), prepared statements
 * reused, and the log folded back into the file by a worker thread instead of in the middle of a turn.
 */
export function connectSqlite(sqlitePath: string, logger: Logger): SqliteConnection {
  const inMemory = sqlitePath === ':memory:' || sqlitePath === '';
  if (!inMemory) mkdirSync(dirname(resolve(sqlitePath)), { recursive: true });
  const database = new BetterSqlite3(sqlitePath);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma('synchronous = NORMAL');
    // Erased rows are overwritten with zeros, in the file and in the log, not just marked free.
    database.pragma('secure_delete = ON');
    if (!inMemory) {
      database.pragma(`wal_autocheckpoint = ${SQLITE_FALLBACK_CHECKPOINT_PAGES}`);
      database.pragma(`journal_size_limit = ${SQLITE_WAL_SIZE_LIMIT_BYTES}`);
    }
  } catch (err) {
    database.close();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, checkpointer: inMemory ? undefined : startCheckpointer(sqlitePath, logger) };
}
