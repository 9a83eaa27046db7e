/** Plain-language measures for Dutch prompts: sentences, words, syllables and the Flesch-Douma score. */

const VOWEL_GROUPS = /[aeiouyàáâäèéêëìíîïòóôöùúûü]+/gi;

/** Sentences of a prompt: split at . ! ? and at line breaks and list bullets. Placeholders count as one word. */
export function sentences(text: string): string[][] {
  return text
    .replace(/https?:\/\/\S+/g, 'link')
    .split(/[.!?]+(?=\s|$)|\n+|[·•]/)
    .map((s) => s.replace(/\{[^}]+\}/g, 'woord').split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}@'-]/gu, '')).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** Syllables of a Dutch word, counted as groups of vowels ("ui", "ee", "ij" count once). */
export function syllables(word: string): number {
  if (/^\d+([,.]\d+)?$/.test(word)) return word.length <= 2 ? 1 : 2;
  const groups = word.toLowerCase().replace(/ij/g, 'i').match(VOWEL_GROUPS);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Douma: 206.835 - 0.93 * (words/sentence) - 77 * (syllables/word). Higher is easier; 70+ is our aim. */
export function fleschDouma(text: string): number {
  const all = sentences(text);
  const words = all.flat();
  if (words.length === 0) return 100;
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 206.835 - 0.93 * (words.length / all.length) - 77 * (syllableCount / words.length);
}
