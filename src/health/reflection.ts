import { DIMENSIONS, type Dimension } from './dimensions.js';

/** What the reflection shows: first what goes well, then what the resident may want to pay attention to. */
export interface Reflection {
  /** highest first; never empty when anything was answered */
  readonly strengths: Dimension[];
  /** lowest first, then marked dimensions without a score; never repeats a strength unless the resident marked it */
  readonly attention: Dimension[];
  /** how many dimensions have a score */
  readonly answered: number;
}

/** A score from this value up is a strength. */
export const STRENGTH_FROM = 7;
/** A score up to this value asks for attention. */
export const ATTENTION_UP_TO = 5;
const MAX_STRENGTHS = 3;
/** When nothing reaches 7, a runner-up this close to the best also counts as going (relatively) well. */
const RUNNER_UP_WITHIN = 1;

/**
 * Sorts the scores into strengths and points of attention.
 * Strengths come first on purpose: people rediscover that much in their life goes well.
 */
export function reflect(scores: Partial<Record<Dimension, number>>, marks: readonly Dimension[]): Reflection {
  const scored = DIMENSIONS.flatMap((d) => {
    const score = scores[d];
    return typeof score === 'number' && Number.isFinite(score) ? [{ dimension: d, score }] : [];
  });
  // Array.sort is stable, so equal scores keep the DIMENSIONS order.
  const highestFirst = [...scored].sort((a, b) => b.score - a.score);
  const lowestFirst = [...scored].sort((a, b) => a.score - b.score);

  let strengths = highestFirst.filter((s) => s.score >= STRENGTH_FROM).slice(0, MAX_STRENGTHS);
  const [best, runnerUp] = highestFirst;
  if (strengths.length === 0 && best) {
    strengths = runnerUp && best.score - runnerUp.score <= RUNNER_UP_WITHIN ? [best, runnerUp] : [best];
  }
  const strengthSet = new Set(strengths.map((s) => s.dimension));

  const attention = lowestFirst
    .filter((s) => (s.score <= ATTENTION_UP_TO && !strengthSet.has(s.dimension)) || marks.includes(s.dimension))
    .map((s) => s.dimension);
  const markedWithoutScore = DIMENSIONS.filter((d) => marks.includes(d) && !attention.includes(d));

  return {
    strengths: strengths.map((s) => s.dimension),
    attention: [...attention, ...markedWithoutScore],
    answered: scored.length,
  };
}
