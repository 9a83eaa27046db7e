import { z } from 'zod';
import { PII_PATTERNS } from './pii-patterns.js';
import { foldText } from './text.js';

/** What a reply can mean beyond a button's own words: yes, no, or "tell me more first". */
export type Meaning = 'yes' | 'no' | 'more';

/** What a choice looks like to the reader: its id, the title on the button, and which meaning picks it. */
export interface ReadableChoice {
  id: string;
  title: string;
  means?: Meaning;
}

/** The words that say yes, no or "I am not sure", and polite words that change nothing; all languages together. */
export const replyWordsSchema = z.object({
  yes: z.array(z.string().min(1)).min(1),
  no: z.array(z.string().min(1)).min(1),
  more: z.array(z.string().min(1)).min(1),
  unsure: z.array(z.string().min(1)).min(1),
  /** doubts that, after a clear no, give its reason: putting off or changing first ("nee, nog niet sturen", "nee, ik wil het eerst aanpassen") */
  putOff: z.array(z.string().min(1)).default([]),
  corrections: z.array(z.string().min(1)),
  /**
   * the parts of what is passed on or erased ("telefoonnummer", "the phone number", "naam"): where a consent is asked, a
   * no said of one of them after it corrects that part, it refuses nothing ("mijn telefoonnummer klopt niet", "the email is wrong")
   */
  details: z.array(z.string().min(1)).default([]),
  negators: z.array(z.string().min(1)),
  /** words that open a clause after a negation, which then refuses that clause ("ik wil niet dat iemand dit ziet") */
  clauseOpeners: z.array(z.string().min(1)).default([]),
  questions: z.array(z.string().min(1)),
  questionsAnywhere: z.array(z.string().min(1)),
  questionVerbs: z.array(z.string().min(1)),
  subjects: z.array(z.string().min(1)),
  polite: z.array(z.string().min(1)),
  /** per button id, other words that mean that button wherever it is offered */
  choices: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /**
   * per button id, words that name that button anywhere in a short reply ("bel me maar" for "Bellen"): picked when
   * they name exactly one offered button, no negation stands just before them, and a yes/no button is not asked about
   */
  keywords: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** buttons whose keywords win beside another button's: a call for help now is not lost in a wish to talk ("ik red het niet alleen, ik wil nu hulp") */
  urgent: z.array(z.string().min(1)).default([]),
  /** the word that softens an order at its end ("wis maar") but doubts after a yes or no or before a clause */
  softener: z.array(z.string().min(1)).default([]),
  /** yes and no said as interjections, after which the softener doubts ("ja maar") */
  interjections: z.array(z.string().min(1)).default([]),
  /** words that may follow the softener at the end of an order ("gooi maar weg") */
  particles: z.array(z.string().min(1)).default([]),
  /** words that take back a keyword after them, beside the negators ("don't", "zonder") */
  keywordNegators: z.array(z.string().min(1)).default([]),
  /**
   * "of", "or": beside a keyword they weigh it against something else ("terug of bespreken"), so no button is named;
   * not in a vague end ("een clubje of zo")
   */
  alternatives: z.object({ words: z.array(z.string().min(1)), vague: z.array(z.string().min(1)) }).default({ words: [], vague: [] }),
  /**
   * words that soften a request asked as a question, or put it first ("heeft u misschien iets heel anders?", "is er wellicht
   * iets in de buurt?", "mag ik eerst mijn uitslag zien?"): in a clause that opens with a verb and its subject and ends with
   * a question mark, beside a button's keywords, where no consent is asked, they do not doubt ("misschien overslaan?" does)
   */
  tentative: z.array(z.string().min(1)).default([]),
  /** words right after a keyword that take it back: what the resident finds hard ("mailen is lastig, bel maar") */
  drawbacks: z.array(z.string().min(1)).default([]),
  /** someone else right after the keyword of a way to be reached takes it back: that way is for them ("bel mijn dochter maar", "email my son") */
  otherPeople: z.array(z.string().min(1)).default([]),
  /** per topic (a dimension), words that name it anywhere in a reply: "beter slapen" is about the body */
  topics: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** words that introduce what a reply is about ("het gevoel dat ...", "the feeling that ..."): they name no topic themselves */
  topicFrames: z.array(z.string().min(1)).default([]),
  /**
   * other spellings of a word, read as that word everywhere but in titles ("houd" is "hou", "somebody" is "someone"); also
   * of a few words together, read as the usual words in a reply (Flemish "ne keer" is "eens", "e paar" is "een paar")
   */
  spellings: z.record(z.string(), z.string()).default({}),
  /**
   * the word that a piece of contact data typed as the answer reads as, per kind (an e-mail address reads as "emailadres",
   * a phone number as "telefoonnummer"), so the keywords of the way to be reached name it
   */
  contactData: z.object({ email: z.string().min(1).optional(), phone: z.string().min(1).optional() }).default({}),
  /** short chat forms, read as the word only inside a keyword ("talk 2 someone", "what do u mean"): alone they are ambiguous */
  chatWords: z.record(z.string(), z.string()).default({}),
  /** words that may stand between a keyword's words ("daar wil ik het graag over hebben") */
  fillers: z.array(z.string().min(1)).default([]),
  /** orders after which the softener softens, a word or two between ("stuur maar een mailtje", "laat maar iemand bellen") */
  orders: z.array(z.string().min(1)).default([]),
  /** greetings: they neither answer nor doubt ("Goedemorgen. Ja, we kunnen beginnen") */
  greetings: z.array(z.string().min(1)).default([]),
  /**
   * the politeness of a letter around an answer: address, thanks, apology, sign-off, awaiting the answer ("Mevrouw",
   * "dank u wel voor alle moeite", "als u het niet erg vindt", "ik wacht het wel af", "met vriendelijke groet"): they
   * neither answer nor doubt, nor make a reply long
   */
  formalities: z.array(z.string().min(1)).default([]),
  /**
   * thanks that open a clause of what they thank for ("dank u wel dat u dat wilt regelen", "thanks for asking"): with
   * that clause they neither answer nor doubt, nor make a reply long
   */
  thanksFor: z.array(z.string().min(1)).default([]),
  /** "maar", "but" after nothing but politeness turn to the answer, they do not doubt it ("heel vriendelijk aangeboden, maar nee") */
  turns: z.array(z.string().min(1)).default([]),
  /** words that open a clause giving the reason for a choice ("bel maar, want ...", "as I'm hard of hearing"): it does not make a reply long */
  reasons: z.array(z.string().min(1)).default([]),
  /**
   * words after a "but" that follows the keywords of a button, where no consent is asked: a preference of when or how,
   * not a doubt about the button ("bellen, maar liefst na vijf uur", "email, but preferably in the evening")
   */
  preferences: z.array(z.string().min(1)).default([]),
  /** phrases holding a doubt word that say something else ("ik zit de hele dag alleen" is alone, not only): the resident's own words */
  notDoubts: z.array(z.string().min(1)).default([]),
  /** small words that may stand between a yes and the negator that turns it ("mag het niet", "dat mag je niet") */
  pronouns: z.array(z.string().min(1)).default([]),
  /** turning down the explanation: neither "tell me more" nor an answer ("geen uitleg nodig, begin maar") */
  noExplanation: z.array(z.string().min(1)).default([]),
  /**
   * a "but" after a yes followed by the keywords of these buttons (the ways to be reached) sets a condition on how,
   * not whether ("ja maar niet bellen, liever mailen"); the way is asked for later, so only where no consent is asked
   */
  ways: z.object({ buttons: z.array(z.string().min(1)), contrasts: z.array(z.string().min(1)) }).default({ buttons: [], contrasts: [] }),
  /**
   * answers to a thank-you ("graag gedaan", "you're welcome", "geen dank"): the resident answers something the bot did
   * not say, so they neither answer nor doubt, and where a consent is asked they leave no yes standing
   */
  courtesies: z.array(z.string().min(1)).default([]),
  /**
   * where a consent is asked, words that change what a yes would give: to whom ("naar mijn zoon", "instead"), when
   * ("morgen", "after I ..."), how much or how ("zonder mijn naam", "anoniem", "samen met"), only a part of it ("just the
   * numbers", "enkel mijn naam", "een paar", "not everything"): the question is asked again
   */
  provisos: z.array(z.string().min(1)).default([]),
  /**
   * where a consent is asked, words that say a yes beside them is not meant as said: laughter ("haha", "lol", 😂), a
   * joke or sarcasm ("grapje", "yeah right"), an exaggeration of to whom or how ("aan de hele wereld", "tell everyone",
   * "burn it all"): the question is asked again
   */
  jests: z.array(z.string().min(1)).default([]),
  /**
   * "ongeveer", "mostly", a polite condition ("als het kan", "if that's alright"): a doubt where a consent is asked ("klopt wel
   * ongeveer", "ja, als het kan"), not where the bot proposed something near ("Bedoel je ongeveer een 7?") nor beside another button
   */
  hedges: z.array(z.string().min(1)).default([]),
  /** "laat maar", "never mind": where the bot confirms the resident's own request, they may drop either, and answer nothing */
  dismissals: z.array(z.string().min(1)).default([]),
  /** a bare "ok", or an impatient "jaja": where something to look over comes with the question, it says the resident saw it, not yes */
  acknowledgements: z.array(z.string().min(1)).default([]),
  /** the words that name a button by its place among the buttons ("2", "de tweede", "the first one") */
  places: z.object({
    /** per place, from the first: its ordinal words ("tweede", "2e", "second", "2nd") */
    ordinals: z.array(z.array(z.string().min(1))),
    /** per place, from the first: number words, which name a place only after a label ("optie twee") */
    numbers: z.array(z.array(z.string().min(1))),
    /** the last button ("de laatste", "the last one", "de onderste") */
    last: z.array(z.string().min(1)),
    /** the first button beside its ordinals ("de bovenste", "the top one") */
    first: z.array(z.string().min(1)).default([]),
    /** words before a number that make it a place ("nummer 2", "optie 1") */
    labels: z.array(z.string().min(1)),
    /** words before an ordinal ("de tweede", "the first") */
    articles: z.array(z.string().min(1)),
    /** words after a place ("the first one", "de tweede optie") */
    nouns: z.array(z.string().min(1)),
  }).default({ ordinals: [], numbers: [], last: [], first: [], labels: [], articles: [], nouns: [] }),
});
export type ReplyWords = z.infer<typeof replyWordsSchema>;

/** A typed answer to a yes/no question: clearly yes, clearly no, "tell me more", or anything else (then the question is asked again). */
export type Intent = Meaning | 'unclear';

/** How a question wants its typed replies read. */
export interface ReadOptions {
  /** a consent or a confirmation (dialogs/deps.ts `onlyChoices`): a question back or a condition never presses a yes/no button */
  careful?: boolean;
  /** something to look over comes with the question (a summary, cards): a bare "ok" only says it was seen */
  acknowledging?: boolean;
  /** the question confirms what the resident asked for (erasing, stopping): "laat maar" may drop either, so it answers nothing */
  confirmsRequest?: boolean;
}

/** A reply that names a button by its place: the button's index among those shown, and what the reply says after it. */
export interface Place {
  index: number;
  /** the words after the place, as typed; empty when only polite words follow ("de tweede graag") */
  rest: string;
}

/** Reads what a resident typed where the bot offered buttons. */
export interface ReplyReader {
  /** The id of the button whose words the text is, or undefined: the resident typed something of their own. */
  choiceFor(text: string, choices: readonly ReadableChoice[], options?: ReadOptions): string | undefined;
  /**
   * Whether the text says yes, no or "tell me more"; anything doubtful or mixed is 'unclear'. Beside `offered` buttons,
   * a yes or no said with the words of a button that means the other is mixed too ("ja bewaren", "no, delete all").
   */
  intent(text: string, options?: ReadOptions, offered?: readonly ReadableChoice[]): Intent;
  /**
   * The place a reply opens with among `count` buttons shown in order: "2", "2.", "nummer 2", "optie 1", "de eerste",
   * "the second one please", "1. Ja, wis alles" (then the rest says which too); undefined for anything else, for a
   * question ("de tweede?") and for an ordinal in a sentence of its own ("de eerste keer dat ...").
   */
  placeIn(text: string, count: number, options?: { ordinalsOnly?: boolean }): Place | undefined;
  /** The one topic among `topics` whose words the text holds anywhere; undefined for none, or for two. */
  topicOf(text: string, topics: readonly string[]): string | undefined;
}

/** Longer texts are not button words; reading stops here so a pasted essay costs nothing. */
const MAX_REPLY_CHARS = 200;
/** A reply that trails off ("ja...", "ok…") is a doubt. */
const TRAILING_OFF = /(\.\.\.|…)\s*$/;
/** Where a reply's first clause ends: a comma and the like, or a full stop or dash before a space ("1. Ja", "1 - Ja"; not "1.5", "e-mail"). */
const PLACE_BREAK = /([,;:!()\u2013\u2014]|[.-](?=[\s.-]|$))/u;
/** Where a clause ends, for how far a negation reaches: a comma and the like, or a full stop before a space ("niet bellen, mail maar"). */
const CLAUSE_BREAK = /[,;:!?()\u2013\u2014]|\.(?=\s|$)/u;
/** Every clause break, in order: the one after each clause. */
const CLAUSE_BREAK_ALL = new RegExp(CLAUSE_BREAK.source, 'gu');
/** Keywords name a button only in a reply that says little else; a longer one is the resident's own story. */
const MAX_KEYWORD_WORDS = 10;
/** How many words may stand between an order and the softener that softens it ("verstuurt u het verzoek maar"). */
const ORDER_REACH = 4;
/** A yes or no inside a longer message still counts, as long as the rest is short. */
const MAX_OTHER_WORDS = 8;

/** Buttons whose read forms are kept; far more than the prompts offer, a few screens of social-map activities. */
const MAX_BUTTON_FORMS = 2000;

/** A button as typed replies are compared with it: its titles and id as joined words, and the titles without a leading yes or no. */
interface ButtonForms {
  full: readonly string[];
  rest: readonly string[];
}

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

/** Lower case, no accents, emoji as words of their own, everything else but letters and digits as spaces. */
function words(text: string): string[] {
  return foldText(text.slice(0, MAX_REPLY_CHARS))
    .replace(/[\uFE0E\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]/gu, '')
    .replace(PICTOGRAPH, ' $& ')
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** A word with doubled letters made single, so "neeee", "nee" and "ne" compare equal, as do "jaaa" and "ja". */
function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** Laughter typed longer reads as two of its syllables: "hahaha", "hihihihi" and "hahah" are "haha", "hihi" and "haha". */
function laughter(word: string): string {
  const syllable = word.slice(0, 2);
  if (word.length < 5 || !/^h[aeiou]$/.test(syllable)) return word;
  const body = word.length % 2 === 1 && word.endsWith('h') ? word.slice(0, -1) : word;
  return body === syllable.repeat(body.length / 2) ? syllable.repeat(2) : word;
}

/** Words that may open a clause before its verb ("en mag ik ..."). */
const CONJUNCTIONS = new Set(['en', 'of', 'and', 'or']);

/** Damerau-Levenshtein distance, but only whether it is at most one: a single slip of the keyboard. */
function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one letter changed, or two neighbours swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** A phrase list as word sequences, longest first, so "nee hoor" wins over "nee"; "ja hoor" also matches typed together as "jahoor". */
function phraseList(phrases: readonly string[], form: (word: string) => string = squeeze): string[][] {
  const forms = phrases.map((p) => words(p).map(form)).filter((p) => p.length > 0);
  const glued = forms.filter((p) => p.length > 1).map((p) => [p.join('')]);
  return [...new Map([...forms, ...glued].map((p) => [p.join(' '), p])).values()].sort((a, b) => b.length - a.length);
}

function startsWithAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/**
 * Builds the one reader of typed replies. A reply means a button when it is the button's title or id, or a
 * close variant of it: other capitals or accents, other punctuation, a missing comma, a polite word around it
 * ("graag", "please"), one slip of the keyboard, or the title without its leading yes or no ("beginnen" for
 * "Ja, beginnen"). Yes and no are read in their ordinary forms ("ja hoor", "doe maar", "nee liever niet").
 * Everything runs in time linear in the (bounded) text.
 */
export function createReplyReader(lexicon: ReplyWords, sameButton: (title: string) => readonly string[] = () => []): ReplyReader {
  // Looked up as typed first: "all" must not become the Dutch "al" by losing a letter.
  const oneWordSpellings = Object.entries(lexicon.spellings).filter(([other, word]) => words(other).length === 1 && words(word).length === 1);
  const spellings = new Map(oneWordSpellings.map(([other, word]) => [words(other).join(' '), words(word).map(squeeze).join(' ')]));
  /** A word as the word lists hold it: doubled letters single, laughter as two syllables ("hahaha" is "haha"), another spelling as the usual one ("houd" is "hou"). */
  const read = (word: string): string => {
    const squeezed = laughter(squeeze(word));
    return spellings.get(word) ?? spellings.get(squeezed) ?? squeezed;
  };
  // Spellings of a few words together ("ne keer" is "eens"), compared with the words as read, longest first.
  const phraseSpellings = Object.entries(lexicon.spellings).filter(([other, word]) => words(other).length > 1 || words(word).length > 1)
    .map(([other, word]) => ({ from: words(other).map(read), to: words(word).map(read) })).sort((a, b) => b.from.length - a.from.length);
  // Contact data typed as the answer ("jansen@hotmail.com", "06 12345678") reads as the word for its kind.
  const contactPatterns = PII_PATTERNS.filter((p) => (p.category === 'email' || p.category === 'phone') && lexicon.contactData[p.category] !== undefined);
  const withContactWords = (text: string): string => contactPatterns.reduce((t, p) => t.replace(p.pattern, ` ${lexicon.contactData[p.category as 'email' | 'phone']} `), text);
  /** The words of text whose contact data already reads as words, as the word lists are compared with them. */
  const wordsRead = (plain: string): string[] => {
    const single = words(plain).map(read);
    if (phraseSpellings.length === 0) return single;
    const out: string[] = [];
    for (let i = 0; i < single.length; ) {
      const s = phraseSpellings.find((p) => startsWithAt(single, i, p.from));
      if (s) {
        out.push(...s.to);
        i += s.from.length;
      } else out.push(single[i++]!);
    }
    return out;
  };
  /** The words of a reply as the word lists are compared with them. */
  const readWords = (text: string): string[] => wordsRead(withContactWords(text));
  const yes = phraseList(lexicon.yes, read);
  const no = phraseList(lexicon.no, read);
  const more = phraseList(lexicon.more, read);
  const unsure = phraseList(lexicon.unsure, read);
  const putOff = phraseList(lexicon.putOff, read);
  const corrections = phraseList(lexicon.corrections, read);
  const details = phraseList(lexicon.details, read);
  const greetings = phraseList(lexicon.greetings, read);
  const noExplanation = phraseList(lexicon.noExplanation, read);
  const courtesies = phraseList(lexicon.courtesies, read);
  const formalities = phraseList(lexicon.formalities, read);
  const notDoubts = phraseList(lexicon.notDoubts, read);
  const thanksFor = phraseList(lexicon.thanksFor, read);
  const reasons = phraseList(lexicon.reasons, read);
  const squeezedSet = (list: readonly string[]) => new Set(list.flatMap((w) => words(w).map(read)));
  const softeners = squeezedSet(lexicon.softener);
  const interjections = squeezedSet(lexicon.interjections);
  const particles = squeezedSet(lexicon.particles);
  const keywordNegators = squeezedSet(lexicon.keywordNegators);
  const orders = squeezedSet(lexicon.orders);
  const negators = squeezedSet(lexicon.negators);
  const clauseOpeners = squeezedSet(lexicon.clauseOpeners);
  const pronouns = squeezedSet(lexicon.pronouns);
  const turns = squeezedSet(lexicon.turns);
  /** "stuur maar een mailtje", "bel me maar op": the softener right after an order, a word or two between, softens it. */
  const softensOrder = (tokens: readonly string[], at: number): boolean => {
    for (let k = 1; k <= ORDER_REACH && at - k >= 0; k++) {
      const before = tokens[at - k]!;
      if (orders.has(before)) return true;
      if (softeners.has(before) || interjections.has(before)) return false;
    }
    return false;
  };
  /**
   * A doubt at this place. "maar" doubts when a clause follows it ("ja maar niet mijn naam", "klopt, maar ik wil
   * nog iets toevoegen"); at the end of an order or right after one it only softens it ("wis maar", "gooi alles maar
   * weg", "bel me maar op", "stuur maar een mailtje").
   */
  const doubtAt = (tokens: readonly string[], at: number): boolean =>
    unsure.some((p) => startsWithAt(tokens, at, p) && (p.length !== 1 || !softeners.has(p[0]!) || at === 0 || interjections.has(tokens[at - 1] ?? '')
      || (!(softensOrder(tokens, at) && !negators.has(tokens[at + 1] ?? '')) && !tokens.slice(at + 1).every((w) => particles.has(w)))));
  // Button titles are compared letter for letter, so the words around them are too.
  const asTyped = (word: string) => word;
  const polite = phraseList(lexicon.polite, asTyped);
  const questionFirst = squeezedSet(lexicon.questions);
  const questionAnywhere = squeezedSet(lexicon.questionsAnywhere);
  const questionVerbs = squeezedSet(lexicon.questionVerbs);
  const subjects = squeezedSet(lexicon.subjects);

  /** A verb and then its subject ("mag ik", "is it"): in a reply, that opens a question. */
  const isQuestionAt = (tokens: readonly string[], at: number): boolean =>
    questionVerbs.has(tokens[at] ?? '') && subjects.has(tokens[at + 1] ?? '');

  /** "ja, mag ik nog iets vragen" and "yes, is it safe": a clause that opens with a verb and its subject asks something. */
  const opensWithQuestion = (text: string): boolean =>
    text.split(/[,;:.!?]+/).some((clause) => isQuestionAt(readWords(clause).filter((w) => !CONJUNCTIONS.has(w)), 0));
  const kinds = [[more, 'more'], [unsure, 'unsure'], [yes, 'yes'], [no, 'no'], [corrections, 'correction'], [greetings, 'neutral'], [noExplanation, 'neutral'], [courtesies, 'neutral'], [formalities, 'neutral']] as const;
  // Other words per button id, compared like titles: all words joined, doubled letters kept.
  const synonyms = new Map(Object.entries(lexicon.choices).map(([id, list]) => [id, new Set(list.map((w) => words(w).join('')))]));
  const leadWords = new Set(phraseList([...lexicon.yes, ...lexicon.no], asTyped).filter((p) => p.length === 1).map((p) => p[0]!));

  // Buttons are the bot's own words, offered again and again: each is read once, not on every typed reply.
  const buttonForms = new Map<string, ButtonForms>();
  const formsOf = (choice: ReadableChoice): ButtonForms => {
    const key = `${choice.id}\u0000${choice.title}`;
    let known = buttonForms.get(key);
    if (!known) {
      // The button's title in the conversation's language and in the others: residents answer in either.
      const titles = [choice.title, ...sameButton(choice.title)].map(words);
      // "Ja, beginnen" may be typed as "beginnen": the title without its leading yes or no word.
      const rest = titles.flatMap((title) => (title.length > 1 && leadWords.has(title[0]!) ? [title.slice(1).join('')] : []));
      // A title that opens or ends with a polite word ("I want to discuss", "Ja, graag") is also itself without it.
      known = { full: [...titles.flatMap((title) => [title.join(''), core(title).join('')]), words(choice.id).join('')], rest };
      // Activity titles come from the social map, so the set is bounded but can be large: start afresh when full.
      if (buttonForms.size >= MAX_BUTTON_FORMS) buttonForms.clear();
      buttonForms.set(key, known);
    }
    return known;
  };

  /** Every word of the word lists: a reply that is one of them is that word, not a short button word typed in haste. */
  const knownWords = new Set(Object.values(lexicon).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flat(2) : []))
    .filter((w): w is string => typeof w === 'string').flatMap((w) => words(w)));

  /** The short word typed in haste for this form: its consonants only ("klr"), or one letter dropped or two swapped ("mor", "yse"). */
  const hastyFor = (form: string, typed: string): boolean => {
    if (!/[aeiou]/.test(typed)) return typed.length >= 3 && squeeze(form.replace(/[aeiou]/g, '')) === squeeze(typed) && form !== typed;
    if (typed.length !== 3 || (form.length !== 3 && form.length !== 4)) return false;
    if (form.length === 4) return [0, 1, 2, 3].some((i) => form.slice(0, i) + form.slice(i + 1) === typed);
    return [0, 1].some((i) => form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2) === typed);
  };

  /** The words without polite phrases at either end. */
  const core = (tokens: string[]): string[] => {
    let start = 0;
    let end = tokens.length;
    for (let changed = true; changed && end > start; ) {
      changed = false;
      for (const p of polite) {
        if (end - start > p.length && startsWithAt(tokens, start, p)) {
          start += p.length;
          changed = true;
        } else if (end - start > p.length && startsWithAt(tokens, end - p.length, p)) {
          end -= p.length;
          changed = true;
        }
      }
    }
    return tokens.slice(start, end);
  };

  const smallWords = squeezedSet(lexicon.fillers);
  /** Where a phrase starting at `at` ends, small words allowed between its words; `at` when it is not there. */
  const withFillersEnd = (tokens: readonly string[], at: number, phrase: readonly string[]): number => {
    let i = at;
    for (let k = 0; k < phrase.length; k++) {
      if (k > 0) while (i < tokens.length && smallWords.has(tokens[i]!) && tokens[i] !== phrase[k]) i++;
      if (tokens[i] !== phrase[k]) return at;
      i++;
    }
    return i;
  };

  /** A negation that refuses what follows it ("niet", "don't"); a bare "no" or "nee" answers on its own ("nee, beginnen"? asks again). */
  const refuses = (word: string): boolean => (negators.has(word) || keywordNegators.has(word)) && !interjections.has(word);
  /** An order, or its infinitive ("begin", "beginnen", "verstuur", "versturen"; compared with doubled letters single). */
  const isOrder = (word: string): boolean => [...orders].some((order) => word.startsWith(order));

  /** A question word that asks: not right after an order in its clause, where it says what ("keep what I told you", "wis wat ik zei"). */
  const asksAt = (tokens: readonly string[], clauseOf: readonly number[], at: number): boolean =>
    questionAnywhere.has(tokens[at] ?? '') && !(at > 0 && clauseOf[at - 1] === clauseOf[at] && isOrder(tokens[at - 1] ?? ''));

  /** Whether a phrase of any kind starts here. */
  const phraseAt = (tokens: readonly string[], at: number): boolean => kinds.some(([list]) => list.some((p) => startsWithAt(tokens, at, p)));
  /** Whether a phrase of two words or more that says something else than no starts here ("geen probleem", "geen dank"). */
  const longPhraseAt = (tokens: readonly string[], at: number): boolean =>
    kinds.some(([list, kind]) => kind !== 'no' && list.some((p) => p.length > 1 && startsWithAt(tokens, at, p)));

  const politeWords = phraseList(lexicon.polite, read);
  /** The formalities that thank ("bedankt", "thanks anyway", "toch hartelijk bedankt"). */
  const thanks = formalities.filter((p) => p.some((w) => /^(dank|dankjewel|bedankt|thank|thanks)$/.test(w)));
  /**
   * "ik red me wel, maar toch bedankt", "no, but thank you": a "but" followed by nothing but thanks ends the reply with
   * thanks for the offer; it does not doubt what was said before it.
   */
  const thanksTurnAt = (tokens: readonly string[], at: number): boolean =>
    at > 0 && turns.has(tokens[at] ?? '') && (runOf(tokens.slice(at + 1), [thanks, politeWords])?.includes(0) ?? false);
  /**
   * The phrases found in the words, longest first at each position, each with what it says. Words in `courteous` (a
   * clause of thanks, see `courtesyIn`) are neither.
   */
  const phrasesIn = (tokens: readonly string[], courteous: ReadonlySet<number> = new Set()) => {
    const found: { kind: Exclude<(typeof kinds)[number][1], 'neutral'>; at: number; length: number }[] = [];
    let other = 0;
    /** where the words of the resident's own story stand, as `other` counts them */
    const otherAt: number[] = [];
    let negatedStatements = 0;
    let lastOther = -1;
    // "ik heb liever niet dat er iemand contact met mij opneemt": the words of the clause a no refuses are not the resident's own story.
    let refusing = false;
    const another = (at: number) => {
      if (refusing) return;
      other++;
      otherAt.push(at);
    };
    for (let i = 0; i < tokens.length; ) {
      if (courteous.has(i)) {
        i++;
        continue;
      }
      // "ik woon alleen": the resident's own words, though they hold a doubt word.
      const plain = notDoubts.find((p) => startsWithAt(tokens, i, p));
      if (plain) {
        for (let k = 0; k < plain.length; k++) another(i + k);
        i += plain.length;
        lastOther = i - 1;
        continue;
      }
      let best: { kind: (typeof kinds)[number][1]; length: number } | undefined;
      for (const [list, kind] of kinds) {
        for (const p of list) {
          // A request for more may have small words between its own ("leg het eerst even uit", "vertel eerst eens wat meer").
          const length = kind === 'more' ? withFillersEnd(tokens, i, p) - i : startsWithAt(tokens, i, p) ? p.length : 0;
          if (length > (best?.length ?? 0)) best = { kind, length };
        }
      }
      // "heel vriendelijk aangeboden, maar nee": after nothing but politeness a "but" turns to the answer.
      if (best?.kind === 'unsure' && best.length === 1 && turns.has(tokens[i] ?? '') && i > 0 && found.length === 0 && other === 0) {
        i++;
        continue;
      }
      // "nee, maar toch bedankt": a "but" that turns to thanks at the end; not after a yes ("ja, maar bedankt" may doubt it).
      if (best?.kind === 'unsure' && best.length === 1 && !found.some((f) => f.kind === 'yes') && thanksTurnAt(tokens, i)) {
        i++;
        continue;
      }
      // "wis maar": a softened order, not a doubt.
      if (!best || (best.kind === 'unsure' && !doubtAt(tokens, i))) {
        // "I would like", "ik zou graag": a polite way of wanting is a word of the statement, but does not make it long.
        const manner = best ? undefined : politeWords.find((p) => startsWithAt(tokens, i, p));
        if (!manner) another(i);
        i += best?.length ?? manner?.length ?? 1;
        lastOther = i - 1;
        continue;
      }
      // "ik ben niet veilig", "het lukt niet meer": a bare "niet" between words of a statement negates them, it says no
      // to nothing; alone, first or last it is a no ("niet", "niet sturen", "stuur het niet"), and so it is before a
      // clause ("ik wil niet dat iemand dit ziet", "dat is niet wat ik bedoelde").
      if (best.kind === 'no' && best.length === 1 && negators.has(tokens[i]!) && i > 0 && lastOther === i - 1 && i + 1 < tokens.length
        && !clauseOpeners.has(tokens[i + 1]!) && !phraseAt(tokens, i + 1)) {
        another(i);
        negatedStatements++;
        lastOther = i;
        i++;
        continue;
      }
      // "not exactly", "not fine": a yes turned by the word before it says neither yes nor no.
      if (best.kind === 'yes' && lastOther === i - 1 && negators.has(tokens[i - 1]!)) best = { kind: 'unsure', length: best.length };
      // "Goedemorgen.", "geen uitleg nodig": neither an answer nor another word.
      if (best.kind === 'neutral') {
        i += best.length;
        continue;
      }
      // "niet beginnen", "ik wil het niet versturen", "don't start": an order right after a refusal that opens the reply is
      // what is refused. Not a word of certainty ("niet zeker" doubts), nor inside a statement ("lukken niet goed").
      const previous = found.at(-1);
      if (best.kind === 'yes' && previous?.kind === 'no' && previous.at + previous.length === i && refuses(tokens[i - 1]!)
        && (previous.at === 0 || previous.length > 1) && isOrder(tokens[i]!)) {
        previous.length += best.length;
        i += best.length;
        continue;
      }
      i += best.length;
      // "klopt niet", "that is fine not": a yes undone by the word after it is a no.
      // Not when an order follows: "ja, niet wissen" says yes and then refuses the order; nor when the negator opens a
      // phrase other than a no: "ja, geen probleem" says yes, "ok, geen dank" answers a thank-you.
      // So is one with small words between, then also before an order: "u mag het niet doorgeven", "je mag het niet versturen".
      let negator = i;
      while (negator < i + 2 && pronouns.has(tokens[negator] ?? '')) negator++;
      if (best.kind === 'yes' && negators.has(tokens[negator] ?? '') && (negator > i || !isOrder(tokens[negator + 1] ?? '')) && !longPhraseAt(tokens, negator)) {
        // "ja dat mag niet": the yes said first as an interjection still stands beside the no of the rest; it says both.
        const start = i - best.length;
        if (best.length > 1 && interjections.has(tokens[start]!) && yes.some((p) => p.length === 1 && p[0] === tokens[start])) {
          found.push({ kind: 'yes', at: start, length: 1 });
          found.push({ kind: 'no', at: start + 1, length: best.length + negator - i });
          i = negator + 1;
          continue;
        }
        found.push({ kind: 'no', at: i - best.length, length: best.length + negator - i + 1 });
        i = negator + 1;
        continue;
      }
      found.push({ kind: best.kind, at: i - best.length, length: best.length });
      if (best.kind === 'no' && clauseOpeners.has(tokens[i] ?? '')) refusing = true;
    }
    return { found, other, otherAt, negatedStatements };
  };

  /** The words as a run of phrases from these lists, longest first at each place: which list each came from; undefined when a word is in none. */
  const runOf = (tokens: readonly string[], lists: readonly (readonly string[][])[]): number[] | undefined => {
    const from: number[] = [];
    for (let i = 0; i < tokens.length; ) {
      let best = 0;
      let which = -1;
      lists.forEach((list, l) => {
        for (const p of list) {
          if (p.length > best && startsWithAt(tokens, i, p)) {
            best = p.length;
            which = l;
          }
        }
      });
      if (best === 0) return undefined;
      from.push(which);
      i += best;
    }
    return from;
  };
  const acknowledgements = phraseList(lexicon.acknowledgements, read);
  const dismissals = phraseList(lexicon.dismissals, read);
  const hedges = phraseList(lexicon.hedges, read);
  /** "klopt wel ongeveer": a hedge somewhere in the words. */
  const hedged = (tokens: readonly string[], list: readonly string[][] = hedges): boolean => tokens.some((_, at) => list.some((p) => startsWithAt(tokens, at, p)));
  /** The hedges that doubt a no too ("niet helemaal", "ongeveer"); the others are polite conditions, formalities too ("if that is all right"). */
  const hardHedges = hedges.filter((h) => !formalities.some((f) => f.join(' ') === h.join(' ')));
  const yesChangers = [...phraseList(lexicon.provisos, read), ...phraseList(lexicon.jests, read)];
  /**
   * "stuur het naar mijn zoon", "ja, morgen", "graag gedaan", "haha ja, aan de hele wereld": where a consent is asked, words
   * that leave no yes standing. An answer to a thank-you stands at the end of its clause: "you too" is not in "I want you to
   * delete it" (doubled letters are read single).
   */
  const changesTheYes = (tokens: readonly string[], clauseOf: readonly number[]): boolean => tokens.some((_, at) =>
    yesChangers.some((p) => startsWithAt(tokens, at, p))
    || courtesies.some((p) => startsWithAt(tokens, at, p) && (at + p.length === tokens.length || clauseOf[at + p.length] !== clauseOf[at])));
  // "doe maar" is polite around a title, but a yes of its own after "ok".
  const politeNotYes = politeWords.filter((p) => !yes.some((y) => y.join(' ') === p.join(' ')));
  /** "ok", "oké dank je": an acknowledgement and polite words, nothing else. */
  const onlyAcknowledges = (tokens: readonly string[]): boolean => runOf(tokens, [acknowledgements, politeNotYes])?.includes(0) ?? false;
  /** Polite words only ("graag", "please"), or nothing at all. */
  const onlyPolite = (tokens: readonly string[]): boolean => runOf(tokens, [politeWords]) !== undefined;


  /** The words of a reply, each with the clause it stands in ("niet bellen, mail maar" has two). */
  const clausesOf = (text: string): { tokens: string[]; clauseOf: number[]; asking: Set<number> } => {
    const tokens: string[] = [];
    const clauseOf: number[] = [];
    const plain = withContactWords(text.slice(0, MAX_REPLY_CHARS));
    // The clauses that end with a question mark: "heeft u misschien iets anders?" asks.
    const breaks = plain.match(CLAUSE_BREAK_ALL) ?? [];
    const asking = new Set(breaks.flatMap((b, c) => (b === '?' ? [c] : [])));
    plain.split(CLAUSE_BREAK).forEach((clause, c) => {
      for (const w of wordsRead(clause)) {
        tokens.push(w);
        clauseOf.push(c);
      }
    });
    return { tokens, clauseOf, asking };
  };
  /** The clauses that open with one of these phrases ("dank u wel dat u dat wilt regelen", "as I'm hard of hearing"): where their words stand. */
  const clausesOpenedBy = (tokens: readonly string[], clauseOf: readonly number[], openers: readonly string[][]): Set<number> => {
    const within = new Set<number>();
    for (let at = 0; at < tokens.length; at++) {
      const opens = at === 0 || clauseOf[at - 1] !== clauseOf[at];
      const start = opens && CONJUNCTIONS.has(tokens[at] ?? '') ? at + 1 : at;
      if (!opens || !openers.some((p) => startsWithAt(tokens, start, p))) continue;
      for (; at < tokens.length && clauseOf[at] === clauseOf[start]; at++) within.add(at);
      at--;
    }
    return within;
  };
  const politePhrases = [...formalities, ...courtesies, ...greetings].sort((a, b) => b.length - a.length);
  /** Adds to `within` where phrases of this list stand in the words, the first that fits at each place; places already within are passed over. */
  const spansOf = (tokens: readonly string[], phrases: readonly string[][], within = new Set<number>()): Set<number> => {
    for (let at = 0; at < tokens.length; ) {
      const p = within.has(at) ? undefined : phrases.find((phrase) => startsWithAt(tokens, at, phrase));
      for (let k = 0; k < (p?.length ?? 0); k++) within.add(at + k);
      at += p?.length ?? 1;
    }
    return within;
  };

  /**
   * Where the politeness of a letter stands: thanks for something with its clause ("dank u wel dat u dat wilt regelen"),
   * a formality ("als dat mogelijk is", "if that's alright"), a greeting or an answer to a thank-you.
   */
  const politenessIn = (tokens: readonly string[], clauseOf: readonly number[]): Set<number> =>
    spansOf(tokens, politePhrases, clausesOpenedBy(tokens, clauseOf, thanksFor));

  const intent = (text: string, options: ReadOptions = {}, offered: readonly ReadableChoice[] = []): Intent => {
    // Too long to be a reply to a button, or trailing off ("ja...", "ok…"): not clear.
    if (text.length > MAX_REPLY_CHARS || TRAILING_OFF.test(text)) return 'unclear';
    const { tokens: said, clauseOf } = clausesOf(text);
    // "Ja, graag. Dank u wel dat u dat wilt regelen.": the thanks and what they are for answer nothing.
    const thanked = clausesOpenedBy(said, clauseOf, thanksFor);
    // "ok" after a summary or cards says the resident saw them; it answers nothing yet.
    if (options.acknowledging && onlyAcknowledges(said)) return 'unclear';
    if (options.careful && hedged(said, hardHedges)) return 'unclear';
    // "no, if that is all right", "liever niet, als het kan": a polite condition leaves a no standing, never a yes.
    const politelyHedged = options.careful === true && hedged(said);
    // "Wis je alles?" "laat maar": never mind the erasing, or never mind the asking?
    if (options.confirmsRequest && runOf(said, [dismissals, politeNotYes]) !== undefined) return 'unclear';
    // "ja maar niet bellen, liever mailen": a condition on how comes up when the way is asked for.
    const how = options.careful ? -1 : conditionOnHow(said);
    const tokens = how < 0 ? said : said.slice(0, how);
    const all = phrasesIn(tokens, thanked);
    // "ja, nee, toch niet" and "nee wacht, ja doe maar": a correction makes only what follows it count.
    const correction = all.found.reduce<(typeof all.found)[number] | undefined>((last, f) => (f.kind === 'correction' ? f : last), undefined);
    const corrected = correction?.at ?? -1;
    const after = all.found.filter((f) => f.at > corrected);
    const before = all.found.filter((f) => f.kind !== 'correction');
    const has = (list: readonly { kind: string }[], kind: string) => list.some((f) => f.kind === kind);
    // "no wait yes": turning a no into a yes takes more than a bare yes word after the correction ("nee wacht, ja doe maar").
    const bareTurn = correction !== undefined && has(before, 'no') && after.length === 1 && after[0]!.kind === 'yes' && after[0]!.length === 1
      && after[0]!.at === correction.at + correction.length && tokens.length === after[0]!.at + 1;
    if (bareTurn) return 'unclear';
    // Nothing after the correction: "nee wacht" is still a no and "wat is dit eigenlijk" still asks for more, but "ok wacht"
    // is not yet a yes, and "ja, of nee, meer een 5 eigenlijk" and "ja, nee, wacht" are a doubt.
    if (after.length === 0 && corrected >= 0 && has(before, 'yes') && has(before, 'no')) return 'unclear';
    // "stuur maar, of nee, toch niet": where something is passed on or erased, a yes taken back in the same breath is asked again.
    if (options.careful && correction !== undefined && has(before.filter((f) => f.at < correction.at), 'yes') && has(after, 'no')) return 'unclear';
    const kept = after.length > 0 || corrected < 0 ? after : has(before, 'unsure') ? before : before.filter((f) => f.kind === 'no' || f.kind === 'more');
    // "nee, nog niet sturen", "nee, ik wil het eerst nog aanpassen": after a clear no, putting off or changing first is its reason.
    const reason = (f: (typeof kept)[number]) => f.kind === 'unsure' && putOff.some((p) => p.length === f.length && startsWithAt(tokens, f.at, p));
    const found = kept[0]?.kind === 'no' && !kept.some((f) => f.kind === 'yes') ? kept.filter((f) => !reason(f)) : kept;
    if (found.length === 0) return 'unclear';
    // Words inside a known phrase ("waarom niet") do not make a question.
    const inPhrase = new Set(all.found.flatMap((f) => Array.from({ length: f.length }, (_, k) => f.at + k)));
    const asks = tokens.some((w, i) => !inPhrase.has(i) && !thanked.has(i) && (asksAt(tokens, clauseOf, i) || (i === 0 && questionFirst.has(w))))
      || (found.some((f) => f.kind === 'yes') && opensWithQuestion(text));
    if (found.some((f) => f.kind === 'more')) return 'more';
    // A question back ("ok?", "wat gebeurt er dan?") is not an answer yet; nor is a doubt or a long story.
    const askedBack = asks || /\?\s*$/.test(text) || (text.includes('?') && all.found.length + all.other > 2);
    // "Dat wil ik nu niet, ik wil het eerst zelf met mijn dochter overleggen": after a clear no, the clause that puts it off
    // gives its reason; it does not make the reply long.
    const putOffClauses = new Set(found === kept ? [] : kept.filter(reason).map((f) => clauseOf[f.at]!));
    const ownWords = all.otherAt.filter((at) => !putOffClauses.has(clauseOf[at]!)).length;
    if (askedBack || found.some((f) => f.kind === 'unsure') || ownWords > MAX_OTHER_WORDS) return 'unclear';
    const saysYes = found.some((f) => f.kind === 'yes');
    // "ik wil het niet laten versturen": a "niet" read as part of a statement never leaves a yes standing.
    if (saysYes && all.negatedStatements > 0) return 'unclear';
    const saysNo = found.some((f) => f.kind === 'no');
    // "stuur het naar mijn zoon", "ja, niet mijn adres": at a consent, a yes to someone else, later or in part is no clear answer.
    if (options.careful && (saysYes || tokens.some((_, at) => yes.some((p) => startsWithAt(tokens, at, p)))) && changesTheYes(said, clauseOf)) return 'unclear';
    if (saysYes === saysNo) return 'unclear';
    if (options.careful && saysNo && correctsAPart(tokens, clauseOf, found)) return 'unclear';
    const answer = saysYes ? 'yes' : 'no';
    if (politelyHedged && answer === 'yes') return 'unclear';
    return namesTheOther(said, clauseOf, answer, offered) ? 'unclear' : answer;
  };

  /** "mijn telefoonnummer klopt niet", "the email is wrong": a no said after a part of what is passed on, in its clause, corrects that part. */
  const correctsAPart = (tokens: readonly string[], clauseOf: readonly number[], found: readonly { kind: string; at: number }[]): boolean =>
    found.some((f) => f.kind === 'no' && tokens.some((_, at) => at < f.at && clauseOf[at] === clauseOf[f.at] && details.some((p) => startsWithAt(tokens, at, p))));

  /** "ja bewaren", "yes keep it", "no, delete all": a yes or no beside the words of a button that means the other says two things. */
  const namesTheOther = (tokens: readonly string[], clauseOf: readonly number[], answer: 'yes' | 'no', offered: readonly ReadableChoice[]): boolean =>
    keywordsIn(tokens, clauseOf, offered).named.some((choice) => (choice.means === 'yes' || choice.means === 'no') && choice.means !== answer);

  const topicFrames = phraseList(lexicon.topicFrames, read);
  const topicWords = new Map(Object.entries(lexicon.topics).map(([id, list]) => [id, phraseList(list, read)]));
  const keywords = new Map(Object.entries(lexicon.keywords).map(([id, list]) => [id, phraseList(list, read)]));
  /** Per button id, its keywords by their first word, so a reply is looked up word by word rather than tried against every keyword. */
  const keywordsByFirst = new Map([...keywords].map(([id, phrases]) => {
    const byFirst = new Map<string, string[][]>();
    for (const p of phrases) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
    return [id, byFirst] as const;
  }));
  const chatWords = new Map(Object.entries(lexicon.chatWords).map(([chat, word]) => [read(chat), read(word)]));
  const fillers = squeezedSet(lexicon.fillers);
  const wayWords = lexicon.ways.buttons.flatMap((id) => keywords.get(id) ?? []);
  const contrasts = squeezedSet(lexicon.ways.contrasts);
  const drawbacks = phraseList(lexicon.drawbacks, read);
  const tentative = squeezedSet(lexicon.tentative);
  const otherPeople = phraseList(lexicon.otherPeople, read);
  const wayButtons = new Set(lexicon.ways.buttons);
  const preferences = phraseList(lexicon.preferences, read);
  const alternatives = squeezedSet(lexicon.alternatives.words);
  const vagueEnds = phraseList(lexicon.alternatives.vague, read);

  /** Where a "but" after the answer opens a condition on the way to be reached ("ja maar niet bellen", "yes, but not by phone"); -1 for none. */
  function conditionOnHow(tokens: readonly string[]): number {
    if (!tokens.some((w) => contrasts.has(w))) return -1;
    const doubt = tokens.findIndex((_, at) => doubtAt(tokens, at));
    if (doubt < 1 || !contrasts.has(tokens[doubt]!)) return -1;
    return tokens.some((_, at) => at > doubt && wayWords.some((p) => startsWithAt(tokens, at, p))) ? doubt : -1;
  }

  /**
   * A keyword's word as typed: itself, a chat form of it ("u", "2", "w"), without its last n ("praate", "bespreke"), or
   * as its stem, as learners of Dutch write it ("ik wil praat", "wil niet antwoord"; with doubled letters single, the stem
   * is the word without "en": "praten" and "praat" are "prat", "bellen" and "bel" are "bel").
   */
  const sameWord = (token: string, word: string): boolean =>
    token === word || chatWords.get(token) === word || (word.length >= 5 && word.endsWith('en') && (token === word.slice(0, -1) || token === word.slice(0, -2)));

  /** Where a keyword starting at `at` ends, fillers allowed between its words ("wil ik het graag over hebben"); -1 when it is not there. */
  const keywordEnd = (tokens: readonly string[], at: number, phrase: readonly string[]): number => {
    let i = at;
    for (let k = 0; k < phrase.length; k++) {
      if (k > 0) while (i < tokens.length && fillers.has(tokens[i]!) && !sameWord(tokens[i]!, phrase[k]!)) i++;
      if (i >= tokens.length || !sameWord(tokens[i]!, phrase[k]!)) return -1;
      i++;
    }
    return i;
  };

  /**
   * The offered buttons whose keywords the reply holds, not taken back by a negation; with where those keywords stand,
   * the negations that took others back, and where a keyword taken back ends.
   */
  const keywordsIn = (tokens: readonly string[], clauseOf: readonly number[], choices: readonly ReadableChoice[]) => {
    // "niet bellen", "I don't have a phone": a negation up to three words before a keyword takes it back, within its
    // clause and not across a "but": "niet bellen, mail maar" and "niet bellen maar mailen" still name the e-mail.
    // Where the negation that takes back a keyword at `at` stands; -1 for none. A bare "no" that opens the reply right
    // before the words of a button that means yes does not refuse them: "no delete" says two things, as "nee wissen" does.
    // What the resident finds hard takes it back from before too: "ik hoor slecht aan de telefoon", "ik ben niet handig met e-mail".
    const negationBefore = (at: number, means: Meaning | undefined): number => {
      if (means === 'yes' && at === 1 && !refuses(tokens[0]!)) return -1;
      for (let k = 1; k <= 3 && at - k >= 0 && clauseOf[at - k] === clauseOf[at]; k++) {
        const before = tokens[at - k]!;
        // Not one inside a keyword read before it: "ik begrijp niet goed wat er bedoeld wordt".
        if ((negators.has(before) || keywordNegators.has(before)) && !inKeyword.has(at - k)) return at - k;
        const drawback = drawbacks.find((p) => at - k - p.length + 1 >= 0 && startsWithAt(tokens, at - k - p.length + 1, p));
        if (drawback) return at - k - drawback.length + 1;
        if (contrasts.has(before)) return -1;
      }
      return -1;
    };
    // "wis maar niet", "bel me maar niet": so does one right after it, a softener or a particle between, and what the
    // resident finds hard about it ("mailen is lastig"); where it stands, or -1.
    const negationAfter = (end: number, id: string): number => {
      if (wayButtons.has(id) && otherPeople.some((p) => startsWithAt(tokens, end, p))) return end;
      let i = end;
      while (i < tokens.length && (softeners.has(tokens[i]!) || particles.has(tokens[i]!))) i++;
      if (i >= tokens.length || clauseOf[i] !== clauseOf[end - 1]) return -1;
      return negators.has(tokens[i]!) || drawbacks.some((p) => startsWithAt(tokens, i, p)) ? i : -1;
    };
    /** The negations that took a keyword back: they say no to that keyword, not to the question ("niet bewaren, wis alles"). */
    const usedNegations = new Set<number>();
    const inKeyword = new Set<number>();
    // Where a keyword taken back ends: a "but" there turns to what is wanted instead, it is no doubt ("niet bellen maar mailen").
    const takenBack = new Set<number>();
    const named = choices.filter((choice) => {
      let hit = false;
      const byFirst = keywordsByFirst.get(choice.id);
      if (!byFirst) return false;
      tokens.forEach((token, at) => {
        // The longest keyword here: "bel me niet" takes back "bel me", and with it "bel".
        let end = -1;
        // The words this token may be (see sameWord): itself, the word of its chat form, or itself with its final n or "en".
        for (const first of new Set([token, chatWords.get(token) ?? token, `${token}n`, `${token}en`])) {
          for (const p of byFirst.get(first) ?? []) end = Math.max(end, keywordEnd(tokens, at, p));
        }
        if (end < 0) return;
        const negation = Math.max(negationBefore(at, choice.means), negationAfter(end, choice.id));
        if (negation >= 0) {
          takenBack.add(end);
          usedNegations.add(negation);
          return;
        }
        hit = true;
        for (let k = at; k < end; k++) inKeyword.add(k);
      });
      return hit;
    });
    return { named, usedNegations, inKeyword, takenBack };
  };

  /** The one offered button whose keywords the reply holds, not negated just before; undefined for none or two. */
  const namedByKeyword = (text: string, choices: readonly ReadableChoice[], options: ReadOptions): string | undefined => {
    const { tokens, clauseOf, asking } = clausesOf(text);
    // Politeness and the reason for a choice do not make a reply long ("Als het u niet uitmaakt, word ik het liefst
    // gebeld, dan kan ik het beter volgen"); the reason may still doubt or name another button.
    const polite = politenessIn(tokens, clauseOf);
    const reason = clausesOpenedBy(tokens, clauseOf, reasons);
    // Nor do the keywords themselves: "Ik begrijp de vraag niet helemaal. Kunt u het anders uitleggen?" says little else.
    const { named, usedNegations, inKeyword, takenBack } = keywordsIn(tokens, clauseOf, choices);
    // "iets in de buurt, da lijkt me wel wat": the words of a yes beside the keyword of a button that means no yes neither
    // doubt nor ask, nor make a reply long ("Is er iets bij mij in de wijk te doen? Dat zou ik fijn vinden.").
    const approving = new Set(phrasesIn(tokens).found.filter((f) => f.kind === 'yes').flatMap((f) => Array.from({ length: f.length }, (_, k) => f.at + k)));
    const approves = (at: number) => named.every((choice) => choice.means === undefined) && approving.has(at);
    if (core(tokens.filter((_, at) => !polite.has(at) && !reason.has(at) && !inKeyword.has(at) && !approves(at))).length > MAX_KEYWORD_WORDS) return undefined;
    const only = named.length === 1 ? named[0] : named.find((choice) => lexicon.urgent.includes(choice.id));
    if (only === undefined) return undefined;
    const outside = (at: number) => !inKeyword.has(at) && !polite.has(at) && !(only.means === undefined && approving.has(at));
    // A short number is an answer of its own ("4, daar wil ik over praten" is a score), unless asked about ("what does 0 mean?").
    if (!/\?\s*$/.test(text) && tokens.some((w, at) => outside(at) && /^\d{1,2}$/.test(w))) return undefined;
    // A doubt, a correction or a question about something else ("misschien mail", "delete... actually hold on",
    // "wat is een uitkomst?") presses no button; the button's own words may ask ("wat bedoel je precies?"). A
    // condition on how to be reached is no doubt about whether, where no consent is asked ("iemand spreken, maar niet bellen").
    const how = options.careful || lexicon.ways.buttons.includes(only.id) ? -1 : conditionOnHow(tokens);
    // "heel vriendelijk aangeboden, maar bel me liever": after nothing but politeness a "but" turns to the answer.
    const answerStarts = tokens.findIndex((_, at) => !polite.has(at));
    const turnsToAnswer = (at: number) => at > 0 && at === answerStarts && turns.has(tokens[at] ?? '');
    // "wis al mijn gegevens", "ik woon alleen": a doubt word inside the resident's own words is none.
    const plain = spansOf(tokens, notDoubts);
    // "ik wil wel, maar niet in mijn eentje": a "but" before a keyword that is itself a refusal turns to it; it does not doubt.
    const turnsToRefusal = (at: number) => only.means === undefined && turns.has(tokens[at] ?? '') && inKeyword.has(at + 1) && refuses(tokens[at + 1] ?? '');
    // "bellen, maar liefst na vijf uur": after the button's words, a "but" and a preference say when or how, not whether.
    const prefers = (at: number) => !options.careful && at > Math.min(...inKeyword) && turns.has(tokens[at] ?? '') && preferences.some((p) => startsWithAt(tokens, at + 1, p));
    // "ik red me wel, maar toch bedankt": a "but" that turns to thanks at the end, beside any button but a consent's yes.
    const thanksAtEnd = (at: number) => !(options.careful && only.means === 'yes') && thanksTurnAt(tokens, at);
    // "heeft u misschien iets heel anders?": in a request asked as a question (a verb and its subject, then a question mark),
    // "misschien" is politeness, where no consent is asked; "misschien overslaan?" still doubts.
    const asksPolitely = (at: number) => {
      const start = clauseOf.indexOf(clauseOf[at]!);
      return asking.has(clauseOf[at]!) && start < at && isQuestionAt(tokens, start);
    };
    const softensRequest = (at: number) => !options.careful && tentative.has(tokens[at] ?? '') && asksPolitely(at);
    const doubts = (at: number) => (how < 0 || at < how) && !thanksAtEnd(at) && !softensRequest(at) && !(takenBack.has(at) && contrasts.has(tokens[at] ?? '')) && !turnsToAnswer(at) && !turnsToRefusal(at)
      && !prefers(at) && !plain.has(at) && doubtAt(tokens, at);
    // "eigenlijk niks, ik ben tevreden", "ik ben eigenlijk heel tevreden": before anything is said a correction corrects
    // nothing, where no consent is asked; "wacht, wis alles" at a consent is still asked again.
    const firstSaid = Math.min(...[...inKeyword], ...phrasesIn(tokens).found.filter((f) => f.kind === 'yes' || f.kind === 'no' || f.kind === 'more').map((f) => f.at));
    // A slip of one's own that holds the button's keyword ("vorige vraag, ik heb me vergist") says why; it takes nothing back.
    const corrects = (at: number) => (options.careful === true || at > firstSaid)
      && corrections.some((p) => startsWithAt(tokens, at, p) && !p.some((_, k) => inKeyword.has(at + k)));
    // "terug of bespreken": an "or" weighs the keyword against something else; not after a keyword taken back ("geen
    // telefoon of mail"), in a vague end ("een clubje of zo") or in the reason for a choice ("in the chat, as I'm hard of hearing").
    const weighs = (at: number) => alternatives.has(tokens[at] ?? '') && !takenBack.has(at) && !reason.has(at) && !vagueEnds.some((p) => startsWithAt(tokens, at, p));
    if (tokens.some((_, at) => outside(at) && (doubts(at) || corrects(at) || asksAt(tokens, clauseOf, at) || weighs(at)))) return undefined;
    if (outside(0) && questionFirst.has(tokens[0] ?? '')) return undefined;
    if (/(\.\.\.|…)/.test(text)) return undefined;
    // "no, delete it", "nee, wis alles": a no beside a consent's button says two things.
    const saysNo = (at: number) => !usedNegations.has(at) && (negators.has(tokens[at]!) || keywordNegators.has(tokens[at]!) || no.some((p) => startsWithAt(tokens, at, p)));
    if (only.means === 'yes' && options.careful && tokens.some((_, at) => outside(at) && saysNo(at))) return undefined;
    // "ja, niet wissen": so does a yes said beside its no button.
    if (only.means === 'no' && options.careful && tokens.some((w, at) => outside(at) && interjections.has(w) && yes.some((p) => p.length === 1 && p[0] === w))) return undefined;
    // "wissen en opnieuw beginnen?", "moet ik alles wissen" ask about a consent's button; they do not press it.
    if (only.means !== undefined && options.careful && (text.includes('?') || hedged(tokens) || (only.means === 'yes' && opensWithQuestion(text)))) return undefined;
    return only.id;
  };

  const oneWord = (w: string) => words(w).map(squeeze).join('');
  const placeWords = (lists: readonly (readonly string[])[]) => new Map(lists.flatMap((list, i) => list.map((w) => [oneWord(w), i] as const)));
  const ordinals = placeWords(lexicon.places.ordinals);
  const numberWords = placeWords(lexicon.places.numbers);
  const lastWords = squeezedSet(lexicon.places.last);
  const firstWords = squeezedSet(lexicon.places.first);
  /** Words that are a yes or a no alone ("top", "prima"). */
  const yesNoWords = new Set([...yes, ...no].filter((p) => p.length === 1).map((p) => p[0]!));
  const labels = squeezedSet(lexicon.places.labels);
  const articles = squeezedSet(lexicon.places.articles);
  const nouns = squeezedSet(lexicon.places.nouns);

  /** How many words polite phrases take at the start ("ik kies", "doe maar"). */
  const politeLead = (tokens: readonly string[]): number => {
    let at = 0;
    for (let found = true; found; ) {
      const p = politeWords.find((phrase) => startsWithAt(tokens, at, phrase));
      found = p !== undefined;
      at += p?.length ?? 0;
    }
    return at;
  };

  const placeIn = (text: string, count: number, { ordinalsOnly = false } = {}): Place | undefined => {
    // "de tweede?" asks; "2..." trails off.
    if (count < 2 || text.length > MAX_REPLY_CHARS || text.includes('?') || TRAILING_OFF.test(text)) return undefined;
    // Clauses and the breaks between them, so "1. Ja, wis alles" is "1" and then what follows.
    const parts = text.split(PLACE_BREAK);
    let at = 0;
    while (at < parts.length && words(parts[at]!).length === 0) at += 2;
    let typed = words(parts[at] ?? '');
    // "nr. 2": the number stands after the break that follows its label.
    if (typed.length > 0 && labels.has(squeeze(typed.at(-1)!)) && at + 2 < parts.length) {
      at += 2;
      typed = [...typed, ...words(parts[at]!)];
    }
    const said = typed.map(squeeze);
    let k = politeLead(said);
    const article = articles.has(said[k] ?? '');
    if (article) k++;
    const labelled = labels.has(said[k] ?? '');
    if (labelled) k++;
    const word = said[k] ?? '';
    let index: number | undefined;
    let ordinal = false;
    // A number word alone ("twee", "three") is a digit typed out; before anything else it may be a count ("een gesprek").
    const bare = !labelled && !article && numberWords.has(word);
    // Where numbers are answers, only a word that can be no score names a place ("de eerste", not "2" or "nummer 2").
    if (ordinalsOnly && (labelled || bare || /^\d/.test(word))) return undefined;
    if (/^[1-9]$/.test(word)) index = Number(word) - 1;
    else if (labelled || bare) index = numberWords.get(word);
    else {
      index = lastWords.has(word) ? count - 1 : firstWords.has(word) ? 0 : ordinals.get(word);
      ordinal = index !== undefined;
    }
    // "1.5", "2 3": a number of its own, not a place.
    if (index === undefined || index >= count || /^\d/.test(said[k + 1] ?? '')) return undefined;
    k++;
    const named = nouns.has(said[k] ?? '');
    if (named) k++;
    const after = typed.slice(k);
    const later = parts.slice(at + 2).join('');
    if (bare && (named || !onlyPolite(after.map(squeeze)) || words(later).length > 0)) return undefined;
    // "top" alone says yes ("top!"); "the top one", "de bovenste" name a place.
    if (ordinal && !article && !named && yesNoWords.has(word)) return undefined;
    if (ordinal) {
      // "de eerste keer dat ...": an ordinal in a sentence of its own; "first, tell me more": an order of things.
      if (!onlyPolite(after.map(squeeze))) return undefined;
      if (!article && !named && words(later).length > 0) return undefined;
    }
    const rest = [after.join(' '), later.trim()].filter((r) => r !== '').join(', ');
    return { index, rest: onlyPolite(words(rest).map(squeeze)) ? '' : rest };
  };

  return {
    intent,
    placeIn,
    topicOf(text, topics) {
      if (text.length > MAX_REPLY_CHARS) return undefined;
      const tokens = readWords(text);
      // "wat bedoel je met meedoen" asks about a topic; it does not pick it.
      if (phrasesIn(tokens).found.some((f) => f.kind === 'more')) return undefined;
      // "het gevoel dat ik nog ergens goed voor ben" is about being of use, not about feelings.
      const framed = new Set<number>();
      tokens.forEach((_, at) => {
        const frame = topicFrames.find((p) => startsWithAt(tokens, at, p));
        for (let k = 0; k < (frame?.length ?? 0); k++) framed.add(at + k);
      });
      const found = topics.flatMap((topic) => tokens.flatMap((_, at) => (framed.has(at) ? [] : (topicWords.get(topic) ?? [])
        .filter((p) => startsWithAt(tokens, at, p)).map((p) => ({ topic, at, end: at + p.length })))));
      // "ik zit veel alleen thuis": a word inside a longer phrase of another topic names nothing itself ("thuis" is no household here).
      const within = (f: (typeof found)[number]) => found.some((g) => g.topic !== f.topic && g.at <= f.at && g.end >= f.end && g.end - g.at > f.end - f.at);
      const named = new Set(found.filter((f) => !within(f)).map((f) => f.topic));
      return named.size === 1 ? [...named][0] : undefined;
    },
    choiceFor(text, choices, options = {}) {
      const id = buttonFor(text, choices, options);
      // "ja..." trails off: at a yes/no button that is a doubt, not a click; "yes?" at a consent asks, it does not consent.
      const yesNo = choices.find((c) => c.id === id && c.means !== undefined);
      if (id !== undefined && yesNo && (TRAILING_OFF.test(text) || (options.careful && text.includes('?')))) return undefined;
      // "stuur het maar naar mijn zoon": the consenting button's words, but to someone else, later or in part.
      if (yesNo?.means === 'yes' && options.careful) {
        const { tokens, clauseOf } = clausesOf(text);
        if (changesTheYes(tokens, clauseOf)) return undefined;
      }
      return id;
    },
  };

  function buttonFor(text: string, choices: readonly ReadableChoice[], options: ReadOptions): string | undefined {
    if (choices.length === 0 || text.length > MAX_REPLY_CHARS) return undefined;
    const all = words(text);
    const typed = core(all);
    if (typed.length === 0) return undefined;
    const typedJoined = typed.join('');
    // A title may hold a polite word itself ("Ja, graag", "Nee, dank je"): then the reply as typed is the title.
    const asTypedJoined = all.join('');
    const forms = choices.map((choice) => ({ choice, ...formsOf(choice) }));
    const exact = forms.filter((f) => f.full.includes(typedJoined) || f.full.includes(asTypedJoined) || f.rest.includes(typedJoined));
    if (exact.length === 1) return exact[0]!.choice.id;
    if (exact.length > 1) return undefined;
    // Other words for a button ("verder" for "Sla over", "bellen" for "Telefoon"), only as the whole reply.
    const meant = choices.filter((choice) => synonyms.get(choice.id)?.has(typedJoined));
    if (meant.length === 1) return meant[0]!.id;
    if (meant.length > 1) return undefined;
    // One slip of the keyboard, only for words long enough that a slip cannot turn one button into another.
    const slipped = (form: string) => [typedJoined, asTypedJoined].some((t) => t.length >= 4 && form.length >= 4 && withinOneSlip(form, t));
    const near = forms.filter((f) => f.full.some(slipped) || f.rest.some(slipped));
    if (near.length === 1) return near[0]!.choice.id;
    // A short word typed in haste: "skp", "klr" (vowels left out), "mor", "yse" (a letter dropped or two swapped); not at a consent.
    if (!options.careful && asTypedJoined.length >= 3 && !knownWords.has(asTypedJoined)) {
      const hasty = choices.filter((choice) => [...formsOf(choice).full, ...(synonyms.get(choice.id) ?? [])].some((form) => hastyFor(form, asTypedJoined)));
      if (hasty.length === 1) return hasty[0]!.id;
    }
    return namedByKeyword(text, choices, options);
  }
}
