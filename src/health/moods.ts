import type { ScoreReading, Tagged, Token } from './answers.js';
import type { Dimension } from './dimensions.js';
import { MAX_SCORE } from './scale.js';
import {
  ALWAYS_NEGATIONS, BODY_PARTS, DIMINUTIVE_ENDINGS, EMOJI_SCORES, FILLERS, FRAME_SAYINGS, INTENSIFYING_PREFIXES, LETTER_GRADES, NEGATING_PREFIXES, NOT_SELF, PHRASES,
  POSSESSIVES, RANGE_BETWEEN, SCORE_ADJECTIVES, SPELLINGS, STAR_EMOJI, UNDERSTATEMENTS, type PhraseMeaning,
} from './words.js';

/**
 * Mood words, sayings, letter grades and emoji read into a score to propose: a word in its place, turned by a negation (once or
 * twice), made stronger or milder by the words before it, and weighed against the other mood words of the answer.
 */

const set = (words: readonly string[]) => new Set(words);
const RANGE_JOIN = set(RANGE_BETWEEN);
const STAR = set(STAR_EMOJI);
const ALWAYS = set(ALWAYS_NEGATIONS);
const NOT_SELF_SUBJECT = set(NOT_SELF);
const BODY_PART = set(BODY_PARTS);
const POSSESSIVE = set(POSSESSIVES);
const JOIN = set(['en', 'and', 'maar', 'but', 'terwijl', 'while']);
const PREPOSITION = set(['in', 'aan', 'van', 'met', 'op', 'bij', 'om', 'rond', 'rondom', 'onder', 'boven', 'with', 'on', 'at', 'of', 'to', 'around', 'from', 'under', 'for', 'voor']);
const NEGATION_WORDS = new Set([...PHRASES].filter(([p, m]) => m === 'negation' && !p.includes(' ')).map(([p]) => p));
const FILLER = set(FILLERS);
const ADJECTIVE = set(SCORE_ADJECTIVES);
const FRAME = set(FRAME_SAYINGS);
const GRADE_SCORES = new Set(Object.values(LETTER_GRADES));
const PARTLY = set(['helemaal', 'geheel', 'volledig', 'entirely', 'completely', 'fully', 'totally', 'wholly', 'quite']);
const STRONG_NEGATION = set(['helemaal', 'absoluut', 'zeker', 'beslist', 'certainly', 'definitely', 'absolutely']);
/** Negations that understate ("allesbehalve slecht", "anything but bad", "niet bepaald slecht", "not exactly bad"): the good side, firmly. */
const UNDERSTATING = set(UNDERSTATEMENTS);

/** Mood words, sayings and emoji: one side of the middle gives a proposal; both sides are unclear. */
export function readMood(
  tokens: Token[], tags: Tagged[], clauseOf: readonly number[], otherClauses: ReadonlySet<number>, momentClauses: ReadonlySet<number>,
  areaAt: (token: number) => Dimension | undefined = () => undefined,
): ScoreReading | undefined {
  // Every word carries the meaning of the phrase it belongs to, so "heel erg" before "slecht" is seen from "erg".
  const cover: Tagged[] = [...tags];
  tags.forEach((tag, i) => {
    if (tag) for (let k = i + 1; k < tag.end; k++) cover[k] = tag;
  });
  const scores: number[] = [];
  const moods: Mood[] = [];
  // A subject inside a saying ("als een trein", "sick as a dog") is part of the saying, not inside someone else's part ("my kids are");
  // after a preposition ("plezant in de buurt", "fijn in mijn tuin") it is where the resident is, not what the mood word is about.
  const subject = (i: number) => (!cover[i] || cover[i]?.meaning === 'other') && !placed(tokens, i);
  const aboutElse = new Set(tokens.flatMap((t, i) => (NOT_SELF_SUBJECT.has(t.text) && subject(i) ? [clauseOf[i]] : [])));
  // "Mijn knie is kapot, maar ik fiets nog", "my hip is bad", "🤕 knee's acting up": a part of the body is the subject up to the next "en"
  // or "and" (an emoji anywhere in its part). Alone, its mood says how that part is, not how the resident is; beside the resident's own
  // mood words it counts with them ("ik heb slecht geslapen en mijn rug doet pijn"), unless they are about the rest.
  const aboutPart = new Set<number>();
  const partClauses = new Set<number>();
  let inPart = false;
  tokens.forEach((t, i) => {
    if (clauseOf[i] !== clauseOf[i - 1] || JOIN.has(t.text)) inPart = false;
    if (bodyPart(tokens, i) && !cover[i]) {
      inPart = true;
      partClauses.add(clauseOf[i] ?? -1);
    }
    if (inPart) aboutPart.add(i);
  });
  for (const c of momentClauses) aboutElse.add(c);
  let elsewhere = 0;
  const ofPart: Mood[] = [];
  tags.forEach((tag, i) => {
    if (!tag || typeof tag.meaning !== 'number') return;
    // "mijn kat is ziek": the mood of something else.
    if (aboutElse.has(clauseOf[i])) elsewhere++;
    // A mood word right before a number that is not a score describes that number ("top 10"), not the resident.
    else if (tokens[tag.end]?.type !== 'num') (aboutPart.has(i) ? ofPart : moods).push(adjust(tag.meaning, tokens, cover, i, tag.end));
  });
  // "mijn knie is kapot maar verder gaat het goed": the rest beside a part is the answer.
  const overall = new Set(tags.flatMap((tag, i) => (tag?.meaning === 'overall' ? [clauseOf[i]] : [])));
  // A word only partly turned says nothing of its own; alone it leaves the answer unclear.
  const partial = moods.filter((m) => m.partial);
  moods.splice(0, moods.length, ...moods.filter((m) => !m.partial));
  if (partial.length > 0 && moods.length === 0 && ofPart.length === 0) elsewhere += partial.length;
  const ownMood = moods.length > 0;
  if (ownMood && !moods.some((m) => overall.has(clauseOf[m.start]))) moods.push(...ofPart);
  else elsewhere += ofPart.length;
  // "het gaat slecht": a frame beside another mood word is that word's frame, not a mood of its own.
  const framed = moods.length > 1 ? moods.filter((m) => !FRAME.has(tokens.slice(m.start, m.end).map((t) => t.text).join(' '))) : moods;
  moods.splice(0, moods.length, ...(framed.length > 0 ? framed : moods));
  // "fair to good", "goed tot zeer goed": two mood words as a range, read like two numbers.
  const range = moodRange(tokens, moods);
  if (range !== undefined) return range;
  scores.push(...settle(moods, areaAt));
  if (elsewhere > 0 && scores.length === 0) return { kind: 'unclear' };
  // "I got a B", "a C for maths": a grade for something else.
  tokens.forEach((_, i) => {
    const grade = otherClauses.has(clauseOf[i] ?? -1) ? undefined : letterGradeAt(tokens, i);
    if (grade !== undefined) scores.push(grade);
  });
  // "⭐⭐⭐⭐⭐⭐⭐": more stars than the five of a review are counted out of ten, when nothing else is said; more than ten are full marks.
  const signs = tokens.filter((t) => t.type === 'emoji');
  if (scores.length === 0 && signs.length > 5 && signs.every((t) => STAR.has(t.text))) {
    return { kind: 'approximate', score: Math.min(MAX_SCORE, signs.length) };
  }
  // "⭐⭐⭐": two to four stars alone are a count or a review out of five (3 or 6), so the resident is asked.
  const onlyStars = signs.length >= 2 && signs.length <= 4 && tokens.every((t) => t.type === 'mark' || STAR.has(t.text));
  if (scores.length === 0 && onlyStars) return { kind: 'unclear' };
  // "🤕 knee's acting up", "mijn kat is ziek 😢": an emoji beside something else is about that too.
  const emoji = tokens.flatMap((t, i) => (t.type === 'emoji' && !aboutElse.has(clauseOf[i]) && (ownMood || !partClauses.has(clauseOf[i] ?? -1))
    ? [EMOJI_SCORES[t.text]] : []));
  for (const e of emoji) if (e !== undefined) scores.push(e);
  // "👍👍", "👍👍👍": the same good emoji again says it a little stronger, up to an 8 for two and a 9 for three.
  const same = emoji.every((e) => e !== undefined && e === emoji[0] && e > 5);
  const repeated = emoji.length >= 2 && tokens.filter((t) => t.type === 'emoji').every((t, _, all) => t.text === all[0]?.text);
  if (same && ((emoji.length >= 3 && (emoji[0] ?? 9) < 9) || (repeated && (emoji[0] ?? 8) < 8))) scores.push((emoji[0] ?? 5) + 1);
  // "😭😭😭", "👎👎👎": three of the same bad emoji say it a point stronger ("🤕🤕" is still the 3 of one).
  const sameBad = emoji.every((e) => e !== undefined && e === emoji[0] && e < 5);
  if (sameBad && emoji.length >= 3 && (emoji[0] ?? 1) > 1) scores.push((emoji[0] ?? 5) - 1);
  if (scores.length === 0) return undefined;
  if (scores.some((s) => s > 5) && scores.some((s) => s < 5)) return { kind: 'unclear' };
  const score = scores.reduce((a, b) => (Math.abs(b - 5) > Math.abs(a - 5) ? b : a));
  // "keeping my head above water, fine really": a word of the middle beside a stronger one pulls it a point toward the middle.
  if (scores.some((s) => s === 5) && score !== 5) return { kind: 'approximate', score: score - Math.sign(score - 5) };
  return { kind: 'approximate', score };
}

/**
 * A part of the body as the subject of a part of the answer: "mijn knie (is kapot)", "my back", "knee's". After a preposition it is where
 * the resident feels something ("pijn in mijn rug", "trouble with my knee"), which is how the resident is.
 */
function bodyPart(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  if (word.endsWith("'s")) return BODY_PART.has(word.slice(0, -2));
  return BODY_PART.has(word) && POSSESSIVE.has(tokens[i - 1]?.text ?? '') && !PREPOSITION.has(tokens[i - 2]?.text ?? '');
}

/** Two mood words joined as a range ("fair to good"): neighbours are two candidates, two apart the one between. */
function moodRange(tokens: Token[], moods: readonly Mood[]): ScoreReading | undefined {
  const [a, b] = moods;
  if (moods.length !== 2 || !a || !b || a.negated || b.negated || b.start !== a.end + 1 || !RANGE_JOIN.has(tokens[a.end]?.text ?? '')) return undefined;
  const [low, high] = [Math.min(a.score, b.score), Math.max(a.score, b.score)];
  if (high - low === 1) return { kind: 'either', scores: [low, high] };
  if (high - low === 2) return { kind: 'approximate', score: low + 1 };
  return undefined;
}

/**
 * Mood words read together: "not great, not terrible" and "niet goed en niet slecht" (both sides turned) are the middle; "good, not
 * great" keeps the plain word, as the turned one only caps it.
 */
function settle(moods: readonly Mood[], areaAt: (token: number) => Dimension | undefined): number[] {
  const side = (m: Mood) => Math.sign(m.own - 5);
  if (moods.length >= 2 && moods.every((m) => m.negated) && moods.some((m) => side(m) > 0) && moods.some((m) => side(m) < 0)) return [5];
  const plain = moods.filter((m) => !m.negated);
  // ... about the same thing: "Ik zit niet lekker in m'n vel maar m'n lijf is fit" says two things, of the mood and of the body.
  const capped = (m: Mood) => m.negated && plain.some((p) => side(p) === side(m) && Math.abs(m.own - 5) >= Math.abs(p.score - 5)
    && areaAt(p.start) === areaAt(m.start));
  return moods.filter((m) => !capped(m)).map((m) => m.score);
}

/** A school letter grade at i ("a C", "an A+", "C minus"): only after "a"/"an" or before a plus or minus. */
function letterGradeAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  const base = t?.type === 'word' ? LETTER_GRADES[t.text] : undefined;
  if (base === undefined) return undefined;
  const next = tokens[i + 1]?.text;
  const sign = next === '+' || next === 'plus' ? 1 : next === '-' || next === 'minus' || next === 'min' ? -1 : 0;
  // "a B", "a solid B": the article, perhaps with a school adjective between.
  const article = (k: number) => tokens[k]?.text === 'a' || tokens[k]?.text === 'an';
  const afterArticle = article(i - 1) || (ADJECTIVE.has(tokens[i - 1]?.text ?? '') && article(i - 2));
  // "C", "F" as the whole answer is the grade ("a" alone stays an article typed too soon).
  const alone = t?.text !== 'a' && tokens.every((x, k) => k === i || x.type === 'mark');
  if (sign === 0 && !afterArticle && !alone) return undefined;
  // A sign moves a grade a point, but a B+ is still a B, not an A: a point that lands on the next letter's score stays on its own.
  const signed = Math.min(MAX_SCORE, Math.max(1, base + sign));
  return GRADE_SCORES.has(signed) ? base : signed;
}

/** A mood word read in its place: its score, whether a negation turned it, and the word's own score before that. */
interface Mood {
  /** Only partly turned ("niet helemaal onvoldoende"): no score of its own. */
  partial?: boolean;
  score: number;
  negated: boolean;
  own: number;
  start: number;
  end: number;
}

/** Verbs and pronouns between a word put first and the "niet" that turns it ("slecht gaat het niet", "leuk vind ik het niet"). */
const FRONT_WORDS = set(['gaat', 'ging', 'is', 'was', 'ben', 'voel', 'voelt', 'voelde', 'vind', 'vond', 'het', "'t", 't', 'ik', 'k', 'me',
  'mij', 'er', 'zeker', 'echt', 'helemaal', 'toch', 'ook', 'nou', 'dat']);
const FRONT_REACH = 3;
const CLOSING_NEGATION = set(['niet', 'nie', 'ni', 'neet']);

/** Verbs of having, which stand between a negation and what is had ("I don't have many friends"). */
const HAVING = new Set(['have', 'has', 'had', 'got', 'heb', 'hebben', 'heeft']);

/** Whether a few verbs and pronouns after the word at end lead to a "niet" that closes its part: the word was put first and is turned. */
function frontedNegation(tokens: Token[], end: number): boolean {
  let k = end;
  while (k < end + FRONT_REACH && FRONT_WORDS.has(tokens[k]?.text ?? '')) k++;
  if (k === end || !CLOSING_NEGATION.has(tokens[k]?.text ?? '')) return false;
  const next = tokens[k + 1];
  return next === undefined || next.type === 'mark' || next.type === 'emoji' || next.text === 'hoor' || next.text === 'maar' || next.text === 'want';
}

/**
 * A mood score turned around by "niet"/"not" before it (twice: "not not happy" is a mild yes, "never not tired" is always), made
 * stronger by "heel"/"really" or much stronger by "bijzonder", or moved toward the middle by "een beetje".
 */
function adjust(base: number, tokens: Token[], tags: Tagged[], start: number, end: number): Mood {
  const mood = (score: number, negated: boolean, own = base): Mood => ({ score, negated, own, start, end });
  // A saying that carries its own negation ("not great", "niet slecht") is a turned word all the same.
  const ownNegation = NEGATION_WORDS.has(tokens[start]?.text ?? '');
  const rest = ownNegation ? phraseValue(tokens, start + 1, end) : undefined;
  let intensified = false;
  let boosted = false;
  let diminished = false;
  let moderated = false;
  // "not bad at all", "niet slecht hoor", "zeker niet slecht": an understatement that means good.
  let strongNegation = (tokens[end]?.text === 'at' && tokens[end + 1]?.text === 'all') || tokens[end]?.text === 'hoor';
  // A saying that carries its own negation ("niet slecht") is made stronger the same way: "zeker niet slecht", "niet slecht hoor".
  if (ownNegation && base === 6 && (strongNegation || STRONG_NEGATION.has(tokens[start - 1]?.text ?? ''))) return mood(7, true, rest ?? 2);
  let negations = 0;
  let outer = '';
  let previous: Tagged;
  // "niet helemaal onvoldoende", "not entirely happy": a negation of part of the word says neither the word nor its opposite.
  let partly = false;
  for (let k = start - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const word = tokens[k];
    if (!word || word.type !== 'word') break;
    if (negations === 0 && PARTLY.has(word.text)) partly = true;
    const tag = tags[k];
    if (tag === undefined && PARTLY.has(word.text)) continue;
    // "I don't have many friends", "ik heb er niet veel energie": having stands between the negation and what is had.
    if (tag === undefined && HAVING.has(word.text)) continue;
    // The words of one phrase ("wouldn't say") count once.
    if (tag !== undefined && tag === previous) continue;
    previous = tag;
    const meaning = tag?.meaning;
    if (meaning === 'negation') {
      if (negations === 0 && STRONG_NEGATION.has(tokens[k - 1]?.text ?? '')) strongNegation = true;
      let from = k;
      while (from > 0 && from > k - 4 && tags[from - 1] === tag) from--;
      if (negations === 0 && UNDERSTATING.has(tokens.slice(from, tag?.end ?? k + 1).map((t) => t.text).join(' '))) strongNegation = true;
      negations++;
      outer = word.text;
      continue;
    }
    if (meaning === 'intensifier') {
      if (negations === 0 && (k === start - 1 || tags[k + 1]?.meaning === 'softener')) intensified = true;
      continue;
    }
    if (meaning === 'superlative' && negations === 0) return mood(base > 5 ? MAX_SCORE : base < 5 ? 1 : base, false);
    if (meaning === 'booster' || meaning === 'diminisher' || meaning === 'moderator') {
      if (negations === 0) boosted ||= meaning === 'booster';
      if (negations === 0) diminished ||= meaning === 'diminisher';
      if (negations === 0) moderated ||= meaning === 'moderator';
      continue;
    }
    if (meaning !== 'softener') break;
    if (negations === 0 && UNDERSTATING.has(word.text)) strongNegation = true;
  }
  // "slecht gaat het niet", "onaardig is het niet", "goed voel ik me niet": the word put first, turned by a "niet" that closes its part.
  if (negations === 0 && frontedNegation(tokens, end)) {
    negations = 1;
    if (tokens.slice(end, end + FRONT_REACH + 2).some((t) => t.text === 'hoor')) strongNegation = true;
  }
  if (negations === 1 && partly) return { ...mood(5, true), partial: true };
  if (negations >= 2) {
    // "never not tired" is always tired; "not not happy", "I wouldn't say I'm not okay" are a careful yes.
    if (ALWAYS.has(outer)) return mood(base > 5 ? Math.min(MAX_SCORE, base + 1) : base < 5 ? Math.max(1, base - 1) : base, false);
    return mood(base > 5 ? Math.min(base, 7) : base < 5 ? Math.max(base, 3) : base, false);
  }
  if (negations === 1) {
    // "niet onaardig", "not unhappy", "geen onvoldoende" (also "niet onaardig eigenlijk"): the good word underneath, at most a 7.
    const litotes = base < 5 ? turnedWord(tokens[start]?.text ?? '') : undefined;
    const oneWord = tokens.slice(start + 1, end).every((t) => FILLER.has(t.text));
    if (litotes !== undefined && oneWord) return mood(Math.min(7, litotes), true);
    // "ik zou niet zeggen dat het niet goed gaat", "I wouldn't say I'm not well": a turned saying turned again is a careful yes
    // (or no) to the word inside it.
    if (ownNegation) {
      const inner = rest ?? (base < 5 ? 7 : 3);
      return mood(inner > 5 ? Math.min(inner, 7) : inner < 5 ? Math.max(inner, 3) : 5, false);
    }
    // Turning an extreme around lands in the middle: "niet super", "not terrible".
    if (base >= 9 || base <= 1) return mood(5, true);
    return mood(base > 5 ? 4 : base < 5 ? (strongNegation ? 7 : 6) : 5, true);
  }
  const negated = ownNegation && rest !== undefined;
  const own = negated ? (rest ?? base) : base;
  if (boosted) return mood(base > 5 ? Math.min(MAX_SCORE, base + 2) : base < 5 ? Math.max(1, base - 2) : base, negated, own);
  if (diminished) return mood(base > 5 ? Math.max(6, base - 1) : base < 5 ? Math.min(4, base + 1) : base, negated, own);
  // "pretty awful" is a 2 and "pretty amazing" a 9; "pretty bad" stays a 3.
  if (moderated) return mood(base >= MAX_SCORE ? MAX_SCORE - 1 : base <= 1 ? 2 : base, negated, own);
  if (!intensified) return mood(base, negated, own);
  // "echt super", "really great": stronger, but a 10 is said outright ("perfect", "never better"), not reached by "really"; so is a 1
  // ("vreselijk", "heel slecht"): "echt bagger" and "compleet gesloopt" stay a 2.
  return mood(base > 5 ? Math.max(base, Math.min(MAX_SCORE - 1, base + 1)) : base < 5 ? Math.min(base, Math.max(2, base - 1)) : base, negated, own);
}

/** The mood score of the words from..end as one phrase, if they are one. */
function phraseValue(tokens: Token[], from: number, end: number): number | undefined {
  const words = tokens.slice(from, end).map((t) => SPELLINGS[t.text] ?? t.text).join(' ');
  const meaning = PHRASES.get(words) ?? (from + 1 === end ? wordMood(words) : undefined);
  return typeof meaning === 'number' ? meaning : undefined;
}

/** The score of the good word inside a word turned bad by "on-"/"un-" ("onaardig", "unsatisfied"), 7 when that word is not listed. */
function turnedWord(word: string): number | undefined {
  const prefix = NEGATING_PREFIXES.find((p) => word.startsWith(p) && word.length >= p.length + 4);
  if (prefix === undefined) return undefined;
  const stem = PHRASES.get(word.slice(prefix.length));
  return typeof stem === 'number' ? stem : 7;
}

/**
 * "not a 10 but not bad either": a mood beside a number ruled out on its side of the middle lies near that number, at most two
 * below (or above) it; a mood on the other side, or more numbers, leave it unclear.
 */
export function nearBound(mood: ScoreReading, negated: readonly number[]): ScoreReading {
  const [bound] = negated;
  if (mood.kind !== 'approximate' || negated.length !== 1 || bound === undefined) return { kind: 'unclear' };
  if (bound > 5 && mood.score > 5 && mood.score < bound) return { kind: 'approximate', score: Math.max(mood.score, bound - 2) };
  if (bound < 5 && mood.score < 5 && mood.score > bound) return { kind: 'approximate', score: Math.min(mood.score, bound + 2) };
  return { kind: 'unclear' };
}

/**
 * A mood for a single word not in the lists: a diminutive of a long word ("voldoendetje") means its word, and "on-" before a good word
 * ("onredelijk", "ongezellig") turns it bad, so that "niet onredelijk" reads as the double negation it is.
 */
export function wordMood(word: string): PhraseMeaning | undefined {
  // Only long words: "goedje" (stuff) and "rotje" (a firecracker) are words of their own. A small mark lies at the line between a pass
  // and a fail: "een onvoldoendetje" is a 5, "een voldoendetje" a 6.
  for (const stem of diminutiveStems(word)) {
    const meaning = stem.length >= 7 ? PHRASES.get(stem) : undefined;
    if (typeof meaning === 'number') return meaning < 5 ? Math.min(5, meaning + 1) : meaning > 5 ? Math.max(6, meaning - 1) : meaning;
  }
  const prefix = NEGATING_PREFIXES.find((p) => word.startsWith(p) && word.length >= p.length + 4);
  const stem = prefix === undefined ? undefined : PHRASES.get(word.slice(prefix.length));
  if (typeof stem === 'number' && stem > 5) return Math.min(4, MAX_SCORE - stem);
  // "hondsmoe", "keigoed": a prefix that makes the word stronger.
  for (const strong of INTENSIFYING_PREFIXES) {
    const rest = word.startsWith(strong) && word.length >= strong.length + 2 ? PHRASES.get(word.slice(strong.length)) : undefined;
    if (typeof rest === 'number' && rest !== 5) return rest > 5 ? Math.min(MAX_SCORE, rest + 1) : Math.max(1, rest - 1);
  }
  return undefined;
}

const DETERMINER = set(['de', 'het', 'the', 'a', 'een', 'onze', 'our', ...POSSESSIVES]);

/** The word at i follows a preposition, past a determiner ("in de buurt", "in my garden"). */
function placed(tokens: Token[], i: number): boolean {
  const k = DETERMINER.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return PREPOSITION.has(tokens[k]?.text ?? '');
}

/** The word without a diminutive ending ("tienke" -> "tien", "voldoendetje" -> "voldoende"), or undefined. */
export function diminutiveStems(word: string): string[] {
  return DIMINUTIVE_ENDINGS.filter((e) => word.length > e.length + 2 && word.endsWith(e)).map((e) => word.slice(0, -e.length));
}
