import {
  ARTICLES, DIALECT_NUMBERS, GOAL_BEFORE, KNOW_NEGATIONS, KNOW_WORDS, NOT_SCORE_AFTER, NOT_SCORE_BEFORE, NUMBER_TYPOS, NUMBER_WORDS, ONE_WORDS, PHRASES,
  SCORE_ADJECTIVES, SCORE_CUES, SCORE_FOLLOWERS, SHORT_TYPO_NOT, SOUND_NOT, SOUND_SPELLINGS, TYPO_NOT, TYPO_TARGETS,
} from './words.js';

/**
 * Typing slips in a number word or a mood word ("acth", "zven", "zeveb", "prma", "fien"): one pair of neighbouring
 * letters swapped, one letter left out, one letter typed twice (mood words of five letters or more), or (for number words of five letters or more) one key hit beside the right one.
 * Every slip is worked out once, here; reading an answer is one map lookup per word. A slip that is itself a known
 * word, a real word (TYPO_NOT), or a slip of two different words is left alone.
 */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbours(letter: string): string[] {
  const row = KEYBOARD_ROWS.findIndex((r) => r.includes(letter));
  if (row < 0) return [];
  const col = KEYBOARD_ROWS[row]?.indexOf(letter) ?? 0;
  const near: string[] = [];
  for (const r of [row - 1, row, row + 1]) {
    for (const c of [col - 1, col, col + 1]) {
      const key = KEYBOARD_ROWS[r]?.[c];
      if (key !== undefined && key !== letter) near.push(key);
    }
  }
  return near;
}

/** The word with two neighbouring letters swapped ("ahct", "vjif"): every letter is still there. */
function swaps(word: string): string[] {
  const out: string[] = [];
  const chars = [...word];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === chars[i + 1]) continue;
    out.push([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''));
  }
  return out;
}

/**
 * The word with a letter of its own typed once more, one place early or late ("ahcht", "achct"): the fingers ran ahead of or behind
 * the word, and every letter is still there in its order.
 */
function echoes(word: string): string[] {
  const out: string[] = [];
  const chars = [...word];
  for (let i = 1; i + 1 < chars.length; i++) {
    out.push([...chars.slice(0, i), chars[i + 1] ?? '', ...chars.slice(i)].join(''));
    out.push([...chars.slice(0, i + 1), chars[i - 1] ?? '', ...chars.slice(i + 1)].join(''));
  }
  return out.filter((e) => !/(\p{L})\1/u.test(e));
}

/**
 * The word with one letter after the first skipped and typed at the end instead ("zvene" for "zeven", "ngene" for "negen"): every letter
 * is still there, one of them late (a first letter typed last, as in "evens", is another word more often than a slip).
 */
function lateLetters(word: string): string[] {
  const chars = [...word];
  return chars.slice(1, -2).map((c, i) => [...chars.slice(0, i + 1), ...chars.slice(i + 2), c].join(''));
}

function slips(word: string, isNumber: boolean): string[] {
  const out = swaps(word);
  if (isNumber && word.length >= 4) out.push(...echoes(word));
  if (isNumber && word.length >= 5) out.push(...lateLetters(word));
  const chars = [...word];
  if (chars.length >= 5) {
    for (let i = 0; i < chars.length; i++) out.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  }
  // a mood word with one letter typed twice ("slechtt", "priima"); number words read a doubled letter themselves ("zeeven")
  if (!isNumber && chars.length >= 5) {
    for (let i = 0; i < chars.length; i++) out.push([...chars.slice(0, i + 1), ...chars.slice(i)].join(''));
  }
  if (isNumber && chars.length >= 5) {
    chars.forEach((c, i) => {
      for (const n of neighbours(c)) out.push([...chars.slice(0, i), n, ...chars.slice(i + 1)].join(''));
    });
  }
  return out.filter((s) => s.length >= 3);
}

const KNOWN = new Set<string>([
  ...Object.keys(NUMBER_WORDS), ...Object.keys(DIALECT_NUMBERS), ...Object.keys(NUMBER_TYPOS), ...[...PHRASES.keys()].flatMap((p) => p.split(' ')), ...ARTICLES,
  ...SCORE_ADJECTIVES, ...SCORE_CUES, ...NOT_SCORE_BEFORE, ...NOT_SCORE_AFTER, ...SCORE_FOLLOWERS, ...GOAL_BEFORE, ...KNOW_WORDS,
  ...KNOW_NEGATIONS, ...ONE_WORDS, ...TYPO_NOT,
]);

function buildSlips(): ReadonlyMap<string, string> {
  const meant = new Map<string, string | null>();
  const targets = [
    // The plain number words: a slip in a diminutive or a half is too far from the score to guess.
    ...Object.entries(NUMBER_WORDS)
      .filter(([w, v]) => Number.isInteger(v) && v >= 0 && v <= 10 && w.length >= 3 && w.length <= 6 && !w.endsWith('je'))
      .filter(([w]) => !['nil', 'nought', 'naught'].includes(w))
      .map(([w]) => ({ word: w, isNumber: true })),
    ...TYPO_TARGETS.map((w) => ({ word: w, isNumber: false })),
  ];
  for (const { word, isNumber } of targets) {
    for (const slip of slips(word, isNumber)) {
      if (KNOWN.has(slip)) continue;
      const earlier = meant.get(slip);
      meant.set(slip, earlier === undefined || earlier === word ? word : null);
    }
  }
  return new Map([...meant].filter((e): e is [string, string] => e[1] !== null));
}

const SLIPS = buildSlips();

/**
 * A number word of four letters or more with two neighbouring letters swapped ("ahct", "vjif", "sevne") or one of its letters typed
 * again a place early or late ("ahcht") is read at once, as every letter is there; a shorter one ("tne", "zse") may as well be another
 * word, and other slips stay guesses to confirm.
 */
const PLAIN_SWAPS: ReadonlySet<string> = new Set(Object.entries(NUMBER_WORDS)
  .filter(([w, v]) => Number.isInteger(v) && v >= 0 && v <= 10 && w.length >= 4)
  .flatMap(([w]) => [...swaps(w), ...echoes(w)].filter((slip) => SLIPS.get(slip) === w)));

/**
 * Slips in a short number word that are too close to other words to correct everywhere: a key beside the right one in a word of four
 * letters ("vijg", "acgt") or a key beside its neighbours added to one of three or four ("sicx"). Read only where a score stands (see
 * `slipWhereScoreStands` in answers.ts), and confirmed first.
 */
function buildShortSlips(): ReadonlyMap<string, string> {
  const not = new Set([...KNOWN, ...SHORT_TYPO_NOT, ...SLIPS.keys()]);
  const meant = new Map<string, string | null>();
  const words = Object.entries(NUMBER_WORDS)
    .filter(([w, v]) => Number.isInteger(v) && v >= 0 && v <= 10 && (w.length === 3 || w.length === 4) && !ONE_WORDS.includes(w) && w !== 'nil')
    .map(([w]) => w);
  for (const word of words) {
    const chars = [...word];
    const out: string[] = [];
    if (chars.length === 4) chars.forEach((c, i) => neighbours(c).forEach((n) => out.push([...chars.slice(0, i), n, ...chars.slice(i + 1)].join(''))));
    for (let i = 0; i <= chars.length; i++) {
      const near = new Set([...neighbours(chars[i - 1] ?? ''), ...neighbours(chars[i] ?? '')]);
      near.forEach((n) => out.push([...chars.slice(0, i), n, ...chars.slice(i)].join('')));
    }
    for (const slip of out) {
      // A letter typed twice is a stretched word ("achtt"), read as it is; a slip one letter from another number word ("vief": "vier" or
      // "vijf"?) is no guess.
      if (not.has(slip) || /(\p{L})\1/u.test(slip) || words.some((w) => w !== word && oneLetterFrom(slip, w))) continue;
      const earlier = meant.get(slip);
      meant.set(slip, earlier === undefined || earlier === word ? word : null);
    }
  }
  return new Map([...meant].filter((e): e is [string, string] => e[1] !== null));
}

/** One letter changed, added or left out. */
function oneLetterFrom(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const SHORT_SLIPS = buildShortSlips();

/** The short number word meant by a slip too close to other words to correct everywhere ("vijg", "acgt", "sicx"), or undefined. */
export const shortSlip = (word: string): string | undefined => SHORT_SLIPS.get(word);

const VOWELS = new Set([...'aeiouy']);
/** A word with every run of one letter written once ("zeeeven" is "zeven"). */
export const squeeze = (s: string) => s.replace(/(\p{L})\1+/gu, '$1');

/** Every spelling of the word by ear (SOUND_SPELLINGS), each sound spelt one way or another independently; the word itself included. */
function byEar(word: string): string[] {
  let spellings = [''];
  for (let i = 0; i < word.length;) {
    const rule = SOUND_SPELLINGS.find(([from]) => word.startsWith(from, i));
    const from = rule?.[0] ?? word[i] ?? '';
    const ways = [from, ...(rule?.[1] ?? [])];
    const rest = word.slice(i + from.length);
    // The last syllable said short ("zeve", "zevn", "sevn") and a lone "e" before one consonant and a vowel said long ("neegen").
    if (from === 'e' && /^[^aeiouy]$/.test(rest) && rest === 'n' && !VOWELS.has(word[i - 1] ?? '')) ways.push('', 'e');
    if (from === 'e' && rule === undefined && rest.length >= 2 && !VOWELS.has(rest[0] ?? 'a') && VOWELS.has(rest[1] ?? '') && !VOWELS.has(word[i - 1] ?? '')) ways.push('ee', 'ie');
    spellings = spellings.flatMap((s) => ways.map((w) => s + w));
    i += from.length;
  }
  return [...new Set(spellings)];
}

/**
 * Number words spelt by ear ("zefen", "aggt", "fijf", "dri", "neegen", "sefenenhalf", "een zefentje"), worked out once: a spelling that is
 * a known word, a real word (SOUND_NOT) or a spelling of two different numbers is left alone.
 */
function buildSounds(): ReadonlyMap<string, string> {
  const not = new Set([...KNOWN, ...SHORT_TYPO_NOT, ...SOUND_NOT]);
  const meant = new Map<string, string | null>();
  const words = Object.entries(NUMBER_WORDS).filter(([w, v]) => v >= 0 && v <= 10 && w.length >= 3 && !['nil', 'nought', 'naught', 'null'].includes(w));
  for (const [word, value] of words) {
    for (const spelling of byEar(word)) {
      // A letter typed twice ("zeeven") is a stretched word, read as it is; a spelling one letter from another number ("vief": "vier" or
      // "vijf"?) is no guess.
      if (spelling === word || spelling.length < 3 || not.has(spelling) || NUMBER_WORDS[squeeze(spelling)] !== undefined) continue;
      if (words.some(([other, v]) => v !== value && oneLetterFrom(spelling, other))) continue;
      const earlier = meant.get(spelling);
      // Two spellings of one number ("zeventje", "zevenje") stay that number; of two numbers, neither.
      const same = earlier === undefined || (earlier !== null && NUMBER_WORDS[earlier] === value);
      meant.set(spelling, same ? (earlier ?? word) : null);
    }
  }
  return new Map([...meant].filter((e): e is [string, string] => e[1] !== null));
}

const SOUNDS = buildSounds();

/** The word a resident most likely meant to type, or undefined when the word is known or not a near miss. */
export function meantWord(word: string): string | undefined {
  return KNOWN.has(word) ? undefined : SLIPS.get(word) ?? SOUNDS.get(word);
}

/** The slip is a plain swap of two letters in a number word of four letters or more, so the number needs no confirming. */
export const plainSwap = (word: string): boolean => PLAIN_SWAPS.has(word);

/** Every slip the reader corrects, for checking the list of real words against it. */
export const allSlips = (): ReadonlyMap<string, string> => SLIPS;
