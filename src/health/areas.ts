import type { Tagged, Token } from './answers.js';
import type { Dimension } from './dimensions.js';
import { AREA_HEADINGS, AREA_PARTS, AREA_POINTERS, AREA_WORDS } from './words.js';

/**
 * The areas of the check-in named in an answer ("Fysiek 8, mentaal 4", "Mijn lichaam 5. Je vraagt later toch ook naar gevoel? Dat
 * is 8."): which area each part is about, which areas the resident says are not asked now, and the area the resident repeats as a
 * question before answering ("Voor mijn lichaam? 6.").
 */
export interface Areas {
  /** The area of the part of the answer at a token, if one is named or pointed back to. */
  readonly at: (token: number) => Dimension | undefined;
  /** Areas the resident says are not asked now ("daar vroeg je niet naar", "je vraagt later naar gevoel"). */
  readonly unasked: ReadonlySet<Dimension>;
  /** The area repeated as a short question ("Voor mijn lichaam?"), the one the resident takes to be asked. */
  readonly echoed: Dimension | undefined;
  /**
   * The area of the part at a token as `at` finds it, with the things that belong to an area counted as naming it ("werk 8, vrienden 4",
   * "thuis red ik me prima, een 8"): which part of which area a number scores, where an answer scores several.
   */
  readonly part: (token: number) => Dimension | undefined;
}

const MAX_AREA_WORDS = 4;
const MAX_ECHO_WORDS = 5;
const POINTER = new Set(AREA_POINTERS);
const AREA: ReadonlyMap<string, Dimension | 'work'> = new Map(Object.entries(AREA_WORDS));
const PART: ReadonlyMap<string, Dimension> = new Map(Object.entries(AREA_PARTS));
const HEADING: ReadonlyMap<string, Dimension> = new Map(Object.entries(AREA_HEADINGS));
/**
 * Words of cause before an area ("stress door mijn werk", "geen rijbewijs door mijn ogen", "because of my back"): the cause, not the area
 * scored.
 */
const CAUSE = new Set(['door', 'vanwege', 'wegens', 'dankzij', 'because of', 'due to', 'thanks to', 'owing to']);
const caused = (tokens: Token[], i: number) => CAUSE.has(tokens[i - 1]?.text ?? '')
  || CAUSE.has(`${tokens[i - 2]?.text ?? ''} ${tokens[i - 1]?.text ?? ''}`) || strained(tokens, i);

/** A strain felt somewhere ("stress op mijn werk", "zorgen over geld", "worries about money"): the place or thing of a feeling. */
const STRAIN = new Set(['stress', 'zorgen', 'ruzie', 'gedoe', 'problemen', 'spanning', 'spanningen', 'gezeur', 'onrust', 'worries', 'worry',
  'trouble', 'problems', 'pressure', 'drama', 'hassle', 'conflict', 'conflicts', 'stressed', 'worried', 'anxious', 'gestrest', 'gestresst']);
const STRAIN_ON = new Set(['op', 'over', 'met', 'in', 'at', 'about', 'with', 'on', 'om', 'bij', 'van', 'from']);
const STRAIN_OWNER = new Set(['mijn', "m'n", 'mn', 'my', 'het', 't', 'de', 'the', 'ons', 'onze', 'our']);
function strained(tokens: Token[], i: number): boolean {
  const k = STRAIN_OWNER.has(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return STRAIN_ON.has(tokens[k]?.text ?? '') && STRAIN.has(tokens[k - 1]?.text ?? '');
}

/** A number right after the token at i, past a colon or an article ("zin 9", "zin: 9", "geluk een 8"). */
const numberAfter = (tokens: Token[], i: number) => tokens[i + 1]?.type === 'num'
  || ([':', 'een', 'a', 'n'].includes(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.type === 'num');

/** The word without a possessive or "is" glued to it ("head's", "body's"). */
const bare = (word: string) => word.replace(/'s$/u, '');

/** The word is the name of an area ("body", "head's", "gevoelsmatig"). */
export const isArea = (word: string): boolean => AREA.has(bare(word));

/** The word is something that belongs to an area ("slapen", "volunteering", "thuis"). */
export const isAreaPart = (word: string): boolean => PART.has(bare(word));

/** Work is daily life (being able to work) and taking part (work among others): it names the one of the two that is asked. */
const WORK_AREAS: ReadonlySet<Dimension> = new Set(['daily', 'participation']);

/**
 * The area named by the longest phrase at each token, left to right (only at its first word: "dagelijks leven" is daily life, not
 * "leven"); linear, as phrases are at most four words. "Mijn hoofd zegt 8, mijn hart zegt 5": a word inside a phrase of the resident's
 * own view names no area, unless the answer names an area elsewhere or two of them ("my body says 4 maar mijn hoofd says 8" sets the body
 * beside the mind).
 */
function named(tokens: Token[], tags: readonly Tagged[], asked: Dimension | undefined): (Dimension | undefined)[] {
  const opinion: boolean[] = new Array<boolean>(tokens.length).fill(false);
  tags.forEach((tag, i) => {
    if (tag?.meaning === 'opinion') for (let k = i; k < tag.end; k++) opinion[k] = true;
  });
  const all = namedWhere(tokens, asked, () => true);
  // Most answers hold no such phrase: then the one reading is the answer.
  if (!opinion.includes(true)) return all;
  const outside = namedWhere(tokens, asked, (i) => !opinion[i]);
  const areas = new Set(all.filter((a) => a !== undefined));
  return outside.some((a) => a !== undefined) || areas.size > 1 ? all : outside;
}

/** The area named at each token where `counts` allows a phrase to start. */
function namedWhere(tokens: Token[], asked: Dimension | undefined, counts: (i: number) => boolean): (Dimension | undefined)[] {
  const work: Dimension = asked !== undefined && WORK_AREAS.has(asked) ? asked : 'daily';
  const out: (Dimension | undefined)[] = new Array<Dimension | undefined>(tokens.length).fill(undefined);
  for (let i = 0; i < tokens.length; i++) {
    if (!counts(i) || caused(tokens, i)) continue;
    let phrase = '';
    let end = i;
    for (let k = i; k < tokens.length && k < i + MAX_AREA_WORDS && tokens[k]?.type === 'word'; k++) {
      phrase = phrase === '' ? bare(tokens[k]?.text ?? '') : `${phrase} ${tokens[k]?.text ?? ''}`;
      const area = AREA.get(phrase);
      if (area !== undefined) {
        out[i] = area === 'work' ? work : area;
        end = k;
      }
    }
    const heading = tokens[i]?.type === 'word' ? HEADING.get(tokens[i]?.text ?? '') : undefined;
    if (out[i] === undefined && heading !== undefined && numberAfter(tokens, i)) out[i] = heading;
    i = end;
  }
  return out;
}

/**
 * Reads the areas of an answer. A part takes the area it names; a part that names none takes the area named earlier in its sentence,
 * or, when it starts by pointing back ("dat is 8", "daar zou ik 3 geven"), the area named last. An area repeated as a short question
 * carries on into the sentence after it. `asked` is the area of the question: work named in an answer about taking part is taking part.
 */
export function readAreas(
  tokens: Token[], tags: readonly Tagged[], clauseOf: readonly number[], sentenceOf: readonly number[], asked?: Dimension,
): Areas {
  const names = named(tokens, tags, asked);
  const { at, echoed } = locate(tokens, names, tags, clauseOf, sentenceOf);
  const parts = names.map((area, i) => area ?? PART.get(bare(tokens[i]?.type === 'word' ? tokens[i]?.text ?? '' : '')));
  const { at: part } = locate(tokens, parts, tags, clauseOf, sentenceOf);
  const unasked = new Set<Dimension>();
  tags.forEach((tag, i) => {
    const area = tag?.meaning === 'unasked' ? at(i) : undefined;
    if (area !== undefined) unasked.add(area);
  });
  return { at, unasked, echoed, part };
}

/**
 * Which area each part of the answer is about, given the area named at each token: a part takes the area it names, or the one named
 * earlier in its sentence, or, pointing back, the one named last; a number within a part the area nearest it.
 */
function locate(
  tokens: Token[], names: readonly (Dimension | undefined)[], tags: readonly Tagged[], clauseOf: readonly number[], sentenceOf: readonly number[],
): { at: (token: number) => Dimension | undefined; echoed: Dimension | undefined } {
  // Per part: the area it names itself, and whether one of its first three words points back.
  const own = new Map<number, Dimension>();
  const wordsSeen = new Map<number, number>();
  const pointing = new Set<number>();
  // Per sentence: how many words, whether it asks, holds a number, or says an area is not asked.
  const words = new Map<number, number>();
  const asks = new Set<number>();
  const withNumber = new Set<number>();
  const unaskedIn = new Set<number>();
  // "Mijn lijf een 6, de rest vraag je straks": the rest is every area but the one named.
  const rest = new Set<number>();
  tokens.forEach((t, i) => {
    const c = clauseOf[i] ?? -1;
    const s = sentenceOf[i] ?? -1;
    const area = names[i];
    if (area !== undefined && !own.has(c)) own.set(c, area);
    if (t.type === 'word') {
      const seen = wordsSeen.get(c) ?? 0;
      if (seen < 3 && POINTER.has(t.text)) pointing.add(c);
      wordsSeen.set(c, seen + 1);
      words.set(s, (words.get(s) ?? 0) + 1);
    }
    if (t.type === 'num') withNumber.add(s);
    if (t.text === '?') asks.add(s);
    if (tags[i]?.meaning === 'unasked') unaskedIn.add(s);
    if (tags[i]?.meaning === 'overall') rest.add(c);
  });
  const clauseArea = new Map<number, Dimension | undefined>();
  let current: Dimension | undefined;
  let last: Dimension | undefined;
  let echoed: Dimension | undefined;
  let sentenceArea: Dimension | undefined;
  tokens.forEach((t, i) => {
    const c = clauseOf[i] ?? -1;
    const s = sentenceOf[i] ?? -1;
    if (!clauseArea.has(c)) clauseArea.set(c, own.get(c) ?? (rest.has(c) ? undefined : pointing.has(c) ? last : current));
    const area = names[i];
    if (area !== undefined) {
      current = area;
      last = area;
      sentenceArea = area;
    }
    if (sentenceOf[i + 1] === s) return;
    // "Voor mijn lichaam? 6.": a short question naming an area and nothing else repeats the question asked, and carries on.
    const echo = asks.has(s) && sentenceArea !== undefined && !withNumber.has(s) && !unaskedIn.has(s) && (words.get(s) ?? 0) <= MAX_ECHO_WORDS;
    if (echo) echoed = sentenceArea;
    else current = undefined;
    sentenceArea = undefined;
  });
  // Within a part, a number takes the area named last before it ("My mood is a 5 and my body a 7"), or else the first after it ("7 for
  // my body").
  const before: (Dimension | undefined)[] = [];
  tokens.forEach((_, i) => {
    before.push(names[i] ?? (clauseOf[i - 1] === clauseOf[i] ? before[i - 1] : undefined));
  });
  const after: (Dimension | undefined)[] = new Array<Dimension | undefined>(tokens.length).fill(undefined);
  for (let i = tokens.length - 1; i >= 0; i--) after[i] = names[i] ?? (clauseOf[i + 1] === clauseOf[i] ? after[i + 1] : undefined);
  const at = (token: number) => before[token] ?? after[token] ?? clauseArea.get(clauseOf[token] ?? -1);
  return { at, echoed };
}
