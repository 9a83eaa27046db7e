import type { Locale } from './dimensions.js';
import type { Sentiment } from '../language/types.js';
import {
  EMOJI_SCORES, HEDGE_PREFIXES, HEDGE_SUFFIXES, INTENSIFIERS, MOOD_FILLER_PREFIXES, MOOD_FILLER_SUFFIXES, MOOD_WORDS,
  NEGATIONS, NEUTRAL_PREFIXES, NEUTRAL_SUFFIXES, NUMBER_WORDS,
} from './words.js';

/**
 * What a resident's answer to "which number from 0 to 10?" means.
 * `exact` can be stored at once; `approximate` and `range` carry a best guess the dialog confirms first.
 */
export type ScoreReading =
  | { kind: 'exact'; score: number }
  | { kind: 'approximate'; score: number }
  | { kind: 'range'; low: number; high: number; score: number }
  | { kind: 'none' };

const NONE: ScoreReading = { kind: 'none' };

/** Lowest and highest score on the scale. */
export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

const DIGITS = String.raw`\d{1,3}(?:[.,]\d{1,2})?(?:'?t?je)?`;
const WORD = `(?:${alternatives(Object.keys(NUMBER_WORDS))})`;
// "zeven en een half", "zevenenhalf", "7½", "seven and a half", "zeven komma vijf"
const HALF = String.raw`(?:\s*-?\s*(?:en|and)\s*-?\s*(?:een|a)?\s*-?\s*half|\s*½|\s+(?:komma|point)\s+(?:vijf|five))`;
const NUM = `(?:anderhalf|(?:${DIGITS}|${WORD})${HALF}?)`;
const ARTICLE = String.raw`(?:(?:een|a|an|de)\s+)?`;
const OUT_OF_TEN = String.raw`(?:\s*/\s*(?:10|tien|ten)|\s+(?:op|uit|van de|van|out of)\s+(?:10|tien|ten))`;

const SINGLE_RE = new RegExp(String.raw`^${ARTICLE}(?<num>${NUM})(?<mod>\s*[+-]|\s+(?:min|plus))?(?<ten>${OUT_OF_TEN})?$`);
// In English "8 of 10" means 8 out of 10; in Dutch "8 of 9" means 8 or 9.
const SINGLE_OF_TEN_EN_RE = new RegExp(String.raw`^${ARTICLE}(?<num>${NUM})\s+of\s+(?:10|ten)$`);
const RANGE_SEPARATORS = {
  nl: String.raw`-|/|tot|à|a|of|en|or|to|and`,
  en: String.raw`-|/|to|or|and|tot|à|of|en`,
} as const;
const rangeRe = (locale: Locale) =>
  new RegExp(String.raw`^(?:(?:tussen|between)\s+)?${ARTICLE}(?<low>${NUM})\s*(?:${RANGE_SEPARATORS[locale]})\s*${ARTICLE}(?<high>${NUM})$`);
const RANGE_RE = { nl: rangeRe('nl'), en: rangeRe('en') } as const;

const wordListRe = (words: readonly string[], at: 'start' | 'end') =>
  at === 'start'
    ? new RegExp(String.raw`^(?:${alternatives(words)})(?:[\s,:]+|$)`)
    : new RegExp(String.raw`(?:^|[\s,]+)(?:${alternatives(words)})$`);

const HEDGE_START = new RegExp(String.raw`^(?:~|±|\+/-|\+-|ca\.|ong\.)\s*|${wordListRe(HEDGE_PREFIXES, 'start').source}`);
const HEDGE_END = new RegExp(String.raw`\s*-?\s*ish$|${wordListRe(HEDGE_SUFFIXES, 'end').source}`);
const NEUTRAL_START = wordListRe(NEUTRAL_PREFIXES, 'start');
const NEUTRAL_END = wordListRe(NEUTRAL_SUFFIXES, 'end');
const FILLER_START = wordListRe(MOOD_FILLER_PREFIXES, 'start');
const FILLER_END = wordListRe(MOOD_FILLER_SUFFIXES, 'end');
const INTENSIFIER_RE = new RegExp(String.raw`^(?:${alternatives(INTENSIFIERS)})\s+(?<rest>.+)$`);
const NEGATION_RE = new RegExp(String.raw`^(?:${alternatives(NEGATIONS)})\s+(?<rest>.+)$`);

const EMOJI_MODIFIERS = /[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPHS = /\p{Extended_Pictographic}/gu;

/**
 * Reads a score from 0 to 10 (halves allowed) out of a resident's reply: digits, number words,
 * halves, "ongeveer 6", ranges such as "6 of 7", mood words such as "gaat wel", and emoji.
 * Returns `none` for anything else, so the dialog can fall back to sentiment analysis.
 */
export function parseScore(text: string, locale: Locale): ScoreReading {
  const cleaned = normalise(text);
  const emojiOnly = readEmoji(cleaned);
  if (emojiOnly) return emojiOnly;
  const words = trimPunctuation(cleaned.replace(EMOJI_MODIFIERS, '').replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' '));
  if (words === '') return NONE;
  return readNumbers(words, locale) ?? readMood(words) ?? readLoneNumber(words) ?? NONE;
}

/** True when the dialog should ask "Bedoel je een 7?" before storing the score. */
export function needsConfirmation(reading: ScoreReading): boolean {
  return reading.kind === 'approximate' || reading.kind === 'range';
}

/**
 * Turns a sentiment (score -1..1) into a whole score from 1 to 9 to propose to the resident.
 * The extremes 0 and 10 are left to the resident: a guess from free text should never claim them.
 */
export function scoreFromSentiment(label: Sentiment, score: number): number {
  const clamped = Number.isFinite(score) ? Math.min(1, Math.max(-1, score)) : 0;
  const guess = Math.round(5 + 4 * clamped);
  // The label wins when it disagrees with the number's side of the middle.
  if (label === 'positive') return Math.max(6, guess);
  if (label === 'negative') return Math.min(4, guess);
  return guess;
}

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function trimPunctuation(s: string): string {
  return s.replace(/^[\s!?.,;:"()]+|[\s!?.,;:"()]+$/g, '');
}

function readEmoji(s: string): ScoreReading | undefined {
  if (!PICTOGRAPH.test(s)) return undefined;
  const symbols = Array.from(s.replace(EMOJI_MODIFIERS, '').replace(/[\s!?.,]/g, ''));
  const scores = symbols.map((symbol) => EMOJI_SCORES[symbol]);
  if (scores.length === 0 || scores.some((v) => v === undefined)) return undefined;
  const mean = (scores as number[]).reduce((sum, v) => sum + v, 0) / scores.length;
  return { kind: 'approximate', score: roundToHalf(mean) };
}

/** Strips hedges ("ongeveer", "of zo") and neutral words, then reads one number or a range. */
function readNumbers(input: string, locale: Locale): ScoreReading | undefined {
  let s = input;
  let hedged = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, hedge] of [[HEDGE_START, true], [HEDGE_END, true], [NEUTRAL_START, false], [NEUTRAL_END, false]] as const) {
      const next = trimPunctuation(s.replace(re, ''));
      if (next !== s && next !== '') {
        s = next;
        hedged ||= hedge;
        changed = true;
      }
    }
  }
  const single = SINGLE_RE.exec(s) ?? (locale === 'en' ? SINGLE_OF_TEN_EN_RE.exec(s) : null);
  if (single?.groups?.num !== undefined) {
    const value = readNumber(single.groups.num);
    if (value === undefined || !inRange(value)) return NONE;
    const rounded = roundToHalf(value);
    const approximate = hedged || single.groups.mod !== undefined || rounded !== value;
    return { kind: approximate ? 'approximate' : 'exact', score: rounded };
  }
  const range = RANGE_RE[locale].exec(s);
  if (range?.groups?.low !== undefined && range.groups.high !== undefined) {
    const a = readNumber(range.groups.low);
    const b = readNumber(range.groups.high);
    if (a === undefined || b === undefined || !inRange(a) || !inRange(b)) return NONE;
    const low = roundToHalf(Math.min(a, b));
    const high = roundToHalf(Math.max(a, b));
    if (low === high) return { kind: 'approximate', score: low };
    return { kind: 'range', low, high, score: roundToHalf((low + high) / 2) };
  }
  return undefined;
}

function readNumber(raw: string): number | undefined {
  let s = raw.trim();
  if (s === 'anderhalf') return 1.5;
  let half = 0;
  const halfMatch = new RegExp(`${HALF}$`).exec(s);
  if (halfMatch) {
    half = 0.5;
    s = s.slice(0, halfMatch.index).trim();
  }
  const digits = /^(\d{1,3}(?:[.,]\d{1,2})?)(?:'?t?je)?$/.exec(s);
  const base = digits?.[1] !== undefined ? Number(digits[1].replace(',', '.')) : NUMBER_WORDS[s];
  if (base === undefined || !Number.isFinite(base)) return undefined;
  // "7,5 en een half" makes no sense; refuse rather than guess.
  if (half && !Number.isInteger(base)) return undefined;
  return base + half;
}

/** Mood words ("goed", "gaat wel", "heel slecht"), with fillers, intensifiers and "niet". */
function readMood(input: string): ScoreReading | undefined {
  const score = moodScore(input.replace(/-/g, ' ').replace(/[^\p{L}\p{N}' ]/gu, '').replace(/\s+/g, ' ').trim(), 4);
  return score === undefined ? undefined : { kind: 'approximate', score };
}

function moodScore(s: string, depth: number): number | undefined {
  const known = MOOD_WORDS[s];
  if (known !== undefined) return known;
  if (depth === 0 || s === '') return undefined;
  const intensified = INTENSIFIER_RE.exec(s)?.groups?.rest;
  if (intensified !== undefined) {
    const base = moodScore(intensified, depth - 1);
    if (base !== undefined) return base > 5 ? Math.min(MAX_SCORE, base + 1) : base < 5 ? Math.max(1, base - 1) : base;
  }
  const negated = NEGATION_RE.exec(s)?.groups?.rest;
  if (negated !== undefined) {
    const base = moodScore(negated, depth - 1);
    if (base !== undefined) return base > 5 ? 4 : base < 5 ? 6 : 5;
  }
  for (const re of [FILLER_START, FILLER_END]) {
    const next = s.replace(re, '').trim();
    if (next !== s && next !== '') {
      const found = moodScore(next, depth - 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A short sentence with exactly one number in it ("ik zou zeggen 7 want ik slaap slecht") is a guess to confirm. */
function readLoneNumber(s: string): ScoreReading | undefined {
  if (s.split(' ').length > 8) return undefined;
  const numbers = [...s.matchAll(/(-?)(\d+(?:[.,]\d+)?)/g)];
  const [only] = numbers;
  if (numbers.length !== 1 || only?.[2] === undefined) return undefined;
  const negative = only[1] === '-' && (only.index === 0 || s[only.index - 1] === ' ');
  const value = Number(only[2].replace(',', '.'));
  if (negative || !inRange(value)) return NONE;
  return { kind: 'approximate', score: roundToHalf(value) };
}

function inRange(value: number): boolean {
  return value >= MIN_SCORE && value <= MAX_SCORE;
}

function roundToHalf(value: number): number {
  return Math.round(value * 2) / 2;
}
