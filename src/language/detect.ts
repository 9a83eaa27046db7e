import { LOCALES } from '../content/locales.js';
import type { DetectedLanguage } from './types.js';
import { FUNCTION_WORDS } from './function-words.js';
import { foldText, tokenize } from './text.js';

const lists = LOCALES.map((locale) => ({ locale, words: new Set(FUNCTION_WORDS[locale]) }));
// Below this many words a guess stays a guess: "ja" or "ok" says little about someone's language.
const WORDS_FOR_FULL_CONFIDENCE = 6;
// A sentence where under this share of words is Dutch or English is taken to be another language.
const MIN_SHARE = 0.3;

/**
 * Guesses which of the bot's languages a text is in (or another one) from frequent words. Confidence grows with the number
 * of words and the lead of the winner; a confidence under 0.5 means "do not switch language on this".
 */
export function detectLanguageOffline(text: string): DetectedLanguage {
  const words = tokenize(foldText(text)).filter((t) => /\p{L}/u.test(t));
  if (words.length === 0) return { language: 'other', confidence: 0 };
  // How many words each language knows, best first; a word several languages share counts for each.
  const counts = lists
    .map(({ locale, words: known }) => ({ locale, count: words.reduce((n, w) => n + (known.has(w) ? 1 : 0), 0) }))
    .sort((a, b) => b.count - a.count);
  const best = counts[0] ?? { locale: undefined, count: 0 };
  const runnerUp = counts[1]?.count ?? 0;
  const lengthFactor = Math.min(1, words.length / WORDS_FOR_FULL_CONFIDENCE);
  const round = (n: number) => Math.round(n * 100) / 100;
  const share = best.count / words.length;
  if (!best.locale || best.count === runnerUp || (words.length >= 3 && share < MIN_SHARE)) {
    // Nothing recognised in a sentence of some length is most likely a third language.
    const otherConfidence = share < MIN_SHARE ? 0.3 + 0.5 * lengthFactor * (1 - share) : 0.2;
    return { language: 'other', confidence: round(words.length < 2 ? 0.1 : otherConfidence) };
  }
  const lead = (best.count - runnerUp) / words.length;
  return { language: best.locale, confidence: round(Math.min(0.99, 0.2 + 0.8 * Math.min(1, lead * 2) * lengthFactor)) };
}
