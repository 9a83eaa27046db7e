import type { Dimension, Locale } from './dimensions.js';
import { isArea, isAreaPart, readAreas } from './areas.js';
import type { Sentiment } from '../language/types.js';
import { meantWord, plainSwap, shortSlip, squeeze } from './typos.js';
import { diminutiveStems, nearBound, readMood, wordMood } from './moods.js';
import { MAX_SCORE, MIN_SCORE, inRange, roundToHalf } from './scale.js';
import {
  ABOVE_BEFORE, BELOW_BEFORE, CHANGE_TO, CHANGE_WORDS, CHAT_DIGIT_WORDS, CLOCK_AFTER, CLOCK_BEFORE, DICTATED_MARKS, NUMBER_NEGATIONS, ARTICLES, CONCLUSION_WORDS, DIALECT_NUMBERS,
  FRISIAN_NUMBERS, FRISIAN_SPELLINGS, FRISIAN_WORDS, LIMBURG_NUMBERS, LIMBURG_WORDS, ORDINALS, QUESTION_TAGS,
  FILLERS, GOAL_BEFORE, INSTEAD_BEFORE, LABELS, PEOPLE, NEAR_COMPARISONS, TORN_WORDS, KNOW_NEGATIONS, KNOW_WORDS, MEASURES, NOT_SCORE_AFTER, NOT_SCORE_BEFORE, NUMBER_TYPOS, NUMBER_WORDS, ONE_WORDS,
  BUTTON_ENDS, CLICK_WORDS, EMOJI_SCORES, PHRASES, RANGE_BEFORE, RANGE_BETWEEN, REFERENCE_BEFORE, SCALE_BOTTOM, SCALE_CONDITIONS, SCALE_JOINS, SCALE_LINKS, SCALE_NAMES,
  REST_WORDS, SCALE_TOP, SCORE_ADJECTIVES, SCORE_CUES, SCORE_FOLLOWERS, SPELLINGS, STAR_EMOJI, WITHDRAWALS, WITHDRAWN_BEFORE, STREET_ENDINGS, THINKING_SOUNDS, TIME_DETERMINERS, UNSURE_EMOJI, type PhraseMeaning,
} from './words.js';

/**
 * What a resident's answer to "which number from 0 to 10?" means, as a person would read it.
 * - `exact`: the resident named the score ("7", "een dikke 8", "zet maar een 6"): store it.
 * - `approximate`: a guess ("ongeveer 6") or a word or emoji with a clear meaning ("gaat wel", 👍): confirm it first.
 * - `either`: two real candidates ("6 of 7", "thuis een 7, buiten een 4"): ask which one.
 * - `unsure`: the resident says they cannot say ("weet ik niet"): never a score.
 * - `unclear`: something that must not become a score: a question, a time, an age, mixed signals.
 * - `none`: free text without anything score-like; the dialog may ask the language service.
 */
export type ScoreReading =
  | { kind: 'exact'; score: number }
  | { kind: 'approximate'; score: number }
  | { kind: 'either'; scores: readonly [number, number] }
  | { kind: 'unsure' }
  | { kind: 'unclear' }
  | { kind: 'none' };

export { MAX_SCORE, MIN_SCORE } from './scale.js';

/** Longer answers are not read as a score: a letter is not an answer to a 0-10 question, and reading stays cheap. */
export const MAX_ANSWER_LENGTH = 400;

const MAX_PHRASE_WORDS = 8;

/** `typo`: the word was corrected from a typing slip, so a number it names is a guess to confirm. */
export type Token = { type: 'num' | 'word' | 'emoji' | 'mark'; text: string; gap: boolean; typo?: boolean };

/** A number found in the answer, with what its neighbours say about it. */
interface Found {
  value: number;
  start: number;
  end: number;
  excluded: boolean;
  strong: boolean;
  doubtful: boolean;
  hedged: boolean;
  /** A point of comparison ("bijna 7", "under 5"): dropped when another number is the answer. */
  reference: boolean;
  /** Half a point down or up when the comparison is all there is ("net geen 6" is 5.5). */
  shift: number;
  /** A clock time ("om 8", "8pm"): a mood beside it is about that moment. */
  clock: boolean;
  /** Excluded as a count or a duration by the word after it ("9 jaar"), which also counts a number listed before it. */
  unit: boolean;
  /** What the score is not ("geen 5", "not a 10"). */
  negated: boolean;
  /** A wish ("ik wil naar een 8"), unless a change ("gezakt van 8 naar 6") makes it the score now. */
  goal: boolean;
  /** Leaning to it after another number ("more like 6"): said, unless the other was the resident's own ("7 or 8, more like 8"). */
  leaning: boolean;
}

const set = (words: readonly string[]) => new Set(words);
const ARTICLE = set(ARTICLES);
/** The articles of one thing, never before a count ("een 8", "ne zeven", "a 7"; "de 3 kinderen" counts). */
const INDEFINITE = set(['een', 'n', 'ne', 'nen', 'un', 'a', 'an']);
const ADJECTIVE = set(SCORE_ADJECTIVES);
const CUE = set(SCORE_CUES);
const BEFORE = set(NOT_SCORE_BEFORE);
const AFTER = set(NOT_SCORE_AFTER);
const FOLLOWER = set(SCORE_FOLLOWERS);
const ONE = set(ONE_WORDS);
const GOAL = set(GOAL_BEFORE);
const WISH = set(['wil', 'willen', 'wilde', 'wou', 'graag', 'want', 'wants', 'would']);
const KNOW = set(KNOW_WORDS);
const AGE_BEFORE = set(['ben', 'bent', 'is', 'am', 'im', "i'm", 'word', 'wordt', 'werd', 'turned', 'turn', 'turning', 'aged', 'age', 'leeftijd']);
const KNOW_NOT = set(KNOW_NEGATIONS);
const RANGE_WORD = set(['to', 'tot', 'of', 'or', 'en', 'and', 'à', 'á', 'a', 'till', 'until']);
const GOAL_GAP = set(['op', 'to', 'tot', 'for', 'voor', 'at']);
const SHRUG = set(UNSURE_EMOJI);
const CONCLUSION = set(CONCLUSION_WORDS);
const REFERENCE = set(REFERENCE_BEFORE);
const RANGE_START = set(RANGE_BEFORE);
const RANGE_JOIN = set(RANGE_BETWEEN);
const TIME_DETERMINER = set(TIME_DETERMINERS);
const THINKING = set(THINKING_SOUNDS);
const QUESTION_TAG = set(QUESTION_TAGS);
const FILLER = set(FILLERS);
const PHRASE_WORDS = new Set([...PHRASES.keys()].flatMap((p) => p.split(' ')));
const SQUEEZED: ReadonlyMap<string, number> = new Map([
  ...Object.entries(NUMBER_WORDS).map(([w, v]): [string, number] => [squeeze(w), v]),
  // "aach" (Limburg) squeezed is the sigh "ach": a dialect word is read as written, stretched only when that leaves a word of four letters.
  ...Object.entries(DIALECT_NUMBERS).filter(([w]) => squeeze(w).length >= 4).map(([w, v]): [string, number] => [squeeze(w), v]),
  ...Object.entries(NUMBER_TYPOS),
]);
const BELOW = set(BELOW_BEFORE);
const ABOVE = set(ABOVE_BEFORE);
const NUMBER_NOT = set(NUMBER_NEGATIONS);
const INSTEAD = set(INSTEAD_BEFORE);
const FORGOTTEN = set(WITHDRAWN_BEFORE);
const CHANGE = set(CHANGE_WORDS);
const CHANGE_JOIN = set(CHANGE_TO);
const CLOCK_START = set(CLOCK_BEFORE);
const CLOCK_END = set(CLOCK_AFTER);
const LIST_JOIN = set(['en', 'and', 'of', 'or', 'à', '-', 'tot', 'to']);
/** Words that offer a second guess at the same thing: "3 zussen of 4". */
const ALTERNATIVE = set(['of', 'or']);
const NEAR = set(NEAR_COMPARISONS);
const EVEN = set(['eens', 'even', 'zelfs']);
const COMPARISON_NOT = set([...NUMBER_NEGATIONS, 'no', "wouldn't", 'wouldnt', "won't", 'wont', "don't", 'dont', "can't", 'cant', 'cannot']);
const TORN = set(TORN_WORDS);
const LEVEL_BEFORE = set(["i'm", 'im', 'am', 'is', "it's", 'its', 'are', "we're", "he's", "she's", 'sits', 'stands', 'sitting', 'stuck']);
/** Pointing at a number instead of saying it ("she nods at 6", "he points at 7"): at it is no clock time. */
const GESTURE = set(['nods', 'nodded', 'nodding', 'points', 'pointed', 'pointing', 'taps', 'tapped', 'tapping', 'gestures', 'gestured', 'looks']);
const OBJECT_BEFORE = set([
  'with', 'met', 'bij', 'to', 'naar', 'for', 'about', 'over', 'without', 'zonder', 'naast', 'beside', 'near', 'samen', 'together',
  'since', 'sinds', 'sedert', 'because', 'omdat', 'doordat', 'aangezien', 'toen', 'when', 'after', 'nadat', 'while', 'terwijl',
  'although', 'hoewel', 'though',
]);
const NUMBER_HEDGE = set([
  'about', 'around', 'zon', "zo'n", "zoe'n", "zu'n", 'rond', 'rondom', 'circa', 'ca', 'roughly', 'approximately', 'approx', 'kinda', 'sorta', 'kindof',
]);
const POSSIBLE = set(['could be', 'might be', 'kan zijn', 'zou kunnen']);
const HIGHER_LOWER = set(['higher', 'lower', 'hoger', 'lager']);
const NEARLY = set(['bijna', 'almost', 'nearly']);
/** Words that point at the question itself ("dat vind ik lastig", "dit vind ik moeilijk"). */
const POINTER = set(['dat', 'dit', 'het', 't', 'da', 'die', 'deze', 'zoiets', 'alles', 'dees']);
const LEANING = set(['neig naar', 'neigt naar', 'neigend naar', 'neig richting', 'leaning towards', 'leaning toward', 'leaning to', 'lean towards',
  'lean toward', 'tending towards', 'tending toward', 'tend towards', 'tend toward']);
const PERHAPS = set(['misschien', 'maybe', 'perhaps', 'wellicht', 'possibly', 'mogelijk', 'mss']);
const OFFER_MODAL = set(['kan', 'mag', 'zal', 'can', 'may', 'could', 'shall']);
const AVERAGE = set(['gemiddeld', 'average', 'gemiddelde']);
const OWN_GUESS = set(['i guess', 'ig', 'i suppose', 'i reckon', "i'd guess", 'i would guess']);
const GRUDGING = set(['i guess', 'ig', 'i suppose']);
/** A bound said after the number ("5 at best", "a 3 at best", "een 6 hooguit"): the resident's own judgement of it, not a guess. */
const BOUND_AFTER = set(['at best', 'op zijn best', 'at most', 'at the most', 'hooguit', 'hoogstens', 'max', 'maximaal', 'at least', 'minstens']);
const SAYING = set([
  "it's", 'its', 'it', 'is', 'that', "that's", 'dat', 'het', 't', "i'm", 'im', 'i', 'ik', 'say', 'zeggen', 'zeg', 'zou', 'would',
  'call', 'think', 'denk', 'really', 'echt', 'was',
]);
const BETWEEN = set(['tussen', 'between']);
const STAR = set(['ster', 'sterren', 'sterretjes', 'star', 'stars']);
const STAR_SIGN = set(STAR_EMOJI);
const QUESTION_GOES_ON = set(['of', 'or', 'en', 'and']);
const SCALE_NAME = set(SCALE_NAMES);
const SCALE_JOIN = set(SCALE_JOINS);
const SCALE_OF = set(['van', 'of', 'from', 'de', 'the', 'tot', 'to', 'op', 'uit']);
const SCALE_CONDITION = set(SCALE_CONDITIONS);
const SCALE_LINK = set(SCALE_LINKS);
const TOP = set(SCALE_TOP);
const BOTTOM = set(SCALE_BOTTOM);
const MEASURE = set(MEASURES);
const LABEL = set(LABELS);
const PAIN = set(['pijn', 'pain']);
const REST = set(REST_WORDS);
const WITH = set(['met', 'zonder', 'with', 'without']);
const DECADE_PART: Readonly<Record<string, number>> = {
  high: 0.8, upper: 0.8, mid: 0.5, middle: 0.5, low: 0.2, lower: 0.2, hoge: 0.8, lage: 0.2,
};
/** Number words in the plural ("sixes", "zessen"), read only after a part of them at the border of two (see `decadeAt`). */
const PLURAL_NUMBERS: Readonly<Record<string, number>> = {
  twos: 2, threes: 3, fours: 4, fives: 5, sixes: 6, sevens: 7, eights: 8, nines: 9,
  tweeën: 2, drieën: 3, vieren: 4, vijven: 5, zessen: 6, zevens: 7, achten: 8, negens: 9,
};
/**
 * "high sixes, low sevens", "de hoge zessen, lage zevens": the top of one number in the plural beside the bottom of the next, which lies
 * between them; alone ("high sixes") the authors differ on where, so it is left to the language service.
 */
function decadeAt(tokens: Token[], i: number): boolean {
  const plural = (k: number) => PLURAL_NUMBERS[tokens[k]?.text ?? ''];
  const part = (k: number) => DECADE_PART[tokens[k - 1]?.text ?? ''];
  const border = (top: number) => {
    const value = plural(top);
    if (value === undefined || part(top) !== 0.8) return false;
    for (let k = top + 2; k <= top + 4; k++) if (plural(k) === value + 1 && part(k) === 0.2) return true;
    return false;
  };
  if (plural(i) === undefined || part(i) === undefined) return false;
  return border(i) || [2, 3, 4].some((d) => border(i - d) && plural(i - d) === (plural(i) ?? 0) - 1 && part(i) === 0.2);
}
const MEASURE_LINK = set(['is', 'was', 'are', 'were', 'at', 'of', 'van', 'op', ':', '=', 'level', 'niveau', 'score']);
const SOMEWHERE = set(['ergens', 'somewhere', 'anywhere', 'anything']);
const SHARE = set(['%', 'procent', 'percent']);
const WHOLE_OF = set(['van', 'of', 'uit']);
const LIMBURG = set(LIMBURG_WORDS);
/** Someone filling in for the resident, speaking of themselves ("Ik vul dit in voor mijn moeder", "I'm typing for my dad"). */
const TYPER = set([
  'vul dit in voor', 'vul in voor', 'vult dit in voor', 'vul het in voor', 'typing for', 'filling this in for', 'filling in for', 'fill this in for',
]);
const HARD = set([
  'lastig', 'moeilijk', 'dit is lastig', 'dit is moeilijk', 'dat is lastig', 'dat is moeilijk', 'het is lastig', 'het is moeilijk', 't is lastig',
  't is moeilijk', 'lastige vraag', 'moeilijke vraag', 'dat vind ik lastig', 'vind ik moeilijk', 'vind ik lastig',
]);
const THOSE = set(['the', 'de', 'die', 'those', 'these', 'deze']);
const WEIGHING = set(['average', 'averaging', 'averaged', 'combine', 'combining', 'middel', 'middelen', 'middelt', 'gemiddelde', 'combineer']);
const ONE_OR_ARTICLE = set(['one', 'a', 'single']);
const PICKING = set(['pick', 'choose', 'give', 'put', 'name', 'select']);
const FORMERLY = set(['vroeger', 'voorheen', 'destijds', 'used to', 'used to be']);
/** The words from `from` up to `to` as one phrase, for looking it up in a set of phrases ('i guess', 'at best'). */
const phraseText = (tokens: Token[], from: number, to?: number) => tokens.slice(from, to).map((t) => t.text).join(' ');
/** Nothing but a mark or the end follows at i: the part ends there. */
const closes = (tokens: Token[], i: number) => tokens[i] === undefined || (tokens[i]?.type === 'mark' && CLAUSE_END.has(tokens[i]?.text ?? ''));
const UNTIL = set(['until', 'till', 'til', 'tot']);
const HOURS = set(['uur', 'uurtje']);
const HOUR_LINK = set(['voor', 'over', 'na', 'past', 'to', 'before', 'after']);
const MINUTES = set(['kwart', 'quarter', 'half']);
/** "maar", "but", "ik zeg" start the part that counts without saying it is now. */
const WEAK_NOW = set(['maar', 'but', 'doch', 'maar ik', 'i say', 'ik zeg', 'en ik', 'and i', "and i'm", 'and me', 'ik zelf', 'ikzelf']);
const GRADE_SIGNS = ['plus', 'minus', 'min'];
const REPORT = set(['rapport', 'report', 'schoolrapport', 'rapportcijfer']);
const HYPOTHETICAL = set(['zou', 'zouden', 'would', "i'd", "it'd"]);
const PERSON = set(PEOPLE);
const NUMBER_LABEL_BEFORE = set(['at', 'op', 'the', 'de', 'in', 'on', 'live', 'woon', 'house', 'huis', 'room', 'flat', 'lives']);
const WANTING = set(['wil', 'willen', 'wilde', 'want', 'wants', 'wanted']);
const GIVING = set(['geven', 'invullen', 'zetten', 'noteren', 'opschrijven', 'give', 'put', 'enter', 'write']);
const RELATIVE = set(['die', 'wie', 'who', "who's", 'whos', 'welke']);
const CLAUSE_END = set([',', '.', ';', ':', '!', '?', '…', '(', ')']);
const CLICK = set(CLICK_WORDS);
const BUTTON_BEFORE = set(['op', 'on', 'for', 'voor', 'de', 'het', 'the', 'maar', 'at', 'as', 'als', 'me', 'mij']);
const BUTTON_AFTER = set(['one', 'button', 'knop', 'knopje', 'optie', 'option', 'maar', 'please', 'graag', 'dan', 'then']);

// One alternative per token kind; every quantifier is bounded or over a single class, so matching is linear.
// An emoji joined to the next by a zero-width joiner is one sign ("😵‍💫", a dizzy face); each join is one character, so this stays linear.
const TOKEN_RE = /(\d{1,6}(?:[.,]\d{1,3})?)|([\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*)|(\p{Extended_Pictographic}(?:\u200D\p{Extended_Pictographic})*)|(\S)/gu;
// A chat word is one of a few literal spellings between non-letters, so this stays linear.
const CHAT_DIGIT_RE = new RegExp(`(^|[^\\p{L}\\d])(${Object.keys(CHAT_DIGIT_WORDS).join('|')})(?![\\p{L}\\d])`, 'gu');
const EMOJI_NOISE = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u2640\u2642]/gu;
const LOOSE_JOINER = /\u200D(?!\p{Extended_Pictographic})|(?<!\p{Extended_Pictographic})\u200D/gu;
/** Joined emoji with a meaning of their own; others are read as the emoji they are made of ("❤️‍🔥" is a heart and a flame). */
const JOINED_EMOJI = new Set(Object.keys(EMOJI_SCORES).filter((e) => e.includes('\u200D')));

/**
 * Reads a score from 0 to 10 (halves allowed) out of a resident's reply, as a person reads it: digits and number
 * words (also misspelt), halves, "6/10", articles and school adjectives ("een dikke 7", "ne zeven"), instructions
 * ("zet maar een 6"), guesses ("ongeveer 6"), two candidates ("6 of 7"), a second number that is an age, a time, a
 * count, a date or an earlier score, mood words and sayings with negation and intensifiers, and emoji.
 * Linear in the length of the text, which is bounded by MAX_ANSWER_LENGTH.
 */
export function parseScore(text: string, locale: Locale, dimension?: Dimension): ScoreReading {
  if (text.length > MAX_ANSWER_LENGTH) return { kind: 'none' };
  const tokens = subjectAfterNumber(countedStars(dictatedMarks(slipWhereScoreStands(limburgNumber(readFrisian(tokenize(normalise(text))).flatMap(unglueArticle)
    .map(correctSlip)))), locale));
  if (tokens.length === 0) return { kind: 'none' };
  // Instructions are found before the numbers: "put me down for 6" names the score although "for 6" alone would not.
  const decided = new Set<number>();
  const saying = inSaying(tokens);
  tagPhrases(tokens, [], saying).forEach((tag) => {
    if (tag?.meaning === 'instruction') decided.add(tag.end);
  });
  const found = findNumbers(tokens, locale, decided, saying);
  // "als 1 het beste is dan een 2": a scale turned around leaves the number to ask about; "0 = slecht" alone defines, it does not answer.
  const scale = scaleTalk(tokens, found);
  if (scale === 'turned' || (scale === 'defined' && !found.some((f) => !f.excluded))) return { kind: 'unclear' };
  const meanings = tagPhrases(tokens, found, saying);
  // "slechter dan een 6", "better than a 5": compared with a number, not with another time.
  const numberAt = new Set(found.map((f) => f.start));
  meanings.forEach((m, i) => {
    if (m?.meaning !== 'past' || !REFERENCE.has(phraseText(tokens, i, m.end))) return;
    if (numberAt.has(m.end) || (numberAt.has(m.end + 1) && ARTICLE.has(tokens[m.end]?.text ?? ''))) meanings[i] = undefined;
  });
  // "Since moving in with my daughter it's a 7", "Since my husband died it's a 4": someone after a preposition, or the subject of a
  // reason, is no one who gives a number ("my wife says 8" still is).
  meanings.forEach((m, i) => {
    if (m?.meaning === 'other' && OBJECT_BEFORE.has(tokens[i - 1]?.text ?? '')) meanings[i] = undefined;
  });
  // "de administratie vind ik lastig", "koken vind ik moeilijk": a thing found hard, named before it, is a chore, not the question.
  meanings.forEach((m, i) => {
    const thing = tokens[i - 1]?.type === 'word' && !POINTER.has(tokens[i - 1]?.text ?? '');
    if (m?.meaning === 'unsure' && tokens[i]?.text === 'vind' && tokens[i + 1]?.text === 'ik' && thing) meanings[i] = undefined;
  });
  // "10 broer", "8 zus.": someone named right after the number, as the last word of a sentence, is the one spoken to, not someone else.
  const endsAt = new Set(found.map((f) => f.end));
  meanings.forEach((m, i) => {
    const last = tokens[m?.end ?? i] === undefined || tokens[m?.end ?? i]?.type === 'mark';
    if (m?.meaning === 'other' && endsAt.has(i) && last && FOLLOWER.has(phraseText(tokens, i, m.end))) meanings[i] = undefined;
  });
  // "Oeps 2 moet 3 zijn", "6 moet een 7 zijn": what it must be is the number put right.
  const startsAt = new Map(found.map((f) => [f.start, f]));
  meanings.forEach((m, i) => {
    const k = ARTICLE.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const f = startsAt.get(k);
    if (m?.meaning === 'question' && tokens[i]?.text === 'moet' && f && tokens[f.end]?.text === 'zijn') meanings[i] = { meaning: 'correction', end: m.end };
  });
  // "I say 4 number": the word for the number after it names that number, no other topic; so does "one number" picked ("If I have to pick
  // one number for my body it's a 5").
  meanings.forEach((m, i) => {
    const picked = ONE_OR_ARTICLE.has(tokens[i - 1]?.text ?? '') && PICKING.has(tokens[i - 2]?.text ?? '');
    const named = found.some((f) => f.end === i) || picked;
    if (m?.meaning === 'topic' && m.end === i + 1 && tokens[i]?.text === 'number' && named) meanings[i] = undefined;
  });
  // "In the morning 2, by evening 6": a time of day opening a part with its number right after it, beside a number for another part,
  // names the part of the day scored, as "'s ochtends 3" does; after the number it is a clock time ("around 7 in the evening").
  meanings.forEach((m, i) => {
    const opens = i === 0 || tokens[i - 1]?.type === 'mark';
    const ofDay = m?.meaning === 'topic' && tokens[i]?.text === 'in' && tokens[i + 1]?.text === 'the';
    if (m && ofDay && opens && numberAt.has(m.end) && found.length > 1) meanings[i] = undefined;
  });
  // "de rest van de week", "the rest of the day": a time, not the resident as a whole; "Life in general 9, health 4": an area.
  meanings.forEach((m, i) => {
    if (m?.meaning === 'overall' && (tokens[m.end]?.text === 'van' || tokens[m.end]?.text === 'of' || isArea(tokens[i - 1]?.text ?? ''))) {
      meanings[i] = undefined;
    }
  });
  // "Mijn benen een 4 en mijn hart een 7, gemiddeld 5,5": the average said as a number is the whole.
  meanings.forEach((m, i) => {
    const averaged = typeof m?.meaning === 'number' && AVERAGE.has(tokens[i]?.text ?? '') && m.end === i + 1;
    if (m && averaged && (numberAt.has(m.end) || (numberAt.has(m.end + 1) && ARTICLE.has(tokens[m.end]?.text ?? '')))) {
      meanings[i] = { meaning: 'overall', end: m.end };
    }
  });
  // "eerder een 8, nu een 6" is earlier; inside a part ("het is eerder een 7") or after a number ruled out ("niet een 3, eerder
  // een 5") it is rather.
  const firstRuledOut = Math.min(...found.filter((f) => f.negated).map((f) => f.start));
  meanings.forEach((m, i) => {
    const rather = tokens[i - 1]?.type === 'word' || firstRuledOut < i;
    if (m?.meaning === 'past' && m.end === i + 1 && tokens[i]?.text === 'eerder' && rather) {
      meanings[i] = { meaning: 'correction', end: m.end };
    }
  });
  // "BP 150/95 and I feel like a 5", "Pain is 6 out of 10": a measure named right before its number (and the number after a slash)
  // is that number's topic, not the whole part's; a topic without a number of its own ("een 10 voor aardrijkskunde") takes its part.
  const foundAt = new Map(found.map((f) => [f.start, f]));
  const measured = new Set<number>();
  // The last number right after the thing or area it scores ("conditie 7", "energy 6").
  const partsScored = found.filter((f) => tokens[f.start - 1]?.type === 'word'
    && (isArea(tokens[f.start - 1]?.text ?? '') || isAreaPart(tokens[f.start - 1]?.text ?? ''))).map((f) => f.start);
  meanings.forEach((m, i) => {
    const words = phraseText(tokens, i, m?.end ?? i);
    // "pijn 8/10": pain with a number of its own is a pain score, though "pijn" alone is a mood. "Ik woon op nummer 7 en ik geef een 5":
    // a label right before its number (a house number, a room, an age) is that number's, not its part's ("bij vraag 2 heb ik een 4
    // bedoeld" is about question 2).
    const own = m?.meaning === 'topic' && (MEASURE.has(words) || LABEL.has(words));
    if (!m || !(own || (typeof m.meaning === 'number' && PAIN.has(words)))) return;
    // "met pijn 3, zonder 7": with or without pain is when the number holds; "pijn 3, conditie 7", "Slaap 3, pijn 5": pain as one of the
    // things scored in a row, before or after the others, is a part of the answer, not a pain score.
    const next = foundAt.get(m.end);
    const opens = i === 0 || tokens[i - 1]?.type === 'mark';
    const listed = opens && next !== undefined && closes(tokens, next.end) && partsScored.some((start) => start !== next.start);
    if (PAIN.has(words) && next && (WITH.has(tokens[i - 1]?.text ?? '') || listed)) {
      // English "pain" is no mood word: listed with a bare number, it names a part of the area like "sleep", not a topic of its own
      // ("pain 6/10, mood 7" is a pain score on its own scale).
      if (listed && m.meaning === 'topic' && next.end === next.start + 1) meanings[i] = undefined;
      return;
    }
    let k = m.end;
    while (k < m.end + 2 && (MEASURE.has(words) || PAIN.has(words)) && MEASURE_LINK.has(tokens[k]?.text ?? '')) k++;
    for (let f = foundAt.get(k); f; f = tokens[f.end]?.text === '/' ? foundAt.get(f.end + 1) : undefined) {
      f.excluded = true;
      measured.add(i);
      meanings[i] = { meaning: 'topic', end: m.end };
    }
  });
  // "anxiety like 8 out of 10 bad": a high number out of ten with a bad word right after it, ending the part, says how bad something is,
  // on a scale that runs the other way, so it cannot be read as the answer ("8/10 moe maar blij" goes on).
  const severity = found.some((f) => {
    const scale = ofTenAt(tokens, f.end);
    const word = meanings[f.end + scale];
    const outOfTen = scale > 0 || (f.end - f.start > 1 && isTen(tokens[f.end - 1]));
    return !f.excluded && f.value > 5 && outOfTen && typeof word?.meaning === 'number' && word.meaning < 5 && closes(tokens, word.end);
  });
  if (severity) return { kind: 'unclear' };
  const clause = clauses(tokens, meanings);

  // A question about the scale or the bot ("wat is 0 en wat is 10?", "0 is slecht toch?") is not an answer: a sentence ending in a
  // question mark with a question word at the start of a part, or in the part of a number. A number with a question mark beside
  // other words ("Sorry my Dutch is bad, acht?") is an answer, and so is one said after the question ("Is it 5 you want? Then 5.").
  const sentence = sentences(tokens);
  const numberParts = new Set(found.map((f) => clause.of[f.start]));
  const starts = new Set(clause.starts);
  // "Kan ik 6 zeggen?", "Mag ik een 7 geven?", "Can I say 6?": asking whether one may give a number offers it, a guess to confirm, not a
  // question about the scale.
  const questionMarked = new Set(tokens.flatMap((t, i) => (t.text === '?' ? [sentence[i] ?? 0] : [])));
  const offered = new Set(found.filter((f) => !f.excluded && questionMarked.has(sentence[f.start] ?? 0)
    && (offers(tokens, f.start) || hesitant(tokens, f))).map((f) => f.start));
  const offeredIn = new Set([...offered].map((start) => sentence[start] ?? 0));
  const questioning = new Set(meanings.flatMap((m, i) => (m?.meaning === 'question' && (starts.has(i) || numberParts.has(clause.of[i]))
    && !offeredIn.has(sentence[i] ?? 0) ? [sentence[i] ?? 0] : [])));
  const asked = new Set(tokens.flatMap((t, q) => (t.text === '?' && questioning.has(sentence[q] ?? 0) ? [sentence[q] ?? 0] : [])));
  if (asked.size > 0) {
    const lastAsked = Math.max(...asked);
    // ... but not a sentence that asks again ("is 7 goed? 8?") or goes on with the question ("is 7 goed? of 8").
    const opening = new Map<number, string>();
    tokens.forEach((t, i) => {
      if (!opening.has(sentence[i] ?? 0) && t.type !== 'mark') opening.set(sentence[i] ?? 0, t.text);
    });
    const stillAsking = new Set(tokens.flatMap((t, i) => (t.text === '?' ? [sentence[i] ?? 0] : [])));
    const answers = (k: number) => k > lastAsked && !stillAsking.has(k) && !QUESTION_GOES_ON.has(opening.get(k) ?? '');
    if (!found.some((f) => !f.excluded && inRange(f.value) && answers(sentence[f.start] ?? 0))) return { kind: 'unclear' };
    for (const f of found) if (!answers(sentence[f.start] ?? 0)) f.excluded = true;
  }

  const pastClauses = new Set<number>();
  const otherClauses = new Set<number>();
  // "in 2019 een 8", "back in 2010 I was a 9": a year named is another time.
  tokens.forEach((t, i) => {
    const year = t.type === 'num' && /^(?:19|20)\d\d$/.test(t.text);
    if (year && (tokens[i - 1]?.text === 'in' || tokens[i - 1]?.text === 'anno')) pastClauses.add(clause.of[i] ?? -1);
  });
  // "Op mijn rapport zou een 7 staan": the report one would get is grading oneself, not a mark for something else.
  const wouldClauses = new Set(tokens.flatMap((t, i) => (HYPOTHETICAL.has(t.text) ? [clause.of[i] ?? -1] : [])));
  meanings.forEach((m, i) => {
    if (m?.meaning === 'past') pastClauses.add(clause.of[i] ?? -1);
    const grading = REPORT.has(tokens[i]?.text ?? '') && wouldClauses.has(clause.of[i] ?? -1);
    if (m?.meaning === 'other' || (m?.meaning === 'topic' && !measured.has(i) && !grading)) otherClauses.add(clause.of[i] ?? -1);
  });
  // "beter dan mijn buurman, die zit op een 3", "mijn zus (die heeft een 4)": a part that starts with "die" or "who" right after
  // someone else's part is about them too, and so is one that goes on with "like" ("my kids are doing great, like 9/10").
  for (const start of clause.starts) {
    const c = clause.of[start] ?? -1;
    if ((RELATIVE.has(tokens[start]?.text ?? '') || tokens[start]?.text === 'like') && otherClauses.has(c - 1)) otherClauses.add(c);
  }
  // "6 of 12": a number beyond the scale beside a candidate makes the answer unclear, not the candidate the answer.
  // ... but an age in a part about another time ("Toen ik 50 was een 9, nu een 6") or a slip put right ("66 bedoel 6") is neither.
  const lastScore = Math.max(...found.filter((g) => !g.excluded && inRange(g.value)).map((g) => g.start));
  const nextCorrection: number[] = new Array<number>(tokens.length + 1).fill(Infinity);
  for (let i = tokens.length - 1; i >= 0; i--) nextCorrection[i] = meanings[i]?.meaning === 'correction' ? i : (nextCorrection[i + 1] ?? Infinity);
  const putRight = (f: Found) => (nextCorrection[f.end] ?? Infinity) < lastScore;
  const beyond = new Set(found.filter((f) => !f.excluded && !inRange(f.value) && !pastClauses.has(clause.of[f.start] ?? -1) && !putRight(f))
    .map((f) => clause.of[f.start]));
  let candidates = found.filter((f) => !f.excluded && inRange(f.value));
  if (candidates.some((f) => beyond.has(clause.of[f.start]))) return { kind: 'unclear' };
  // "she says 6, and I agree": someone else's number taken as one's own.
  const own = candidates.filter((f) => !otherClauses.has(clause.of[f.start] ?? -1));
  // "Mijn kleindochter typt dit voor mij. Oma zegt een 8.": someone typing for the resident passes on the resident's own number.
  const agrees = meanings.some((m) => m?.meaning === 'relay')
    || meanings.some((m) => m?.meaning === 'agree' && !tokens.slice(m.end, m.end + 2).some((t) => KNOW_NOT.has(t.text)));
  if (own.length > 0 || !agrees) candidates = own;
  const now = candidates.filter((f) => !pastClauses.has(clause.of[f.start] ?? -1));
  candidates = now;
  // "Afgelopen maand 5, deze week 7", "In de zomer een 8, nu in de winter een 5": beside a number said to be now, another time is not.
  const saidNow = new Set(meanings.flatMap((m, i) => (m?.meaning === 'now' && !WEAK_NOW.has(phraseText(tokens, i, m.end))
    ? [clause.of[i] ?? -1] : [])));
  const then = new Set(meanings.flatMap((m, i) => (m?.meaning === 'when' ? [clause.of[i] ?? -1] : [])));
  if (candidates.some((f) => saidNow.has(clause.of[f.start] ?? -1))) {
    candidates = candidates.filter((f) => saidNow.has(clause.of[f.start] ?? -1) || !then.has(clause.of[f.start] ?? -1));
  }
  // "ik zei 8 maar het is eigenlijk een 7": what was said before gives way to a number said after it.
  const saidBefore = new Set(meanings.flatMap((m, i) => (m?.meaning === 'said' ? [clause.of[i] ?? -1] : [])));
  const firstSaid = meanings.findIndex((m) => m?.meaning === 'said');
  if (candidates.some((f) => !saidBefore.has(clause.of[f.start] ?? -1) && f.start > firstSaid)) {
    candidates = candidates.filter((f) => !saidBefore.has(clause.of[f.start] ?? -1));
  }
  // "Fysiek 8, mentaal 4": the number for the area asked is the answer. An area said not to be asked now ("Gevoelsmatig 4, maar daar
  // vroeg je niet naar. Lichaam 7.") gives none, and one repeated as a question ("Voor mijn lichaam? 6.") is taken as the one asked.
  const areas = readAreas(tokens, meanings, clause.of, sentence, dimension);
  candidates = candidates.filter((f) => {
    const a = areas.at(f.start);
    return a === undefined || a === dimension || !areas.unasked.has(a);
  });
  const overallClauses = new Set(meanings.flatMap((m, i) => (m?.meaning === 'overall' ? [clause.of[i] ?? -1] : [])));
  const restClauses = new Set(meanings.flatMap((m, i) => (m?.meaning === 'overall' && REST.has(phraseText(tokens, i, m.end))
    ? [clause.of[i] ?? -1] : [])));
  const inOverall = (f: Found) => overallClauses.has(clause.of[f.start] ?? -1);
  // "werk 8, vrienden 4", "Meedoen lukt niet zo, een 4, thuis red ik me prima, een 8": where an answer scores several things, a number
  // for a thing of another area than the one asked is not its answer ("genieten doe ik wel, 7, maar ik slaap slecht, 4").
  const several = dimension !== undefined && candidates.length >= 2;
  const ofAsked = (f: Found) => areas.part(f.start) === dimension;
  if (several && candidates.some(ofAsked)) {
    candidates = candidates.filter((f) => inOverall(f) || areas.part(f.start) === undefined || ofAsked(f));
  }
  // A part that names a thing of an area and not the area ("Mijn knie een 3", "Knees 3", "mijn geloof 10"), not its name ("Lichaam 6").
  const namingParts = new Set<number>();
  const namingArea = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.type === 'word' && isAreaPart(t.text)) namingParts.add(clause.of[i] ?? -1);
    if (t.type === 'word' && isArea(t.text)) namingArea.add(clause.of[i] ?? -1);
  });
  const partOnly = (f: Found) => namingParts.has(clause.of[f.start] ?? -1) && !namingArea.has(clause.of[f.start] ?? -1);
  let restOfArea = false;
  const wanted = dimension ?? areas.echoed;
  if (wanted !== undefined) {
    // "work 9, social life 3" to the question about taking part: work is a part of it too, so the two are candidates.
    const parts = several ? candidates.filter((f) => areas.at(f.start) === undefined && ofAsked(f)) : [];
    const named = candidates.filter((f) => areas.at(f.start) === wanted);
    const unnamed = candidates.filter((f) => areas.at(f.start) === undefined);
    // "Mijn gevoel, denk ik een 7 of misschien 7,5. Ja, doe maar 7,5.": a number after an instruction settles the answer for the area named.
    const mine = named.length > 0 ? [...named, ...parts, ...unnamed.filter((f) => decided.has(f.start))] : unnamed;
    // "Knees 3, everything else 8", "Mijn knie een 3, de rest een 8": at the question about an area, the rest beside a part of it is the
    // rest of that area, and the two are candidates; beside the area's name ("Lichaam 6, de rest 8") it is the other areas.
    restOfArea = several && mine.some((f) => partOnly(f) && ofAsked(f)) && candidates.some((f) => restClauses.has(clause.of[f.start] ?? -1));
    const taken = new Set(mine);
    const rest = named.length > 0 && restOfArea ? candidates.filter((f) => restClauses.has(clause.of[f.start] ?? -1) && !taken.has(f)) : [];
    if (mine.length > 0) candidates = [...mine, ...rest].sort((a, b) => a.start - b.start);
    // "Mind a 6", "Gevoelsmatig een 5" to the question about the body: numbers only for one other area do not answer this one (two
    // other areas side by side stay a choice: "Fysiek 8, mentaal 4" to the question about taking part).
    else if (dimension !== undefined && new Set(candidates.map((f) => areas.at(f.start))).size === 1) return { kind: 'unclear' };
  }
  // "mijn been is een 2, de rest een 8": the number for the rest is the answer, the one for a part beside it is not.
  const overall = restOfArea ? [] : candidates.filter(inOverall);
  if (overall.length > 0) candidates = overall;
  // After "nee", "of toch", "eigenlijk", an instruction ("doe maar") or a conclusion ("dus", "so") only what follows counts.
  const firstStart = Math.min(...candidates.map((f) => f.start));
  const lastStart = Math.max(...candidates.map((f) => f.start));
  let cut = -1;
  // "Een 7, of toch een 8?": a correction put as a question with a number in it is a doubt between the two; "7. Oh wacht, het gaat over
  // mijn lichaam? Dan een 5.": one that asks about the question, with no number, puts the number before it right.
  const inQuestion = new Set(candidates.flatMap((f) => (questionMarked.has(sentence[f.start] ?? 0) ? [sentence[f.start] ?? 0] : [])));
  meanings.forEach((m, i) => {
    // "so" is also an intensifier ("so tired"); standing alone between two numbers it concludes.
    const concludes = CONCLUSION.has(tokens[i]?.text ?? '') && (m === undefined || (m.meaning === 'intensifier' && m.end === i + 1));
    // "5 of misschien toch 7", "6, or maybe actually 8": a correction softened by a hedge is a doubt between the two.
    const softened = meanings[i - 1]?.meaning === 'hedge' && meanings[i - 1]?.end === i;
    // "7 *6": a star glued to the next word puts it right, as in chat.
    const starred = tokens[i]?.text === '*' && tokens[i + 1]?.gap === false && tokens[i]?.gap === true;
    const settles = (m?.meaning === 'correction' && !inQuestion.has(sentence[i] ?? 0) && !softened) || m?.meaning === 'instruction' || concludes
      || starred;
    if (settles && firstStart < i && i < lastStart) cut = i;
  });
  // The last number put right by a correction ("vier. nee zes"), for a doubt that comes after the new one.
  const replaced = candidates.filter((f) => f.start < cut).at(-1);
  // "mijn gevoelens zijn wisselend, doch over het geheel genomen een 6": a doubt about the parts is weighed in the whole.
  if (overall.length > 0) {
    const first = Math.min(...overall.map((f) => f.start));
    let k = first;
    while (k > 0 && clause.of[k - 1] === clause.of[first]) k--;
    cut = Math.max(cut, k - 1);
  }
  candidates = candidates.filter((f) => f.start > cut);
  // "7 nee toch niet, weet ik niet", "8, scratch that": the last number taken back, with none after it, leaves no answer.
  if (candidates.length > 0 && takenBack(tokens, Math.max(...candidates.map((f) => f.end)))) return { kind: 'unclear' };
  let chosen = candidates.filter((f) => !f.doubtful);
  // "zes en een half, bijna zeven": the number compared with is not a second candidate.
  if (chosen.some((f) => !f.reference)) chosen = chosen.filter((f) => !f.reference);
  // "6 of 7, ik zeg 7", "6 or 7, probably 7": one of two candidates said again in a later part settles on it.
  const last = chosen.reduce<Found | undefined>((a, f) => (a === undefined || f.start > a.start ? f : a), undefined);
  if (last && chosen.length >= 3 && new Set(chosen.map((f) => roundToHalf(f.value))).size === 2
    && chosen.some((f) => f !== last && f.value === last.value && clause.of[f.start] !== clause.of[last.start])) {
    chosen = [last];
    let k = last.start;
    while (k > 0 && clause.of[k - 1] === clause.of[last.start]) k--;
    cut = Math.max(cut, k - 1);
  }
  // Nothing but a comparison: "net geen 6" is about 5, "just over 7" about 7, "below 5" about 4, "bijna 7" about 7.
  const onlyComparison = chosen.length > 0 && chosen.every((f) => f.reference);
  // A comparison past an end of the scale ("boven de 10") stays on it.
  const values = [...new Set(chosen.map((f) => nearestScore(Math.min(MAX_SCORE, Math.max(MIN_SCORE, f.value + (onlyComparison ? f.shift : 0))))))]
    .sort((a, b) => a - b);

  // The hedge in "bijna zeven" belongs to the number compared with, not to the answer beside it.
  const kept = new Set(chosen);
  const dropped = new Set(candidates.filter((f) => f.reference && !kept.has(f)).flatMap((f) => [f.start, f.start - 1]));
  // "3, I guess", "A 6 I suppose": said after the number, a guess of one's own is no doubt about it.
  const afterLast = Math.max(...chosen.map((f) => f.end));
  const lastChosen = Math.max(...chosen.map((f) => f.start));
  // "Mijn lijf een 7, de rest weet ik niet": not knowing about the rest, in a part of its own after the answer, is no doubt about it.
  const chosenParts = new Set(chosen.map((f) => clause.of[f.start] ?? -1));
  const aboutRest = (i: number) => i >= afterLast && overallClauses.has(clause.of[i] ?? -1) && !chosenParts.has(clause.of[i] ?? -1);
  // "Rond 10 uur wakker ... een 7", "Sleep maybe 5 hours a night, so a 4": a hedge of a time or a count hedges that, not the answer.
  const notScores = new Set(found.filter((f) => f.excluded).map((f) => f.start));
  // "My GP would probably say 3 but I feel like a 6", "een lastige vraag voor iemand van mijn leeftijd ... een zes": a hedge in a part about
  // someone or something else, without the answer, is about that.
  const othersGuess = (i: number) => otherClauses.has(clause.of[i] ?? -1) && !chosenParts.has(clause.of[i] ?? -1);
  const ownAfter = (i: number, m: Tagged) => {
    const words = phraseText(tokens, i, m?.end);
    return i >= afterLast && (OWN_GUESS.has(words) || BOUND_AFTER.has(words));
  };
  // "Dit is lastig. Ik ben 23, ... Dus een 8", "Dat is een lastige vraag. Een vijf.": the question called hard in a sentence of its own before
  // the answer, with no number in it, is a sigh before answering, not a doubt about the number.
  const numberSentences = new Set(found.map((f) => sentence[f.start] ?? 0));
  const firstChosen = Math.min(...chosen.map((f) => f.start));
  const typerGuesses = meanings.some((m, i) => m?.meaning === 'relay' && TYPER.has(phraseText(tokens, i, m.end)));
  const sighBefore = (i: number, m: Tagged) => HARD.has(phraseText(tokens, i, m?.end)) && (sentence[i] ?? 0) < (sentence[firstChosen] ?? 0)
    && !numberSentences.has(sentence[i] ?? 0);
  // "Ik twijfel... ik ga voor de 8", "not sure, put me down for 6": a decision right before the answer settles the doubt said before it.
  // "Ik zoek nog iets nieuws, misschien vrijwilligerswerk. ... Een 5 zou ik zeggen.": a "maybe" before a thing, in an earlier sentence
  // without a number, is about that plan, not the answer ("Misschien. 6." and "misschien goed, 7" stay guesses).
  const plan = (i: number, m: Tagged) => m?.meaning === 'hedge' && PERHAPS.has(phraseText(tokens, i, m.end)) && tokens[m.end]?.type === 'word'
    && meanings[m.end] === undefined && !numberSentences.has(sentence[i] ?? 0) && (sentence[i] ?? 0) < (sentence[firstChosen] ?? 0);
  const decision = meanings.reduce((a, m, i) => (m?.meaning === 'instruction' && decided.has(m.end) && m.end <= firstChosen ? i : a), -1);
  const hedged = meanings.some((m, i) => i > Math.max(cut, decision) && !(m && dropped.has(m.end)) && hedges(tokens, m, i, chosen.length > 0, notScores) && !aboutRest(i)
    && !ownAfter(i, m) && !othersGuess(i) && !sighBefore(i, m) && !plan(i, m))
    || cannotSay(tokens, meanings, aboutRest)
    || chosen.some((f) => f.hedged)
    || (replaced !== undefined && chosen.some((f) => f.leaning))
    // "Kan ik 6 zeggen?" offers the 6; "Mag ik 8 zeggen? Ja, 8." says it after.
    || offered.has(lastChosen)
    // "Ik vul in voor mijn zoon ... Ik denk 8": someone filling in for the resident who gives their own view guesses the resident's number.
    || (typerGuesses && meanings.some((m, i) => m?.meaning === 'opinion' && chosenParts.has(clause.of[i] ?? -1)))
    // "een dikke zeven, bijna acht": a whole score beside nearly the next one lies between the two ("zes en een half, bijna zeven" is said).
    // Said first, the comparison is settled by the answer after it ("almost 8, a 7").
    || candidates.some((f) => f.reference && f.shift === 0 && !kept.has(f) && values.length === 1 && Number.isInteger(values[0])
      && Math.abs(f.value - (values[0] ?? f.value)) === 1 && f.start > lastChosen)
    // "🤷 6?": a shrug before the number makes it a guess ("6 🤷" after it is a comment on the answer given).
    || tokens.some((t, i) => SHRUG.has(t.text) && i < lastChosen);
  const [first, second] = values;
  // "vier. nee zes. ik weet het niet": not knowing, said after a number put right, leaves the resident between the two.
  const doubtAfter = meanings.some((m, i) => i >= afterLast && m?.meaning === 'unsure') || cannotSay(tokens, meanings, (i) => i < afterLast || aboutRest(i));
  const earlier = replaced === undefined ? undefined : nearestScore(replaced.value);
  if (values.length === 1 && first !== undefined && earlier !== undefined && earlier !== first && inRange(earlier) && doubtAfter) {
    return { kind: 'either', scores: earlier < first ? [earlier, first] : [first, earlier] };
  }
  const scored = found.filter((f) => !f.excluded && inRange(f.value));
  if (values.length === 1 && first !== undefined && splitMood(tokens, meanings, clause.of, chosen, scored, first)) return { kind: 'unclear' };
  if (values.length === 1 && first !== undefined) {
    const rounded = chosen.every((f) => roundToHalf(f.value) === f.value) && !onlyComparison;
    return { kind: hedged || !rounded ? 'approximate' : 'exact', score: first };
  }
  // "tussen 4 en 6", "tussen de 4 en de 8": a range two or four apart has one score in the middle; neighbours stay two.
  const range = values.length === 2 && isRange(tokens, chosen);
  const width = (second ?? 0) - (first ?? 0);
  const doubt = torn(tokens, chosen);
  // "ergens tussen de 4 en de 8", "anywhere from 3 to 7": said to lie somewhere in a range four wide, the answer has no one score.
  const vague = width === 4 && tokens.slice(0, Math.min(...chosen.map((f) => f.start))).some((t) => SOMEWHERE.has(t.text));
  if (range && first !== undefined && (width === 2 || width === 4) && !doubt && !vague) return { kind: 'approximate', score: first + width / 2 };
  // "ergens tussen 3 en 6", "anywhere from 2 to 9": a wider range is no choice between its ends, and its middle no score; doubt between
  // two ("ik twijfel tussen 5 en 8") keeps the two, unless they lie more than four apart.
  if (range && width > 2 && (!doubt || (width > 4 && between(tokens, chosen)))) return { kind: 'unclear' };
  if (values.length === 2 && first !== undefined && second !== undefined) return { kind: 'either', scores: [first, second] };
  if (values.length > 2) return { kind: 'unclear' };

  // "Die is wisselend, maar over het algemeen goed": feelings that vary, weighed in a whole said after them with a mood word, leave that mood.
  const moodParts = new Set(meanings.flatMap((m, i) => (typeof m?.meaning === 'number' ? [clause.of[i] ?? -1] : [])));
  const weighed = meanings.findIndex((m, i) => m?.meaning === 'overall' && moodParts.has(clause.of[i] ?? -1));
  const doubted = (i: number) => weighed < 0 || i > weighed;
  if (meanings.some((m, i) => m?.meaning === 'unsure' && doubted(i)) || tokens.some((t) => SHRUG.has(t.text)) || cannotSay(tokens, meanings)
    || passes(tokens, locale)) {
    return { kind: 'unsure' };
  }
  const negated = found.filter((f) => f.negated && inRange(f.value)).map((f) => f.value).sort((a, b) => a - b);
  // "geen 8 maar ook geen 6": the one score between two that are ruled out.
  const [low, high] = negated;
  if (negated.length === 2 && low !== undefined && high !== undefined && high - low === 2) return { kind: 'approximate', score: low + 1 };
  // "geen 5 maar ook geen 8": the two scores between are the candidates.
  if (negated.length === 2 && low !== undefined && high !== undefined && high - low === 3) return { kind: 'either', scores: [low + 1, low + 2] };
  // "om 8 uur ben ik al moe", "by 8pm I'm tired": a mood at a time of day is about that moment, not the score.
  const end = namedEnd(tokens, meanings);
  if (end !== undefined) return { kind: 'approximate', score: end };
  const clockClauses = new Set(found.filter((f) => f.clock).map((f) => clause.of[f.start] ?? -1));
  const mood = readMood(tokens, meanings, clause.of, otherClauses, clockClauses, areas.at);
  if (mood?.kind === 'approximate' && mood.score > 5 && sarcastic(tokens)) return { kind: 'unclear' };
  // "It's fine I guess", "good, I suppose": a good word said grudgingly after it is a modest yes, at most a 6.
  const lastMood = meanings.reduce((a, m, i) => (typeof m?.meaning === 'number' ? i : a), -1);
  const grudging = meanings.some((m, i) => i > lastMood && m !== undefined && GRUDGING.has(phraseText(tokens, i, m.end)));
  if (mood?.kind === 'approximate' && mood.score > 6 && grudging && negated.length === 0) return { kind: 'approximate', score: 6 };
  if (mood !== undefined && negated.length > 0) return nearBound(mood, negated);
  if (mood !== undefined) return mood;
  // "Beter dan vorige week", "Minder dan de helft van vroeger": compared with a score not said here, so there is nothing to offer.
  if (meanings.some((m, i) => m?.meaning === 'compared' || (m?.meaning === 'past' && REFERENCE.has(phraseText(tokens, i, m.end))))) {
    return { kind: 'unclear' };
  }
  if (found.length > 0 || tokens.some((t) => t.type === 'emoji') || meanings.some((m) => m?.meaning === 'aside')) return { kind: 'unclear' };
  // "Vroeger was alles beter", "Things used to be better": words about the old days, with no mood word, say nothing of now, so nothing is
  // offered from their tone.
  if (meanings.some((m, i) => m?.meaning === 'past' && FORMERLY.has(phraseText(tokens, i, m.end)))) return { kind: 'unclear' };
  return { kind: 'none' };
}

/**
 * "Zet maar op heel slecht", "Tick the very good one", "kies maar zeer goed": the words on the button at an end of the scale, chosen with an
 * instruction or a word of clicking, name that end (0 or 10); alone, "heel slecht" is a mood.
 */
function namedEnd(tokens: Token[], tags: Tagged[]): number | undefined {
  const instruction: boolean[] = new Array<boolean>(tokens.length).fill(false);
  tags.forEach((t, s) => {
    if (t?.meaning === 'instruction') for (let k = s; k < t.end; k++) instruction[k] = true;
  });
  for (let i = 0; i + 1 < tokens.length; i++) {
    const end = BUTTON_ENDS[`${tokens[i]?.text ?? ''} ${tokens[i + 1]?.text ?? ''}`];
    if (end === undefined) continue;
    const after = tokens[i + 2];
    if (after !== undefined && after.type !== 'mark' && !BUTTON_AFTER.has(after.text)) continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && BUTTON_BEFORE.has(tokens[k]?.text ?? '')) k--;
    if (instruction[k] === true || CLICK.has(tokens[k]?.text ?? '')) return end;
  }
  return undefined;
}

/**
 * "Bewegen gaat goed, 8, slapen slecht": a number said beside a mood of its side, with a mood of the other side in a later part of its
 * own (no number, no reason, no "maar"), is the number of one thing only, and the answer is asked again.
 */
function splitMood(
  tokens: Token[], tags: Tagged[], clauseOf: readonly number[], chosen: readonly Found[], scored: readonly Found[], score: number,
): boolean {
  if (Math.abs(score - 5) < 2 || chosen.length !== 1) return false;
  const [f] = chosen;
  if (!f) return false;
  const side = Math.sign(score - 5);
  const numbered = new Set<number>([clauseOf[f.start] ?? -1]);
  // "Meedoen gaat slecht, een 3, thuis gaat het goed, een 7": a mood with a number of its own right after it, for a thing set aside,
  // is that number's part.
  for (const g of scored) {
    const k = ARTICLE.has(tokens[g.start - 1]?.text ?? '') ? g.start - 2 : g.start - 1;
    if (g !== f && tokens[k]?.type === 'mark') numbered.add(clauseOf[k - 1] ?? -1);
  }
  const turned = new Set<number>();
  tags.forEach((t, i) => {
    if (t?.meaning === 'negation' || t?.meaning === 'reason' || t?.meaning === 'now' || t?.meaning === 'overall') turned.add(clauseOf[i] ?? -1);
  });
  let agrees = false;
  let opposes = false;
  tags.forEach((t, i) => {
    const c = clauseOf[i] ?? -1;
    if (typeof t?.meaning !== 'number' || Math.abs(t.meaning - 5) < 2 || turned.has(c)) return;
    if (i < f.start && Math.sign(t.meaning - 5) === side) agrees = true;
    if (i >= f.end && Math.sign(t.meaning - 5) === -side && !numbered.has(c)) opposes = true;
  });
  return agrees && opposes;
}

/** A whole or half score as given; any other decimal ("7,3", "6.8") to the nearest whole score, as a teacher rounds a mark. */
function nearestScore(value: number): number {
  return roundToHalf(value) === value ? value : Math.round(value);
}

const TAKEN_BACK = set(['not', 'niet', 'nie', 'niet dus', 'not really', 'nope']);

/**
 * "living the dream... not", "Geweldig. NOT", "super hoor, niet dus": a "not" standing on its own at the end takes the good words before
 * it back, so they say the opposite without saying how bad.
 */
function sarcastic(tokens: Token[]): boolean {
  const words = tokens.flatMap((t, i) => (t.type === 'word' ? [i] : []));
  for (const n of [1, 2]) {
    const first = words[words.length - n];
    if (first === undefined || first < 1 || tokens[first - 1]?.type !== 'mark' || !tokens.slice(first).every((t) => t.type !== 'num')) continue;
    if (TAKEN_BACK.has(tokens.slice(first).filter((t) => t.type === 'word').map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** "pass", "ik pas" or "I pass" as the whole answer passes the question, in either language; "a pass" is a school mark. */
function passes(tokens: Token[], locale: Locale): boolean {
  const words = tokens.filter((t) => t.type !== 'mark').map((t) => t.text);
  const last = words[words.length - 1];
  return words.length <= 2 && (last === 'pass' || last === 'pas') && (words.length === 1 || words[0] === 'ik' || words[0] === 'i');
}

/**
 * A phrase that makes the number a guess: a hedge or an "I cannot say", but not "-ish" after a word ("oké-ish, 6"), nor a
 * sound of thinking before a number ("hmm 5"), nor "about", "around" or "zon" before anything but a number ("worried about my knee, 6").
 */
function hedges(tokens: Token[], tag: Tagged, i: number, withNumber: boolean, notScores: ReadonlySet<number>): boolean {
  const afterWord = tokens[i - 1]?.type === 'word' && wordNumber(tokens[i - 1]?.text ?? '') === undefined;
  // "ask about my mood", "walk around the block", "de zon schijnt": a preposition or another word, unless a number follows ("about a 6",
  // "around 7", "zo'n 8").
  const beforeNumber = tag !== undefined && NUMBER_HEDGE.has(phraseText(tokens, i, tag.end));
  const k = tag?.end ?? i + 1;
  const numberNext = [0, 1, 2].some((d) => valueAt(tokens, k + d) !== undefined && tokens.slice(k, k + d).every((t) => t.type === 'word'));
  if (tag?.meaning === 'hedge' && beforeNumber && !numberNext) return false;
  // "kom ik de trap bijna niet meer op", "I almost fell": "bijna" before a word other than a number is about that, not the answer.
  if (tag?.meaning === 'hedge' && NEARLY.has(phraseText(tokens, i, tag.end)) && tokens[k]?.type === 'word' && !numberNext) return false;
  // "7, could be higher if my Dutch was better": what the number could be, higher or lower, is a wish about it, not a doubt.
  if (tag?.meaning === 'hedge' && POSSIBLE.has(phraseText(tokens, i, tag.end)) && HIGHER_LOWER.has(tokens[k]?.text ?? '')) return false;
  if (tag?.meaning === 'hedge' && (notScores.has(k) || (ARTICLE.has(tokens[k]?.text ?? '') && notScores.has(k + 1)))) return false;
  if (tag?.meaning === 'hedge') return !(tokens[i]?.text === 'ish' && afterWord);
  if (tag?.meaning === 'unsure') return !(withNumber && tag.end === i + 1 && THINKING.has(tokens[i]?.text ?? ''));
  return false;
}

/** Two numbers that make a range: "tussen"/"van" before the first, "tot"/"à"/"-" between them, or "range" after. */
function isRange(tokens: Token[], pair: readonly Found[]): boolean {
  const [a, b] = [...pair].sort((x, y) => x.start - y.start);
  if (!a || !b) return false;
  // "tussen de 4 en de 8", "van ongeveer 5 tot 7"; "genieten van de tuin 9, van tv 5" names what the first number is for.
  // "van" and "from" need a join as well ("van 5 tot 7"): "Van de 10 dingen ... 6", "van de 3 kleinkinderen, 8" name a whole or a thing.
  for (let k = a.start - 1; k >= 0 && k >= a.start - 3; k--) {
    if (RANGE_START.has(tokens[k]?.text ?? '') && BETWEEN.has(tokens[k]?.text ?? '')) return true;
    if (!ARTICLE.has(tokens[k]?.text ?? '') && !NUMBER_HEDGE.has(tokens[k]?.text ?? '')) break;
  }
  // The join stands between the two numbers within one part: "my fitness a 6, my weight a 4" is no range.
  // An article before the second number ("either a 4 or a 7") is no join, as "6 a 7" is.
  const joined = tokens.slice(a.end, b.start);
  const join = joined.some((t, k) => RANGE_JOIN.has(t.text) && !(k > 0 && k === joined.length - 1 && ARTICLE.has(t.text)));
  if (join && !joined.some((t) => t.type === 'mark' && CLAUSE_END.has(t.text))) return true;
  return tokens[b.end]?.text === 'range';
}

/** "tussen"/"between" just before the first of two numbers. */
function between(tokens: Token[], pair: readonly Found[]): boolean {
  const first = Math.min(...pair.map((f) => f.start));
  return [1, 2].some((d) => BETWEEN.has(tokens[first - d]?.text ?? ''));
}

/** "ik twijfel tussen een 4 en een 6", "torn between 3 and 5": doubt between two names two candidates, not a range. */
function torn(tokens: Token[], pair: readonly Found[]): boolean {
  const first = Math.min(...pair.map((f) => f.start));
  for (let k = Math.max(0, first - 5); k < first; k++) if (TORN.has(tokens[k]?.text ?? '')) return true;
  return false;
}

/** "kan ik", "mag ik", "can I" at most three words before the number at start, with only words between ("Can I say 6", "Mag ik een 7"). */
function offers(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 1 && k >= start - 4 && tokens[k]?.type === 'word'; k--) {
    if ((tokens[k]?.text === 'ik' || tokens[k]?.text === 'i') && OFFER_MODAL.has(tokens[k - 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * "ehh 5?", "Een zesje zeker?", "7 toch?": a number put as a question after a sound of thinking, or with a tag that asks to confirm it, is
 * offered, a guess to confirm ("6?" alone, or "Sorry my Dutch is bad, acht?", is an answer).
 */
function hesitant(tokens: Token[], f: Found): boolean {
  const k = ARTICLE.has(tokens[f.start - 1]?.text ?? '') ? f.start - 2 : f.start - 1;
  if (tokens[f.end]?.text === '?' && (THINKING.has(tokens[k]?.text ?? '') || trailsOff(tokens, f.start))) return true;
  return QUESTION_TAG.has(tokens[f.end]?.text ?? '') && tokens[f.end + 1]?.text === '?';
}

/** Small words of wavering between a hesitation and the number ("ja... nee... toch wel een vijfje?"). */
const WAVER = set(['toch', 'wel', 'ja', 'nee', 'dan', 'maar', 'nou', 'yes', 'no', 'then', 'well', 'ok', 'oké', 'oke']);

/**
 * "ja... nee... toch wel een vijfje?", "um. eight?", "nou... 6?": dots that trail off or a sound of thinking, a few small words before the
 * number, past a full stop; a bounded look back.
 */
function trailsOff(tokens: Token[], start: number): boolean {
  for (let k = start - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const t = tokens[k];
    if (!t || t.type === 'num' || t.type === 'emoji') return false;
    if (THINKING.has(t.text) || t.text === '…' || (t.text === '.' && tokens[k - 1]?.text === '.')) return true;
    if (t.type === 'mark' && t.text !== '.' && t.text !== ',') return false;
    if (t.type === 'word' && !ARTICLE.has(t.text) && !ADJECTIVE.has(t.text) && !WAVER.has(t.text)) return false;
  }
  return false;
}

/** True when the dialog should ask "Bedoel je een 7?" before storing the score. */
export function needsConfirmation(reading: ScoreReading): boolean {
  return reading.kind === 'approximate';
}

/**
 * A score to propose for free text that the reader found nothing in (`none`), from its sentiment; undefined when the
 * sentiment is too weak to mean anything, and the dialog asks again.
 */
export function proposalFromSentiment(label: Sentiment, score: number): number | undefined {
  if (label === 'neutral' && Math.abs(score) < 0.2) return undefined;
  if (label === 'mixed') return undefined;
  return scoreFromSentiment(label, score);
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
    // "acht óf negen": "of" and "or" stressed with an accent are the plain words.
    .replace(/(^|[^\p{L}])[óò]f(?![\p{L}])/gu, '$1of')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u{1F51F}/gu, ' 10 ')
    // "gr8", "m8", "w8": a chat word spelt with a digit is that word.
    .replace(CHAT_DIGIT_RE, (_, before: string, word: string) => `${before}${CHAT_DIGIT_WORDS[word] ?? word}`)
    // Arabic-Indic and Persian digits ("٧", "۸") are digits.
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    // "6,,5", "5.,5": a doubled decimal sign; "l0", "1o": a letter typed for a digit of ten.
    .replace(/(\d)([.,])[.,]{1,2}(?=\d)/gu, '$1$2')
    .replace(/(^|[^\p{L}\d])(?:[li]0|1o)(?![\p{L}\d])/gu, '$110')
    // Keycap digits side by side are one number ("1️⃣0️⃣"); a 1 among exclamation marks is a slip of the shift key ("tien!!1!").
    .replace(/(\d)\uFE0F?\u20E3(?=\d\uFE0F?\u20E3)/gu, '$1')
    .replace(/(\d)\uFE0F?\u20E3/gu, '$1 ')
    .replace(/(?<=!)1+(?![\d.,])/g, '')
    // "24/7 pijn", "24-7 tired": day and night, always, not two numbers.
    .replace(/(^|[^\d/])24 ?[/-] ?7(?![\d/])/gu, '$1 altijd ')
    // "100%" and "honderd procent" are a saying, "completely"; other shares are not a score.
    .replace(/(^|[^\d.,])(?:100 ?%|honderd procent)/gu, '$1 honderdprocent ')
    // "8 -> 7", "8 → 7": an arrow is a change to what follows.
    .replace(/-{1,3}>|={1,2}>|[\u2192\u21D2\u27F6\u27A1]/gu, ' → ')
    .replace(EMOJI_NOISE, '')
    .replace(LOOSE_JOINER, '')
    // "i.p.v.": "in plaats van", written short.
    .replace(/(^|[^\p{L}])i\.\s?p\.\s?v\.?(?![\p{L}])/gu, '$1ipv')
    // "'s avonds": the time of day; "'t gaat", "'k zou", "'n zesje": the word without its apostrophe.
    .replace(/(^|[\s,.!?])'s(?![\p{L}])/gu, '$1')
    .replace(/(^|[\s,.!?])'([tkn])(?![\p{L}])/gu, '$1$2')
    // "ne zeven en 'alf", "'eel goed": an h left out, as said in the south.
    .replace(/(^|[\s,.!?])'(alf|eel|elemaal|oog|oor)(?![\p{L}])/gu, '$1h$2')
    // "so-so", "eight-ish": words joined by a hyphen are two words.
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/(\d)-(?=ish)/gu, '$1');
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of s.matchAll(TOKEN_RE)) {
    const index = m.index;
    const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'emoji' : 'mark';
    const parts = type === 'emoji' && !JOINED_EMOJI.has(m[0]) ? m[0].split('\u200D') : [m[0]];
    parts.forEach((text, k) => tokens.push({ type, text, gap: k === 0 && (index > last || tokens.length === 0) }));
    last = index + m[0].length;
  }
  return tokens;
}

/**
 * A word typed with a slip ("zven", "zeveb", "prma") replaced by the word meant, marked so its number is confirmed first; two
 * letters swapped in a long number word ("ahct", "vjif") is read as the number outright.
 */
function correctSlip(token: Token): Token {
  if (token.type !== 'word') return token;
  const meant = meantWord(token.text);
  return meant === undefined ? token : { ...token, text: meant, typo: !plainSwap(token.text) };
}

/** Verbs of one thing that, right after the word after a number, make that word the subject of a new sentence ("4 geld is krap"). */
const SUBJECT_VERBS = set(['is', 'was', 'gaat', 'doet', 'wordt', 'blijft', 'zit', 'staat', 'has', 'gets', 'keeps', 'sucks', 'hurts']);

/**
 * "ngl 3 money's a mess", "4 geld is krap", "7 life is good": a number followed by a word that is the subject of a verb of one thing
 * ends its part, as if a comma stood after it: a count has a plural after it ("3 kids are a handful"), a unit or a follower keeps its
 * reading ("7 uur is te weinig").
 */
function subjectAfterNumber(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    out.push(t);
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    if (t.type !== 'num' || next?.type !== 'word' || !next.gap || (before !== undefined && before.type === 'word' && !FOLLOWER.has(before.text))) return;
    const word = next.text.replace(/'s$/u, '');
    const subject = next.text.endsWith("'s") || SUBJECT_VERBS.has(tokens[i + 2]?.text ?? '');
    if (!subject || AFTER.has(word) || FOLLOWER.has(word) || ARTICLE.has(word) || PHRASE_WORDS.has(word) || wordNumber(word) !== undefined) return;
    out.push({ type: 'mark', text: ',', gap: false });
  });
  return out;
}

const GLUED_ARTICLES = ['een', 'nen', 'ne', 'an', 'a'];

/**
 * "eenzeven", "nezesse", "aseven": an article typed without its space before a number word is the article and the number; a word that
 * is known itself ("eentje", "anderhalf") stays whole.
 */
function unglueArticle(token: Token): Token[] {
  if (token.type !== 'word' || valueAtWord(token.text) !== undefined || meantWord(token.text) !== undefined) return [token];
  for (const article of GLUED_ARTICLES) {
    const rest = token.text.slice(article.length);
    const value = rest.length >= 3 && token.text.startsWith(article) ? NUMBER_WORDS[rest] ?? DIALECT_NUMBERS[rest] : undefined;
    if (value !== undefined && Number.isInteger(value) && inRange(value)) {
      return [{ type: 'word', text: article, gap: token.gap }, { type: 'word', text: rest, gap: true }];
    }
  }
  return [token];
}

const valueAtWord = (word: string) => (ONE.has(word) ? 1 : wordNumber(word));
const DICTATED = new Map(Object.entries(DICTATED_MARKS));
const isNumberToken = (t: Token | undefined) => t !== undefined && (t.type === 'num' || (t.type === 'word' && wordNumber(t.text) !== undefined));

/**
 * "negen vraagteken", "body six period", "acht uitroepteken": punctuation dictated right after a number is the mark it names; before another
 * number it is a decimal sign ("zeven punt vijf", "six point five"), which is read as a half elsewhere.
 */
function dictatedMarks(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const one = t.text;
    const two = `${one} ${tokens[i + 1]?.text ?? ''}`;
    const n = t.type === 'word' && DICTATED.has(two) && tokens[i + 1]?.type === 'word' ? 2 : t.type === 'word' && DICTATED.has(one) ? 1 : 0;
    const mark = n === 2 ? DICTATED.get(two) : n === 1 ? DICTATED.get(one) : undefined;
    const next = tokens[i + n];
    if (mark !== undefined && isNumberToken(tokens[i - 1]) && !isNumberToken(next) && (next === undefined || next.type !== 'mark' || CLAUSE_END.has(next.text))) {
      out.push({ type: 'mark', text: mark, gap: true });
      i += n - 1;
    } else out.push(t);
  }
  return out;
}

/**
 * "vijg", "een acgt", "a sicx": a slip in a short number word, too close to other words to correct everywhere, is read where a score
 * stands: as the last word of the answer, alone or after an article, and confirmed first.
 */
function slipWhereScoreStands(tokens: Token[]): Token[] {
  const words = tokens.flatMap((t, i) => (t.type === 'word' || t.type === 'num' ? [i] : []));
  const last = words[words.length - 1];
  const word = last === undefined ? undefined : tokens[last];
  const meant = word?.type === 'word' ? shortSlip(word.text) : undefined;
  if (last === undefined || meant === undefined || !(words.length === 1 || ARTICLE.has(tokens[words[words.length - 2] ?? -1]?.text ?? ''))) return tokens;
  return tokens.map((t, i) => (i === last ? { ...t, text: meant, typo: true } : t));
}

/**
 * "'t Geit good mit mich, ach", "Ich bin neet gelökkig, veer": in an answer written in Limburgish, a Limburg number word that is another
 * word in Dutch, as the last word of the answer after a mark, is the number; elsewhere "ach" stays a sigh.
 */
function limburgNumber(tokens: Token[]): Token[] {
  const words = tokens.flatMap((t, i) => (t.type === 'word' || t.type === 'num' ? [i] : []));
  const last = words[words.length - 1];
  const meant = last === undefined ? undefined : LIMBURG_NUMBERS[tokens[last]?.text ?? ''];
  if (last === undefined || meant === undefined || tokens[last - 1]?.type !== 'mark' || !tokens.some((t) => LIMBURG.has(t.text))) return tokens;
  return tokens.map((t, i) => (i === last ? { ...t, text: meant } : t));
}

const FRISIAN = set(FRISIAN_WORDS);

/**
 * "It giet net bêst mei my", "Ik fiel my tige goed": in an answer written in Frisian (a word only Frisian has, or "it giet"), its words are
 * read as the Dutch ones, so "net" is "niet"; in a Dutch answer "net" stays "just" ("net goed").
 */
function readFrisian(tokens: Token[]): Token[] {
  const written = tokens.some((t, i) => FRISIAN.has(t.text) || FRISIAN.has(`${t.text} ${tokens[i + 1]?.text ?? ''}`)
    || (t.text === 'it' && tokens[i + 1]?.text === 'giet'));
  if (!written) return tokens;
  return tokens.map((t) => (t.type === 'word' && FRISIAN_SPELLINGS[t.text] !== undefined ? { ...t, text: FRISIAN_SPELLINGS[t.text] ?? t.text } : t));
}

/** A Frisian number word, or its diminutive ("sân", "seiske"). */
const frisian = (t: Token | undefined) => t?.type === 'word'
  && (FRISIAN_NUMBERS[t.text] !== undefined || diminutiveStems(t.text).some((stem) => FRISIAN_NUMBERS[stem] !== undefined));

/**
 * "⭐⭐⭐ van de 5", "⭐⭐⭐⭐⭐ out of 5": a row of stars before the scale they are out of is their count, read as "3 sterren van de 5".
 */
function countedStars(tokens: Token[], locale: Locale): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && STAR_SIGN.has(tokens[j]?.text ?? '')) j++;
    const first = tokens[i];
    if (j - i >= 1 && first && countOfAt(tokens, j, locale) > 0) {
      out.push({ type: 'num', text: String(j - i), gap: first.gap }, { type: 'word', text: 'sterren', gap: true });
      i = j - 1;
    } else if (first) out.push(first);
  }
  return out;
}

function wordNumber(word: string): number | undefined {
  const known = NUMBER_WORDS[word] ?? DIALECT_NUMBERS[word] ?? SQUEEZED.get(squeeze(word));
  if (known !== undefined) return known;
  // "een tiental", "een zestal": about that many, said of a score about that score (confirmed first).
  const some = aboutSoMany(word);
  if (some !== undefined) return some;
  // "sixish", "zevenachtig": about the number, confirmed first.
  const ish = aboutNumber(word);
  if (ish !== undefined) return ish;
  // "zevenplus", "zesmin": a grade sign glued to its number word, stored as the number, as "zeven plus" is.
  const sign = GRADE_SIGNS.find((s) => word.endsWith(s));
  const signed = sign === undefined ? undefined : NUMBER_WORDS[word.slice(0, -sign.length)];
  if (signed !== undefined && Number.isInteger(signed) && inRange(signed)) return signed;
  // "een tienke", "zo'n zevenke", "een achtske": a Flemish diminutive of a score.
  // "'n zeuventje", "een viefke": the diminutive of a dialect number too.
  for (const stem of diminutiveStems(word)) {
    const value = NUMBER_WORDS[stem] ?? DIALECT_NUMBERS[stem];
    if (value !== undefined && inRange(value)) return value;
  }
  return undefined;
}

/** "tiental", "zevental": a number word with "-tal" is about that number. */
function aboutSoMany(word: string): number | undefined {
  const value = word.length > 5 && word.endsWith('tal') ? NUMBER_WORDS[word.slice(0, -3)] : undefined;
  return value !== undefined && Number.isInteger(value) && inRange(value) ? value : undefined;
}

/** "sixish", "zesachtig": a number word with "-ish" (or Dutch "-achtig") glued to it is about that number. */
function aboutNumber(word: string): number | undefined {
  const ending = ['ish', 'achtig'].find((e) => word.length > e.length + 2 && word.endsWith(e));
  const value = ending === undefined ? undefined : NUMBER_WORDS[word.slice(0, -ending.length)];
  return value !== undefined && Number.isInteger(value) && inRange(value) ? value : undefined;
}

/** The value of a number-like token at i, or undefined; "een" and "one" only where they cannot be an article. */
function valueAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.type === 'num') return Number(t.text.replace(',', '.'));
  if (t.type !== 'word') return undefined;
  if (decadeAt(tokens, i)) return PLURAL_NUMBERS[t.text];
  const ordinal = ORDINALS[t.text];
  if (ordinal !== undefined) return ordinalAt(tokens, i) ? ordinal : undefined;
  if (ONE.has(t.text)) {
    // Stops at the second word, so a text full of "een" stays linear.
    const alone = !tokens.some((x, k) => k !== i && (x.type === 'word' || x.type === 'num'));
    return alone || ofTenAt(tokens, i + 1) > 0 ? 1 : undefined;
  }
  return wordNumber(t.text);
}

const ORDINAL_ARTICLE = set(['een', 'n', 'ne', 'nen', 'a']);
const ORDINAL_END = set(['ofzo', 'of zo', 'or so', 'zoiets', 'ish', 'maybe', 'misschien', 'denk ik', 'i guess', 'i think']);
/** "een zeuvende ofzo", "a seventh I guess": an ordinal after "een" or "a", ending its part or before a hedge. */
const ordinalAt = (tokens: Token[], i: number) => ORDINAL_ARTICLE.has(tokens[i - 1]?.text ?? '')
  && (tokens[i + 1] === undefined || tokens[i + 1]?.type === 'mark' || [1, 2].some((n) => ORDINAL_END.has(phraseText(tokens, i + 1, i + 1 + n))));

const isTen = (t: Token | undefined) => t !== undefined && (t.text === '10' || t.text === 'tien' || t.text === 'ten' || t.text === 'dix');

/** How many tokens at i say "out of ten" ("/10", "op 10", "uit tien", "van de 10", "out of ten", "outta 10", "of 10"); 0 if none. */
function ofTenAt(tokens: Token[], i: number): number {
  const a = tokens[i]?.text;
  // "8 outta 10": "out of" said as one word.
  // "sept sur dix": French "sur" is out of.
  if ((a === '/' || a === 'op' || a === 'uit' || a === 'of' || a === 'van' || a === 'outta' || a === 'outa' || a === 'sur') && isTen(tokens[i + 1])) return 2;
  if (((a === 'van' || a === 'op') && tokens[i + 1]?.text === 'de') || (a === 'out' && tokens[i + 1]?.text === 'of')) {
    return isTen(tokens[i + 2]) ? 3 : 0;
  }
  // "8 ot of 10", "8 oit of 10": "out" with a slip is still out of ten.
  if (a !== undefined && tokens[i]?.type === 'word' && tokens[i + 1]?.text === 'of' && isTen(tokens[i + 2]) && oneSlipFrom(a, 'out')) return 3;
  return 0;
}

/** The word is the other one with one letter left out, added, changed or two letters swapped. */
function oneSlipFrom(word: string, meant: string): boolean {
  if (word === meant || Math.abs(word.length - meant.length) > 1) return false;
  let a = 0;
  while (a < word.length && word[a] === meant[a]) a++;
  const rest = (x: string, y: string) => x.slice(a + 1) === y.slice(a + 1) || x.slice(a) === y.slice(a + 1) || x.slice(a + 1) === y.slice(a);
  const swapped = word[a] === meant[a + 1] && word[a + 1] === meant[a] && word.slice(a + 2) === meant.slice(a + 2);
  return rest(word, meant) || swapped;
}

/**
 * "half" typed with a slip, inflected, glued to its article or as a diminutive: "hlaf", "halv", "halve", "ehalf", "ahalf", "eenhalf",
 * "halfje" ("zes-en-een-halfje").
 */
const HALF_DIMINUTIVES = set(['halfje', 'halfie', 'halfke', 'halveke']);
const isHalf = (word: string | undefined) => word !== undefined
  && (word === 'half' || word === 'halve' || word === 'eenhalf' || HALF_DIMINUTIVES.has(word) || (word.length >= 4 && oneSlipFrom(word, 'half')));

/**
 * How many tokens at i add a half ("½", "1/2", "en een half", "and a half", "komma vijf", "point five"); 0 if none. A half typed
 * with a slip ("en ehalf", "and a hlaf", "eneenhalf") is a half all the same: the whole number alone is not what was meant.
 */
function halfAt(tokens: Token[], i: number): number {
  const w = (k: number) => tokens[i + k]?.text;
  const and = w(0) === 'en' || w(0) === 'and';
  if (w(0) === '½') return 1;
  if (w(0) === '1' && w(1) === '/' && w(2) === '2') return 3;
  if (/^(?:en|and)(?:een|a|n)?half$/.test(w(0) ?? '')) return 1;
  if (and && (w(1) === 'een' || w(1) === 'a' || w(1) === 'n') && isHalf(w(2))) return 3;
  if (and && isHalf(w(1))) return 2;
  if ((w(0) === 'komma' || w(0) === 'point') && (w(1) === 'vijf' || w(1) === 'five' || w(1) === '5')) return 2;
  return 0;
}

function findNumbers(tokens: Token[], locale: Locale, decided: ReadonlySet<number>, saying: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  let lastNumber = -1;
  tokens.forEach((t, i) => {
    if (isNumberToken(t)) lastNumber = i;
  });
  let countEnd = -1;
  let ageNext = -1;
  let share: number | undefined;
  const firstWord = tokens.findIndex((t) => t.type !== 'mark');
  const wanted = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    let value = saying.has(i) ? undefined : valueAt(tokens, i);
    if (value === undefined) continue;
    const start = i;
    let j = i + 1;
    // The second number of "3 van de 5 dagen" is part of the count; the second of "kinderen van 7 en 9" an age.
    let excluded = start === countEnd || start === ageNext;
    let strong = false;
    // "one" alone is the number; Dutch "een" alone may be an article left hanging, so it is confirmed.
    let hedged = tokens[i]?.typo === true || (ONE.has(tokens[i]?.text ?? '') && tokens[i]?.text !== 'one' && ofTenAt(tokens, i + 1) === 0)
      || (tokens[i]?.type === 'word'
        && (aboutSoMany(tokens[i]?.text ?? '') ?? aboutNumber(tokens[i]?.text ?? '') ?? ORDINALS[tokens[i]?.text ?? '']) !== undefined);
    let clock = false;
    let unit = false;
    let leaning = false;
    const glued = (k: number) => tokens[k]?.gap === false;
    // Letters glued to digits: "6je", "7'tje" (a score), "8ish" (a guess), "91e", "10k", "2x" (not a score).
    if (tokens[i]?.type === 'num') {
      if (tokens[j]?.text === "'" && glued(j) && glued(j + 1)) j++;
      const suffix = glued(j) && tokens[j]?.type === 'word' ? tokens[j]?.text : undefined;
      if (suffix !== undefined) {
        if (/^t?jes?$/.test(suffix)) strong = true;
        else if (suffix === 'ish') hedged = true;
        // "high 7s", "low 6s", "mid 5s": somewhere in the sevens, sixes, fives; confirmed first.
        else if (suffix === 's' && DECADE_PART[tokens[start - 1]?.text ?? ''] !== undefined) {
          value += DECADE_PART[tokens[start - 1]?.text ?? ''] ?? 0;
          hedged = true;
        }
        // "een 6m": after an article a stray letter that is no unit is a slip of the keyboard.
        else if (suffix.length === 1 && !AFTER.has(suffix) && suffix !== 'e' && ARTICLE.has(tokens[start - 1]?.text ?? '')) strong = true;
        // "7j", "9o" as the whole answer: a stray key after the number, as after an article ("7s" is a plural).
        else if (suffix.length === 1 && !AFTER.has(suffix) && suffix !== 'e' && suffix !== 's' && !tokens.some((t, k) => k !== start && k !== j && t.type !== 'mark')) {
          strong = true;
        }
        else {
          excluded = true;
          clock = CLOCK_END.has(suffix);
        }
        j++;
      }
      if (tokens[j]?.text === ':' && glued(j) && tokens[j + 1]?.type === 'num' && glued(j + 1)) {
        excluded = true; // 15:30
        clock = true;
        j += 2;
      }
    }
    // "high sixes, low sevens": the top of the sixes and the bottom of the sevens, as "high 6s, low 7s"; confirmed first.
    if (decadeAt(tokens, start)) {
      value += DECADE_PART[tokens[start - 1]?.text ?? ''] ?? 0;
      hedged = true;
    }
    const half = halfAt(tokens, j);
    if (half > 0) {
      if (Number.isInteger(value)) value += 0.5;
      j += half;
    }
    // "2 sterren van de 5", "two stars out of five": stars are the unit of the other scale.
    const starred = STAR.has(tokens[j]?.text ?? '') && countOfAt(tokens, j + 1, locale) > 0;
    if (starred) j++;
    // "6 (op 10)", "7 (out of 10)": the scale in brackets after the number.
    const bracket = tokens[j]?.text === '(' && ofTenAt(tokens, j + 1) > 0 ? 1 : 0;
    const tens = tokens[j]?.text === 'of' && locale !== 'en' ? 0 : ofTenAt(tokens, j + bracket);
    if (tens > 0) {
      strong = true;
      j += bracket + tens + (bracket > 0 && tokens[j + bracket + tens]?.text === ')' ? 1 : 0);
      // "9 out of 10 doctors", "7 op de 10 mensen": a share of people or a count of days, not a mark.
      if (AFTER.has(tokens[j]?.text ?? '')) {
        excluded = true;
        unit = true;
      }
      // "11/10", "12 out of 10": more than full marks is the top of the scale, said with a wink; confirmed first.
      if (value > MAX_SCORE && value <= 2 * MAX_SCORE) {
        value = MAX_SCORE;
        hedged = true;
      }
    } else {
      // "3 van de 5 dagen", "4 op 7", "2 out of 3": a count or another scale, not a score out of ten.
      const count = countOfAt(tokens, j, locale);
      const scale = count > 0 ? valueAt(tokens, j + count) : undefined;
      const starsAfter = STAR.has(tokens[j + count + 1]?.text ?? '');
      // "14 op 20", "3 van de 5 sterren": a mark on another scale, turned into tens and confirmed first.
      const converted = scale === undefined || AFTER.has(tokens[j + count + 1]?.text ?? '') ? undefined
        : onOtherScale(value, scale, starred || starsAfter);
      if (converted !== undefined) {
        value = converted;
        hedged = true;
        j += count + 1 + (starsAfter ? 1 : 0);
      } else if (count > 0) {
        excluded = true;
        countEnd = j + count;
      }
    }
    // "70%", "80 procent": a share said as the answer is that share of ten, confirmed first; "50%" is fifty-fifty, and a share of
    // something ("80% of the time", "10 procent kans") no score.
    if (SHARE.has(tokens[j]?.text ?? '') && value > 0 && value < 100 && value !== 50 && closes(tokens, j + 1)) {
      value /= 10;
      hedged = true;
      j++;
    }
    const next = tokens[j];
    // "8-", "7+": a grade sign is glued to the number or ends the answer; "8 - started swimming" is a dash before a reason.
    const sign = next && (next.text === '+' || next.text === '-') && valueAt(tokens, j + 1) === undefined
      && (!next.gap || tokens[j + 1] === undefined || tokens[j + 1]?.type === 'mark');
    if (sign) {
      j++;
      // "8--", "7++": a sign typed twice lies between the number and the half beside it, so the number is confirmed first.
      if (tokens[j]?.text === next.text && tokens[j]?.gap === false) {
        j++;
        hedged = true;
      }
    } else if (next && (next.text === 'minus' || next.text === 'plus')) j++;
    // "een zes min", "zeven min", "8 min" as the whole answer are a six, a seven and an eight minus; "geef me 5 min" is five minutes.
    else if (next?.text === 'min' && (ARTICLE.has(tokens[start - 1]?.text ?? '') || ADJECTIVE.has(tokens[start - 1]?.text ?? '')
      || ((tokens[start]?.type === 'word' || start === firstWord)
        && (tokens[j + 1] === undefined || tokens[j + 1]?.type === 'mark')))) j++;
    else if (next?.text === 'min') excluded = true;
    const after = tokens[j];
    // "10 over 3", "5 voor 12", "ten past 3": a time. "5,-", "5%": money and shares. "8.30", "9,15": a time or an amount.
    if ((after?.text === 'over' || after?.text === 'voor' || after?.text === 'past' || after?.text === 'na')
      && (valueAt(tokens, j + 1) !== undefined || tokens[j + 1]?.text === 'half')) excluded = true;
    if (after?.text === '%' || (after?.text === ',' && tokens[j + 1]?.text === '-' && glued(j + 1))) excluded = true;
    // "won 2-0", "Ajax speelde 3-1": a result glued together with the higher number first is no range from low to high.
    const lower = after?.text === '-' && glued(j) && glued(j + 1) ? valueAt(tokens, j + 1) : undefined;
    const higher = tokens[start - 1]?.text === '-' && glued(start) && glued(start - 1) ? valueAt(tokens, start - 2) : undefined;
    if ((lower !== undefined && lower < value) || (higher !== undefined && higher > value)) excluded = true;
    // A quarter ("6.25", "7,75") lies between two scores: rounded and confirmed, as other decimals that are no half. Two digits that
    // could be minutes or cents ("8.30", "9,15", "4,95") are a time or an amount; two that can be neither ("6.66") are a precise score.
    // Three digits after the sign ("1,400 a month", "10.000") separate the thousands of an amount.
    const fraction = tokens[start]?.type === 'num' ? /[.,](\d+)$/.exec(tokens[start]?.text ?? '')?.[1] ?? '' : '';
    if (fraction.length === 3) excluded = true;
    if (fraction.length === 2 && !/^(?:[05]0|[27]5)$/.test(fraction) && (Number(fraction) < 60 || /[059]$/.test(fraction))) excluded = true;
    if (after?.type === 'word') {
      if (CLOCK_END.has(after.text)) clock = true;
      if (AFTER.has(after.text)) {
        excluded = true;
        unit = true;
      } else if (!strong && !FOLLOWER.has(after.text) && !TIME_DETERMINER.has(after.text) && wordNumber(after.text) === undefined
        && AFTER.has(tokens[j + 1]?.text ?? '') && !INDEFINITE.has(tokens[start - 1]?.text ?? '')) {
        // "2 sleeping pills", "3 kleine kinderen": a count with a word before its noun; "5 this month" is the score for a time. After
        // "een" or "a" it is a mark with a clause of its own ("Een 8 mag u noteren", "een 7 kunt u opschrijven": "u" is "you", no hour).
        excluded = true;
        unit = true;
      }
      else if (after.text === 'punt' || after.text === 'punten' || after.text === 'points') strong = true;
      // "90 a week", "1100 per maand": an amount or a count for each stretch of time.
      if ((after.text === 'a' || after.text === 'an' || after.text === 'per') && AFTER.has(tokens[j + 1]?.text ?? '')) {
        excluded = true;
        unit = true;
      }
    }
    // Before: a minus sign, an article or adjective, a cue, or a word that makes it a time, count or address.
    const before = tokens[start - 1];
    if (before?.text === '-' && tokens[start]?.gap === false && valueAt(tokens, start - 2) === undefined) excluded = true;
    if (before?.text === '~' || before?.text === '±' || before?.text === '≈') hedged = true;
    if (before?.text === '€' || before?.text === '$' || before?.text === '£' || before?.text === '#') excluded = true;
    if (before?.type === 'word') {
      const b = before.text;
      // "It giet wol, in sân", "Ik jou it in seiske": before a Frisian number word "in" is the Frisian article.
      if (ARTICLE.has(b) || CUE.has(b) || ADJECTIVE.has(b) || (b === 'in' && frisian(tokens[start]))) strong = true;
      // "just over 7" is a comparison, not a time like "kwart over 7".
      // "so I'm at 9", "my head's at 3": being at a number is a level, not a time.
      else if (b === 'at' && (LEVEL_BEFORE.has(tokens[start - 2]?.text ?? '') || GESTURE.has(tokens[start - 2]?.text ?? '') || (/'s$/u.test(tokens[start - 2]?.text ?? '') && isArea(tokens[start - 2]?.text ?? '')))) {
        strong = true;
      }
      // "4 wait no 5", "8 lol no 6": "no" after a number or a word of its own is no, not "number" ("no 7", "at no 7").
      else if (b === 'no' && tokens[start - 2] !== undefined && !NUMBER_LABEL_BEFORE.has(tokens[start - 2]?.text ?? '')) strong = false;
      else if (BEFORE.has(b) && !(RANGE_WORD.has(b) && valueAt(tokens, start - 2) !== undefined)
        && !TIME_DETERMINER.has(tokens[start - 2]?.text ?? '') && !REFERENCE.has(`${tokens[start - 2]?.text ?? ''} ${b}`) && !headed(tokens, start, j, lastNumber)) {
        excluded = true;
      }
      // "put me at 6": the "at" of an instruction names no time.
      if (CLOCK_START.has(b) && excluded && !decided.has(start)) clock = true;
      // "tot 3 uur wakker gelegen", "awake till 3": the hour until which something lasted is a time of day.
      if ((UNTIL.has(b) && excluded) || (b === 'tot' && HOURS.has(after?.text ?? ''))) {
        excluded = true;
        clock = true;
      }
      // "ik ben 88", "I'm 63": an age; "ik ben 6" is a score, as nobody answering is six years old.
      if (AGE_BEFORE.has(b) && !inRange(value)) excluded = true;
      // "like 8" is a guess; "more like 6" sets it against another number, as "meer een 6" does (a guess only beside one of the resident's
      // own: "7 or 8, more like 8").
      if (b === 'like' && tokens[start - 2]?.text !== 'more') hedged = true;
      if (b === 'like' && tokens[start - 2]?.text === 'more') leaning = true;
      // "kwart voor 7", "vijf voor acht", "tien na 9": minutes before or after the hour make it a clock time.
      const minutes = tokens[start - 2]?.text ?? '';
      if (HOUR_LINK.has(b) && (MINUTES.has(minutes) || (b !== 'to' && [5, 10, 20, 25].includes(valueAt(tokens, start - 2) ?? 0)))) {
        excluded = true;
        clock = true;
      }
      // "2 kinderen van 7 en 9", "mijn kleinzoon van 7": someone's age, and the ages listed after it.
      if ((b === 'van' || b === 'of') && PERSON.has(tokens[start - 2]?.text ?? '')) {
        excluded = true;
        if (LIST_JOIN.has(tokens[j]?.text ?? '')) ageNext = j + 1;
      }
      // "If I average the two", "het gemiddelde van de twee": the things weighed together, counted in a word, are no score.
      const weighing = WHOLE_OF.has(tokens[start - 2]?.text ?? '') ? start - 3 : start - 2;
      if (tokens[start]?.type === 'word' && THOSE.has(b) && WEIGHING.has(tokens[weighing]?.text ?? '')) excluded = true;
      // "Kerkstraat 4", "Church Road 12": a street and its house number.
      if (STREET_ENDINGS.some((e) => b.length >= e.length + 3 && b.endsWith(e)) || STREET_ENDINGS.includes(b)) excluded = true;
    }
    // "'k zit tegen de negen aan", "richting de 8": near the number, not on it.
    const near = tokens[ARTICLE.has(before?.text ?? '') ? start - 2 : start - 1]?.text ?? '';
    if ((near === 'tegen' && tokens[j]?.text === 'aan') || near === 'richting') hedged = true;
    // "ik wil naar een 8", "hope for an 8": a wish, not the score now.
    let k = start - 1;
    while (k >= 0 && k >= start - 4 && (ARTICLE.has(tokens[k]?.text ?? '') || ADJECTIVE.has(tokens[k]?.text ?? '') || GOAL_GAP.has(tokens[k]?.text ?? ''))) k--;
    // "ik neig naar een 6": leaning toward a number is no wish.
    const goal = k < start - 1 && GOAL.has(tokens[k]?.text ?? '') && !LEANING.has(phraseText(tokens, k - 1, k + 1));
    // "ik wil een 9, ik ben een 6", "I want a 9, I'm a 6": wanting a number beside another is a wish ("ik wil een 7 geven" gives it).
    if (k < start - 1 && WANTING.has(tokens[k]?.text ?? '') && !GIVING.has(tokens[j]?.text ?? '')) wanted.add(found.length);
    const shift = referenceShift(tokens, start);
    const reference = shift !== undefined;
    // "geen 5", "not a 10": what the score is not ("net geen 6" is a comparison).
    // "niet eens een 1", "not even a 1": ruled out all the same.
    const n = ARTICLE.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
    // "not not a 6", "I wouldn't say it's not a 7", "ik zou niet zeggen dat het geen 7 is": a number ruled out is ruled out again, a
    // careful yes to it, confirmed first.
    const twice = NUMBER_NOT.has(tokens[n]?.text ?? '') && notAgain(tokens, n);
    if (twice) hedged = true;
    const instead = [2, 3].some((w) => INSTEAD.has(phraseText(tokens, n - w + 1, n + 1)));
    // "ik neig naar acht", "leaning towards 7": a lean is not yet a choice, so the number is confirmed first.
    if ([1, 2].some((w) => LEANING.has(phraseText(tokens, n - w + 1, n + 1)))) hedged = true;
    const negated = !reference && !twice && (NUMBER_NOT.has(tokens[n]?.text ?? '') || instead
      || (EVEN.has(tokens[n]?.text ?? '') && NUMBER_NOT.has(tokens[n - 1]?.text ?? '')));
    if (negated) excluded = true;
    // "Vergeet die 10", "ignore the 3": the number is taken back before anything else is said.
    if ([2, 3].some((w) => FORGOTTEN.has(phraseText(tokens, start - w, start)))) excluded = true;
    // "put me down for 6", "rond maar af op 7": right after an instruction the number is the score, whatever came before.
    if (decided.has(start)) {
      strong = true;
      // ... unless the word after makes it a count or a time ("ik ga voor 2 weken weg").
      excluded = start === countEnd || unit || clock;
    }
    // "Van de 10 dingen die ik wil, lukken er 6", "Of the 10 things I planned I did 6": the whole of a count, named first with the things
    // counted after it, is no score; the next number is a share of it: of ten, a score to confirm, of any other whole, a count.
    if (share !== undefined && !excluded) {
      if (share === MAX_SCORE) hedged = true;
      else excluded = true;
      share = undefined;
    }
    const whole = (before?.text === 'de' || before?.text === 'the') && WHOLE_OF.has(tokens[start - 2]?.text ?? '') && valueAt(tokens, start - 3) === undefined
      && after?.type === 'word' && !FOLLOWER.has(after.text) && !CUE.has(after.text) && !AGE_BEFORE.has(after.text);
    if (whole && !excluded) {
      excluded = true;
      share = value;
    }
    // A bare number followed by a word that is neither a known follower nor part of a known phrase: perhaps a count.
    // An area or a thing of one after it starts the next part ("Lichaam 4 geest 4", "eten 7 slapen 4 bewegen 2"), a word of change ends
    // the change ("van 3 naar 8 gegaan").
    const doubtful = !strong && after?.type === 'word' && !excluded && !FOLLOWER.has(after.text)
      && !PHRASE_WORDS.has(after.text) && wordNumber(after.text) === undefined && !ONE.has(after.text) && !isArea(after.text)
      && !isAreaPart(after.text) && !CHANGE.has(after.text);
    // Alone, a point of comparison is still only a guess at the score: "net geen 7" is not a 7.
    found.push({
      value, start, end: j, excluded, strong, doubtful, hedged: hedged || reference, reference, shift: shift ?? 0, clock, unit, negated, goal,
      leaning,
    });
    i = j - 1;
  }
  listedUnits(tokens, found);
  changes(tokens, found);
  // "high sixes, low sevens", "high 6s to low 7s": the top of one number beside the bottom of the next lies between them.
  for (let n = 0; n + 1 < found.length; n++) {
    const [f, g] = [found[n], found[n + 1]];
    const top = f && DECADE_PART[tokens[f.start - 1]?.text ?? ''] === 0.8 && f.hedged && f.value % 1 > 0.7;
    const bottom = g && DECADE_PART[tokens[g.start - 1]?.text ?? ''] === 0.2 && g.hedged && Math.floor(g.value) === Math.floor(f?.value ?? 0) + 1;
    if (f && g && top && bottom) {
      f.value = Math.floor(f.value) + 0.5;
      g.excluded = true;
    }
  }
  for (const f of found) if (f.goal) f.excluded = true;
  if (found.some((f, n) => !f.excluded && !wanted.has(n))) wanted.forEach((n) => { const f = found[n]; if (f) f.excluded = true; });
  return found;
}

/**
 * "Sleep 3, energy 6", "slaap 7/10": sleep named as the heading of a part, with nothing after its number but the scale or a comma before
 * another number, is scored, not counted in hours ("sleep 6 hours", "ik slaap 6 uur" are, and "slaap 6" alone may be).
 */
function headed(tokens: Token[], start: number, end: number, lastNumber: number): boolean {
  const heading = tokens[start - 1]?.text ?? '';
  const opens = tokens[start - 2] === undefined || tokens[start - 2]?.type === 'mark';
  const listed = (tokens[end]?.text === ',' || tokens[end]?.text === ';') && lastNumber > end;
  const outOfTen = ofTenAt(tokens, end) > 0 || (end - start > 1 && isTen(tokens[end - 1]));
  return (heading === 'sleep' || heading === 'slaap') && opens && (listed || outOfTen);
}

/**
 * The scale's own numbers beside the answer are no candidates: its span ("op een schaal van 0 tot 10 zou ik zeggen een 4", "0-10?
 * Fine, 4."), a number right after its name ("een schaal van 10"), and an end defined ("5 (0 = heel slecht, toch?)", "If 10 is best
 * then 9"). 'turned' when a definition turns the scale around ("als 1 het beste is dan een 2"), so the answer cannot be read.
 */
function scaleTalk(tokens: Token[], found: Found[]): 'defined' | 'turned' | undefined {
  let said: 'defined' | 'turned' | undefined;
  // The word an end of the scale is said to be ("0 = heel slecht", "1 het beste", "10 is best"), after at most three links.
  const endWord = (f: Found) => {
    let k = tokens[f.end]?.text === '=' ? f.end + 1 : f.end;
    const from = k;
    while (k < from + 3 && SCALE_LINK.has(tokens[k]?.text ?? '')) k++;
    const word = tokens[k]?.text ?? '';
    return TOP.has(word) || BOTTOM.has(word) ? word : undefined;
  };
  const define = (f: Found, word: string) => {
    f.excluded = true;
    said = said === 'turned' || TOP.has(word) !== (f.value === MAX_SCORE) ? 'turned' : 'defined';
  };
  const ends = found.filter((f) => f.value === 0 || f.value === 1 || f.value === MAX_SCORE);
  // "0 is heel slecht en 10 heel goed, ik zeg 6": an end said to be a word is a definition beside another number, or after a "=" or
  // an "if"; "10 is top" alone may be the answer.
  const beside = found.some((f) => !ends.includes(f) && !f.excluded);
  found.forEach((f, n) => {
    const g = found[n + 1];
    if (g && (f.value === 0 || f.value === 1) && g.value === MAX_SCORE && g.start === f.end + 1 && SCALE_JOIN.has(tokens[f.end]?.text ?? '')) {
      f.excluded = true;
      g.excluded = true;
    }
    // "een schaal van 10", "a scale of 1 to 10": an end right after the name ("on a scale a 6" is the answer).
    const named = [1, 2, 3].find((d) => SCALE_NAME.has(tokens[f.start - d]?.text ?? ''));
    const linked = named !== undefined && tokens.slice(f.start - named + 1, f.start).every((t) => SCALE_OF.has(t.text));
    if (linked && [0, 1, 5, MAX_SCORE, 20, 100].includes(f.value)) f.excluded = true;
  });
  const strict = (f: Found) => tokens[f.end]?.text === '=' || SCALE_CONDITION.has(tokens[f.start - 1]?.text ?? '')
    || (beside && ['is', 'means', 'betekent'].includes(tokens[f.end]?.text ?? ''));
  const loose: Found[] = [];
  for (const f of ends) {
    const word = endWord(f);
    if (word !== undefined && strict(f)) define(f, word);
    else if (word !== undefined) loose.push(f);
  }
  // "... en 10 heel goed": the other end beside a definition is defined too.
  if (said !== undefined) for (const f of loose) define(f, endWord(f) ?? '');
  return said;
}

/** A second negation up to five words before the one at n, with only saying and pronouns between ("I wouldn't say it's not"). */
function notAgain(tokens: Token[], n: number): boolean {
  for (let k = n - 1; k >= 0 && k >= n - 5 && tokens[k]?.type === 'word'; k--) {
    const w = tokens[k]?.text ?? '';
    if (COMPARISON_NOT.has(w) && w !== 'no') return true;
    if (!SAYING.has(w)) return false;
  }
  return false;
}

/** "ze zijn 7 en 9 jaar", "2 of 3 keer": the unit after the last number of a list counts the numbers before it too. */
function listedUnits(tokens: Token[], found: Found[]): void {
  for (let n = found.length - 2; n >= 0; n--) {
    const [f, g] = [found[n], found[n + 1]];
    if (f && g?.unit && !f.strong && g.start === f.end + 1 && LIST_JOIN.has(tokens[f.end]?.text ?? '')) {
      f.excluded = true;
      f.unit = true;
    }
  }
  // "some nights 3 hours, some nights 10", "sommige nachten 3 uur, sommige nachten 10": the same two words before a bare number as before a
  // counted one leave the unit out, the number is counted too.
  let counted: Found | undefined;
  for (const g of found) {
    const same = counted !== undefined && !g.strong && !g.excluded && [1, 2].every((d) => tokens[g.start - d]?.type === 'word'
      && tokens[g.start - d]?.text === tokens[(counted?.start ?? 0) - d]?.text);
    if (same) {
      g.excluded = true;
      g.unit = true;
    }
    if (g.unit) counted = g;
  }
  // "3 kids, 2 jobs, 0 sleep", "2 kinderen, 1 baan, 0 tijd voor mezelf": a bare number opening the next item of a list of counts, with a
  // noun after it, is counted as well ("2 kinderen, 7" and "3 kids, 6 overall" keep their score).
  const countedItem = (f: Found, g: Found) => {
    const between = tokens.slice(f.end, g.start);
    const item = (h: Found) => !h.strong && tokens[h.start]?.type === 'num' && opensItem(tokens, h.start) && tokens[h.end]?.type === 'word'
      && !FOLLOWER.has(tokens[h.end]?.text ?? '') && !CUE.has(tokens[h.end]?.text ?? '') && !isArea(tokens[h.end]?.text ?? '');
    return item(f) && item(g) && ITEM_SEPARATOR.has(between.at(-1)?.text ?? '') && between.slice(0, -1).every((t) => t.type === 'word');
  };
  for (let n = 0; n + 1 < found.length; n++) {
    const [f, g] = [found[n], found[n + 1]];
    if (f && g && f.unit && !g.excluded && countedItem(f, g)) [g.excluded, g.unit] = [true, true];
  }
  for (let n = found.length - 2; n >= 0; n--) {
    const [f, g] = [found[n], found[n + 1]];
    if (f && g && g.unit && !f.excluded && countedItem(f, g)) [f.excluded, f.unit] = [true, true];
  }
  // "ik heb 3 zussen of 4", "I have 3 sisters or 4": a second guess at a count is a count too.
  for (let n = 0; n + 1 < found.length; n++) {
    const [f, g] = [found[n], found[n + 1]];
    const between = f && g ? tokens.slice(f.end, g.start) : [];
    if (f && g && f.excluded && !f.negated && !f.goal && !g.strong && between.length === 2 && between[0]?.type === 'word'
      && ALTERNATIVE.has(between[1]?.text ?? '')) {
      g.excluded = true;
      g.unit = f.unit;
    }
  }
}

const ITEM_SEPARATOR = set([',', ';', 'en', 'and', '&']);
/** The number at start opens the answer or an item of a list. */
const opensItem = (tokens: Token[], start: number) => start === 0 || tokens[start - 1]?.type === 'mark' || ITEM_SEPARATOR.has(tokens[start - 1]?.text ?? '');

/**
 * "gezakt van een 8 naar een 6", "went from 8 to 6", "8 -> 7": with a word of change or an arrow the first number is the past, the second
 * the score.
 */
function changes(tokens: Token[], found: Found[]): void {
  const changed = tokens.some((t) => CHANGE.has(t.text));
  const firstWish = tokens.findIndex((t) => GOAL.has(t.text) || WISH.has(t.text));
  for (let n = 0; n + 1 < found.length; n++) {
    const [f, g] = [found[n], found[n + 1]];
    if (!f || !g) continue;
    const from = [1, 2, 3].some((d) => RANGE_START.has(tokens[f.start - d]?.text ?? ''));
    const between = tokens.slice(f.end, g.start).map((t) => t.text);
    // "Gaat vooruit! Van 3 naar 5": "van ... naar" is a change by itself, unless it is wished for ("ik wil van een 5 naar een 7");
    // "from 3 to 5" only beside a word of change.
    const wished = firstWish >= 0 && firstWish < f.start;
    const to = between.length <= 3 && between.some((w) => (w === 'naar' && !wished) || (changed && CHANGE_JOIN.has(w)));
    if ((from && to) || (between.length === 1 && between[0] === '→')) {
      f.excluded = true;
      g.goal = false;
    }
  }
}

/**
 * A mark on another scale in tens: out of 20 (the Flemish school scale) or 100, or stars out of 5; undefined for any other
 * count ("3 van de 5 dagen", "2 out of 3").
 */
function onOtherScale(value: number, scale: number, stars: boolean): number | undefined {
  if (value < 0 || value > scale || !(scale === 20 || scale === 100 || (scale === 5 && stars))) return undefined;
  return (value * MAX_SCORE) / scale;
}

/** How many tokens at i lead to a second number of a count ("van de 5", "op 7", "out of 3", "in 4"); 0 if none. */
function countOfAt(tokens: Token[], i: number, locale: Locale): number {
  const a = tokens[i]?.text;
  let k = i + 1;
  if (a === 'van' || (a === 'out' && tokens[i + 1]?.text === 'of')) k += tokens[k]?.text === 'de' || tokens[k]?.text === 'of' || tokens[k]?.text === 'the' ? 1 : 0;
  // "1 in 4 people", "1 op de 4": a share of people, not a score.
  else if (a === 'op' || a === 'in') k += tokens[k]?.text === 'de' ? 1 : 0;
  // "14/20", "65/100": a mark written over the other scale it is out of ("6/7" is two candidates, "4/5" a count or two).
  else if (a === '/') return tokens[k]?.text === '20' || tokens[k]?.text === '100' ? 1 : 0;
  else if (!(a === 'uit' || (a === 'of' && locale === 'en'))) return 0;
  const next = tokens[k];
  return next?.type === 'num' || (next?.type === 'word' && wordNumber(next.text) !== undefined) ? k - i : 0;
}

const WITHDRAWN = set(WITHDRAWALS);
const WITHDRAWAL_WORDS = Math.max(...WITHDRAWALS.map((w) => w.split(' ').length));

/** Whether the words right after the number ending at `end` (past a comma or a "nee") take it back and close their part; a bounded look. */
function takenBack(tokens: Token[], end: number): boolean {
  let k = end;
  while (k < end + 2 && (tokens[k]?.type === 'mark' || tokens[k]?.text === 'nee' || tokens[k]?.text === 'no')) k++;
  for (let n = WITHDRAWAL_WORDS; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    // It closes its part: "een 8, toch niet slecht" says how good, not that the 8 is taken back.
    const closes = tokens[k + n] === undefined || tokens[k + n]?.type === 'mark' || tokens[k + n]?.type === 'emoji';
    if (closes && words.length === n && words.every((t) => t.type === 'word') && WITHDRAWN.has(words.map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/**
 * When the number at start is a point of comparison ("bijna zeven", "net geen 7", "under 5"), after its article if any: how far
 * the score lies from it when nothing else is said (-1 below, +1 above, 0 for "bijna" and "just over"); undefined when it is no comparison.
 */
function referenceShift(tokens: Token[], start: number): number | undefined {
  const k = ARTICLE.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  const one = tokens[k]?.text ?? '';
  const two = `${tokens[k - 1]?.text ?? ''} ${one}`;
  const words = REFERENCE.has(two) ? two : REFERENCE.has(one) ? one : undefined;
  if (words === undefined) return undefined;
  // "niet onder de 7", "no less than a 6", "niet slechter dan een 6", "I wouldn't go below a 6": a comparison turned around, by a
  // negation at most three words before it in the same part, is a bound at the number itself.
  let turned = false;
  for (let o = k - words.split(' ').length; o >= 0 && o > k - words.split(' ').length - 3 && tokens[o]?.type === 'word'; o--) {
    if (COMPARISON_NOT.has(tokens[o]?.text ?? '')) turned = true;
  }
  if (turned && (BELOW.has(words) || ABOVE.has(words))) return 0;
  // "net geen 6" is a 5 and "just over 7" a 7; "higher than 8", "below 5" are a whole point away.
  if (BELOW.has(words)) return -1;
  return ABOVE.has(words) && !NEAR.has(words) ? 1 : 0;
}

/**
 * Sayings with a number word in them ("ten einde raad", "on cloud nine", "ten minste", "nine to five"): their number is part of the saying,
 * not a score. A question about the scale ("is 10 goed?") keeps its number.
 */
const NUMBER_SAYINGS: ReadonlySet<string> = new Set([...PHRASES].filter(([p, m]) => m !== 'question' && p.includes(' ')
  && p.split(' ').some((w) => !ONE.has(w) && (wordNumber(w) !== undefined || /^\d/.test(w)))).map(([p]) => p));

const SAYING_STARTS: ReadonlySet<string> = new Set([...NUMBER_SAYINGS].flatMap((p) => p.split(' ').map((_, n, words) => words.slice(0, n + 1).join(' '))));

/** The tokens inside a saying with a number word in it; linear, as a phrase has at most MAX_PHRASE_WORDS words. */
function inSaying(tokens: Token[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    let end = i;
    for (let k = i; k < tokens.length && k < i + MAX_PHRASE_WORDS && (tokens[k]?.type === 'word' || tokens[k]?.type === 'num'); k++) {
      phrase = phrase === '' ? (tokens[k]?.text ?? '') : `${phrase} ${tokens[k]?.text ?? ''}`;
      if (!SAYING_STARTS.has(phrase)) break;
      if (NUMBER_SAYINGS.has(phrase)) end = k + 1;
    }
    for (let k = i; k < end; k++) inside.add(k);
    if (end > i) i = end - 1;
  }
  return inside;
}

export type Tagged = { meaning: PhraseMeaning; end: number } | undefined;

/** The longest known phrase at each word position (outside numbers), left to right. */
function tagPhrases(tokens: Token[], found: Found[], saying: ReadonlySet<number>): Tagged[] {
  const inNumber = new Array<boolean>(tokens.length).fill(false);
  for (const f of found) for (let k = f.start; k < f.end; k++) inNumber[k] = true;
  const tags: Tagged[] = new Array<Tagged>(tokens.length).fill(undefined);
  // Only a letter typed three times or more is a stretched word ("goeeed"); "ook" is a word, not "ok".
  const squeezed = tokens.map((t) => (t.type === 'word' ? t.text.replace(/(\p{L})\1{2,}/gu, '$1') : t.text));
  // Digits only inside a saying ("on cloud 9").
  const phraseWord = (k: number) => tokens[k]?.type === 'word' || (tokens[k]?.type === 'num' && saying.has(k));
  for (let i = 0; i < tokens.length; i++) {
    if (!phraseWord(i) || inNumber[i]) continue;
    let phrase = '';
    let loose = '';
    // The phrase in standard spelling and without fillers: "lekker in m'n vel", "het gaat u eigenlijk niets aan".
    let plain = '';
    let best: Tagged;
    for (let k = i; k < tokens.length && k < i + MAX_PHRASE_WORDS; k++) {
      const t = tokens[k];
      if (!t || !phraseWord(k) || inNumber[k]) break;
      phrase = phrase === '' ? t.text : `${phrase} ${t.text}`;
      loose = loose === '' ? (squeezed[k] ?? '') : `${loose} ${squeezed[k] ?? ''}`;
      // A filler is skipped inside a phrase, never taken in at its end ("het is eigenlijk een 7": "eigenlijk" is a word of its own).
      const skipped = k !== i && FILLER.has(t.text);
      if (!skipped) plain = plain === '' ? (SPELLINGS[t.text] ?? t.text) : `${plain} ${SPELLINGS[t.text] ?? t.text}`;
      const meaning = PHRASES.get(phrase) ?? PHRASES.get(loose) ?? (skipped ? undefined : PHRASES.get(plain)) ?? (k === i ? wordMood(t.text) : undefined);
      if (meaning !== undefined) best = { meaning, end: k + 1 };
    }
    if (best) {
      tags[i] = best;
      i = best.end - 1;
    }
  }
  return tags;
}

/** The subject of what someone says ("zeggen dat ik er beter uitzie", "says I look better"), not the one who knows better. */
const SAID_CLAUSE = set(['ik', 'i', "i'm", 'im', 'het', 'it', "it's", 'hij', 'zij', 'ze', 'we', 'wij', 'he', 'she', "he's", "she's"]);

/** "ik weet het even niet", "kan ik niet zo goed zeggen", "I can't really tell": knowing or saying, negated nearby. */
function cannotSay(tokens: Token[], tags: Tagged[], aside: (i: number) => boolean = () => false): boolean {
  const inMood: boolean[] = new Array<boolean>(tokens.length).fill(false);
  // A saying word inside a mood ("can't say it's bad"), a turned phrase ("I wouldn't say") or a word about the conversation ("I don't
  // know what to do") is not about knowing the score.
  tags.forEach((tag, i) => {
    if (tag && (typeof tag.meaning === 'number' || tag.meaning === 'negation' || tag.meaning === 'opinion' || tag.meaning === 'aside')) {
      for (let k = i; k < tag.end; k++) inMood[k] = true;
    }
  });
  // "dat weet mijn dochter beter", "my wife knows better": someone else would know, the resident cannot say.
  // "Mijn vrienden zeggen dat ik er beter uitzie": a clause of its own after the saying is what is said, not who knows better.
  const elseKnows = tokens.some((t, i) => {
    const near = tokens.slice(i + 1, i + 5);
    const k = near.findIndex((u) => u.text === 'beter' || u.text === 'better');
    return KNOW.has(t.text) && !inMood[i] && !aside(i) && k >= 0 && !near.slice(0, k).some((u) => SAID_CLAUSE.has(u.text));
  });
  if (elseKnows) return true;
  // The negation belongs to the same part of the answer: "not unhappy, I'd say 8" says an 8.
  const part = (k: number) => tokens[k]?.type === 'mark' && CLAUSE_END.has(tokens[k]?.text ?? '');
  const negatedNear = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - 4) && !part(k); k--) if (KNOW_NOT.has(tokens[k]?.text ?? '')) return true;
    for (let k = i + 1; k < i + 5 && k < tokens.length && !part(k); k++) if (KNOW_NOT.has(tokens[k]?.text ?? '')) return true;
    return false;
  };
  return tokens.some((t, i) => KNOW.has(t.text) && !inMood[i] && !aside(i) && negatedNear(i));
}

/** The sentence of each token: a full stop, an exclamation or a question mark ends one. */
function sentences(tokens: Token[]): number[] {
  let id = 0;
  return tokens.map((t) => (t.type === 'mark' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…') ? id++ : id));
}

/** Parts of the answer: split at punctuation and before words that start the part that counts ("nu", "maar"). */
function clauses(tokens: Token[], tags: Tagged[]): { of: number[]; starts: number[] } {
  const of: number[] = [];
  const starts: number[] = [];
  let id = 0;
  let fresh = true;
  tokens.forEach((t, i) => {
    // "Kids are doing well at school so I'm at 9": a conclusion starts the part that holds the answer ("so tired" is no conclusion).
    const tag = tags[i];
    const concludes = CONCLUSION.has(t.text) && (tag === undefined || (tag.meaning === 'intensifier' && tag.end === i + 1
      && typeof tags[i + 1]?.meaning !== 'number'));
    if (tag?.meaning === 'now' || tag?.meaning === 'reason' || tag?.meaning === 'overall' || concludes) {
      id++;
      fresh = true;
    }
    of.push(id);
    if (fresh && (t.type === 'word' || t.type === 'num')) {
      starts.push(i);
      fresh = false;
    }
    // A dash standing apart ("65 and retired - 10!", "8 - started swimming") ends a part as a comma does, unless it joins two
    // numbers ("5 - 7").
    const dash = t.text === '-' && t.gap && tokens[i + 1]?.gap === true
      && !(valueAt(tokens, i - 1) !== undefined && valueAt(tokens, i + 1) !== undefined);
    if ((t.type === 'mark' && CLAUSE_END.has(t.text)) || dash) {
      id++;
      fresh = true;
    }
  });
  return { of, starts };
}
