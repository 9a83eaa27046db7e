/** Lowest and highest score on the scale. */
export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

/** The value lies on the scale from 0 to 10. */
export function inRange(value: number): boolean {
  return value >= MIN_SCORE && value <= MAX_SCORE;
}

/** The nearest whole or half score. */
export function roundToHalf(value: number): number {
  return Math.round(value * 2) / 2;
}
