import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
import type { Database } from './schema.js';
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

/** How long a turn waits for another instance's turn of the same conversation on PostgreSQL. */
const PG_LOCK_TIMEOUT_MS = 60_000;

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
}

/** Opens pooled connections to PostgreSQL; idle-client errors are logged instead of crashing the process. */
export function connectPostgres(databaseUrl: string, poolSize: number, logger: Logger): PostgresConnection {
  const queryPool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, types: pgTypes });
  const lockPool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    types: pgTypes,
    lock_timeout: PG_LOCK_TIMEOUT_MS,
  });
  for (const [name, pool] of [['query', queryPool], ['lock', lockPool]] as const) {
    pool.on('error', (err) => logger.error({ err, pool: name }, 'an idle PostgreSQL connection failed; the pool replaces it'));
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: queryPool }) });
  return { db, lockPool };
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
