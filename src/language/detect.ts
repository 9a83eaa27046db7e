import type { DetectedLanguage } from './types.js';
import { FUNCTION_WORDS } from './function-words.js';
import { foldText, tokenize } from './text.js';

const lists = { nl: new Set(FUNCTION_WORDS.nl), en: new Set(FUNCTION_WORDS.en) };
// Below this many words a guess stays a guess: "ja" or "ok" says little about someone's language.
const WORDS_FOR_FULL_CONFIDENCE = 6;
// A sentence where under this share of words is Dutch or English is taken to be another language.
const MIN_SHARE = 0.3;

/**
 * Guesses Dutch, English or another language from frequent words. Confidence grows with the number
 * of words and the lead of the winner; a confidence under 0.5 means "do not switch language on this".
 */
export function detectLanguageOffline(text: string): DetectedLanguage {
  const words = tokenize(foldText(text)).filter((t) => /\p{L}/u.test(t));
  if (words.length === 0) return { language: 'other', confidence: 0 };
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (lists.nl.has(w)) nl++;
    if (lists.en.has(w)) en++;
  }
  const lengthFactor = Math.min(1, words.length / WORDS_FOR_FULL_CONFIDENCE);
  const round = (n: number) => Math.round(n * 100) / 100;
  const share = Math.max(nl, en) / words.length;
  if (nl === en || (words.length >= 3 && share < MIN_SHARE)) {
    // Nothing recognised in a sentence of some length is most likely a third language.
    const otherConfidence = share < MIN_SHARE ? 0.3 + 0.5 * lengthFactor * (1 - share) : 0.2;
    return { language: 'other', confidence: round(words.length < 2 ? 0.1 : otherConfidence) };
  }
  const language = nl > en ? 'nl' : 'en';
  const lead = Math.abs(nl - en) / words.length;
  return { language, confidence: round(Math.min(0.99, 0.2 + 0.8 * Math.min(1, lead * 2) * lengthFactor)) };
}
