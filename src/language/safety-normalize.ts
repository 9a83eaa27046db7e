import { CHAT_WORDS } from './safety-concepts.js';

/** The safety net reads at most this many characters of one message (a long letter still fits). */
export const MAX_SAFETY_CHARS = 5000;

/** A clause boundary inside a sentence: a comma or a dash. Rules do not look across it. */
export const CLAUSE_BREAK = ',';

const WORD_CHAR = /[\p{L}\d@$]/u;
const LETTER = /\p{L}/u;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

// English and Dutch clitics, rewritten before the apostrophe is dropped ("don't" -> "do not", "'k" -> "ik").
const CLITICS: Readonly<Record<string, string>> = {
  "n't": ' not', "'s": ' is', "'ll": ' will', "'d": ' would', "'m": ' am', "'re": ' are', "'ve": ' have',
};
/** English words that take "n't" ("don't", "isn't", "ain't"); on any other word "'t" is Dutch "het" ("aan't", "op't", "in't"). */
const NOT_STEMS: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'could', 'would', 'should', 'must', 'need', 'might', 'may',
  'ought', 'dare', 'ai', 'ca', 'wo', 'sha',
]);
const PROCLITICS: Readonly<Record<string, string>> = {
  "'k": 'ik', "'t": 'het', "'s": 's', "m'n": 'mijn', "z'n": 'zijn', "d'r": 'er', "'n": 'een', "'r": 'er',
};

/** One word in its comparable form: a letter repeated three times or more counts twice ("dooood" is "dood"). */
export function squeeze(word: string): string {
  let tripled = false;
  for (let i = 2; i < word.length && !tripled; i += 1) tripled = word[i] === word[i - 1] && word[i] === word[i - 2];
  if (!tripled) return word;
  const out: string[] = [];
  for (const c of word) if (!(c === out[out.length - 1] && c === out[out.length - 2])) out.push(c);
  return out.join('');
}

/** Reads a word written to dodge filters ("su1c1de") as letters; plain numbers stay numbers. */
function unLeet(word: string): string {
  // A road or a model ("N1", "A2") has one letter: only a word of two letters or more is written in digits ("k1ll").
  let letters = 0;
  let digits = false;
  for (const c of word) {
    if (c >= 'a' && c <= 'z') letters += 1;
    else if (c in LEET) digits = true;
  }
  if (letters < 2 || !digits) return word;
  let out = '';
  for (const c of word) out += LEET[c] ?? c;
  return out;
}

/**
 * Letters of other scripts that look like Latin ones, as typed to slip past a filter ("dооd" with Cyrillic o's): read as
 * the Latin letter. Only shapes that are the same in lowercase; a whole word in Cyrillic or Greek becomes no Dutch or English word.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', к: 'k',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/** Between letters spelt out one by one ("z e l f m o o r d", "k.i.l.l", "d-o-o-d"). */
const SPELLING_GAPS: ReadonlySet<string> = new Set([' ', '.', '-', '_', '*', '/']);
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/**
 * Joins a word spelt out one letter at a time, each letter alone with the same gap between them: three letters or more
 * with a dot, a dash or a star ("k.i.l.l" is "kill"), four or more with spaces ("z e l f m o o r d"), so that chat such as
 * "u r a star" keeps its words. One pass over the text; every character is looked at a fixed number of times.
 */
function joinSpeltOut(t: string): string {
  let out = '';
  let i = 0;
  const single = (at: number) => isWordChar(t[at]) && !isWordChar(t[at - 1]) && !isWordChar(t[at + 1]);
  while (i < t.length) {
    if (!single(i)) {
      out += t[i];
      i += 1;
      continue;
    }
    const gap = t[i + 1] ?? '';
    let letters = t[i] ?? '';
    let end = i;
    while (SPELLING_GAPS.has(gap) && t[end + 1] === gap && single(end + 2)) {
      letters += t[end + 2];
      end += 2;
    }
    if (letters.length >= (gap === ' ' ? 4 : 3)) {
      out += letters;
      i = end + 1;
    } else {
      out += t[i];
      i += 1;
    }
  }
  return out;
}

/**
 * Words people write with a star for a letter, to soften them or slip past a filter ("s*icide", "zelfm**rd", "k*ll"): a
 * star stands for one letter of one of these. A starred word that fits none loses its stars.
 */
const STARRED_WORDS: readonly string[] = [
  'suicide', 'suicidal', 'zelfmoord', 'zelfdoding', 'kill', 'killen', 'dood', 'dead', 'die', 'dying', 'sterven', 'death',
  'selfharm', 'zelfbeschadiging', 'snijden', 'cutting', 'ophangen', 'hang', 'overdose', 'overdosis', 'unalive', 'murder', 'moord',
];

function unStar(word: string): string {
  if (!word.includes('*')) return word;
  const fits = STARRED_WORDS.find((w) => w.length === word.length && [...w].every((c, k) => word[k] === '*' || word[k] === c));
  return fits ?? word.replaceAll('*', '');
}

/** Faces that laugh (😂 🤣 😆 😹 😅): read as the word a resident would type for them. */
const LAUGHING: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f605]);
const LAUGH_WORD = 'haha';

/** Splits one raw word (lowercase, apostrophes kept) into the words it stands for. */
function expandWord(raw: string): string[] {
  let word = raw;
  const pro = PROCLITICS[word];
  if (pro !== undefined) return [pro];
  if (word.startsWith("'") || word.endsWith("'")) word = word.replace(/^'+|'+$/g, '');
  if (word === "can't" || word === 'cant') return ['can', 'not'];
  if (word === "won't" || word === 'wont') return ['will', 'not'];
  const parts: string[] = [];
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) {
    const negated = word.endsWith("n't") && NOT_STEMS.has(word.slice(0, -3));
    const tail = word.slice(word.lastIndexOf(negated ? "n't" : "'"));
    const clitic = CLITICS[tail];
    if (tail === "'t") {
      parts.push(word.slice(0, -2), 'het');
    } else if (clitic !== undefined) {
      parts.push(word.slice(0, word.length - tail.length), ...clitic.trim().split(' '));
    } else {
      parts.push(word.replaceAll("'", ''));
    }
  } else {
    parts.push(word);
  }
  return parts.map(unStar).filter((p) => p !== '').flatMap((p) => {
    // Chat words written with digits ("no1", "any1") are looked up as typed, before digits are read as letters.
    const typed = CHAT_WORDS[p];
    if (typed !== undefined) return typed.split(' ');
    const plain = unLeet(p);
    const fixed = CHAT_WORDS[plain] ?? CHAT_WORDS[squeeze(plain)];
    return fixed === undefined ? [plain] : fixed.split(' ');
  });
}

/**
 * Turns a message into sentences of clauses of words, in one pass: lowercase, no accents, chat and
 * Flemish spellings and contractions written out ("kwil" -> "ik wil", "don't" -> "do not"). Commas,
 * dashes and the like become CLAUSE_BREAK tokens; sentence ends split the message. Linear in the
 * length of the text, which is cut at MAX_SAFETY_CHARS.
 */
export function safetySentences(text: string): string[][] {
  // Invisible characters (a zero-width space inside "zelf\u200bmoord", a soft hyphen) are dropped before anything is read.
  const t = joinSpeltOut(text
    .slice(0, MAX_SAFETY_CHARS)
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(LOOKALIKE, (c) => LOOKALIKES[c] ?? c)
    .replace(/[’‘`´]/g, "'"));
  const sentences: string[][] = [];
  let sentence: string[] = [];
  let word = '';
  const flushWord = () => {
    if (word !== '') sentence.push(...expandWord(word));
    word = '';
  };
  const flushSentence = () => {
    flushWord();
    while (sentence[sentence.length - 1] === CLAUSE_BREAK) sentence.pop();
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  for (let i = 0; i < t.length; i += 1) {
    const c = t[i] ?? '';
    if (LAUGHING.has(t.codePointAt(i) ?? 0)) {
      // A laughing face is read as "haha", with the sentence it closes ("Wanted to die. Never again 😂" is a joke).
      flushWord();
      const last = sentences[sentences.length - 1];
      if (sentence.length === 0 && last !== undefined) last.push(LAUGH_WORD);
      else sentence.push(LAUGH_WORD);
      i += 1;
      continue;
    }
    if (WORD_CHAR.test(c) || (c === "'" && word !== '') || (c === "'" && LETTER.test(t[i + 1] ?? '')) || (c === '*' && word !== '' && isWordChar(t[i + 1]))
      || (c === '*' && word !== '' && t[i + 1] === '*')) {
      word += c;
    } else if (c === '-' && word !== '' && LETTER.test(t[i + 1] ?? '')) {
      // "dood-moe" is one word, "zelf-moord" too
    } else if (c === '.' || c === '!' || c === '?' || c === ';' || c === '\n' || c === '\r') {
      flushSentence();
    } else if (c === ',' || c === ':' || c === '-' || c === '(' || c === ')' || c === '"') {
      flushWord();
      if (sentence.length > 0 && sentence[sentence.length - 1] !== CLAUSE_BREAK) sentence.push(CLAUSE_BREAK);
    } else {
      flushWord();
    }
  }
  flushSentence();
  return sentences;
}
