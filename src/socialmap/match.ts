import { DIMENSIONS, type Dimension, type Locale } from '../health/dimensions.js';
import { DEFAULT_LOCALE } from '../content/locales.js';
import { WEEKDAYS, type Activity, type Tag, type Weekday } from './model.js';
import { prepare, tagBit, type PreparedActivities } from './prepared.js';

/** What the resident told us, as far as it matters for choosing activities. */
export interface SuggestRequest {
  /** The dimension the resident chose to do something about; only activities that serve it are shown. */
  dimension: Dimension;
  /** Scores 0-10 per dimension; a missing score is simply not used. */
  scores: Partial<Record<Dimension, number>>;
  /** Dimensions marked "I want to talk about this". */
  marks: readonly Dimension[];
  /** The resident's 4 postcode digits, when they gave them. */
  postcode4?: string;
  /** Interests the resident typed, e.g. from `interestsFromText`, most important first. */
  interests: readonly Tag[];
  now: Date;
  /** Ids of activities already shown in this conversation. */
  exclude: readonly string[];
  locale: Locale;
}

/** Paging and time zone; the defaults suit a chat on a phone in the Netherlands. */
export interface SuggestOptions {
  /** 0-based page; each page holds `pageSize` suggestions. Default 0. */
  page?: number;
  /** Default 3: more does not fit on a phone screen in a chat. */
  pageSize?: number;
  /** The time zone of the schedules. Default Europe/Amsterdam. */
  timeZone?: string;
}

/** Keys of the reason texts in prompts/ (the lead's `reason.*` prompts render them). */
export type ReasonKey = 'reason.interest' | 'reason.nearby' | 'reason.alsoHelps' | 'reason.free' | 'reason.soon' | 'reason.dimension';

/** Why an activity is suggested: a prompt key and its parameters, never a sentence. */
export interface Reason {
  key: ReasonKey;
  params: Record<string, string>;
}

/** When a weekly activity happens next, counted from `now` in the schedule's time zone. */
export interface NextOccurrence {
  day: Weekday;
  opensAt: string;
  closesAt: string;
  /** 0 = today, 1 = tomorrow, up to 7 = the same day next week. */
  inDays: number;
}

/** One activity to show, with why and when; the dialog renders it with prompts. */
export interface Suggestion {
  activity: Activity;
  /** The reason to show; the first of `reasons`. */
  reason: Reason;
  /** Every reason that applies, most personal first; always ends with 'reason.dimension'. */
  reasons: Reason[];
  /** Missing for activities "by appointment". */
  next?: NextOccurrence;
  score: number;
}

// Weights: a typed interest counts most, then a dimension that needs attention, then place, price and time.
const WEIGHT_INTEREST = 3;
const WEIGHT_ATTENTION = 1.5;
const WEIGHT_MARK = 1.5;
const BONUS_SAME_POSTCODE4 = 2.5;
const BONUS_SAME_POSTCODE3 = 1.5;
const WEIGHT_SOON = 1;
const BONUS_APPOINTMENT = 0.4;
const BONUS_LANGUAGE = 1;
const MINUTES_PER_WEEK = 7 * 24 * 60;
const ATTENTION_SCORE = 5;

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday (0 = Monday) and minute of the day of `now` in the time zone. */
function localTime(now: Date, timeZone: string): { day: number; minute: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, formatter);
  }
  let day = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(now)) {
    if (part.type === 'weekday') day = WEEKDAY_SHORT.indexOf(part.value);
    else if (part.type === 'hour') minute += Number(part.value) * 60;
    else if (part.type === 'minute') minute += Number(part.value);
  }
  return { day, minute };
}

/** Minutes until the next start; an activity that already started today counts from next week. */
function minutesUntil(dayMask: number, opens: number, nowDay: number, nowMinute: number): number {
  for (let k = 0; k <= 7; k++) {
    if (dayMask & (1 << ((nowDay + k) % 7)) && (k > 0 || opens > nowMinute)) return k * 1440 + opens - nowMinute;
  }
  return MINUTES_PER_WEEK;
}

/** Extra score per dimension mask (64 combinations) for dimensions besides the chosen one. */
function attentionTable(request: SuggestRequest): Float64Array {
  const perDimension = DIMENSIONS.map((d) => {
    if (d === request.dimension) return 0;
    const score = request.scores[d];
    const low = score === undefined ? 0 : (Math.max(0, Math.min(10, 10 - score)) / 10) * WEIGHT_ATTENTION;
    return low + (request.marks.includes(d) ? WEIGHT_MARK : 0);
  });
  const table = new Float64Array(64);
  for (let mask = 1; mask < 64; mask++) {
    let sum = 0;
    for (let i = 0; i < 6; i++) if (mask & (1 << i)) sum += perDimension[i] as number;
    table[mask] = sum;
  }
  return table;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
}

/**
 * Picks activities for the resident: only ones that serve the chosen dimension, ranked by typed interests,
 * other dimensions that need attention (low score or marked), nearness, price, how soon, and language.
 * Returns one page (default 3); an empty list means nothing (more) fits. Pure: the same input gives the same output.
 */
export function suggest(activities: readonly Activity[], request: SuggestRequest, options: SuggestOptions = {}): Suggestion[] {
  const p = prepare(activities);
  const pageSize = options.pageSize ?? 3;
  const wanted = ((options.page ?? 0) + 1) * pageSize;
  const candidates = p.byDimension[DIMENSIONS.indexOf(request.dimension)];
  if (!candidates || candidates.length === 0 || pageSize <= 0) return [];

  const attention = attentionTable(request);
  let interestMask = 0;
  for (const tag of request.interests) interestMask |= tagBit(tag);
  const home4 = /^\d{4}$/.test(request.postcode4 ?? '') ? Number(request.postcode4) : 0;
  const home3 = Math.floor(home4 / 10);
  const { day: nowDay, minute: nowMinute } = localTime(request.now, options.timeZone ?? 'Europe/Amsterdam');
  // A resident who speaks another language than the file's own gets activities in their language first.
  const ownLanguage = request.locale === DEFAULT_LOCALE ? undefined : request.locale;
  for (const id of request.exclude) {
    const at = p.positionById.get(id);
    if (at !== undefined) p.excluded[at] = 1;
  }

  // Top-k kept in small parallel arrays, best first; ties keep file order.
  const topIndex = new Int32Array(wanted);
  const topScore = new Float64Array(wanted).fill(-Infinity);
  let filled = 0;
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number;
    if (p.excluded[i] === 1) continue;
    let score = attention[p.dimensionMask[i] as number] as number;
    score += popcount((p.tagMask[i] as number) & interestMask) * WEIGHT_INTEREST;
    const pc = p.postcode4[i] as number;
    if (home4 !== 0 && pc !== 0) score += pc === home4 ? BONUS_SAME_POSTCODE4 : Math.floor(pc / 10) === home3 ? BONUS_SAME_POSTCODE3 : 0;
    score += p.costBonus[i] as number;
    const days = p.dayMask[i] as number;
    score += days === 0 ? BONUS_APPOINTMENT : WEIGHT_SOON * (1 - minutesUntil(days, p.opensAtMinute[i] as number, nowDay, nowMinute) / MINUTES_PER_WEEK);
    if (ownLanguage && p.languages[i]?.includes(ownLanguage)) score += BONUS_LANGUAGE;
    if (filled === wanted && score <= (topScore[wanted - 1] as number)) continue;
    let at = filled < wanted ? filled++ : wanted - 1;
    while (at > 0 && (topScore[at - 1] as number) < score) {
      topScore[at] = topScore[at - 1] as number;
      topIndex[at] = topIndex[at - 1] as number;
      at--;
    }
    topScore[at] = score;
    topIndex[at] = i;
  }
  for (const id of request.exclude) {
    const at = p.positionById.get(id);
    if (at !== undefined) p.excluded[at] = 0;
  }

  const result: Suggestion[] = [];
  for (let r = wanted - pageSize; r < filled; r++) {
    const i = topIndex[r] as number;
    result.push(describe(p, i, topScore[r] as number, request, interestMask, home4, nowDay, nowMinute));
  }
  return result;
}

function describe(
  p: PreparedActivities, i: number, score: number, request: SuggestRequest, interestMask: number, home4: number, nowDay: number, nowMinute: number,
): Suggestion {
  const activity = p.activities[i] as Activity;
  const reasons: Reason[] = [];
  const interest = request.interests.find((t) => (p.tagMask[i] as number) & interestMask & tagBit(t));
  if (interest) reasons.push({ key: 'reason.interest', params: { interest } });
  const pc = p.postcode4[i] as number;
  if (home4 !== 0 && Math.floor(pc / 10) === Math.floor(home4 / 10)) {
    reasons.push({ key: 'reason.nearby', params: { neighbourhood: activity.location.neighbourhood } });
  }
  const helps = activity.dimensions.find((d) => d !== request.dimension && (request.marks.includes(d) || (request.scores[d] ?? 10) <= ATTENTION_SCORE));
  if (helps) reasons.push({ key: 'reason.alsoHelps', params: { dimension: helps } });
  if (activity.cost.kind === 'free') reasons.push({ key: 'reason.free', params: {} });
  let next: NextOccurrence | undefined;
  if (activity.schedule.kind === 'weekly') {
    const minutes = minutesUntil(p.dayMask[i] as number, p.opensAtMinute[i] as number, nowDay, nowMinute);
    const inDays = Math.floor((nowMinute + minutes) / 1440);
    const day = WEEKDAYS[(nowDay + inDays) % 7] as Weekday;
    next = { day, opensAt: activity.schedule.opensAt, closesAt: activity.schedule.closesAt, inDays };
    if (inDays <= 2) reasons.push({ key: 'reason.soon', params: { day, opensAt: next.opensAt, inDays: String(inDays) } });
  }
  reasons.push({ key: 'reason.dimension', params: { dimension: request.dimension } });
  return { activity, reason: reasons[0] as Reason, reasons, ...(next && { next }), score };
}
