import { DIMENSIONS, type Dimension } from '../health/dimensions.js';
import { TAGS, WEEKDAYS, type Activity, type Cost, type Schedule } from './model.js';
import { suggest, type SuggestRequest } from './match.js';

/** A small deterministic random generator, so every benchmark run measures the same work. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Builds `count` plausible activities spread over 40 postcodes, all dimensions, tags, costs and schedules. */
export function syntheticActivities(count: number, seed = 1): Activity[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i): Activity => {
    const postcode4 = String(7400 + Math.floor(next() * 40));
    const dimensions = [...new Set([pick(DIMENSIONS, next), pick(DIMENSIONS, next)])];
    const tags = [...new Set([pick(TAGS, next), pick(TAGS, next), pick(TAGS, next)])];
    const costRoll = next();
    const cost: Cost = costRoll < 0.5 ? { kind: 'free' } : costRoll < 0.7 ? { kind: 'citypass' } : { kind: 'amount', euros: Math.round(next() * 800) / 100 };
    const hour = 8 + Math.floor(next() * 12);
    const schedule: Schedule = next() < 0.15
      ? { kind: 'appointment' }
      : { kind: 'weekly', byday: [...new Set([pick(WEEKDAYS, next), pick(WEEKDAYS, next)])], opensAt: `${String(hour).padStart(2, '0')}:00`, closesAt: `${String(hour + 2).padStart(2, '0')}:00` };
    return {
      id: `SYN-${i}`,
      title: `Activiteit ${i}`,
      description: 'Een activiteit om de matching te meten.',
      organisation: { name: 'Bench' },
      dimensions,
      tags,
      location: { neighbourhood: `Wijk ${postcode4}`, address: 'Straat 1', postcode: `${postcode4} AB`, postcode4 },
      schedule,
      cost,
      languages: next() < 0.3 ? ['nl', 'en'] : ['nl'],
      contact: { email: 'bench@example.org' },
      companion: next() < 0.3,
    };
  });
}

/**
 * Times `suggest` against 10,000 synthetic activities with 1,000 varied requests (after a warm-up),
 * for the project benchmark. The goal is under 5 ms per request.
 */
export function benchMatching(requests = 1000): { activities: number; msPerRequest: number } {
  const activities = syntheticActivities(10_000);
  const next = random(2);
  const make = (): SuggestRequest => {
    const scores: Partial<Record<Dimension, number>> = {};
    for (const d of DIMENSIONS) if (next() < 0.8) scores[d] = Math.floor(next() * 11);
    return {
      dimension: pick(DIMENSIONS, next),
      scores,
      marks: next() < 0.5 ? [pick(DIMENSIONS, next)] : [],
      postcode4: String(7400 + Math.floor(next() * 40)),
      interests: next() < 0.6 ? [pick(TAGS, next), pick(TAGS, next)] : [],
      now: new Date(Date.UTC(2026, 2, 1 + Math.floor(next() * 7), Math.floor(next() * 24))),
      exclude: [`SYN-${Math.floor(next() * 10_000)}`, `SYN-${Math.floor(next() * 10_000)}`, `SYN-${Math.floor(next() * 10_000)}`],
      locale: next() < 0.2 ? 'en' : 'nl',
    };
  };
  const batch = Array.from({ length: requests }, make);
  for (const request of batch.slice(0, 100)) suggest(activities, request);
  const start = process.hrtime.bigint();
  for (const request of batch) suggest(activities, request);
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { activities: activities.length, msPerRequest: elapsedMs / requests };
}
