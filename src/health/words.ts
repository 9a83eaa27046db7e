/**
 * The words, phrases and emoji that the score parser understands, as data.
 * Both languages are always understood: residents mix Dutch and English freely.
 * Edit these tables to teach the bot a new word; `answers.ts` holds only the grammar.
 */

/** Number words for 0..10, plus 11, 12 and 100 so that "elf" or "twaalf" are read (and refused as out of range). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // Dutch
  nul: 0, nulletje: 0, een: 1, 'één': 1, 'eén': 1, eentje: 1, twee: 2, tweetje: 2, drie: 3, drietje: 3,
  vier: 4, viertje: 4, vijf: 5, vijfje: 5, zes: 6, zesje: 6, zeven: 7, zeventje: 7, zevennetje: 7,
  acht: 8, achtje: 8, negen: 9, negentje: 9, tien: 10, tientje: 10, elf: 11, twaalf: 12, honderd: 100,
  // English
  zero: 0, nil: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, hundred: 100,
};

/**
 * Words and short phrases with a clear, fixed meaning, mapped to a score the bot then asks to confirm.
 * Keys are lower case, without punctuation, hyphens replaced by a space.
 */
export const MOOD_WORDS: Readonly<Record<string, number>> = {
  // Dutch
  'heel slecht': 1, 'erg slecht': 1, 'zeer slecht': 1, 'heel erg slecht': 1, waardeloos: 1, vreselijk: 1,
  verschrikkelijk: 1, afschuwelijk: 1, rampzalig: 1, belabberd: 2, slecht: 2, beroerd: 2, rot: 2, klote: 2, ellendig: 2,
  'niet goed': 3, 'niet best': 3, 'niet zo best': 4, 'niet zo goed': 4, 'niet zo lekker': 4, 'niet lekker': 3,
  matig: 4, minder: 4, 'kan beter': 4, 'kon beter': 4, 'zo zo': 5, zozo: 5, 'gaat wel': 5, 'het gaat wel': 5,
  mwah: 5, mwa: 5, neutraal: 5, gemiddeld: 5, middelmatig: 5, 'niet slecht': 6, 'niet zo slecht': 6,
  'kan slechter': 6, voldoende: 6, redelijk: 6, 'redelijk goed': 6, oke: 6, 'oké': 6, okee: 6, 'okée': 6,
  prima: 7, goed: 7, 'wel goed': 7, 'best goed': 7, fijn: 7, lekker: 7, 'heel goed': 8, 'erg goed': 8,
  'zeer goed': 8, 'heel fijn': 8, 'heel erg goed': 9, 'super goed': 9, supergoed: 9, super: 9, top: 9,
  uitstekend: 9, geweldig: 9, fantastisch: 10, perfect: 10, uitmuntend: 10,
  // English
  terrible: 1, awful: 1, horrible: 1, dreadful: 1, 'very bad': 1, 'really bad': 1, bad: 2, poor: 3,
  'not good': 3, 'not so good': 4, 'not great': 4, 'not too good': 4, meh: 4, 'so so': 5, average: 5,
  'not bad': 6, alright: 6, 'all right': 6, ok: 6, okay: 6, decent: 6, fine: 7, good: 7, 'pretty good': 7,
  'quite good': 7, nice: 7, 'very good': 8, 'really good': 8, great: 9, excellent: 9, wonderful: 9,
  amazing: 10, fantastic: 10, brilliant: 9,
};

/** Emoji with a clear meaning; variation selectors and skin tones are removed before lookup. */
export const EMOJI_SCORES: Readonly<Record<string, number>> = {
  '😀': 9, '😃': 9, '😄': 9, '😁': 9, '🤩': 10, '😍': 9, '🥰': 9, '😊': 8, '🙂': 7, '😌': 7,
  '😐': 5, '😑': 5, '😕': 4, '🙁': 3, '☹': 3, '😟': 3, '😞': 3, '😔': 3, '😢': 2, '😥': 2, '😩': 2,
  '😭': 1, '👍': 7, '👎': 3, '💪': 8, '👌': 7,
};

/** Leading words that make a number approximate ("ongeveer 6", "een dikke 7", "about 8"); the parser tries longer phrases first. */
export const HEDGE_PREFIXES: readonly string[] = [
  'ongeveer', 'ong', 'rond de', 'rondom de', 'rondom', 'rond', "zo'n", 'zon', 'circa', 'ca', 'een dikke', 'dikke',
  'een ruime', 'ruime', 'een krappe', 'krappe', 'een kleine', 'bijna', 'ergens rond de', 'ergens rond', 'misschien',
  'ik denk', 'ik zou zeggen', 'zeg maar', 'pakweg', 'plusminus', 'zowat',
  'about', 'around', 'roughly', 'approximately', 'approx', 'maybe', 'perhaps', 'probably', 'i think', "i'd say", 'id say',
  'i would say', 'like', 'almost', 'nearly', 'a solid', 'a good', 'something like',
];

/** Trailing words that make a number approximate ("acht of zo", "8 or so"); "-ish" is handled by the grammar. */
export const HEDGE_SUFFIXES: readonly string[] = [
  'of zo', 'ofzo', 'ongeveer', 'zoiets', 'of zoiets', 'denk ik', 'misschien', 'geloof ik', 'of zo iets',
  'or so', 'or something', 'or something like that', 'i think', 'i guess', 'maybe', 'probably', 'roughly', 'about',
];

/** Leading and trailing words that carry no meaning for the score ("ik geef het een 7", "een 7 hoor"). */
export const NEUTRAL_PREFIXES: readonly string[] = [
  'ik geef het', 'ik geef mezelf', 'ik geef mijzelf', 'ik geef me', 'ik geef', 'ik kies', 'ik kies voor',
  'mijn cijfer is', 'mijn score is', 'cijfer', 'score', 'nou', 'ja', 'gewoon', 'eh', 'ehm', 'uhm', 'hmm',
  'i give it', "i'd give it", 'id give it', 'i would give it', 'i give myself', "i'd give myself", 'i give',
  'my score is', 'well', 'yes', 'uh', 'um',
];
export const NEUTRAL_SUFFIXES: readonly string[] = [
  'hoor', 'dan', 'denk', 'vandaag', 'eigenlijk', 'vind ik', 'punten', 'graag', 'today', 'points', 'please', 'i guess so',
];

/** Words around a mood word that do not change it ("het gaat goed hoor", "I feel fine today"). */
export const MOOD_FILLER_PREFIXES: readonly string[] = [
  'het gaat', 'gaat', 'het is', 'het voelt', 'voelt', 'ik voel me', 'ik voel mij', 'ik vind het', 'ik ben', 'ik denk',
  'eigenlijk', 'wel', 'gewoon', 'nou', 'ja', 'vrij', 'best',
  'i feel', 'feeling', "i'm", 'im', 'i am', "it's", 'its', 'it is', 'things are', 'quite', 'pretty', 'well', 'yes', 'i think',
];
export const MOOD_FILLER_SUFFIXES: readonly string[] = [
  'hoor', 'eigenlijk', 'vandaag', 'nu', 'op dit moment', 'momenteel', 'denk ik', 'met me', 'met mij', 'zo', 'wel',
  'dank je', 'dankjewel', 'bedankt', 'today', 'at the moment', 'right now', 'thanks', 'thank you', 'i think',
];

/** Words that make a mood word stronger ("heel goed", "really bad"). */
export const INTENSIFIERS: readonly string[] = [
  'heel erg', 'echt heel', 'heel', 'erg', 'zeer', 'echt', 'hartstikke', 'ontzettend', 'super', 'enorm',
  'very', 'really', 'so', 'extremely', 'totally', 'incredibly',
];

/** Words that turn a mood word around ("niet fijn", "not nice"). */
export const NEGATIONS: readonly string[] = ['niet zo', 'niet echt', 'niet', 'not so', 'not very', 'not really', 'not'];
