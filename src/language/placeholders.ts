import type { Locale } from '../health/dimensions.js';

/** The kinds of personal data the bot removes from free text before it stores or forwards it. */
export const PII_CATEGORIES = ['email', 'phone', 'postcode', 'iban', 'bsn', 'birthdate', 'address', 'name'] as const;
export type PiiCategory = (typeof PII_CATEGORIES)[number];

/**
 * What a resident or welfare worker sees in place of removed data, per locale.
 * Kept as data beside the code because these words end up in stored answers.
 */
export const PLACEHOLDERS: Readonly<Record<Locale, Readonly<Record<PiiCategory, string>>>> = {
  nl: {
    email: '[e-mail]', phone: '[telefoon]', postcode: '[postcode]', iban: '[iban]', bsn: '[bsn]', birthdate: '[datum]', address: '[adres]',
    name: '[naam]',
  },
  en: {
    email: '[email]', phone: '[phone]', postcode: '[postcode]', iban: '[iban]', bsn: '[bsn]', birthdate: '[date]', address: '[address]',
    name: '[name]',
  },
};
