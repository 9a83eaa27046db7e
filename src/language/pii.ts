import type { Locale } from '../health/dimensions.js';
import type { Redaction } from './types.js';
import { PII_PATTERNS } from './pii-patterns.js';
import { PII_CATEGORIES, PLACEHOLDERS, type PiiCategory } from './placeholders.js';

/**
 * Replaces e-mail addresses, phone numbers, postcodes, IBANs, BSNs, dates of birth and street
 * addresses with a placeholder such as "[telefoon]", so free text can be stored or shown to a
 * welfare worker without contact details the resident did not mean to share. Pure and synchronous.
 */
export function redactOffline(text: string, locale: Locale): Redaction {
  const found = new Set<PiiCategory>();
  let result = text;
  for (const { category, pattern, valid } of PII_PATTERNS) {
    result = result.replace(pattern, (match: string) => {
      if (valid && !valid(match)) return match;
      found.add(category);
      return PLACEHOLDERS[locale][category];
    });
  }
  return { text: result, categories: sortCategories(found) };
}

/** Categories in one fixed order, so callers and tests see the same list for the same text. */
export function sortCategories(found: Iterable<PiiCategory>): PiiCategory[] {
  const set = new Set(found);
  return PII_CATEGORIES.filter((c) => set.has(c));
}
