import { modelReading } from './safety-match.js';
import { CLAUSE_BREAK } from './safety-normalize.js';

/** Size of the hashed feature space of the safety model, as a power of two (2^20 buckets: at 2^18, four in five buckets were shared by several features). */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** The model reads at most this many characters; a crisis further on is left to the rules, which read all. */
export const MAX_MODEL_CHARS = 2000;

/**
 * A message is scaled by the square root of its number of features, but never of fewer than this: a short
 * message carries little evidence, and the corpus the model learns from holds almost no short crisis messages.
 */
export const MIN_FEATURE_NORM = 100;

/**
 * The model speaks only on messages of at least this many words; shorter ones ("een 3", "weet ik niet", "no")
 * are left to the rules, because the corpus holds almost no short messages to learn them from.
 */
export const MIN_MODEL_WORDS = 4;

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * Text in the form the model reads: lowercase, no accents, letters and digits only, one space between words,
 * digits inside a word read as letters ("k1ll"), and every run of one letter squeezed to one ("dooood", "leeven").
 * Linear in the length of the text.
 */
function normalizeForModel(text: string): string {
  const plain = text.slice(0, MAX_MODEL_CHARS).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.replace(/(?<=[\p{L}\d])['’-](?=[\p{L}\d])/gu, '').split(/[^\p{L}\d@$]+/u);
  const out: string[] = [];
  for (const word of words) {
    if (word === '') continue;
    const mixed = /\p{L}/u.test(word) && /[\d@$]/.test(word);
    const letters = mixed ? word.replace(/[\d@$]/g, (c) => LEET[c] ?? c) : word.replace(/[@$]/g, '');
    if (letters !== '') out.push(letters.replace(/(\p{L})\1+/gu, '$1'));
  }
  return out.join(' ');
}

// FNV-1a, 32 bits: a fast hash with no allocation, computed character by character.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const step = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME) >>> 0;

// Different starting points keep character n-grams, words, word pairs and words one apart in the one hashed space.
const WORD_SEED = step(FNV_OFFSET, 0x1f);
const PAIR_SEED = step(FNV_OFFSET, 0x1e);
const CONCEPT_SEED = step(FNV_OFFSET, 0x1d);
const CONCEPT_PAIR_SEED = step(FNV_OFFSET, 0x1c);
const SKIP_SEED = step(FNV_OFFSET, 0x1b);
const NET_WORD_SEED = step(FNV_OFFSET, 0x1a);
const NET_PAIR_SEED = step(FNV_OFFSET, 0x19);
const START = '^'.charCodeAt(0);

/**
 * Calls `visit` with the bucket of every feature of normalised text: character n-grams of 2 to 5 characters
 * (the text padded with a space on each side, so word starts and ends count), every word, every pair of
 * neighbouring words (with a start marker before the first) and every pair of words one apart ("wil ... meer" in
 * "wil echt niet meer" and "wil gewoon niet meer"). A feature that occurs twice is visited twice.
 * Linear: at most five steps per character and three per word.
 */
function visitFeatures(normalized: string, visit: (bucket: number) => void): void {
  if (normalized === '') return;
  const padded = ` ${normalized} `;
  const length = padded.length;
  for (let i = 0; i < length - 1; i++) {
    let hash = step(FNV_OFFSET, padded.charCodeAt(i));
    for (let n = 2; n <= 5 && i + n <= length; n++) {
      hash = step(hash, padded.charCodeAt(i + n - 1));
      visit((hash ^ n) & MASK);
    }
  }
  let previous = step(WORD_SEED, START);
  let beforePrevious = previous;
  let word = WORD_SEED;
  for (let i = 1; i < length; i++) {
    const code = padded.charCodeAt(i);
    if (code !== 32) {
      word = step(word, code);
      continue;
    }
    visit(word & MASK);
    visit((Math.imul(previous ^ PAIR_SEED, FNV_PRIME) ^ word) & MASK);
    visit((Math.imul(beforePrevious ^ SKIP_SEED, FNV_PRIME) ^ word) & MASK);
    beforePrevious = previous;
    previous = word;
    word = WORD_SEED;
  }
}

function hashText(seed: number, text: string): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

const CLAUSE_START = hashText(NET_WORD_SEED, '^');

/**
 * Calls `visit` with the bucket of every pair of neighbouring words as the rules read them (chat and Flemish spelling
 * rewritten, clitics expanded), a clause start counting as a word: "ik wil" in "kwil", "wil gewoon" in "wil gwn". The
 * letters alone keep the spellings apart; these pairs let what the model learnt of one spelling count for the others.
 * In folds over whole corpora they found half a point more crises at the same false alarms (88.0 -> 88.5 %); single words
 * added nothing beyond the pairs. Linear: one step per character.
 */
function visitNetWordPairs(sentences: readonly (readonly string[])[], visit: (bucket: number) => void): void {
  for (const words of sentences) {
    let previous = CLAUSE_START;
    for (const word of words) {
      if (word === CLAUSE_BREAK) {
        previous = CLAUSE_START;
        continue;
      }
      const hash = hashText(NET_WORD_SEED, word);
      visit((Math.imul(previous ^ NET_PAIR_SEED, FNV_PRIME) ^ hash) & MASK);
      previous = hash;
    }
  }
}

// The vocabulary is fixed while the process runs: each concept name is hashed once.
const conceptHashes = new Map<string, number>();

function conceptHash(name: string): number {
  let hash = conceptHashes.get(name);
  if (hash === undefined) {
    hash = hashText(CONCEPT_SEED, name);
    conceptHashes.set(name, hash);
  }
  return hash;
}

/** A concept is paired with the concepts first found up to this many places after it in its sentence. */
const CONCEPT_PAIR_REACH = 16;

/**
 * Calls `visit` with the bucket of every concept feature of a message: each concept of the safety net's vocabulary
 * found in a sentence, and each pair of concepts found near each other in one sentence (in the order they were first
 * found). They let the model hear what the words mean (pills with saving up, a bridge with tonight) where the rules ask
 * for one exact combination. Names, not positions, are hashed, so a concept added to the vocabulary leaves the others
 * where they were. Linear: at most CONCEPT_PAIR_REACH pairs per concept.
 */
function visitConceptFeatures(sentences: readonly (readonly string[])[], visit: (bucket: number) => void): void {
  for (const names of sentences) {
    const hashes = names.map(conceptHash);
    for (const [i, hash] of hashes.entries()) {
      visit(hash & MASK);
      for (let j = i + 1; j < hashes.length && j <= i + CONCEPT_PAIR_REACH; j++) {
        const other = hashes[j] ?? 0;
        // The same pair in either order is one feature.
        const [low, high] = hash < other ? [hash, other] : [other, hash];
        visit((Math.imul(low ^ CONCEPT_PAIR_SEED, FNV_PRIME) ^ high) & MASK);
      }
    }
  }
}

/**
 * Every feature of a message, each once: those of its letters and words (visitFeatures), of the concepts the safety net found
 * in it (visitConceptFeatures) and of its words as the rules read them (visitNetWordPairs); with the number of words the model
 * reads. The one reading of a message that training and scoring share.
 */
export function messageFeatures(text: string): { buckets: Set<number>; words: number } {
  const normalized = normalizeForModel(text);
  const buckets = new Set<number>();
  const add = (bucket: number) => buckets.add(bucket);
  visitFeatures(normalized, add);
  // What the rules read of the same bounded text: for a message within the bound that is the reading the rules have just made.
  const reading = modelReading(text.length > MAX_MODEL_CHARS ? text.slice(0, MAX_MODEL_CHARS) : text);
  visitConceptFeatures(reading.concepts, add);
  visitNetWordPairs(reading.words, add);
  return { buckets, words: normalized === '' ? 0 : normalized.split(' ').length };
}
