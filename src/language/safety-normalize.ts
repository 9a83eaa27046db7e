import { SPELLING_FIXES, WORD_FIXES } from './safety-lexicon.js';

const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

// Compiled once: normalising runs on every message.
const spellingFixes = SPELLING_FIXES.map(([from, to]) => [new RegExp(`(?<![\\p{L}\\d])${from}(?![\\p{L}\\d])`, 'gu'), to] as const);

/** One word in its squeezed form: "zitten" and "zitte" both become "zite", "dooood" becomes "dod". */
function squeezeWord(word: string): string {
  const mixed = /\p{L}/u.test(word) && /[\d@$]/.test(word);
  // "su1c1de" and "k1ll" are written to dodge filters; plain numbers such as "7" stay numbers.
  const plain = mixed ? word.replace(/[\d@$]/g, (c) => LEET[c] ?? c) : word;
  const collapsed = plain.replace(/(\p{L})\1+/gu, '$1');
  // A dropped final n is the most common slip in spoken Dutch ("zitte", "leve").
  return collapsed.length >= 4 && collapsed.endsWith('en') ? collapsed.slice(0, -1) : collapsed;
}

/**
 * Brings text and phrase lists to one comparable form: lowercase, no accents, no punctuation,
 * hyphens and apostrophes joined ("dood-moe" -> "doodmoe"), common slips and chat spellings
 * repaired, repeated letters collapsed. The same function runs over the phrase lists, so
 * a phrase only has to be written once, in ordinary spelling.
 */
export function normalizeForSafety(text: string): string {
  let t = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  t = t.replace(/[’‘`´]/g, "'").replace(/(?<=[\p{L}\d])['-](?=[\p{L}\d])/gu, '');
  t = t.replace(/[^\p{L}\d@$]+/gu, ' ');
  for (const [pattern, to] of spellingFixes) t = t.replace(pattern, to);
  const words = t
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => (WORD_FIXES[w] ?? w).split(' '))
    .map(squeezeWord);
  return words.join(' ');
}

/** Splits text into sentences and clauses, so that "ik wil niet meer" can be matched at the end of one. */
export function safetySegments(text: string): string[] {
  return text
    .split(/[.!?;,\n\r]+/)
    .map(normalizeForSafety)
    .filter((s) => s !== '');
}
