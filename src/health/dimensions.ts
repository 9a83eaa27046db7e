export { LOCALES, isLocale, type Locale } from '../content/locales.js';

/**
 * The six dimensions of Positive Health, in the order the check-in asks them:
 * it starts with everyday, concrete things and ends with the deeper ones.
 */
export const DIMENSIONS = ['body', 'daily', 'participation', 'quality', 'mind', 'meaning'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}

