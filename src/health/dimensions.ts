/** The languages the bot speaks. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The six dimensions of Positive Health, in the order the check-in asks them:
 * it starts with everyday, concrete things and ends with the deeper ones.
 */
export const DIMENSIONS = ['body', 'daily', 'participation', 'quality', 'mind', 'meaning'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language: the bot speaks two, and "taal" switches between them. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'nl' ? 'en' : 'nl';
}
