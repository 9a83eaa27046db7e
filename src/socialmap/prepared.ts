import { DIMENSIONS } from '../health/dimensions.js';
import { TAGS, WEEKDAYS, type Activity, type Cost } from './model.js';

/**
 * The catalogue in a shape the matcher can scan fast: one typed array per feature, bit masks for dimensions,
 * tags and days, and a list of activity positions per dimension. Built once per catalogue version.
 */
export interface PreparedActivities {
  readonly activities: readonly Activity[];
  readonly dimensionMask: Uint8Array;
  readonly tagMask: Uint32Array;
  /** The 4 postcode digits as a number; 0 when unknown. */
  readonly postcode4: Uint16Array;
  readonly costBonus: Float32Array;
  /** Bit 0 = Monday; 0 means "by appointment". */
  readonly dayMask: Uint8Array;
  readonly opensAtMinute: Int16Array;
  /** The languages spoken at each activity (ISO 639-1 codes). */
  readonly languages: (readonly string[])[];
  /** Positions of the activities that serve each dimension, in file order. */
  readonly byDimension: readonly Int32Array[];
  readonly positionById: ReadonlyMap<string, number>;
  /** Scratch space reused by every request, so the hot loop allocates nothing. */
  readonly excluded: Uint8Array;
}

const TAG_BIT = new Map(TAGS.map((tag, i) => [tag, 1 << i]));
const DIMENSION_BIT = new Map(DIMENSIONS.map((d, i) => [d, 1 << i]));
const cache = new WeakMap<readonly Activity[], PreparedActivities>();

/** What a cost adds to the score: free most, the city pass next, cheap before expensive. */
export function costBonus(cost: Cost): number {
  if (cost.kind === 'free') return 1;
  if (cost.kind === 'citypass') return 0.6;
  return Math.max(0, 0.5 - cost.euros / 20);
}

/** Minutes since midnight for "HH:MM". */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The prepared form of an activities array, cached per array: the catalogue hands out the same array until a
 * new file replaces it, so each catalogue version is prepared exactly once.
 */
export function prepare(activities: readonly Activity[]): PreparedActivities {
  const cached = cache.get(activities);
  if (cached) return cached;
  const n = activities.length;
  const prepared: PreparedActivities = {
    activities,
    dimensionMask: new Uint8Array(n),
    tagMask: new Uint32Array(n),
    postcode4: new Uint16Array(n),
    costBonus: new Float32Array(n),
    dayMask: new Uint8Array(n),
    opensAtMinute: new Int16Array(n),
    languages: [],
    byDimension: [],
    positionById: new Map(activities.map((a, i) => [a.id, i])),
    excluded: new Uint8Array(n),
  };
  const lists: number[][] = DIMENSIONS.map(() => []);
  activities.forEach((a, i) => {
    for (const d of a.dimensions) {
      prepared.dimensionMask[i] = (prepared.dimensionMask[i] as number) | (DIMENSION_BIT.get(d) as number);
      lists[DIMENSIONS.indexOf(d)]?.push(i);
    }
    for (const t of a.tags) prepared.tagMask[i] = (prepared.tagMask[i] as number) | (TAG_BIT.get(t) as number);
    prepared.postcode4[i] = Number(a.location.postcode4) || 0;
    prepared.costBonus[i] = costBonus(a.cost);
    if (a.schedule.kind === 'weekly') {
      for (const day of a.schedule.byday) prepared.dayMask[i] = (prepared.dayMask[i] as number) | (1 << WEEKDAYS.indexOf(day));
      prepared.opensAtMinute[i] = minuteOfDay(a.schedule.opensAt);
    }
    prepared.languages[i] = a.languages;
  });
  (prepared.byDimension as Int32Array[]).push(...lists.map((l) => Int32Array.from(l)));
  cache.set(activities, prepared);
  return prepared;
}

/** The bit for a tag in `tagMask`. */
export function tagBit(tag: (typeof TAGS)[number]): number {
  return TAG_BIT.get(tag) as number;
}
