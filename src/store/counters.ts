import type { Kysely } from 'kysely';
import { z } from 'zod';
import { precompile } from './precompiled.js';
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

/**
 * Anonymous per-day counters (campaign, dimension, safety...). Callers pass labels, never resident data;
 * each increment is one upsert, so instances can count at the same time without losing updates.
 */
export function createCounters(db: Kysely<Database>, clock: () => number = Date.now): Counters {
  const add = precompile(db, ['day', 'metric', 'label', 'by'], (slot) =>
    db
      .insertInto('anonymous_count')
      .values({ day: slot.day, metric: slot.metric, label: slot.label, count: slot.by })
      .onConflict((oc) =>
        oc.columns(['day', 'metric', 'label']).doUpdateSet((eb) => ({
          count: eb('anonymous_count.count', '+', eb.ref('excluded.count')),
        })),
      ));
  return {
    async increment(metric, label, by = 1) {
      const input = incrementInput.parse({ metric, label, by });
      await add({ day: dayOf(clock()), metric: input.metric, label: input.label, by: input.by });
    },

    async list(metric) {
      let query = db.selectFrom('anonymous_count').select(['day', 'metric', 'label', 'count']);
      if (metric !== undefined) query = query.where('metric', '=', metric);
      return query.orderBy('day').orderBy('metric').orderBy('label').execute();
    },
  };
}
