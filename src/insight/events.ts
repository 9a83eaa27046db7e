import { DIMENSIONS, type Dimension } from '../health/dimensions.js';

/** The steps of a conversation a campaign is measured on, in the order residents go through them. */
export const FUNNEL = ['started', 'consented', 'finished', 'chose', 'saw_activities', 'asked_person'] as const;
export type FunnelStep = (typeof FUNNEL)[number];

/** Score bands: a distribution, not a mean, because the spider web has no norm. */
export const BANDS = ['0-3', '4-5', '6-7', '8-10'] as const;
export type Band = (typeof BANDS)[number];

/** How a dimension moved between a resident's first and a later check-in. */
export const CHANGES = ['lower', 'same', 'higher'] as const;
export type Change = (typeof CHANGES)[number];

/** Outcomes of a request for a person, as the staff inbox closes them. */
export const REQUEST_OUTCOMES = ['contacted', 'not_reached', 'referred', 'other'] as const;

/** Time to claim is counted per working day up to this many; anything longer is counted here. */
export const MAX_CLAIM_DAYS = 20;

/** Who a count is about, as far as insight may know: the invitation and the postcode area, both optional. */
export interface Whereabouts {
  campaign?: string;
  postcode4?: string;
}

/** Something that happened, as insight counts it. One call per event; the recorder turns it into rows. */
export type InsightEvent =
  | { kind: 'step'; step: FunnelStep }
  /** a question got its first answer in this check-in (a score or "sla over") */
  | { kind: 'question'; question: string; skipped: boolean }
  /** "Dit wil ik bespreken" on a dimension */
  | { kind: 'marked'; dimension: Dimension }
  /** a check-in finished: its scores, and the first check-in's scores when this is a later one */
  | { kind: 'checkin'; scores: Partial<Record<Dimension, number>>; first?: Partial<Record<Dimension, number>> }
  /** what the resident chose to change, and the interests they named */
  | { kind: 'wish'; dimension: Dimension; interests: readonly string[] }
  /** no activity fitted the resident's choice */
  | { kind: 'missing'; dimension: Dimension; interests: readonly string[] }
  | { kind: 'request'; organisation: string }
  | { kind: 'claimed'; organisation: string; workingDays: number }
  | { kind: 'closed'; organisation: string; outcome: string };

/** One count of an event, before the period is added. */
export interface InsightKey {
  metric: string;
  subject: string;
  band: string;
  area: string;
  campaign: string;
}

/** The band a score (0-10, halves and averages allowed) falls in. */
export function bandOf(score: number): Band {
  if (score < 4) return '0-3';
  if (score < 6) return '4-5';
  if (score < 8) return '6-7';
  return '8-10';
}

/** A change of less than two points either way counts as about the same: one point is within how people answer. */
export function changeOf(first: number, latest: number): Change {
  const delta = latest - first;
  if (delta <= -2) return 'lower';
  if (delta >= 2) return 'higher';
  return 'same';
}

const POSTCODE4 = /^[1-9][0-9]{3}$/;
const LABEL = /^[a-z0-9-]{1,40}$/;
const NO_INTEREST = 'none';

/** Only a plain 4-digit postcode area and a campaign name of the accepted shape are ever stored. */
function place(who: Whereabouts): Pick<InsightKey, 'area' | 'campaign'> {
  return {
    area: who.postcode4 && POSTCODE4.test(who.postcode4) ? who.postcode4 : '',
    campaign: who.campaign && LABEL.test(who.campaign) ? who.campaign : '',
  };
}

/** Interests as they are counted: known tags only (bounded), or "none" when the resident named none. */
function interestsOf(interests: readonly string[]): string[] {
  const kept = [...new Set(interests.filter((i) => LABEL.test(i)))].slice(0, 8);
  return kept.length > 0 ? kept : [NO_INTEREST];
}

/** Organisation names are configuration or staff accounts, never resident text; cut to the column's size. */
const org = (name: string) => name.trim().slice(0, 64);

/**
 * The counts one event adds. Pure: no time, no resident key. Requests are counted per organisation only,
 * without area or campaign, so the request figures cannot be linked to the conversation figures.
 */
export function keysFor(who: Whereabouts, event: InsightEvent): InsightKey[] {
  const at = place(who);
  const key = (metric: string, subject: string, band = ''): InsightKey => ({ metric, subject, band, ...at });
  switch (event.kind) {
    case 'step':
      return [key('step', event.step)];
    case 'question':
      return [key('question', event.question, event.skipped ? 'skipped' : 'answered')];
    case 'marked':
      return [key('marked', event.dimension)];
    case 'checkin':
      return DIMENSIONS.flatMap((d) => {
        const score = event.scores[d];
        if (score === undefined) return [];
        const before = event.first?.[d];
        return [key('score', d, bandOf(score)), ...(before === undefined ? [] : [key('change', d, changeOf(before, score))])];
      });
    case 'wish':
      return [key('chosen', event.dimension), ...interestsOf(event.interests).map((i) => key('wish', event.dimension, i))];
    case 'missing':
      return [key('unmatched', event.dimension), ...interestsOf(event.interests).map((i) => key('missing', event.dimension, i))];
    case 'request':
      return [{ metric: 'request', subject: org(event.organisation), band: '', area: '', campaign: '' }];
    case 'claimed':
      return [{ metric: 'claim_days', subject: org(event.organisation), band: String(Math.min(MAX_CLAIM_DAYS, Math.max(0, Math.floor(event.workingDays)))), area: '', campaign: '' }];
    case 'closed': {
      const outcome = (REQUEST_OUTCOMES as readonly string[]).includes(event.outcome) ? event.outcome : 'other';
      return [{ metric: 'outcome', subject: org(event.organisation), band: outcome, area: '', campaign: '' }];
    }
  }
}

const dayOfWeek = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' });
const DAY_MS = 86_400_000;

/**
 * Working days (Monday to Friday, Amsterdam time) between two moments, in whole days: a request made on Friday and
 * claimed on Monday took one working day. Public holidays are not known here and count as working days.
 */
export function workingDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const days = Math.min(Math.floor((to - from) / DAY_MS), 400);
  let count = 0;
  for (let i = 1; i <= days; i++) {
    const day = dayOfWeek.format(from + i * DAY_MS);
    if (day !== 'Sat' && day !== 'Sun') count++;
  }
  return count;
}
