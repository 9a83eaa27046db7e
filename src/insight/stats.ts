/** 1.96: the normal quantile for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** A proportion with its 95 % interval, all as fractions 0..1. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/**
 * Wilson score interval for x successes out of n (Wilson 1927): unlike the plain normal interval it stays
 * within 0..1 and behaves with small n and with proportions near 0 or 1.
 */
export function wilson(x: number, n: number, z = Z95): Interval {
  if (n <= 0) return { estimate: 0, low: 0, high: 1 };
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The difference of two independent proportions (a minus b) with Newcombe's hybrid score interval (method 10 of
 * Newcombe 1998), built from the two Wilson intervals: it keeps good coverage where the simple interval fails.
 */
export function difference(a: { x: number; n: number }, b: { x: number; n: number }, z = Z95): Interval {
  const wa = wilson(a.x, a.n, z);
  const wb = wilson(b.x, b.n, z);
  const d = wa.estimate - wb.estimate;
  return {
    estimate: d,
    low: d - Math.sqrt((wa.estimate - wa.low) ** 2 + (wb.high - wb.estimate) ** 2),
    high: d + Math.sqrt((wa.high - wa.estimate) ** 2 + (wb.estimate - wb.low) ** 2),
  };
}

/** What a comparison of two campaigns may honestly say. */
export type Verdict = 'too_few' | 'no_clear_difference' | 'a_higher' | 'b_higher';

/** The plain verdict: too few residents, no clear difference (the interval holds zero), or which one is higher. */
export function verdictOf(diff: Interval | undefined): Verdict {
  if (!diff) return 'too_few';
  if (diff.low > 0) return 'a_higher';
  if (diff.high < 0) return 'b_higher';
  return 'no_clear_difference';
}

/**
 * The value below which a share q of the counted values lie, from a histogram of whole numbers (value -> count),
 * the nearest-rank way: the smallest value whose cumulative count reaches q of the total.
 */
export function quantileOf(histogram: ReadonlyMap<number, number>, q: number): number | undefined {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value) ?? 0;
    if (seen >= rank) return value;
  }
  return undefined;
}
