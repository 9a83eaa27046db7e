import { isValidBsn, isValidIban } from './checksums.js';
import type { PiiCategory } from './placeholders.js';

/** One way a piece of personal data can be written; `valid` rejects look-alikes such as random digits. */
export interface PiiPattern {
  category: PiiCategory;
  pattern: RegExp;
  valid?: (match: string) => boolean;
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|' +
  'sept|jan|feb|mrt|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:19|20)\\d{2}';

// A house number: 12, 12a, 12 A, 7-2, 14 hs.
const HOUSE_NUMBER = '\\d{1,5}(?:\\s?-\\s?\\d{1,4}|\\s?[a-zA-Z](?![\\p{L}\\d])|\\s+(?:hs|bis|huis)\\b)?(?!\\d|[.,]\\d)';
// Street names that end in a word no ordinary sentence ends a word with.
const STRONG_SUFFIX = 'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|plantsoen|boulevard|allee|markt|kwartier';
// Street names whose ending is also a common word ("fietspad", "loopbaan"): only with a capital.
const WEAK_SUFFIX = 'hof|pad|park|baan|veld|erf|wal|haven|ring|dam|poort|hoeve|akker|vaart|kamp|hout|berg|burg|oord|meer';
// Starts only where a word starts, so a long run of letters is tried once, not from every letter in it.
const CAPITALISED_WORDS = "(?<![\\p{L}'-])(?:\\p{Lu}[\\p{L}\'-]*\\.?\\s+){0,3}";

/**
 * Every pattern, in the order they are applied: the most specific first, so that an IBAN is not
 * half-eaten by the phone pattern and a phone number is not read as a BSN.
 */
export const PII_PATTERNS: readonly PiiPattern[] = [
  { category: 'email', pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  // Printed form, upper case, groups of four with or without spaces.
  { category: 'iban', pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, valid: isValidIban },
  // Typed form: one word, any case.
  { category: 'iban', pattern: /\b[a-z]{2}\d{2}[a-z0-9]{11,30}\b/gi, valid: isValidIban },
  // 06-12345678, 020-1234567, 071 512 3456, +31 6 12345678, 0031612345678, (020) 123 45 67.
  { category: 'phone', pattern: /(?<![\p{L}\p{N}+])(?:\+31|0031|\(?0)(?:[ .)-]{0,2}\d){9}(?!\d)/gu },
  {
    category: 'bsn',
    pattern: /(?<![\d.,])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{2}[ .]\d{3}[ .]\d{2}[ .]\d{2})(?!\d|[.,]\d)/g,
    valid: isValidBsn,
  },
  { category: 'birthdate', pattern: new RegExp(`(?<![\\d.,/-])${DAY}([-/.])${MONTH}\\1(?:${YEAR}|\\d{2})(?![\\d/-]|[.,]\\d)`, 'g') },
  { category: 'birthdate', pattern: new RegExp(`(?<![\\d-])${YEAR}-${MONTH}-${DAY}(?![\\d-])`, 'g') },
  { category: 'birthdate', pattern: new RegExp(`\\b${DAY}(?:e|ste|de|st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+${YEAR}\\b`, 'gi') },
  { category: 'birthdate', pattern: new RegExp(`\\b(?:${MONTHS})\\.?\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi') },
  // 1234 AB with capitals, or 1234ab typed as one word (but not 2000km or 1500mg).
  { category: 'postcode', pattern: /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g },
  { category: 'postcode', pattern: /\b[1-9]\d{3}(?!sa|sd|ss|km|kg|ml|mg|cm|mm|mb|gb|kb|kw|pk|st|nd|rd|th|hz|uur)[a-z]{2}\b/gi },
  {
    category: 'address',
    pattern: new RegExp(`${CAPITALISED_WORDS}(?<![\\p{L}])(?!onderweg|halfweg)\\p{L}[\\p{L}'-]*?(?:${STRONG_SUFFIX})\\s+${HOUSE_NUMBER}`, 'gu'),
  },
  {
    category: 'address',
    pattern: new RegExp(`${CAPITALISED_WORDS}(?<![\\p{L}])\\p{Lu}[\\p{L}'-]*?(?:${WEAK_SUFFIX})\\s+${HOUSE_NUMBER}`, 'gu'),
  },
  // Two or more capitalised words and a number: "Lange Voorhout 3a".
  { category: 'address', pattern: new RegExp(`(?<![\\p{L}'-])(?:\\p{Lu}[\\p{L}'-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'-]+\\s+${HOUSE_NUMBER}`, 'gu') },
  // After "ik woon op/aan (de)": any street name, also in lower case.
  {
    category: 'address',
    pattern: new RegExp(`(?<=\\b(?:(?:woon|woont|wonen|woonde)\\s{1,3}(?:op|aan)|adres is|live at|live on)\\s{1,3}(?:de\\s{1,3}|het\\s{1,3})?)\\p{L}[\\p{L}'-]+(?:\\s+\\p{L}[\\p{L}'-]+)?\\s+${HOUSE_NUMBER}`, 'giu'),
  },
  // English order: 12 Baker Street.
  {
    category: 'address',
    pattern: /\b\d{1,5}[a-zA-Z]?\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Square|Sq|Crescent|Terrace|Gardens)\b\.?/gu,
  },
];
