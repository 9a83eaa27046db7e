import { LOCALES, type Locale } from '../health/dimensions.js';
import { INTEREST_WORDS, NEGATION_WORDS, type InterestRule } from './interest-words.js';
import type { Tag } from './model.js';

interface Pattern {
  tokens: readonly string[];
  /** The last token matches as a prefix. */
  prefix: boolean;
  tags: readonly Tag[];
  /** From a job or trade: what the resident can, not what they like. */
  skill: boolean;
}

/** Lower-case, accents removed, apostrophes dropped, everything that is not a letter or digit a space. */
function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function compile(rules: readonly InterestRule[]): Pattern[] {
  return rules.flatMap((rule) =>
    rule.words.map((word) => {
      const prefix = word.endsWith('*');
      return { tokens: tokenize(prefix ? word.slice(0, -1) : word), prefix, tags: rule.tags, skill: rule.skill === true };
    }),
  );
}

const PATTERNS = Object.fromEntries(LOCALES.map((l) => [l, compile(INTEREST_WORDS[l])])) as Record<Locale, Pattern[]>;
// Negations of both languages always apply, so a negated English word is not picked up again by the Dutch list.
const NEGATIONS = new Set(LOCALES.flatMap((l) => NEGATION_WORDS[l]));
const NEGATION_WINDOW = 2;

function matchesAt(tokens: readonly string[], at: number, pattern: Pattern): boolean {
  const last = pattern.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const token = tokens[at + k];
    const want = pattern.tokens[k] as string;
    if (token === undefined) return false;
    if (k === last && pattern.prefix ? !token.startsWith(want) : token !== want) return false;
  }
  return true;
}

function negated(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - NEGATION_WINDOW); k < Math.min(tokens.length, to + NEGATION_WINDOW); k++) {
    if ((k < from || k >= to) && NEGATIONS.has(tokens[k] as string)) return true;
  }
  return false;
}

function find(tokens: readonly string[], locale: Locale, likedOnly: boolean): Tag[] {
  const found = new Set<Tag>();
  for (let at = 0; at < tokens.length; at++) {
    for (const pattern of PATTERNS[locale]) {
      if (likedOnly && pattern.skill) continue;
      if (!matchesAt(tokens, at, pattern)) continue;
      if (negated(tokens, at, at + pattern.tokens.length)) continue;
      for (const tag of pattern.tags) found.add(tag);
    }
  }
  return [...found];
}

/**
 * The interests in what a resident typed ("ik kook graag" → cooking, "I like music" → music), in the order
 * they were mentioned. A word close to "niet"/"not" does not count. The resident's language is tried first,
 * the other one when nothing was found, because people mix languages.
 */
export function interestsFromText(text: string, locale: Locale): Tag[] {
  return findInText(text, locale, false);
}

/**
 * Only what the resident said they like ("ik zing graag" → music), without the tags a job or trade stands for
 * ("ik was kapper" gives none): a reason that names an interest must repeat what the resident said, nothing more.
 */
export function likedFromText(text: string, locale: Locale): Tag[] {
  return findInText(text, locale, true);
}

function findInText(text: string, locale: Locale, likedOnly: boolean): Tag[] {
  const tokens = tokenize(text);
  const own = find(tokens, locale, likedOnly);
  if (own.length > 0) return own;
  const other = LOCALES.find((l) => l !== locale);
  return other === undefined ? [] : find(tokens, other, likedOnly);
}
