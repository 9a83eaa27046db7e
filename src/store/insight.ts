import type { Kysely } from 'kysely';
import type { Logger } from '../log.js';
import type { Database } from './schema.js';
import { dayOf } from './counters.js';
import { keysFor, type InsightEvent, type InsightKey, type Whereabouts } from '../insight/events.js';

/** A counted row as the report reads it: summed over the periods asked for. */
export interface InsightRow extends InsightKey {
  count: number;
}

/** Counts insight events and reads them back summed over a range of months. */
export interface InsightRecorder {
  /** Counts one event; never throws for a resident's turn (a failed write is tried again with the next one). */
  record(who: Whereabouts, event: InsightEvent): void;
  /** The counts of the months `from`..`to` (YYYY-MM, inclusive), summed per key. */
  read(from: string, to: string): Promise<InsightRow[]>;
  /** Writes what was counted in memory so far. */
  flush(): Promise<void>;
}

/** The month (YYYY-MM, Europe/Amsterdam) a moment falls in: the finest time insight keeps. */
export const periodOf = (millis: number): string => dayOf(millis).slice(0, 7);

const FLUSH_AFTER_MS = 1000;
/** A query of the insight page waits at most this long for the database. */
const READ_TIMEOUT_MS = 5000;

type Pending = InsightKey & { period: string; count: number };

/**
 * Insight counts are added up in memory and written once a second as one upsert that adds to what is stored,
 * like the anonymous counters: instances count at the same time without losing updates, and a turn never waits.
 */
export function createInsightRecorder(db: Kysely<Database>, logger: Logger, clock: () => number = Date.now): InsightRecorder {
  let pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const add = (row: Pending) => {
    const id = [row.period, row.metric, row.subject, row.band, row.area, row.campaign].join('\u0000');
    const known = pending.get(id);
    if (known) known.count += row.count;
    else pending.set(id, { ...row });
    timer ??= setTimeout(() => {
      flush().catch((err: unknown) => logger.warn({ err }, 'insight counts could not be written; they are tried again in a second'));
    }, FLUSH_AFTER_MS).unref();
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const rows = [...pending.values()];
    pending = new Map();
    writing = writing.catch(() => undefined).then(async () => {
      if (rows.length === 0) return;
      try {
        for (let i = 0; i < rows.length; i += 500) {
          await db
            .insertInto('insight_count')
            .values(rows.slice(i, i + 500))
            .onConflict((oc) =>
              oc.columns(['period', 'metric', 'subject', 'band', 'area', 'campaign']).doUpdateSet((eb) => ({
                count: eb('insight_count.count', '+', eb.ref('excluded.count')),
              })),
            )
            .execute();
        }
      } catch (err) {
        for (const row of rows) add(row);
        throw err;
      }
    });
    return writing;
  };

  return {
    record(who, event) {
      const period = periodOf(clock());
      for (const key of keysFor(who, event)) add({ ...key, period, count: 1 });
    },

    async read(from, to) {
      await flush();
      const query = db
        .selectFrom('insight_count')
        .select(['metric', 'subject', 'band', 'area', 'campaign'])
        .select((eb) => eb.fn.sum<number | string>('count').as('count'))
        .where('period', '>=', from)
        .where('period', '<=', to)
        .groupBy(['metric', 'subject', 'band', 'area', 'campaign']);
      const rows = await withTimeout(query.execute(), READ_TIMEOUT_MS);
      return rows.map((r) => ({ ...r, count: Number(r.count) }));
    },

    flush,
  };
}

/** Rejects when the database does not answer in time, so the page shows an error instead of hanging. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the insight query took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
