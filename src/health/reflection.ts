import { DIMENSIONS, type Dimension } from './dimensions.js';

/** What the reflection shows: first what goes well, then what asks for attention, and whether to offer care. */
export interface Reflection {
  /** what really goes well, highest first; empty when nothing does, so a low score is never praised */
  readonly strengths: Dimension[];
  /** 'good': scores of 7 and up; 'best': nothing reaches 7, so the resident's highest (6 or more) is named as their best */
  readonly strengthKind: 'good' | 'best';
  /** scores of 5 and lower, lowest first; never a strength */
  readonly attention: Dimension[];
  /** how many dimensions have a score */
  readonly answered: number;
  /** a score this low gets a gentle offer of a person and De Luisterlijn, whatever the resident chooses next */
  readonly care: boolean;
}

/** A score from this value up goes well. */
export const STRENGTH_FROM = 7;
/** When nothing reaches 7, the resident's highest is named as their best only from this value up. */
export const BEST_FROM = 6;
/** A score up to this value asks for attention. */
export const ATTENTION_UP_TO = 5;
/** A score up to this value gets an offer of care. */
export const CARE_UP_TO = 4;
const MAX_STRENGTHS = 3;

/**
 * Sorts the scores into strengths and points of attention.
 * Strengths come first on purpose: people rediscover that much in their life goes well. But only what truly goes
 * well is named as such, and no dimension is in both lists.
 */
export function reflect(scores: Partial<Record<Dimension, number>>): Reflection {
  const scored = DIMENSIONS.flatMap((d) => {
    const score = scores[d];
    return typeof score === 'number' && Number.isFinite(score) ? [{ dimension: d, score }] : [];
  });
  // Array.sort is stable, so equal scores keep the DIMENSIONS order.
  const highestFirst = [...scored].sort((a, b) => b.score - a.score);
  const lowestFirst = [...scored].sort((a, b) => a.score - b.score);

  const good = highestFirst.filter((s) => s.score >= STRENGTH_FROM).slice(0, MAX_STRENGTHS);
  const best = highestFirst[0];
  const strengths = good.length > 0 ? good : best && best.score >= BEST_FROM ? highestFirst.filter((s) => s.score === best.score).slice(0, 2) : [];
  const strengthSet = new Set(strengths.map((s) => s.dimension));

  return {
    strengths: strengths.map((s) => s.dimension),
    strengthKind: good.length > 0 ? 'good' : 'best',
    attention: lowestFirst.filter((s) => s.score <= ATTENTION_UP_TO && !strengthSet.has(s.dimension)).map((s) => s.dimension),
    answered: scored.length,
    care: needsCare(scores),
  };
}

/** True when any score is so low that the bot offers a person and De Luisterlijn, gently, whatever comes next. */
export function needsCare(scores: Partial<Record<Dimension, number>>): boolean {
  return Object.values(scores).some((score) => typeof score === 'number' && score <= CARE_UP_TO);
}
