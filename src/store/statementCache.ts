import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept prepared: a bot runs a few dozen distinct queries, so this holds all of them. */
export const DEFAULT_CACHED_STATEMENTS = 200;

/**
 * The better-sqlite3 database as Kysely's SqliteDialect sees it, with prepared statements reused by SQL text
 * (least recently used first out). Kysely prepares every query anew, which costs more than running it;
 * our queries differ only in their parameters, so after warm-up nothing is parsed again.
 */
export function withStatementCache(database: BetterSqlite3.Database, max = DEFAULT_CACHED_STATEMENTS): SqliteDatabase {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`the statement cache needs a size of at least 1, got ${max}`);
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        // Move to the back: the Map's insertion order is the eviction order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
