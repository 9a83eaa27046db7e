import type { SentimentResult } from './types.js';
import { CONTRAST, EMOJI, MODIFIERS, NEGATE_NEGATIVE, NEGATE_POSITIVE, NEGATORS, PHRASES, WORDS } from './lexicon.js';
import { foldText, tokenize } from './text.js';

const MAX_PHRASE_WORDS = Math.max(...Object.keys(PHRASES).map((p) => p.split(' ').length));
const NEGATION_WINDOW = 3;
const negators = new Set(NEGATORS);
const contrast = new Set(CONTRAST);

/** A lexicon value for one token, trying squeezed spellings such as "supeeer" and "goeeed". */
function wordValue(token: string): number | undefined {
  const candidates = [token, token.replace(/(.)\1{2,}/g, '$1$1'), token.replace(/(.)\1{2,}/g, '$1')];
  for (const c of candidates) {
    const v = WORDS[c] ?? EMOJI[c];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The longest phrase starting at `i`, with its value and length in tokens. */
function phraseAt(tokens: string[], i: number): { value: number; length: number } | undefined {
  for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n >= 2; n--) {
    const value = PHRASES[tokens.slice(i, i + n).join(' ')];
    if (value !== undefined) return { value, length: n };
  }
  return undefined;
}

function scoresAt(tokens: string[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (phraseAt(tokens, i) !== undefined || wordValue(t) !== undefined || MODIFIERS[t] !== undefined);
}

/**
 * Lexicon sentiment for Dutch and English check-in answers, with negation ("niet goed", "not bad"),
 * intensifiers ("heel", "very"), contrast ("goed, maar moe") and emoji. Pure and synchronous.
 */
export function analyseSentiment(text: string): SentimentResult {
  const tokens = tokenize(foldText(text));
  let positive = 0;
  let negative = 0;
  let weight = 1;
  let multiplier = 1;
  let negation = 0;

  const add = (raw: number) => {
    let v = Math.max(-1, Math.min(1, raw * multiplier));
    if (negation > 0) v = v > 0 ? v * NEGATE_POSITIVE : v * NEGATE_NEGATIVE;
    v *= weight;
    if (v > 0) positive += v;
    else negative += v;
    multiplier = 1;
    negation = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      add(phrase.value);
      i += phrase.length - 1;
      continue;
    }
    if (negators.has(token)) {
      negation = NEGATION_WINDOW;
      continue;
    }
    if (contrast.has(token)) {
      // What follows "maar" usually carries the real answer.
      positive *= 0.5;
      negative *= 0.5;
      weight = 1.5;
      continue;
    }
    const modifier = MODIFIERS[token];
    if (modifier !== undefined && scoresAt(tokens, i + 1)) {
      multiplier *= modifier;
      continue;
    }
    const value = wordValue(token);
    if (value !== undefined) {
      add(value);
      continue;
    }
    multiplier = 1;
    if (negation > 0) negation--;
  }

  const score = Math.round(Math.max(-1, Math.min(1, positive + negative)) * 100) / 100;
  if (positive >= 0.3 && negative <= -0.3 && Math.abs(score) < 0.25) return { label: 'mixed', score };
  if (score >= 0.15) return { label: 'positive', score };
  if (score <= -0.15) return { label: 'negative', score };
  return { label: 'neutral', score };
}
