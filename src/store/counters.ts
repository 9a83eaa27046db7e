import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Database } from './schema.js';
import type { Counters } from './types.js';

/** Days are counted in the municipality's own time zone, so "today" matches the operator's calendar. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

const MINUTE_MS = 60_000;
let lastMinute = Number.NaN;
let lastDay = '';

/** The calendar day (YYYY-MM-DD, Europe/Amsterdam) a moment falls on; formatted once per minute, as days change on the minute. */
export function dayOf(millis: number): string {
  const minute = Math.floor(millis / MINUTE_MS);
  if (minute !== lastMinute) {
    lastDay = dayFormat.format(new Date(millis));
    lastMinute = minute;
  }
  return lastDay;
}

const incrementInput = z.object({
  metric: z.string().min(1).max(64),
  label: z.string().max(255),
  by: z.number().int().positive(),
});

/** How long increments are added up in memory before they are written, in one statement. */
const FLUSH_AFTER_MS = 1000;

/**
 * Anonymous per-day counters (campaign, dimension, safety...). Callers pass labels, never resident data.
 * Increments are added up in memory and written once a second (and before a list, and on close) as one
 * upsert that adds to what is stored, so instances can count at the same time without losing updates; a crash
 * loses at most the last second of counts, and a busy turn no longer waits for up to five counter writes.
 */
export function createCounters(db: Kysely<Database>, logger: Logger, clock: () => number = Date.now): Counters {
  let pending = new Map<string, { day: string; metric: string; label: string; count: number }>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = async (rows: { day: string; metric: string; label: string; count: number }[]) => {
    await db
      .insertInto('anonymous_count')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['day', 'metric', 'label']).doUpdateSet((eb) => ({
          count: eb('anonymous_count.count', '+', eb.ref('excluded.count')),
        })),
      )
      .execute();
  };

  /** Writes what was counted so far; counts that could not be written stay for the next attempt. */
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const rows = [...pending.values()];
    pending = new Map();
    // One write at a time, in order; an earlier failed write was reported to whoever waited for it.
    writing = writing.catch(() => undefined).then(async () => {
      if (rows.length === 0) return;
      try {
        await write(rows);
      } catch (err) {
        for (const row of rows) add(row.day, row.metric, row.label, row.count);
        throw err;
      }
    });
    return writing;
  };

  const add = (day: string, metric: string, label: string, by: number) => {
    const key = `${day}\u0000${metric}\u0000${label}`;
    const row = pending.get(key);
    if (row) row.count += by;
    else pending.set(key, { day, metric, label, count: by });
    timer ??= setTimeout(() => {
      flush().catch((err: unknown) => logger.warn({ err }, 'anonymous counts could not be written; they are tried again in a second'));
    }, FLUSH_AFTER_MS).unref();
  };

  return {
    async increment(metric, label, by = 1) {
      const input = incrementInput.parse({ metric, label, by });
      add(dayOf(clock()), input.metric, input.label, input.by);
    },

    async list(metric) {
      await flush();
      let query = db.selectFrom('anonymous_count').select(['day', 'metric', 'label', 'count']);
      if (metric !== undefined) query = query.where('metric', '=', metric);
      return query.orderBy('day').orderBy('metric').orderBy('label').execute();
    },

    flush,
  };
}
