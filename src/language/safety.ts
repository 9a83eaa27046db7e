import {
  BENIGN_PATTERNS, BENIGN_PHRASES, CRISIS_PHRASES, CRISIS_STEMS, CRISIS_TOKENS, DISTRESS_PHRASES, NEGATIONS,
} from './safety-lexicon.js';
import { normalizeForSafety, safetySegments } from './safety-normalize.js';

/** How worried the bot should be about a message; 'crisis' interrupts everything. */
export type SafetyLevel = 'crisis' | 'distress' | 'none';

/** The outcome of the safety net for one message. */
export interface SafetyAssessment {
  level: SafetyLevel;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const negations = new Set(NEGATIONS.map(normalizeForSafety));
const negationAlternatives = [...negations].map(escape).join('|');
// Up to three words that are not a negation, so "ik wil echt dood" matches and "ik wil niet dood" does not.
const GAP = `(?:\\s+(?!(?:${negationAlternatives})(?!\\S))\\S+){0,3}`;

/** A phrase as a regular expression, with one word the text must contain before the expression can match. */
interface Phrase {
  pattern: RegExp;
  /** the longest word of the phrase: every match contains it, so a text without it is skipped cheaply */
  needle: string;
}

/** Turns one phrase from the lexicon into a regular expression over normalised text. */
function compilePhrase(phrase: string): Phrase {
  const trimmed = phrase.trim();
  const atEnd = trimmed.endsWith('$');
  const body = atEnd ? trimmed.slice(0, -1) : trimmed;
  const words = body.split('*').map((part) => normalizeForSafety(part).split(' '));
  const parts = words.map((part) => part.map(escape).join('\\s*'));
  // "\s*" between words tolerates missing spaces ("ikwildood"); a glued "ik" or "i" in front is allowed too.
  const source = `(?<!\\S)(?:ik|i)?${parts.join(`${GAP}\\s*`)}${atEnd ? '\\s*$' : '(?!\\S)'}`;
  const needle = words.flat().reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  return { pattern: new RegExp(source, 'g'), needle };
}

const crisisPhrases = CRISIS_PHRASES.map(compilePhrase);
const distressPhrases = DISTRESS_PHRASES.map(compilePhrase);
const benignPhrases = BENIGN_PHRASES.map(compilePhrase);
const crisisStems = CRISIS_STEMS.map(normalizeForSafety);
const crisisTokens = new Set(CRISIS_TOKENS.map(normalizeForSafety));

/** True when a phrase occurs in the segment and the word right before it is not a negation. */
function occurs(phrases: readonly Phrase[], segment: string): boolean {
  for (const { pattern, needle } of phrases) {
    // Most messages contain none of the needles: the regular expression is then never run.
    if (!segment.includes(needle)) continue;
    for (const match of segment.matchAll(pattern)) {
      const before = segment.slice(0, match.index).trim().split(' ').pop() ?? '';
      if (!negations.has(before)) return true;
    }
  }
  return false;
}

function mask(segment: string): string {
  let masked = segment;
  for (const { pattern, needle } of benignPhrases) if (masked.includes(needle)) masked = masked.replace(pattern, ' ');
  for (const pattern of BENIGN_PATTERNS) masked = masked.replace(pattern, ' ');
  return masked.replace(/\s+/g, ' ').trim();
}

/**
 * The safety net: recognises suicidal thoughts, self-harm and acute danger ('crisis') and feeling very
 * low or lonely ('distress') in Dutch and English, also with spelling slips, chat words and indirect
 * wording. Pure, synchronous and offline on purpose: it never waits for or depends on Azure or config.
 */
export function detectCrisis(text: string): SafetyAssessment {
  const segments = safetySegments(text).map(mask).filter((s) => s !== '');
  for (const segment of segments) {
    const words = segment.split(' ');
    if (words.some((w) => crisisTokens.has(w))) return { level: 'crisis' };
    if (crisisStems.some((stem) => segment.includes(stem))) return { level: 'crisis' };
    if (occurs(crisisPhrases, segment)) return { level: 'crisis' };
  }
  for (const segment of segments) {
    if (occurs(distressPhrases, segment)) return { level: 'distress' };
  }
  return { level: 'none' };
}
