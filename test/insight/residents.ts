import { DIMENSIONS, type Dimension } from '../../src/health/dimensions.js';
import { FUNNEL, type InsightEvent, type Whereabouts } from '../../src/insight/events.js';

/** A deterministic random source, so generated residents are the same on every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One generated resident: where they came from, how far they went, what they answered. */
export interface Resident {
  who: Whereabouts;
  /** the last funnel step they reached (index into FUNNEL) */
  reached: number;
  /** the number of questions they passed before stopping (all six when they finished) */
  passed: number;
  scores: Partial<Record<Dimension, number>>;
  skipped: Dimension[];
  marked: Dimension[];
  chosen: Dimension;
  interests: string[];
  missing: boolean;
}

/** The events a resident's conversation produces, in order, as the dialogs count them. */
export function eventsOf(r: Resident, questions: readonly Dimension[] = DIMENSIONS): InsightEvent[] {
  const events: InsightEvent[] = [{ kind: 'step', step: 'started' }];
  if (r.reached < 1) return events;
  events.push({ kind: 'step', step: 'consented' });
  questions.slice(0, r.passed).forEach((q) => {
    if (r.marked.includes(q)) events.push({ kind: 'marked', dimension: q });
    events.push({ kind: 'question', question: q, skipped: r.skipped.includes(q) });
  });
  if (r.reached < 2) return events;
  events.push({ kind: 'step', step: 'finished' }, { kind: 'checkin', scores: r.scores });
  if (r.reached < 3) return events;
  events.push({ kind: 'step', step: 'chose' }, { kind: 'wish', dimension: r.chosen, interests: r.interests });
  if (r.missing) events.push({ kind: 'missing', dimension: r.chosen, interests: r.interests });
  else if (r.reached >= 4) events.push({ kind: 'step', step: 'saw_activities' });
  if (r.reached >= 5) events.push({ kind: 'step', step: 'asked_person' });
  return events;
}

const CAMPAIGNS = ['facebook-buurt', 'huisarts-brief', 'flyer', 'gemeente-site'];
const AREAS = ['7411', '7412', '7413', '7414', '7420', '7421', '7431'];
const INTERESTS = ['walking', 'cooking', 'meeting-people', 'volunteering', 'music'];

/**
 * `n` residents with a mix of campaigns (some tiny), areas (some tiny), stop points, skips and marks: enough
 * variety that small cells occur everywhere, which is what the suppression tests need.
 */
export function generateResidents(n: number, seed = 42): Resident[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const reached = next() < 0.15 ? 0 : next() < 0.1 ? 1 : Math.min(FUNNEL.length - 1, 2 + Math.floor(next() * 4));
    const passed = reached === 1 ? Math.floor(next() * DIMENSIONS.length) : reached === 0 ? 0 : DIMENSIONS.length;
    const skipped = DIMENSIONS.filter(() => next() < 0.06);
    const scores: Partial<Record<Dimension, number>> = {};
    for (const d of DIMENSIONS) if (!skipped.includes(d)) scores[d] = Math.floor(next() * 11);
    return {
      who: {
        campaign: i % 97 === 0 ? `eenmalig-${i}` : next() < 0.1 ? undefined : pick(CAMPAIGNS),
        postcode4: i % 331 === 0 ? '9999' : next() < 0.4 ? undefined : pick(AREAS),
      },
      reached,
      passed,
      scores,
      skipped,
      marked: DIMENSIONS.filter(() => next() < 0.08),
      chosen: pick(DIMENSIONS),
      interests: next() < 0.3 ? [] : [pick(INTERESTS)],
      missing: next() < 0.2,
    };
  });
}
