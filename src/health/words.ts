import type { Dimension } from './dimensions.js';

/**
 * The words, phrases and emoji that the score reader understands, as data.
 * Both languages are always understood: residents mix Dutch, Flemish and English freely.
 * Edit these tables to teach the bot a new word; `answers.ts` holds only the grammar.
 * Keys are lower case; a phrase is its words joined by one space ("'t gaat" is written "t gaat").
 */

/** "zeseneenhalf", "zesenhalf", "zesëneenhalf": a number word and a half written as one word. */
function halves(): Record<string, number> {
  const base: Record<string, number> = { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
  return Object.fromEntries(Object.entries(base).flatMap(([w, v]) => ['enhalf', 'eneenhalf', 'ënhalf', 'ëneenhalf']
    .map((tail): [string, number] => [`${w}${tail}`, v + 0.5])));
}

/**
 * "ik weet niet goed hoe die knopjes werken", "snap niet hoe dat werkt": not knowing how the buttons or the chat work, in Dutch, is about
 * the conversation, not "I cannot say".
 */
function notKnowingTheButtons(): Record<string, 'aside'> {
  const knowing = ['weet niet', 'weet niet goed', 'snap niet', 'snap niet goed', 'begrijp niet', 'begrijp niet goed', 'weet ni', 'weet nie'];
  const how = ['hoe die knopjes werken', 'hoe de knopjes werken', 'hoe die knoppen werken', 'hoe de knoppen werken', 'hoe dat werkt',
    'hoe het moet', 'hoe ik moet klikken', 'hoe dat moet', 'hoe dat klikken werkt', 'hoe dit moet'];
  return Object.fromEntries(knowing.flatMap((k) => how.map((h): [string, 'aside'] => [`${k} ${h}`, 'aside'])));
}

/**
 * "I don't know what to do", "don't know how this works", "I don't really know what I'm doing with my life": not knowing how the
 * conversation goes, or where one's life goes, said in any of its forms, is no "I cannot say".
 */
function notKnowingHow(): Record<string, 'aside'> {
  const tails = ['know what to do', 'know how this works', 'know how it works', 'know how to do this', "know what i'm doing", 'know what im doing',
    'know what i am doing'];
  return Object.fromEntries(['', "don't ", 'dont ', "i don't ", 'i dont ', 'i do not ']
    .flatMap((not) => ['', 'really '].flatMap((really) => tails.map((tail): [string, 'aside'] => [`${not}${really}${tail}`, 'aside']))));
}

/**
 * Subjects that are not the resident: a mood word about them ("mijn kat is ziek", "de lantaarnpaal is kapot", "het weer
 * is slecht") says nothing about how the resident is doing.
 */
export const NOT_SELF: readonly string[] = [
  'kat', 'poes', 'hond', 'hondje', 'konijn', 'vogel', 'paard', 'cat', 'dog', 'auto', 'fiets', 'scootmobiel',
  'lantaarnpaal', 'lamp', 'computer', 'laptop', 'telefoon', 'tv', 'televisie', 'wasmachine', 'verwarming', 'lift', 'deur',
  'buurt', 'straat', 'tuin', 'plant', 'planten', 'car', 'bike', 'phone', 'heating', 'weather', 'garden', 'street',
  'internet', 'wifi', 'app', 'website', 'bus', 'trein', 'train',
  // children and grandchildren as the subject ("my kids are doing great"): how they are, not the resident
  'kids', 'children', 'grandkids', 'grandchildren', 'kinderen', 'kleinkinderen',
];

/**
 * Parts of the body. A mood word about one ("mijn knie is kapot", "my hip is bad", "knee's acting up") says how that part is, not
 * how the resident is: read only after "mijn"/"my" or with "'s", so "back to normal" and "on the other hand" stay sayings (the heart
 * is left out: "my heart is happy" is the resident).
 */
export const BODY_PARTS: readonly string[] = [
  'knie', 'knieën', 'knieen', 'heup', 'heupen', 'rug', 'schouder', 'schouders', 'nek', 'enkel', 'enkels', 'voet', 'voeten', 'been',
  'benen', 'arm', 'armen', 'hand', 'handen', 'vingers', 'elleboog', 'pols', 'polsen', 'maag', 'buik', 'darmen', 'blaas', 'ogen', 'oog',
  'oren', 'gehoor', 'tanden', 'gebit', 'longen', 'teen', 'tenen', 'knee', 'knees', 'hip', 'hips', 'back', 'shoulder',
  'shoulders', 'neck', 'ankle', 'ankles', 'foot', 'feet', 'leg', 'legs', 'arms', 'hands', 'fingers', 'elbow', 'wrist', 'stomach', 'belly',
  'bladder', 'eyes', 'eye', 'ears', 'hearing', 'teeth', 'lungs', 'toe', 'toes',
];

/** Words that make the next word someone's own ("mijn knie", "my back"). */
export const POSSESSIVES: readonly string[] = ['mijn', "m'n", 'mn', 'mijne', 'me', 'my', "z'n", 'zijn', 'his', 'her', 'haar'];

/** Number words for 0..10 (with diminutives), plus 11, 12, 20 and 100 so they are read and refused as out of range. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // Dutch and Flemish
  nul: 0, nulletje: 0, 'één': 1, 'eén': 1, eentje: 1, twee: 2, tweetje: 2, drie: 3, drietje: 3,
  vier: 4, viertje: 4, vijf: 5, vijfje: 5, zes: 6, zesje: 6, zeven: 7, zeventje: 7, zevennetje: 7, zevenje: 7,
  acht: 8, achtje: 8, zessie: 6, negen: 9, negentje: 9, tien: 10, tientje: 10, elf: 11, twaalf: 12, twintig: 20, honderd: 100,
  // the teens and the tens, so that a mark over twenty and a share said in words are read ("veertien op twintig", "zeventig procent")
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
  ...halves(), anderhalf: 1.5, tweeënhalf: 2.5, tweeenhalf: 2.5, drieënhalf: 3.5, drieenhalf: 3.5, vierenhalf: 4.5, vijfenhalf: 5.5,
  zesenhalf: 6.5, zevenenhalf: 7.5, achtenhalf: 8.5, negenenhalf: 9.5,
  // English
  // German, for residents who count in the language they grew up with
  null: 0, eins: 1, zwei: 2, drei: 3, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10,
  zero: 0, nil: 0, nought: 0, naught: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Frisian number words ("fiif", "sân", "in seiske"): after them Frisian "in" is the article "een", not "in". */
export const FRISIAN_NUMBERS: Readonly<Record<string, number>> = {
  twa: 2, trije: 3, fjouwer: 4, fiif: 5, seis: 6, 'sân': 7, njoggen: 9, tsien: 10,
};

/** Words that only a Frisian answer has ("It giet net bêst mei my", "ik fiel my tige goed"). */
export const FRISIAN_WORDS: readonly string[] = ['bêst', 'tige', 'gjin', 'hiel', 'fiel', 'myn', 'wêze', 'noait', 'hjir', 'sûn', 'mei my'];
/**
 * Frisian words read as the Dutch word they are, in an answer written in Frisian only: "net" is "niet" there ("It giet net bêst" is "het gaat
 * niet best"), where in Dutch it is "just".
 */
export const FRISIAN_SPELLINGS: Readonly<Record<string, string>> = {
  net: 'niet', 'bêst': 'best', hiel: 'heel', tige: 'heel', gjin: 'geen', sa: 'zo', wol: 'wel', giet: 'gaat', it: 'het', fiel: 'voel',
  my: 'me', myn: 'mijn', 'sûn': 'gezond', mar: 'maar', noait: 'nooit', 'wêze': 'zijn',
};

/**
 * Limburg number words that are other Dutch words elsewhere ("ach" is a sigh, "veer" a feather or a ferry): read as the number only where
 * a score stands, as the last word of an answer written in Limburgish ("'t Geit good mit mich, ach", "Ich bin neet gelökkig, veer").
 */
export const LIMBURG_NUMBERS: Readonly<Record<string, string>> = { ach: 'acht', veer: 'vier' };
/** Words that only a Limburg answer has ("ich", "mich", "neet", "höb", "geit"). */
export const LIMBURG_WORDS: readonly string[] = ['ich', 'mich', 'neet', 'höb', 'geit', 'gelökkig', 'tevreeje'];

/**
 * Polish number words, for residents who count in the language they grew up with ("Dobrze, siedem"); words with another meaning in Dutch or
 * English, or in German ("jeden Tag"), are left out ("zero" is read already).
 */
export const POLISH_NUMBERS: Readonly<Record<string, number>> = {
  dwa: 2, trzy: 3, cztery: 4, 'pięć': 5, piec: 5, 'sześć': 6, szesc: 6, siedem: 7, osiem: 8, 'dziewięć': 9, dziewiec: 9,
  'dziesięć': 10, dziesiec: 10,
};

/**
 * French number words, for residents who count in French, as in Brussels ("Bien, sept", "ça va, huit"); "un" and "une" are articles elsewhere
 * and "six" is read already.
 */
export const FRENCH_NUMBERS: Readonly<Record<string, number>> = {
  'zéro': 0, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
};

/**
 * Flemish and Brabant forms of the number words ("ne zesse", "ne zevene", "nen achte", "zeuven"): words of their own, read as the
 * number outright and never taken for a slip.
 */
export const DIALECT_NUMBERS: Readonly<Record<string, number>> = {
  viere: 4, vijve: 5, zesse: 6, zevene: 7, zeuven: 7, zeuve: 7, achte: 8, negene: 9, tiene: 10,
  // Limburg ("twie", "zès", "aach", "nuuj") and the spelling of before 1947 ("zesch", "tweeëntwintig" aside), as older residents write
  twie: 2, 'zès': 6, aach: 8, nuuj: 9, nuje: 9, zesch: 6, zessch: 6,
  // Gronings and Twents ("vief", "vieve", "zeuvn"), and Frisian as residents of Friesland write it ("fiif", "sân", "njoggen", "tsien")
  vief: 5, vieve: 5, zeuvn: 7, ...FRISIAN_NUMBERS,
  // Gronings "twij", "drij", "vaaier" ("Mien vrouw is d'r nait meer. Twij.")
  twij: 2, drij: 3, vaaier: 4, vaier: 4,
  ...POLISH_NUMBERS, ...FRENCH_NUMBERS,
};

/**
 * Ordinals, read as the number only right after "een" or "a" at the end of a part ("een zeuvende ofzo", "a seventh"), and confirmed
 * first; "de zevende" is a date and "in de zevende hemel" a saying.
 */
export const ORDINALS: Readonly<Record<string, number>> = {
  tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, zeuvende: 7, achtste: 8, negende: 9, tiende: 10,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/**
 * Punctuation dictated by voice right after a number ("negen vraagteken", "body six period"): the mark it names. Alone or elsewhere the
 * words keep their meaning ("een groot vraagteken", "a period of rest"); Dutch "punt" after a number is a point scored ("7 punt").
 */
export const DICTATED_MARKS: Readonly<Record<string, string>> = {
  vraagteken: '?', uitroepteken: '!', komma: ',', 'dubbele punt': ':', 'question mark': '?', 'exclamation mark': '!',
  'exclamation point': '!', period: '.', 'full stop': '.', comma: ',', dot: '.', colon: ':',
};

/**
 * Chat words spelt with a digit ("gr8", "m8 its a 5", "w8 nee 8", "b4 it was bad", "2nite im a 4"): the word they spell, so their digit is
 * never taken for a score.
 */
export const CHAT_DIGIT_WORDS: Readonly<Record<string, string>> = {
  gr8: 'great', gr8t: 'great', m8: 'mate', m8s: 'mates', w8: 'wait', l8: 'late', l8r: 'later', str8: 'straight', h8: 'hate', b4: 'before',
  '2nite': 'tonight', '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow',
};

/**
 * "een" and "one" are a number only when they stand alone or before "op tien"/"out of ten";
 * elsewhere they are an article ("een 7") or a pronoun ("this one").
 */
export const ONE_WORDS: readonly string[] = ['een', 'one'];

/** Typing slips seen in chat, read as the number they nearly spell. Repeated letters ("zessss") are squeezed first. */
export const NUMBER_TYPOS: Readonly<Record<string, number>> = {
  twe: 2, trie: 3, fier: 4, vyf: 5, vijv: 5, fijf: 5, ses: 6, zeve: 7, zvn: 7, zevn: 7, zevne: 7,
  nege: 9, negn: 9, tein: 10, vjf: 5, sesje: 6,
  thre: 3, fuor: 4, fiev: 5, fve: 5, fiv: 5, sx: 6, sevn: 7, sevem: 7, seve: 7, eigth: 8, eigt: 8, eihgt: 8,
  nien: 9, nin: 9,
};

/** The Dutch, Flemish and English articles that may stand before a score ("een 7", "ne zeven", "n zesje", "a 7"). */
export const ARTICLES: readonly string[] = ['een', 'n', 'ne', 'nen', 'nen', 'un', 'de', 'a', 'an', 'the'];

/** Words between an article and a score that name it all the same ("een dikke 8", "ne mageren zes", "a solid 7"). */
export const SCORE_ADJECTIVES: readonly string[] = [
  'dikke', 'dik', 'ruime', 'ruim', 'krappe', 'krap', 'magere', 'mager', 'mageren', 'hoge', 'hoog', 'lage', 'laag',
  'vette', 'vet', 'goede', 'goeie', 'kleine', 'klein', 'stevige', 'stevig', 'schamele', 'nette', 'echte', 'zuivere',
  'solid', 'strong', 'low', 'high', 'good', 'weak', 'small', 'big', 'clear', 'perfect', 'round', 'firm', 'real',
];

/** Words just before a number that make it the resident's own score ("ik geef 8", "zet maar 6", "so 8", "body is 6"). */
export const SCORE_CUES: readonly string[] = [
  'geef', 'geven', 'geeft', 'zeg', 'zeggen', 'zou', 'kies', 'zet', 'zetten', 'noteer', 'noteren', 'schrijf', 'schrijft',
  'vul', 'typ', 'doe', 'pak', 'maak', 'maken', 'is', 'was', 'wordt', 'dus', 'cijfer', 'score', 'scoor', 'op', 'voel',
  'me', 'mij', 'mezelf', 'mijzelf', 'denk', 'gewoon', 'gwn', 'maar', 'nu', 'zit', 'kom', 'ongeveer', 'sowieso', 'sws',
  'give', 'gave', 'say', 'rate', 'put', 'enter', 'make', 'call', 'with', 'so', 'score', 'it', 'myself',
  'feel', 'like', 'about', 'around', 'just', 'now', 'maybe', 'eerlijk', 'honestly', 'lowkey', 'allee', 'awel', 'ja',
];

/** Words right before a bare number that make it something other than a score: a time, a count, an address, a year. */
export const NOT_SCORE_BEFORE: readonly string[] = [
  'om', 'half', 'top', 'kwart', 'over', 'nummer', 'nr', 'huisnummer', 'kamer', 'bus', 'lijn', 'tram',
  // a class, a stage, a level, a place: a label, not a score
  'groep', 'klas', 'klasse', 'fase', 'stadium', 'niveau', 'level', 'stage', 'seizoen', 'season', 'aflevering', 'episode',
  'tafel', 'spoor', 'platform', 'gate', 'zaal', 'verdieping', 'floor', 'etage', 'les', 'lesson', 'ronde',
  'vraag', 'vragen', 'sinds', 'sedert', 'in', 'geboren', 'per', 'elke', 'iedere', 'heb', 'hebben', 'heeft', 'had',
  'mijn', 'mn', 'm\'n', 'met', 'z\'n', 'na', 'binnen', 'slaap', 'sliep', 'loop', 'liep', 'blz',
  'pagina', 'hoofdstuk', 'stap', 'versie', 'week', 'dag', 'maand', 'jaar', 'euro', 'eur',
  'at', 'by', 'past', 'to', 'till', 'until', 'number', 'no', 'room', 'flat', 'question', 'since', 'born', 'every', 'each',
  'have', 'has', 'had', 'aged', 'age', 'my', 'after', 'within', 'slept', 'sleep',
  'walked', 'walk', 'page', 'step', 'version', 'chapter', 'bus', 'route', 'line', 'for', 'in',
  // a bed, a ward, a size, a height ("bed 4", "afdeling 3", "size 8", "5 foot 4")
  'bed', 'afdeling', 'maat', 'size', 'ward', 'foot', 'feet', 'ft',
  // a month before its day ("May 5", "June 3rd")
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Endings of a street name before its house number ("Kerkstraat 4", "Church Road 12"), or the word itself. */
export const STREET_ENDINGS: readonly string[] = [
  'straat', 'laan', 'weg', 'plein', 'kade', 'gracht', 'singel', 'dreef', 'dijk', 'steeg', 'markt', 'street', 'road', 'lane', 'avenue',
];

/** Words before a score (skipping "een", "op", "to") that make it a wish, not the score now ("ik wil naar een 8", "hope for an 8"). */
export const GOAL_BEFORE: readonly string[] = [
  'naar', 'hoop', 'hopen', 'hopelijk', 'wens', 'bereiken', 'doel', 'streef', 'streven', 'worden', 'halen',
  'hope', 'hoping', 'hopefully', 'reach', 'goal', 'target', 'aim', 'wish', 'get', 'back', 'terug',
];

/** Words right after a number that make it a time, a duration, a count, an amount or a date ("7 uur", "2 kinderen", "4 mei"). */
export const NOT_SCORE_AFTER: readonly string[] = [
  'uur', 'uurtjes', 'uurtje', 'u', 'h', 'minuten', 'minuut', 'kwartier', 'seconden', 'dagen', 'dag', 'weken',
  'week', 'maanden', 'maand', 'jaar', 'jaren', 'jarig', 'keer', 'maal', 'x', 'km', 'kilometer', 'kilometers', 'k',
  'meter', 'kilo', 'kg', 'gram', 'pond', 'euro', 'eur', 'cent', 'procent', 'kinderen', 'kleinkinderen', 'kids',
  'kind', 'kleinkind', 'jongens', 'meisjes', 'zonen', 'dochters', 'broers', 'zussen', 'mensen', 'personen', 'vrienden',
  'katten', 'honden', 'medicijnen', 'pillen', 'tabletten', 'pilletjes', 'operaties', 'operatie', 'nier', 'nieren',
  'knieën', 'knieen', 'heupen', 'tanden', 'kopjes', 'koppen', 'glazen', 'flessen', 'sigaretten', 'stappen', 'trappen',
  'treden', 'etages', 'kamers', 'huizen', 'keren', 'nachten', 'nacht', 'ochtenden', 'avonden', 'afspraken', 'afspraak',
  'kwartjes', 'graden', 'liter', 'dosis', 'mg', 'ml', 'pagina', 'paginas', 'vragen', 'vraag',
  'hours', 'hour', 'hrs', 'hr', 'minutes', 'mins', 'days', 'day', 'weeks', 'months', 'month', 'years', 'year', 'yrs',
  'times', 'miles', 'mile', 'kilos', 'pounds', 'lbs', 'stone', 'dollars', 'bucks', 'quid', 'percent', 'children', 'grandchildren',
  'foot', 'feet', 'ft', 'inch', 'inches',
  'grandkids', 'kid', 'child', 'sons', 'daughters', 'brothers', 'sisters', 'people', 'friends', 'cats', 'dogs', 'pills',
  'tablets', 'meds', 'medicines', 'operations', 'surgeries', 'kidney', 'knees', 'hips', 'teeth', 'cups', 'glasses',
  'cigarettes', 'steps', 'stairs', 'floors', 'rooms', 'nights', 'night', 'mornings', 'appointments', 'degrees',
  'am', 'pm', 'oclock', "o'clock", 'moment', 'momentje', 'momentjes', 'sec', 'seconde', 'secondje', 'tel', 'secs',
  'seconds', 'second', 'mins', 'minute', 'moments', 'kwartiertje', 'weekjes', 'dagjes', 'jaartjes',
  // more things counted: drinks, medicine, care, people and animals, sessions
  'koffie', 'koffies', 'biertjes', 'beers', 'drinks', 'glaasjes', 'borrels', 'wijntjes', 'slaappillen', 'pijnstillers',
  'painkillers', 'paracetamol', 'paracetamols', 'ibuprofen', 'puffs', 'pufjes', 'injecties', 'spuitjes', 'prikken', 'jabs',
  'shots', 'achterkleinkinderen', 'kleinzonen', 'kleindochters', 'neven', 'nichten', 'nephews', 'nieces', 'buren',
  'neighbours', 'neighbors', 'collega\'s', 'colleagues', 'huisdieren', 'pets', 'vogels', 'birds', 'konijnen', 'rabbits',
  'paarden', 'horses', 'kippen', 'chickens', 'wandelingen', 'walks', 'rondjes', 'laps', 'pogingen', 'tries', 'attempts',
  'vergaderingen', 'meetings', 'calls', 'telefoontjes', 'berichten', 'messages', 'mails', 'emails', 'boeken', 'books',
  'shifts', 'diensten', 'nachtdiensten', 'klanten', 'clients', 'patients', 'uren', 'cm', 'mm', 'decennia', 'decades',
  'valpartijen', 'falls', 'opnames', 'admissions', 'scans', 'behandelingen', 'treatments', 'sessies', 'sessions',
  'kuren', 'chemokuren', 'bestralingen', 'therapies', 'therapieën', 'verdiepingen',
  // a floor ("ik woon 3 hoog", "op 4 hoog"): where one lives, not how it goes
  'hoog',
  // groups of people in a share ("9 out of 10 doctors", "7 op de 10 ouderen")
  'doctors', 'artsen', 'dokters', 'ouderen', 'elderly', 'bewoners', 'residents', 'women', 'men', 'vrouwen', 'mannen', 'adults',
  'volwassenen', 'nurses', 'verpleegkundigen', 'seniors', 'senioren', 'pensioners', 'gepensioneerden', 'persons', 'gevallen', 'cases',
  // months
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
  'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
];

/** Words right after a bare number that still leave it the answer ("7 want ...", "4 helaas", "9 hoor", "7 en jij?"). */
export const SCORE_FOLLOWERS: readonly string[] = [
  'want', 'omdat', 'sinds', 'sedert', 'since', 'helaas', 'á', 'ochtends', 'morgens', 'middags', 'avonds', 'nachts', 'mornings', 'evenings',
  'afternoons', 'nights', 'thuis', 'buiten', 'binnen', 'home', 'outside', 'hoor', 'denk', 'geloof', 'ik', 'punt', 'punten', 'en', 'of', 'à', 'a', 'tot', 'jij',
  'u', 'vandaag', 'nu', 'maar', 'dus', 'eigenlijk', 'eig', 'zou', 'voor', 'van', 'op', 'uit', 'wel', 'zo', 'dan',
  'hier', 'hoor', 'gemiddeld', 'redelijk', 'heel', 'erg', 'echt', 'zeker', 'momenteel', 'ongeveer', 'misschien',
  'ofzo', 'zoiets', 'ni', 'niet', 'nie', 'meer', 'mevrouw', 'meneer', 'dank', 'bedankt', 'srry', 'sorry', 'sry', 'sorrie',
  'lol', 'haha', 'xx', 'xxx', 'x', 'jongens', 'hè', 'he', 'toch', 'nee', 'neen', 'ja', 'zeg', 'met', 'vind', 'met',
  'because', 'cause', 'cuz', 'bc', 'bcs', 'bcuz', 'bcoz', 'becuz', 'coz', 'cos', 'cus', 'omda', 'since', 'as', 'and', 'or', 'to', 'i', 'you', 'today', 'now', 'but', 'so', 'ig', 'tbh', 'ngl',
  'imo', 'thanks', 'thank', 'cheers', 'please', 'points', 'out', 'of', 'maybe', 'probably', 'honestly', 'really',
  'depending', 'on', 'overall', 'at', 'the', 'moment', 'for', 'from', 'me', 'sadly', 'unfortunately', 'lah', 'dear', 'range',
  // a condition or a form of address after the number ("8 if I'm honest", "9 bro", "10 broer", "8 madam", "8 po")
  'if', 'als', 'bro', 'bruh', 'dude', 'mate', 'joh', 'meid', 'schat', 'broer', 'broertje', 'zus', 'zuster', 'neef', 'gast',
  'madam', 'maam', "ma'am", 'sir', 'miss', 'mam', 'lieverd', 'schatje', 'habibi', 'habibti', 'yaar', 'ji', 'bhai', 'po', 'opo', 'kuya',
  'abi', 'abla', 'kanka', 'akhi', 'sahbi', 'khoya',
  // an oath after the number ("10 wollah", "2 of 3 wallah"): it swears to the number, it counts nothing
  'wollah', 'wallah', 'wallahi', 'walla', 'vallah', 'billah',
  // "or" in the languages residents grew up with ("5 ou 6", "3 o 4", "8 ya da 9", "7 oder 8", "6 ili 7"): two candidates
  'ou', 'o', 'ya', 'veya', 'yoksa', 'oder', 'ili', 'lub', 'albo', 'sau', 'oa', 'aw',
  // politeness after the number ("7 graag", "7 pls")
  'graag', 'pls', 'plz', 'aub', 'svp', 'alsjeblieft', 'alstublieft', 'ajb', 'thx', 'ty', 'thnx', 'dankjewel', 'dankuwel', 'merci',
  // a laugh, a "for real" or an "of course" after the number, and the word for it ("haha 10 natuurlijk", "8 fr", "I say 4 number")
  'natuurlijk', 'tuurlijk', 'uiteraard', 'fr', 'frfr', 'deffo', 'def', 'obviously', 'duh', 'lmao', 'hihi', 'hehe', 'tho', 'though',
  'anyway', 'anyways', 'serieus', 'seriously', 'number', 'cijfer', 'cijfertje', 'score', 'mark', 'definitely', 'defo', 'easily',
  'surely', 'certainly', 'absolutely', 'totally', 'clearly', 'tbf', 'innit', 'ofc', 'obv', 'obvs', 'sowieso', 'sws', 'zeker', 'absoluut',
  'hoor', 'echt', 'gewoon', 'hè', 'hé',
  // the number said to feel or sound right ("4 feels right", "een 6 voelt goed", "7 sounds about right", "8 lijkt me wel")
  'feels', 'feel', 'voelt', 'sounds', 'klinkt', 'seems', 'lijkt',
  // chat shorthand for "in any case", "indeed", "at the moment" after the number ("Thx, 6 iig", "7 atm", "5 imho")
  'iig', 'ieg', 'idd', 'inderdaad', 'imho', 'atm', 'rn',
  // a Flemish tag after the number ("5 se", "7 zenne", "8 zunne", "6 allee"): it stresses the number, it counts nothing
  'se', 'zè', 'zenne', 'zunne', 'allee', 'allez', 'amai',
  // another number put in its place ("6 instead of 5", "een 3 ipv 4")
  'instead', 'rather', 'ipv', 'inplaats',
  // Dutch puts the verb after the number ("ff 7 invullen", "een 7 geven")
  'invullen', 'noteren', 'opschrijven', 'geven', 'zetten', 'doen',
];

/**
 * Phrases with a role in a sentence. Each key is a phrase of one or more words; the reader takes the longest phrase
 * at each position. A number is a mood score, confirmed with the resident before it is stored.
 */
export type PhraseMeaning =
  | number
  | 'unsure' // the resident says they cannot say
  | 'hedge' // the number that goes with it is a guess ("ongeveer", "of zo", "about")
  | 'past' // what follows in the same part of the sentence is about another time ("vroeger", "yesterday")
  | 'now' // starts the part that counts ("nu", "vandaag", "today")
  | 'overall' // starts the part about the resident as a whole ("de rest", "verder", "otherwise"): its number wins over a part's
  | 'reason' // starts a part of its own that explains the answer ("want", "omdat", "because"): its time words stay in it
  | 'correction' // what came before it no longer counts ("nee", "of toch", "actually")
  | 'other' // the number in this part is someone else's ("mijn man zegt", "my wife")
  | 'question' // a question word at the start of a part ("wat", "waarom", "what")
  | 'negation' // turns a mood word around ("niet", "not")
  | 'intensifier' // makes a mood word stronger ("heel", "wreed", "really")
  | 'topic' // the number in this part measures something else ("huisnummer", "bloeddruk", "voor wiskunde")
  | 'aside' // about the conversation, not the resident ("fijn dat jullie dit doen"): its mood word does not count
  | 'softener' // sits between a negation and a mood word without changing it ("zo", "echt", "too", "it's")
  | 'booster' // makes a mood word much stronger ("bijzonder", "exceptionally")
  | 'diminisher' // moves a mood word toward the middle, never past it ("een beetje", "a bit")
  | 'moderator' // takes the edge off an end of the scale, not off a word nearer the middle ("pretty awful" 2, "pretty bad" stays 3)
  | 'superlative' // makes a mood word the most there is ("nog nooit zo goed", "never felt so bad")
  | 'opinion' // says the number is the resident's view, without making it a guess ("ik denk", "I think")
  | 'agree' // the resident takes someone else's number as their own ("en ik ben het ermee eens", "I agree")
  | 'relay' // someone types for the resident ("mijn kleindochter typt dit voor mij"): the number they pass on is the resident's
  | 'instruction' // what follows is the resident's decision, stored as said ("doe maar", "rond af op", "put me down for")
  | 'unasked' // the part is about an area not asked now ("daar vroeg je niet naar", "je vraagt later naar gevoel", "don't ask")
  | 'when' // another time of the year or a stretch before now ("in de zomer", "afgelopen maand"): yields to a number said to be now
  | 'said' // a number the resident said before ("ik zei 8", "I said 8"): yields to a number said after it
  | 'compared'; // compared with a score not said here ("half zo goed als vroeger", "twice as good"): nothing to offer

const MOOD: Readonly<Record<string, number>> = {
  ...goingHard(),
  // Dutch: plain words
  'heel slecht': 1, 'heel erg slecht': 1, 'echt slecht': 1, 'erg slecht': 1, 'zeer slecht': 1, 'super slecht': 1, waardeloos: 1, vreselijk: 1,
  verschrikkelijk: 1, afschuwelijk: 1, rampzalig: 1, dramatisch: 2, belabberd: 2, slecht: 3, slechtjes: 3,
  beroerd: 2, rot: 2, klote: 2, kut: 2, ellendig: 2, kapot: 2, bagger: 2, 'niet goed': 3, 'niet best': 4,
  'niet zo best': 4, 'niet zo goed': 4, 'niet zo lekker': 4, 'niet lekker': 3, 'niet helemaal lekker': 4, 'niet zo geweldig': 4, matig: 5,
  matigjes: 4, minder: 4, 'kan beter': 5, 'kon beter': 5, 'zo zo': 5, zozo: 5, 'gaat wel': 5, mwah: 5, mwa: 5,
  mwoah: 5, neutraal: 5, 'precies goed': 8, gemiddeld: 5, middelmatig: 5, 'niet slecht': 6, 'niet zo slecht': 6, 'helemaal niet slecht': 7, 'helemaal niet verkeerd': 7, 'gaat wl': 5, 'kan slechter': 6,
  'kon slechter': 6, redelijk: 6, 'redelijk goed': 7, oke: 6, 'oké': 6, okee: 6, 'okée': 6, ok: 6, okay: 6, oki: 6,
  prima: 7, goed: 7, goe: 7, goeie: 7, 'wel goed': 7, 'best goed': 7, fijn: 7, lekker: 7, tevreden: 7, content: 7,
  chill: 7, chil: 7, kits: 7, 'in orde': 7, 'heel goed': 8, 'erg goed': 8, 'zeer goed': 9, 'heel fijn': 8,
  'heel erg goed': 9, 'super goed': 9, supergoed: 9, super: 9, top: 9, toppie: 9, uitstekend: 9, geweldig: 9,
  zalig: 9, heerlijk: 8, kiplekker: 9, fantastisch: 10, perfect: 10, uitmuntend: 10, subliem: 10,
  gezond: 7, fit: 7, sterk: 7, blij: 7, vrolijk: 7, gelukkig: 8, verliefd: 9, smoorverliefd: 9, 'in love': 9, ongelukkig: 3, ongezond: 3, ontevreden: 3,
  onprettig: 4, onaardig: 4, onverdienstelijk: 4, moe: 4, doodmoe: 2, uitgeput: 2, brak: 4,
  gammel: 4, wankel: 4, ziek: 3, ziekjes: 3, pijn: 3, pijnlijk: 3, painful: 3, 'not well': 3, 'not very well': 4,
  // Dutch: school grades
  onvoldoende: 4, 'bijna voldoende': 5, 'net niet voldoende': 5, 'net onvoldoende': 5, 'krap onvoldoende': 5, voldoende: 6, 'net voldoende': 6, 'ruim voldoende': 7,
  'een voldoende': 6, 'een onvoldoende': 4, 'dikke onvoldoende': 3, 'zwaar onvoldoende': 3,
  // Dutch and Flemish: everyday sayings
  'het gaat voor geen meter': 2, 'voor geen meter': 2, 'op mijn laatste benen': 3, 'op m\'n laatste benen': 3,
  'laatste benen': 3, 'een wrak': 2, wrak: 2,
  // running on fumes: a 3, which every corpus accepts ("ik loop op mijn tandvlees")
  'op mijn tandvlees': 3, 'op m\'n tandvlees': 3, tandvlees: 3,
  'accu is leeg': 3, 'batterij is leeg': 3, 'laat me in de steek': 3, 'laat mij in de steek': 3, 'ik ben op': 3,
  'ben op': 3, 'op van de zenuwen': 2, 'door het dak': 9, 'in de put': 2, 'zit in de put': 2, 'zwaar': 3,
  'benen willen niet meer': 4, 'willen niet meer zo': 4, 'om over naar huis te schrijven': 8,
  'niet om over naar huis te schrijven': 4, 'het is niet alles': 5, 'niet alles': 5, 'met vallen en opstaan': 5,
  'vallen en opstaan': 5, 'het gaat': 6, 't gaat': 6, 'het gaat wel': 5, 't gaat wel': 5, 'op en neer': 5, 't gaat ermee': 5, 'gaat ermee': 5, 'het gaat ermee': 5,
  't is in orde': 7, 'goed gezind': 7, 'mag niet mopperen': 7, 'mag niet klagen': 7, 'kan niet klagen': 7,
  'niet klagen': 7, 'niet mopperen': 7, 'alles kits': 8, 'dik in orde': 8, 'dik ok': 8, 'loopt als een trein': 8,
  'als een trein': 8, 'als een vis in het water': 8, 'als een zonnetje': 8, 'fit als een hoentje': 9,
  'geen centje pijn': 8, 'gezond als een vis': 9, 'helemaal de oude': 8, 'beter kan haast niet': 9,
  'beter kan niet': 10, 'kan niet beter': 10, 'pico bello': 9, picobello: 9, 'goed zo': 7, 'niet gek': 6,
  'niet verkeerd': 6, 'valt mee': 6, 'het valt mee': 6, 'valt wel mee': 6, 'valt tegen': 4, 'het valt tegen': 4,
  'geen klagen': 7, 'in de bloei van mijn leven': 9, 'zo fit als een hoentje': 9, 'op rolletjes': 8,
  'gaat op rolletjes': 8, 'zit goed in mijn vel': 8, 'goed in mijn vel': 8, 'lekker in mijn vel': 8,
  'niet lekker in mijn vel': 3, 'slecht in mijn vel': 2, 'kan er mee door': 6, 'kan ermee door': 6, 'gaat zijn gangetje': 6,
  'zijn gangetje': 6, 'niks aan de hand': 8, 'niets aan de hand': 8, 'geen klachten': 8, 'niet te klagen': 7,
  'ik sukkel wat': 4, 'sukkelen': 4, 'kwakkelen': 4, 'kwakkel': 4, 'ben kapot': 2, 'ben gesloopt': 3, gesloopt: 3,
  doodop: 2, 'naar de knoppen': 2, 'uit het lood': 3, 'uit balans': 4, 'ups en downs': 5,
  'wreed goed': 8, 'nie slecht': 6, 'ni slecht': 6, 'amai goed': 8, 'sjiek': 8, 'tiptop': 9, 'tip top': 9,
  'bergop': 6, 'bergaf': 4, 'gaat bergop': 6, 'gaat bergaf': 3, bergopwaarts: 6, bergafwaarts: 3, 'gaat bergopwaarts': 6,
  'gaat bergafwaarts': 3, voldaan: 7, 'moe maar voldaan': 7, 'de kop boven water': 5, 'kop boven water': 5, 'hoofd boven water': 5,
  'het houdt niet over': 4, 'houdt niet over': 4, 'als een speer': 8, 'niks te klagen': 7, 'niets te klagen': 7,
  'nergens last van': 8, 'zit wel snor': 7, 'zit snor': 7, kerngezond: 9, 'beter dan ooit': 9, 'zit er doorheen': 2,
  'zit erdoor': 2, 'spoor bijster': 3, hondsberoerd: 1, doodziek: 1, 'geen kant op': 3, 'zit me niet mee': 4,
  'zit niet mee': 4, 'op mijn tenen': 4, 'op m\'n tenen': 4, 'is op': 2, 'helemaal op': 2, 'op het randje': 3,
  'loop op mijn tandvlees': 3, 'aan de grond': 2, 'in de lappenmand': 3, lappenmand: 3, 'niet fris': 4,
  'niet fit': 4, 'goed bezig': 7, 'gaat lekker': 7, 'lekker bezig': 7, 'als herboren': 9, 'in topvorm': 9,
  'top vorm': 9, topvorm: 9, 'zo fris als een hoentje': 9, 'fris als een hoentje': 9, 'kan de wereld aan': 9,
  'op en top': 9, 'in de war': 3, 'ten einde raad': 1, 'het water staat me aan de lippen': 2,
  'aan de lippen': 2, 'gaat de goede kant op': 7, 'de goede kant op': 7, 'gaat vooruit': 7, 'gaat achteruit': 3,
  'op zijn gat': 2, 'uitgeteld': 2, 'gebroken': 2, 'vermoeid': 4, 'gestrest': 4, 'somber': 3, 'down': 3,
  'neerslachtig': 3, 'eenzaam': 3, 'energiek': 8, 'fitter dan ooit': 9, 'uitgerust': 7, 'ontspannen': 7,
  'hele wereld aan': 9, 'de wereld aan': 9, 'in een dip': 3, dip: 3, 'werkt niet mee': 4, 'werkt niet meer mee': 3,
  'gaat niet meer': 2, 'het gaat niet meer': 2, 'het gaat niet': 2, 'gaat niet': 2, 'het gaat niet slecht': 6,
  'gaat niet slecht': 6, 'het gaat niet goed': 3, 'gaat niet goed': 3, 'het gaat niet zo goed': 4, 'gaat niet zo goed': 4,
  'het gaat niet zo slecht': 6, 'het gaat niet best': 4, 'het gaat niet zo best': 4, 'het gaat niet lekker': 3,
  'het gaat niet zo lekker': 4, 'gaat niet zo lekker': 4, 'het gaat niet echt goed': 4, 'gaat niet echt goed': 4, 'niet de beste': 4, 'ça va': 6, 'ca va': 6, 'nooit beter gevoeld': 10, 'nooit beter geweest': 10, 'nog nooit beter geweest': 10, 'zit er helemaal doorheen': 2, 'zit helemaal stuk': 2, 'gelijk een vod': 2, 'als een vod': 2, 'full marks': 10, 'top marks': 10, 'volle punten': 10,
  'slaap slecht': 3, 'voel me alleen': 3, 'voel mij alleen': 3, pieker: 4, piekeren: 4, 'goed leven': 8,
  'kan alles nog': 8, 'kan nog alles': 8, "z'n gangetje": 6, 'matig tot slecht': 3, 'matig tot goed': 5, 'redelijk tot goed': 7,
  'rustig': 7, onrustig: 4, 'stabiel': 6,
  // Dutch and Flemish: more sayings, good
  'in de wolken': 9, 'in de zevende hemel': 10, 'naar mijn zin': 7, 'reuze naar mijn zin': 8, 'prima naar mijn zin': 8,
  'blij als een kind': 9, 'in kannen en kruiken': 8, 'kannen en kruiken': 8, 'geen vuiltje aan de lucht': 8,
  'loopt gesmeerd': 8, gesmeerd: 8, 'loopt op rolletjes': 8, plezant: 8, marcheert: 7, 'het marcheert': 7, gezellig: 7,
  gunstig: 7, 'zal wel gaan': 5, 'het zal wel gaan': 5, honderdprocent: 10,
  // sayings by meaning: without money, weak as a rag, lost one's bearings, in trouble, going through the motions, no zest for anything,
  // feeling at home among others, life being sweet ("geen cent te makken", "slap als een vaatdoek", "de pedalen kwijt", "in de knoei",
  // "gene goesting meer", "part of the furniture", "life's a peach")
  'geen cent te makken': 2, 'geen rooie cent': 2, 'geen cent meer': 2, blut: 2, platzak: 2, 'stone broke': 2, 'flat broke': 2, skint: 3,
  'slap als een vaatdoek': 3, 'als een vaatdoek': 3, 'weak as a kitten': 3, 'de pedalen kwijt': 3, 'pedalen kwijt': 3, 'het noorden kwijt': 3,
  'de kluts kwijt': 3, 'kluts kwijt': 3, 'in de knoei': 3, 'in de problemen': 3, 'in de shit': 2, 'going through the motions': 4,
  'through the motions': 4, 'gene goesting': 3, 'geen goesting': 3, 'geen zin meer in niks': 2, 'geen zin meer in niets': 2,
  'gene goesting meer in niks': 2, 'geen goesting meer in niks': 2, 'part of the furniture': 8, 'feel right at home': 8,
  'voel me er thuis': 8, 'voel me thuis': 8, "life's a peach": 8, 'life is a peach': 8, 'living the life': 8,
  // the ends of the scale, named
  'het maximum': 10, 'the max': 10, 'the maximum': 10, 'het hoogste': 10, 'de hoogste': 10, 'the highest': 10, 'the top score': 10,
  'het minimum': 0, 'the minimum': 0, 'het laagste': 0, 'de laagste': 0, 'the lowest': 0, 'the bottom score': 0,
  // sleep, tiredness, coping and misery, by meaning
  'slaap als een roos': 9, 'als een roos': 9, 'als een blok': 9, 'als een os': 9, 'als een marmot': 9, 'like a baby': 9, 'like a log': 9,
  'like a rock': 9, 'geen oog dicht': 1, 'oog niet dichtgedaan': 1, 'lig te woelen': 3, 'wakker gelegen': 3,
  'tossing and turning': 3, "didn't sleep a wink": 1, 'not a wink': 1, 'dead on my feet': 2, 'dead tired': 2, 'dog tired': 3,
  'dead beat': 2, bekaf: 2, 'staande houden': 5, 'houden ons staande': 5, 'hou me staande': 5, 'houd me staande': 5,
  'hou mij staande': 5, 'keeping afloat': 5, 'staying afloat': 5, 'kommer en kwel': 2, 'een hel': 1, 'a living hell': 1,
  managing: 5, coping: 5, 'just about managing': 4, 'just about coping': 4, 'not coping': 3, 'not managing': 3, "can't cope": 2,
  'cannot cope': 2, 'red me wel': 6, 'ik red me wel': 6, 'ik red me': 5,
  // not managing and doing nothing, so that "It's not that I can't manage" and "Het is niet zo dat ik niks doe" are the litotes they are
  "can't manage": 3, 'cant manage': 3, 'cannot manage': 3, 'doe niets': 3, 'niets doe': 3, 'do nothing': 3, "don't do anything": 3,
  'sleep me door': 3, 'sleep mezelf door': 3, 'sleep me erdoor': 3, 'sleep me er doorheen': 3, 'sleep me door de dag': 3,
  'dragging myself through': 3, 'drag myself through': 3, 'dragging myself': 3, 'dragging through': 3,
  'een drama': 2, 'een ramp': 2, 'een regelrechte ramp': 1, 'een catastrofe': 1, 'a disaster': 2, 'a total disaster': 1,
  'a catastrophe': 1, 'een puinhoop': 2,
  // the middle of the scale said in words, and low said twice ("in de middenmoot", "iets boven het midden", "laag, heel laag")
  middenmoot: 5, 'in de middenmoot': 5, 'het midden': 5, 'in het midden': 5, 'ergens in het midden': 5, 'the middle': 5,
  'in the middle': 5, 'in the middle somewhere': 5, 'boven het midden': 6, 'iets boven het midden': 6, 'net boven het midden': 6,
  'onder het midden': 4, 'iets onder het midden': 4, 'net onder het midden': 4, 'above the middle': 6, 'just above the middle': 6,
  'below the middle': 4, 'just below the middle': 4, 'above average': 6, 'below average': 4, bovengemiddeld: 6, ondergemiddeld: 4,
  'boven gemiddeld': 6, 'onder gemiddeld': 4, laag: 3, 'aan de lage kant': 4, 'aan de hoge kant': 7, 'on the low side': 4,
  'on the high side': 7, 'middle of the scale': 5, 'midden van de schaal': 5, halverwege: 5, halfway: 5, 'upper half': 7,
  'top half': 7, 'bovenste helft': 7, 'lower half': 3, 'bottom half': 3, 'onderste helft': 3, bovenin: 8, onderin: 2,
  // as good or as bad as it can nearly be
  'beter kan bijna niet': 9, 'kan bijna niet beter': 9, 'kan haast niet beter': 9, 'beter kan amper': 9, 'beter kan nauwelijks': 9,
  'could hardly be better': 9, "couldn't be much better": 9, 'couldnt be much better': 9, 'can hardly be better': 9,
  'slechter kan bijna niet': 1, 'kan bijna niet slechter': 1, 'erger kan bijna niet': 1, 'could hardly be worse': 1,
  "couldn't be much worse": 1, 'couldnt be much worse': 1, 'kon niet beter': 10, 'beter kon niet': 10, 'kon bijna niet beter': 9,
  'kon haast niet beter': 9, "can't get any better": 10, "couldn't get any better": 10, 'can hardly get better': 9,
  'could hardly get better': 9, 'kon niet slechter': 1, 'kon niet erger': 1,
  // strong words for bad and good, in both languages
  dire: 2, grim: 2, bleak: 3, appalling: 1, ghastly: 1, horrendous: 1, atrocious: 1, abysmal: 1, shite: 2, ellende: 2, treurig: 3,
  droevig: 3, hopeloos: 2, abominabel: 1, 'bar slecht': 1, 'bar en boos': 2, stellar: 9, splendid: 9, marvellous: 9, marvelous: 9,
  terrific: 9, prachtig: 9, schitterend: 9, magnifiek: 9, formidabel: 9,
  // having a hard time is a mood, not "hard to say" ("Ik heb het moeilijk gehad, maar nu ne zes")
  'heb het moeilijk': 3, 'heb het zwaar': 3, 'het moeilijk hebben': 3, 'het zwaar hebben': 3, 'heb het moeilijk gehad': 4,
  'heb het zwaar gehad': 4, 'had het moeilijk': 4, 'had het zwaar': 4, 'heb het erg moeilijk': 2, 'heb het heel moeilijk': 2,
  // without a worry, so that "niet zonder zorgen" is the worry ("zonder pijn" is left out: "zonder pijn kan ik niet lopen")
  'zonder zorgen': 8, zorgeloos: 8, 'zonder kopzorgen': 8, pijnvrij: 8, 'zonder klachten': 8,
  carefree: 8, 'without a care': 8, 'without worries': 8, 'pain free': 8, 'maak me zorgen': 4,
  'maak me veel zorgen': 3, bezorgd: 4, worried: 4,
  'a nightmare': 2, 'een nachtmerrie': 2,
  'out like a light': 9, 'slept like a log': 9, afgepeigerd: 2, uitgeblust: 2, 'op apegapen': 2, 'wiped out': 2, shattered: 2,
  'running on fumes': 2, 'rock bottom': 1, 'at rock bottom': 1, dieptepunt: 2, 'the pits': 2, 'aan een zijden draadje': 2,
  'hanging by a thread': 2, 'barely coping': 3, 'barely hanging on': 3, 'einde van mijn latijn': 2, puinhoop: 2, 'a mess': 2,
  'in mijn element': 9, 'in my element': 9, thriving: 9, 'on a roll': 8, stralend: 9, 'happy as a clam': 9, 'happy as larry': 9,
  'niks bijzonders': 5, 'niets bijzonders': 5, 'nothing special': 5, 'zoals altijd': 5, 'same as always': 5, 'same old': 5,
  doorsnee: 5, 'middle of the road': 5, 'comme ci comme ça': 5, 'comme ci comme ca': 5,
  // the best and the worst, so that "not the worst, not the best" is the middle
  'the best': 9, 'the worst': 1, 'best ever': 10, 'worst ever': 1, 'nooit zo goed gevoeld': 10, 'nooit zo slecht gevoeld': 1,
  'kan niet slechter': 1, 'slechter kan niet': 1, 'kan niet erger': 1, 'erger kan niet': 1, "couldn't be worse": 1,
  'could not be worse': 1, 'couldnt be worse': 1, "can't get any worse": 1,
  // hard times, Flemish and English
  ambetant: 4, 'zware periode': 3, 'zware tijd': 3, 'moeilijke periode': 3, 'moeilijke tijd': 3, 'rough patch': 3,
  'a rough patch': 3, 'hard time': 3, 'tough time': 3, 'a tough time': 3, 'zit er door': 2, 'zit er helemaal door': 2,
  'het beu': 3, beu: 3, tof: 8, 'dat gaat': 5, 'ziek als een hond': 2, 'zo ziek als een hond': 2, grand: 7,
  // grades in words
  gebrekkig: 3, voortreffelijk: 9, sufficient: 6, insufficient: 4, unsatisfactory: 4, 'very poor': 2, zwak: 4, weak: 4,
  'vrij goed': 7, 'tamelijk goed': 7, 'behoorlijk goed': 7, 'aardig goed': 7, 'best aardig': 7, ondermaats: 3, passable: 6, adequate: 6, outstanding: 9, exceptional: 9, uitzonderlijk: 9, 'below par': 4, 'up to par': 6,
  // Dutch and Flemish: more sayings, bad
  'zie het niet meer zitten': 1, 'zie het niet zitten': 3, 'geen pap meer zeggen': 2, 'er klaar mee': 3, 'klaar mee': 3,
  'in zak en as': 2, 'zak en as': 2, 'met de handen in het haar': 3, 'handen in het haar': 3, 'huilen met de pet op': 2,
  'van kwaad tot erger': 3, 'allemaal niks': 3, 'allemaal niets': 3, 'om te huilen': 2, miserie: 2, 'in de miserie': 2,
  triestig: 3, 'zit er mee in': 4, 'zit ermee in': 4, 'al beter geweest': 4, 'beter geweest': 4, 'zit tegen': 3,
  'het zit tegen': 3, 'zit me tegen': 3, rotdag: 3, rotweek: 3, rottijd: 3, rotjaar: 3, rotmaand: 3, 'geen zin in': 3,
  'nergens zin in': 3,
  // Dutch: school grades with an inflected adjective
  'ruime voldoende': 7, 'een ruime voldoende': 7, 'krappe voldoende': 6, 'magere voldoende': 6, 'mager voldoende': 6,
  'dikke voldoende': 7, 'slecht geslapen': 4, 'slecht slapen': 4, 'slecht geslapen vannacht': 4, 'sterk genoeg': 6, 'redelijk fit': 6, 'niet slecht en niet goed': 5, 'half om half': 5,
  // even chances said in words ("vijftig-vijftig", "half-half", "fifty-fifty"): the middle ("50%" and "50/50" in digits are asked again)
  'half half': 5, 'vijftig vijftig': 5, 'fifty fifty': 5,
  // English: plain words
  terrible: 1, awful: 1, horrible: 1, dreadful: 1, 'very bad': 1, 'really bad': 1, bad: 3, poor: 3, 'not good': 3,
  'not so good': 4, 'not as good': 4, 'not as well': 4, 'not as bad': 6, 'not great': 4, 'not too good': 4, 'not very good': 4, meh: 5, 'so so': 5, average: 5, 'not bad': 6,
  alright: 6, 'all right': 6, decent: 7, fine: 7, good: 7, 'pretty good': 7, 'quite good': 7, nice: 7, 'doing well': 7, 'very well': 8, 'quite well': 7,
  'very good': 9, 'really good': 8, great: 9, excellent: 9, wonderful: 9, amazing: 10, fantastic: 10, brilliant: 9,
  lousy: 3, rubbish: 3, crap: 2, shit: 2, rough: 3, knackered: 4, exhausted: 3, tired: 4, sick: 3, ill: 3, unwell: 3,
  happy: 8, healthy: 7, strong: 7, lovely: 8, superb: 9, okey: 6,
  pass: 6, fail: 4, 'barely a pass': 6, 'a pass': 6, 'a fail': 4, unhappy: 3, miserable: 2, low: 3,
  // English: sayings
  'on my last legs': 3, 'last legs': 3, 'feeling rough': 3, 'running on empty': 3, 'off colour': 4, 'off color': 4,
  'under the weather': 4, 'hanging in there': 5, 'never better': 10, 'never been better': 10, 'could be worse': 6,
  'could be better': 5, 'could have been worse': 6, 'doing alright': 6, "can't complain": 7, 'cant complain': 7,
  'cannot complain': 7, 'all good': 7, 'right as rain': 8, 'on top of the world': 9, 'full of beans': 9,
  'fit as a fiddle': 9, 'not the worst': 5, 'not half bad': 7, 'not bad at all': 7, "can't say it's bad": 6,
  'cant say its bad': 6, 'over the moon': 10, 'on cloud nine': 10, 'in good shape': 8, 'in bad shape': 2,
  'in a bad way': 2, 'going strong': 8, 'still going strong': 8, 'not too shabby': 7, 'falling apart': 2,
  'worn out': 3, 'run down': 3, 'ups and downs': 5, 'keeping my head above water': 5, 'head above water': 5,
  'no complaints': 8, 'firing on all cylinders': 9, 'not my best': 4, 'seen better days': 4, 'had better days': 4, 'betere dagen gekend': 4, 'betere dagen gehad': 4,
  'been better': 4, 'mustn\'t grumble': 7, 'mustnt grumble': 7, 'could not be better': 10, "couldn't be better": 10,
  'a bit meh': 4, 'bit meh': 4, 'lot of pain': 2, 'sleep badly': 3, 'sleeping badly': 3, struggling: 3, "it's hard": 3,
  'its hard': 3, 'life is good': 8, 'just right': 8, 'not sleeping': 3, 'living the dream': 8, 'never felt better': 10, 'a wreck': 2, wreck: 2,
  'not the best': 4, 'not my day': 4, 'like death': 1, 'like death warmed up': 2, 'like a million dollars': 10,
  'like a million bucks': 10, 'as right as rain': 8, 'in the pink': 8, 'top notch': 9, 'so far so good': 7,
  'on the mend': 6, 'getting there': 6, 'getting better': 6, 'could be a lot worse': 6, 'down in the dumps': 3,
  'at the end of my rope': 2, 'at the end of my tether': 2, 'burnt out': 2, 'burned out': 2, 'drained': 3,
  'stressed': 4, 'lonely': 3, 'anxious': 3, 'depressed': 2, 'energetic': 8, 'rested': 7, 'relaxed': 7, 'stable': 6,
  // too much to bear, and hope for what comes ("Overwhelmed", "Hopeful", "vol hoop")
  overwhelmed: 3, 'totally overwhelmed': 2, hopeful: 7, hoopvol: 7, 'vol hoop': 7, 'full of hope': 7,
  'sore': 3, 'in pain': 3, 'aching': 3, 'achy': 4, 'blessed': 8, 'grateful': 8, 'satisfied': 7,
  'not feeling it': 4, 'feeling low': 3, 'peachy': 8, 'chipper': 8, 'dandy': 8, 'fab': 9, 'fabulous': 9,
  'mediocre': 5, 'middling': 5, 'smooth sailing': 8, 'plain sailing': 8, 'ticking along': 6,
  'ticking along nicely': 7, 'all good in the hood': 8, 'as well as can be expected': 6, 'getting along': 6, 'getting by': 6,
  'fighting fit': 9, 'in fine fettle': 8, 'fine fettle': 8, 'living my best life': 9, 'my best life': 9, 'fair to middling': 5,
  'sick as a dog': 2, satisfactory: 6, passing: 6, 'barely passing': 6, 'just passing': 6, 'just failing': 5, 'barely failing': 5, 'just below a pass': 5, aight: 6, 'on cloud 9': 10, 'fair': 6, 'fairly good': 7, 'not so bad': 6, 'not that bad': 6, 'not too great': 4,
  ...schoolResults(),
  // things going one's way: the wind behind, roses, a life that smiles, feeling young and fresh
  'voor de wind': 8, 'gaat voor de wind': 8, 'gaat me voor de wind': 8, 'gaat mij voor de wind': 8, 'de wind mee': 8, 'wind in de zeilen': 8,
  'lacht me toe': 9, 'lacht mij toe': 9, 'het leven lacht me toe': 9, 'het geluk lacht me toe': 9, 'zit gebeiteld': 8, gebeiteld: 8,
  'zit op rozen': 9, 'op rozen': 9, 'zit me mee': 8, 'zit mij mee': 8, 'alles zit mee': 8, 'als god in frankrijk': 9,
  'een jonge god': 9, 'als een jonge god': 9, 'een jonge blom': 8, 'de luxe': 9, 'prima de luxe': 9, 'dik prima': 8,
  'coming up roses': 9, "everything's coming up roses": 9, 'fresh as a daisy': 8, 'as fresh as a daisy': 8, 'bright eyed': 8,
  'bright eyed and bushy tailed': 8, 'walking on air': 9, 'on a high': 9, 'the world is my oyster': 9, 'sitting pretty': 8,
  'full of the joys of spring': 9, 'wind at my back': 8, 'in clover': 8,
  // well off and in the middle of things ("We zitten er warmpjes bij", "Ik sta midden in het leven"), loving life ("Loving life right now")
  'warmpjes bij': 8, 'er warmpjes bij': 8, 'er warmpjes bijzitten': 8, 'comfortably off': 8, 'midden in het leven': 8,
  'volop in het leven': 8, 'loving life': 9, 'love my life': 9, 'loving my life': 9, 'loving every minute': 9,
  // fed up, barely coping, everything against one, worn out
  'zit me tot hier': 3, 'zit mij tot hier': 3, 'het zit me tot hier': 3, 'tot hier zitten': 3, 'hangt me de keel uit': 2,
  'het hangt me de keel uit': 2, 'ben het zat': 3, 'ik ben het zat': 3, 'spuugzat': 2, 'kotsbeu': 2, 'strontziek': 2,
  'met kunst en vliegwerk': 4, 'kunst en vliegwerk': 4, 'net boven water': 4,
  'nog net boven water': 4, 'hoofd nog net boven water': 4, 'nauwelijks boven water': 4, 'ternauwernood': 4,
  'in het honderd': 2, 'loopt in het honderd': 2, 'liep in het honderd': 2, 'in het honderd gelopen': 2, 'zit allemaal tegen': 3,
  'zit alles tegen': 3, 'alles zit tegen': 3, 'loopt alles mis': 3, 'alles loopt mis': 3, 'gaat alles mis': 3, 'alles gaat mis': 3,
  'moe als een hond': 3, 'zo moe als een hond': 3, 'kapot als een hond': 2, 'met de gebakken peren': 3, 'gebakken peren': 3,
  'slecht gesteld': 3, 'is slecht gesteld': 3, 'is het slecht gesteld': 3, 'goed gesteld': 7, 'is goed gesteld': 7, 'om zeep': 2,
  'is om zeep': 2, 'naar de vaantjes': 2, 'naar de kloten': 1, 'naar de filistijnen': 2, 'de pineut': 3,
  'feeling blue': 3, 'a bit blue': 4, 'feel blue': 3, 'through the wringer': 2, 'been through the wringer': 2, 'put through the wringer': 2,
  'fed up': 3, 'sick and tired': 2, 'up to here': 2, 'had it up to here': 2, "at my wits' end": 2, 'at my wits end': 2, "wits' end": 2,
  'wits end': 2, 'scraping by': 4, 'just scraping by': 4, 'keeping my head above water just': 4, 'barely keeping my head above water': 4,
  'everything goes wrong': 3, 'everything is going wrong': 3, 'nothing goes right': 3, 'out of sorts': 4, 'under a cloud': 3,
  // gone wrong ("It's all gone pear-shaped", "it's all gone wrong")
  'pear shaped': 3, 'gone pear shaped': 3, 'all gone wrong': 3, 'gone to pot': 3,
  // bearable, and what cannot be borne, so that "niet ondraaglijk" and "not unbearable" are the litotes they are
  bearable: 5, unbearable: 1, draaglijk: 5, ondraaglijk: 1, 'goed te doen': 7, 'uit te houden': 5, 'niet uit te houden': 1,
  'te harden': 5, 'niet te harden': 1, tolerable: 5, intolerable: 1, dissatisfied: 3, discontent: 3,
  // Flemish and southern sayings
  't is schoon': 8, 'het is schoon': 8, 'is schoon': 8, "da's schoon": 8, 'dat is schoon': 8, 'schoon zo': 8,
  // Twents understatement, said of things going well ("Kan minder, ik zit bij de harmonie"), and Frisian "it gaat" ("It giet oan")
  'kan minder': 8, 'het kan minder': 8, 't kan minder': 8, 'kon minder': 8, 'it giet oan': 6, 'giet oan': 6, 'it giet wol': 5,
  'it giet goed': 7,
  // words of the languages residents grew up with: Turkish, Sranan, Moroccan Arabic
  iyi: 7, 'çok iyi': 8, 'cok iyi': 8, 'idare eder': 5, 'kötü': 3, kotu: 3, 'çok kötü': 1, 'cok kotu': 1, 'alles bun': 8, 'mi bun': 7,
  'a bun': 7, mezyan: 7, mzyan: 7, 'bikhir': 7,
  // the middle button
  middelste: 5, 'de middelste': 5, 'het middelste': 5, 'de middelste knop': 5, 'the middle one': 5, 'middle one': 5, 'the middle button': 5,
  // sayings for floating, being on top again, or being back to oneself
  'op wolkjes': 9, 'op de wolken': 9, 'op een roze wolk': 9, 'roze wolk': 9, 'boven jan': 8, 'koning te rijk': 9, herboren: 9,
  'weer de oude': 8, 'de oude weer': 8, 'draai gevonden': 8, 'mijn draai gevonden': 8, crescendo: 8, 
  'back on my feet': 7, 'back to my old self': 8, 'my old self again': 8, 'over the worst': 6, chuffed: 8, 'tickety boo': 8, tickety: 8,
  'loopt wel los': 6, 'kabbelt door': 6, 'kabbelt maar wat door': 6, kabbelt: 6, 'scharrel wat aan': 5, 'modder wat aan': 5, 'get by': 5,
  'i get by': 5, 'treading water': 5, 'plodding along': 5, 'plodding on': 5, 'muddling through': 5, 'muddling along': 5,
  // sayings for being stuck, lost, worn out or at the end
  'rug tegen de muur': 2, 'om te janken': 2, 'om van te huilen': 2, 'draai niet vinden': 4, 'draai niet kan vinden': 4,
  'in een dal': 3, 'in een diep dal': 2, 'uitgeknepen citroen': 2, 'eind van mijn latijn': 2, 
  'rek is eruit': 3, 'rek is er uit': 3, 'bomen het bos niet': 3, behelpen: 4, 'het is behelpen': 4, 'noorden kwijt': 3, 'oud vod': 3,
  'vod': 3, lamlendig: 3, 'niet vooruit te branden': 3, 'sta erbuiten': 3, 'sta er buiten': 3, buitenstaander: 3,
  // left out of things: on the sidelines ("Ik sta aan de zijlijn", "on the sidelines")
  'aan de zijlijn': 3, 'langs de zijlijn': 3, 'op de zijlijn': 3, 'on the sidelines': 3, 'on the sideline': 3, 'op een zijspoor': 3,
  'de oude niet meer': 4, 'mezelf niet': 3, 'ben mezelf niet': 3, 'mijn eigen niet': 3, 'not myself': 4, 'not quite myself': 4,
  'by a thread': 2, drowning: 2, 'in a rut': 4, 'stuck in a rut': 4, 'dark place': 2,
  'in a dark place': 2, 'wet weekend': 3, 'all over the place': 3, "can't catch a break": 3, 'cant catch a break': 3, 'on my knees': 2,
  'op de tandvlees': 3, 'kan mij niet beklagen': 7, 'kan me niet beklagen': 7, 'mag mij niet beklagen': 7, 'mag me niet beklagen': 7,
  'zie af': 3, 'ik zie af': 3, 'niet te doen': 2, 'is niet te doen': 2, 'kan wel janken': 2, 'kan wel huilen': 2, 'could cry': 2,
  // empty, only surviving, of no use, seeing nobody, not knowing what it is for
  leeg: 3, 'voel me leeg': 3, 'leeg vanbinnen': 2, 'leeg van binnen': 2, empty: 3, 'feel empty': 3, 'empty inside': 2,
  overleven: 4, 'ik overleef': 4, 'aan het overleven': 4, surviving: 4, 'just surviving': 4, 'survival mode': 3,
  nutteloos: 2, 'voel me nutteloos': 2, 'voel me overbodig': 2, useless: 2, 'feel useless': 2, 'of no use': 2,
  'zie bijna niemand': 2, 'zie niemand meer': 2, 'zie bijna niemand meer': 2, 'hardly see anyone': 2, 'hardly see anybody': 2,
  "don't see anyone": 2, 'dont see anyone': 2, 'see nobody': 2,
  'weet niet meer waar ik het voor doe': 2, 'weet niet waar ik het voor doe': 2, 'weet niet meer waarvoor ik het doe': 2,
  "don't know what it's all for": 2, "don't know what i'm doing it for": 2,
  // little to worry or complain about, strength and aims of one's own
  'lig er niet wakker van': 7, 'lig daar niet wakker van': 7, "don't lose sleep over it": 7, 'not losing sleep over it': 7,
  'geen reden tot klagen': 7, 'geen reden om te klagen': 7, 'no reason to complain': 7, 'nothing to complain about': 7,
  unpleasant: 4, 'not unpleasant': 6, 'manage on my own': 7, 'manage by myself': 7, 'red me alleen': 7, 'red me prima alleen': 8,
  'geeft me kracht': 8, 'geeft mij kracht': 8, 'gives me strength': 8, 'heb een doel': 7, 'have a goal': 7, 'have a purpose': 7,
  // sayings for the body, contact, money and feelings that point one way: still standing, not going out, bills piling up, energy,
  // enjoying each day, worrying all the time, many friends
  'sta nog op mijn benen': 6, "sta nog op m'n benen": 6, 'sta nog op mn benen': 6, 'nog op mijn benen': 6, "nog op m'n benen": 6,
  'still on my feet': 6, 'still standing': 6, 'still on my legs': 6,
  'kom de deur niet meer uit': 3, 'kom de deur niet uit': 3, 'kom nauwelijks de deur uit': 3, 'kom amper de deur uit': 3,
  'kom nergens meer': 3, "don't leave the house": 3, 'dont leave the house': 3, 'never leave the house': 3, 'hardly leave the house': 3,
  "don't go out anymore": 3, 'dont go out anymore': 3, 'never go out anymore': 3,
  'rekeningen stapelen zich op': 3, 'rekeningen stapelen op': 3, 'schulden stapelen zich op': 3, 'bills are piling up': 3,
  'bills piling up': 3, 'bills keep piling up': 3, 'debts are piling up': 3, 'debts piling up': 3,
  'veel energie': 8, 'energie genoeg': 7, 'genoeg energie': 7, 'energie zat': 7, 'lots of energy': 8, 'plenty of energy': 8,
  'loads of energy': 8, 'enough energy': 7, 'full of energy': 8, 'vol energie': 8,
  'geniet van elke dag': 8, 'geniet elke dag': 8, 'genieten van elke dag': 8, 'geniet van iedere dag': 8, 'enjoying every day': 8,
  'enjoy every day': 8, 'enjoying each day': 8, 'enjoy each day': 8,
  'worry constantly': 3, 'constantly worry': 3, 'worry all the time': 3, 'always worrying': 3, 'worrying all the time': 3,
  'maak me constant zorgen': 3, 'maak me voortdurend zorgen': 3, 'maak me altijd zorgen': 3, 'pieker constant': 3, 'pieker de hele dag': 3,
  'veel vrienden': 8, 'lots of friends': 8, 'many friends': 8, 'plenty of friends': 8, 'loads of friends': 8,
};

/**
 * School results said in words: a pass or a fail in the Netherlands and in Flanders ("gezakt", "een buis", "met grote onderscheiding"),
 * honours ("cum laude"), and the British marks ("merit", "distinction", "pass with flying colours").
 */
function schoolResults(): Record<string, number> {
  return {
    gezakt: 4, 'net gezakt': 5, gebuisd: 4, buis: 4, 'een buis': 4, 'een buisje': 5, buizen: 4, geslaagd: 6, 'net geslaagd': 6,
    'ruim geslaagd': 7, 'met vlag en wimpel': 9, 'vlag en wimpel': 9, voldoening: 6, 'met voldoening': 6, onderscheiding: 7,
    'met onderscheiding': 7, 'grote onderscheiding': 8, 'met grote onderscheiding': 8, 'grootste onderscheiding': 9,
    'met de grootste onderscheiding': 9, 'met grootste onderscheiding': 9, 'cum laude': 9, 'summa cum laude': 10, 'met lof': 9,
    merit: 7, 'a merit': 7, 'pass with merit': 7, distinction: 9, 'a distinction': 9, 'with distinction': 9, 'flying colours': 9,
    'flying colors': 9, 'with flying colours': 9, 'with flying colors': 9, 'with honours': 9, 'with honors': 9, 'honours': 9,
  };
}

/**
 * Times that are not now unless the resident says so ("In de zomer een 8, nu in de winter een 5", "Afgelopen maand 5, deze week 7"): the
 * seasons and the stretch just past. Beside a number said to be now they are another time; alone they may well be the answer.
 */
function otherTimes(): Record<string, 'when'> {
  const seasons = ['zomer', 'winter', 'lente', 'herfst'].flatMap((s) => [`in de ${s}`, `${s}s`])
    .concat(['in het voorjaar', 'in het najaar', 'in summer', 'in winter', 'in spring', 'in autumn', 'in the summer', 'in the winter',
      'in the spring', 'in the autumn', 'in the fall', 'in the summertime', 'in the wintertime']);
  const stretches = ['week', 'weken', 'maand', 'maanden', 'periode', 'tijd', 'dagen'].flatMap((u) => [`afgelopen ${u}`, `de afgelopen ${u}`])
    .concat(['the past month', 'the past few months', 'the past few weeks', 'past month', 'past few weeks', 'past few months']);
  return Object.fromEntries([...seasons, ...stretches].map((p): [string, 'when'] => [p, 'when']));
}

/**
 * Something that goes with difficulty is a mood, not "hard to say" ("de trap op gaat lastig", "het gaat moeizaam", "lopen valt zwaar"):
 * "lastig" and "moeilijk" alone still are.
 */
function goingHard(): Record<string, number> {
  const verbs = ['gaat', 'ging', 'gaan', 'valt', 'viel', 'loopt', 'liep'];
  const hard = ['lastig', 'moeilijk', 'moeizaam', 'stroef', 'zwaar', 'stroeve'];
  // "boodschappen doen is lastig", "de suiker doet moeilijk": a thing that is hard or acts up, said of something named ("het is lastig" and
  // "dat is moeilijk" stay "hard to say", UNSURE).
  const being = ['is', 'doet', 'deed'].flatMap((v) => ['lastig', 'moeilijk', 'moeizaam'].map((h): [string, number] => [`${v} ${h}`, 4]));
  return Object.fromEntries([...['', 'het ', 't '].flatMap((it) => verbs.flatMap((v) => hard.map((h): [string, number] => [`${it}${v} ${h}`, 4]))),
    ...being]);
}

/**
 * "half zo goed als vroeger", "dubbel zo goed", "twee keer zo slecht", "twice as good", "net zo goed als vorige keer", "just as bad as":
 * compared with a score not said here.
 */
function multiplied(): Record<string, 'compared'> {
  const times = ['half zo', 'dubbel zo', 'keer zo', 'maal zo', 'tweemaal zo', 'twice as', 'half as', 'times as'];
  const same = ['net zo', 'even', 'precies zo', 'just as', 'equally'];
  const words = ['goed', 'slecht', 'fit', 'blij', 'gelukkig', 'gezond', 'moe', 'sterk', 'good', 'bad', 'well', 'happy', 'healthy', 'tired', 'strong'];
  return Object.fromEntries([
    ...times.flatMap((t) => words.map((w): [string, 'compared'] => [`${t} ${w}`, 'compared'])),
    ...same.flatMap((t) => words.flatMap((w): [string, 'compared'][] => [[`${t} ${w} als`, 'compared'], [`${t} ${w} as`, 'compared']])),
  ]);
}

/** Phrases that say "I cannot say" ("weet ik niet", "geen gedacht", "hard to say"): never a score. */
const UNSURE: readonly string[] = [
  'weet ik niet', 'weet niet', 'weet het niet', 'weet ik het', 'weet ik veel', 'weetniet', 'wnie', 'wn', 'wnt',
  'weet ni', 'weet nie', 'weet het ni', 'weet het nie', 'geen idee', 'geen flauw idee', 'geen flauw benul',
  'geen gedacht', 'gene gedacht', 'geen mening', 'geen idee eigenlijk', 'kan ik niet zeggen', 'niet te zeggen',
  'moeilijk te zeggen', 'lastig te zeggen', 'moeilijk', 'lastig', 'moeilijke vraag', 'lastige vraag', 'hangt ervan af',
  'het is moeilijk', 'het is lastig', 't is moeilijk', 't is lastig', 'dat is moeilijk', 'dat is lastig', 'dit is moeilijk', 'dit is lastig',
  'hangt er vanaf', 'hangt er van af', 'hangt af', 'wisselt', 'het wisselt', 'wisselend', 'dat verschilt',
  'verschilt', 'verschillend', 'twijfel', 'ik twijfel', 'tja', 'tsja', 'hmm', 'hm', 'hmmm', 'pff', 'pfff',
  'nooit over nagedacht', 'geen antwoord', 'ik weet het echt niet', 'dat weet ik niet', 'dat weet ik echt niet',
  'i don\'t know', 'i dont know', 'don\'t know', 'dont know', 'do not know', 'dunno', 'idk', 'no idea', 'no clue',
  'not sure', 'unsure', 'hard to say', 'hard to tell', 'difficult to say', 'difficult to tell', 'can\'t say',
  'cant say', 'cannot say', 'can\'t really say', 'who knows', 'depends', 'it depends', 'varies', 'it varies',
  'not a clue', 'haven\'t a clue', 'beats me', 'no opinion', 'wie weet', 'geen flauw', 'pass on this',
  'soms goed soms slecht', 'dan weer goed dan weer slecht', 'inschatten', 'in te schatten', 'beoordelen',
  'te beoordelen', 'inschatting', 'geen idee eerlijk gezegd', 'weet ik eigenlijk niet', 'weet het eigenlijk niet',
  'weet het niet zo goed', 'weet het ni', 'k weet het ni', 'weet het nie', 'couldn\'t tell you', 'couldnt tell you',
  'couldn\'t say', 'couldnt say', 'no way to tell', 'not really sure', 'no idea really', 'haven\'t got a clue',
  'dat vind ik lastig', 'vind ik moeilijk', 'vind ik lastig', 'geen peil op te trekken', 'kan niet kiezen',
  'ik kan niet kiezen', 'can\'t decide', 'cant decide', 'hard to choose', 'moeilijk te kiezen', 'geen flauw idee',
  // not wanting to answer
  'geen zin', 'gaat u niets aan', 'gaat je niets aan', 'gaat u niks aan', 'gaat je niks aan', 'het gaat u niets aan',
  'het gaat je niets aan', 'het gaat u niks aan', 'het gaat je niks aan', 'zeg ik liever niet', 'liever niet',
  'none of your business', 'rather not say', 'rather not', 'sla maar over', 'overslaan', 'skip',
  'geen commentaar', 'no comment', 'prefer not to say', 'prefer not', 'wil ik niet zeggen', 'dat hou ik voor mezelf',
  'not applicable', 'nvt', 'n v t', 'kan ik niet beantwoorden', "can't answer that", 'cant answer that', 'no answer',
  'vraag me later', 'ask me later', 'nu even niet', 'not now',
  // handing the choice over ("Kies jij maar", "whatever you think is fine", "up to you"): no number of the resident's own
  'kies jij maar', 'kies jij het maar', 'kiest u maar', 'kies u maar', 'kies maar wat', 'vul maar wat in',
  'bepaal jij maar', 'bepaalt u maar', 'jij mag kiezen', 'u mag kiezen', 'jij bepaalt', 'u bepaalt', 'zeg jij het maar', 'zegt u het maar',
  'doe maar wat jij wil', 'doe maar wat jij het beste vindt', 'wat jij wil', 'wat jij wilt', 'whatever you think', 'whatever you want',
  'whatever you like', 'up to you', "it's up to you", 'you decide', 'you choose', 'you pick', 'your call', 'your choice',
  ...refusals(),
  // "k weet nie" run together, as said
  'kweenie', 'kwenie', 'kweeni', 'kweetnie', 'kweetni', 'weenie', 'k weet nie', 'k weet ni', 'k weet niet',
  // sayings for not knowing ("Your guess is as good as mine", "Joost mag het weten", "daar vraag je me wat")
  'your guess is as good as mine', 'god knows', 'search me', 'who can say', 'joost mag het weten', 'dat mag joost weten', 'daar vraag je me wat',
  'wie zal het zeggen', 'je gok is net zo goed als de mijne',
  // not knowing in the languages residents grew up with ("No sé, 5?", "je sais pas", "keine Ahnung")
  'no sé', 'no lo sé', 'no lo se', 'je ne sais pas', 'je sais pas', 'sais pas', 'keine ahnung', 'weiß nicht', 'weiss nicht', 'ich weiß nicht',
  'ich weiss nicht', 'nie wiem', 'não sei', 'nao sei', 'non lo so', 'bilmiyorum',
  // no number to be put on it ("Can't really give a number", "daar kan ik geen cijfer aan geven")
  ...noNumber(),
  // not wanting these questions ("heb geen zin in deze vragen", "not in the mood for questions")
  ...questionsRefused(),
];

/** Cannot put a number on it, in the ways it is said ("can't really give a number", "kan er geen cijfer aan geven"). */
function noNumber(): string[] {
  const cannot = ["can't", 'cant', 'cannot', "can't really", 'cant really', 'cannot really', "couldn't", 'couldnt', 'hard to', 'difficult to'];
  const put = ['give a number', 'give you a number', 'put a number on it', 'put a number on that', 'put a number to it', 'rate it', 'give it a number',
    'give a score', 'give a rating'];
  const dutch = ['kan geen cijfer geven', 'kan er geen cijfer aan geven', 'kan daar geen cijfer aan geven', 'kan er geen cijfer op plakken',
    'kan daar geen cijfer op plakken', 'geen cijfer aan te geven', 'niet in een cijfer te vangen', 'niet in een cijfer uit te drukken',
    'moeilijk om een cijfer te geven', 'moeilijk een cijfer te geven', 'lastig om een cijfer te geven', 'lastig een cijfer te geven',
    'kan het niet in een cijfer zeggen', 'kan er geen cijfer op zetten', 'kan er geen cijfer aan hangen', 'kan ik geen cijfer aan geven',
    'kan ik geen cijfer op plakken', 'kan ik geen cijfer voor geven', 'kan ik geen cijfer geven'];
  return [...cannot.flatMap((c) => put.map((p) => `${c} ${p}`)), ...dutch];
}

/** Not wanting the questions themselves ("geen zin in deze vragen", "sick of these questions"): a refusal, no low mood. */
function questionsRefused(): string[] {
  const these = ['deze', 'die', 'de', 'al die', 'al deze', 'jouw', 'uw', 'je'];
  const questions = ['vragen', 'vragenlijst', 'vraag', 'vragenlijsten'];
  const english = ['these questions', 'the questions', 'your questions', 'all these questions', 'questions', 'this questionnaire', 'this survey'];
  return [
    ...['geen zin in', 'genoeg van', 'ik ben klaar met', 'klaar met', 'moe van', 'geen behoefte aan'].flatMap((g) => [
      ...these.flatMap((d) => questions.map((q) => `${g} ${d} ${q}`)), `${g} vragen`, `${g} dit gedoe`]),
    'geen zin om te antwoorden', 'geen zin om dit in te vullen', 'geen zin om dat in te vullen', 'geen zin om te antwoorden',
    ...['not in the mood for', 'sick of', 'tired of', 'fed up with', 'done with', 'bored of', 'bored with'].flatMap((g) => english.map((q) => `${g} ${q}`)),
    "don't feel like answering", 'dont feel like answering', "don't want to answer", 'dont want to answer',
  ];
}

/**
 * Not wanting to answer, with any subject and either word for nothing ("dat gaat je niks aan", "da gaat u niets aan", "gaat jou geen
 * bal aan"): the resident will not say, which is no score.
 */
function refusals(): string[] {
  const subjects = ['', 'het ', 't ', 'dat ', 'da ', 'dit '];
  const whom = ['je', 'u', 'jou', 'jullie', 'ulle'];
  const nothing = ['niets', 'niks', 'geen bal', 'geen moer', 'geen donder', 'geen fluit', 'geen barst'];
  return [
    ...subjects.flatMap((s) => whom.flatMap((w) => nothing.map((n) => `${s}gaat ${w} ${n} aan`))),
    'dat zijn je zaken niet', 'dat zijn uw zaken niet', 'niet jouw zaak', 'niet uw zaak', 'dat is privé', 'dat is prive', 'is privé',
    "that's private", 'thats private', "that's personal", 'mind your own business', 'not your business', "none of your concern",
    "i'd rather not say", "i'd rather not", "i won't say", 'not telling', "i'm not telling", 'not telling you',
  ];
}

/**
 * People in the plural who give a number of their own ("Mijn buren geven 10, maar ik 2", "my friends would say 8"): only with a verb of
 * giving or saying, as "met vrienden" or "ik mis mijn vrienden" beside the resident's own number is no one else's score, and "werk geeft
 * me niks, 2, maar mijn kinderen 10" scores what the children give.
 */
function othersSay(): Record<string, 'other'> {
  const people = ['mijn kinderen', 'onze kinderen', 'de kinderen', 'verpleging', 'de verpleging', 'de zorg', 'thuiszorg', 'de thuiszorg',
    'the nurses', 'nurses', 'the staff', 'staff', 'the carers', 'carers', 'buren', 'de buren', 'mijn buren', 'vrienden', 'mijn vrienden', 'familie',
    'mijn familie', 'ouders', 'mijn ouders',
    "collega's", "mijn collega's", 'anderen', 'de anderen', 'andere mensen', 'de meeste mensen', 'iedereen', 'neighbours', 'neighbors',
    'my neighbours', 'my neighbors', 'friends', 'my friends', 'my family', 'my parents', 'colleagues', 'other people', 'most people',
    'everyone', 'everybody', 'others'];
  const verbs = ['geven', 'zeggen', 'vinden', 'denken', 'zouden', 'geeft', 'zegt', 'vindt', 'denkt', 'zou', 'give', 'say', 'think', 'would',
    "would say", 'gives', 'says', 'thinks'];
  // "my kids are doing great, like 9/10", "mijn kinderen doen het goed": how they are, not the resident
  const children = ['my kids', 'my children', 'the kids', 'the children', 'my grandkids', 'my grandchildren', 'mijn kinderen', 'de kinderen',
    'mijn kids', 'mijn kleinkinderen', 'de kleinkinderen'];
  const states = ['are', 'are doing', 'zijn', 'doen het', 'do'];
  return Object.fromEntries([
    ...people.flatMap((p) => verbs.map((v): [string, 'other'] => [`${p} ${v}`, 'other'])),
    ...children.flatMap((p) => states.map((v): [string, 'other'] => [`${p} ${v}`, 'other'])),
  ]);
}

/** Someone close named as the one typing ("This is her daughter typing", "zoon typt"): the number passed on is the resident's. */
function typingFor(): Record<string, 'relay'> {
  const people = ['daughter', 'son', 'grandson', 'granddaughter', 'husband', 'wife', 'carer', 'nurse', 'dochter', 'zoon', 'kleinzoon',
    'kleindochter', 'verzorger', 'verzorgster'];
  return Object.fromEntries(people.flatMap((p) => ['typing', 'typt', 'here typing'].map((v): [string, 'relay'] => [`${p} ${v}`, 'relay'])));
}

/**
 * The resident's own head, heart or gut saying a number ("Mijn hoofd zegt 8, mijn hart zegt 5", "my gut says 6"): the resident's own view,
 * not someone else's number and no area named, so two of them are two candidates.
 */
function innerVoices(): Record<string, 'opinion'> {
  const voices = ['hoofd', 'hart', 'gevoel', 'verstand', 'buik', 'onderbuik', 'lijf', 'lichaam', 'head', 'heart', 'gut', 'brain', 'body'];
  const verbs = ['zegt', 'zei', 'says', 'said'];
  return Object.fromEntries(['mijn', "m'n", 'mn', 'my'].flatMap((mine) => voices.flatMap((v) => verbs
    .map((verb): [string, 'opinion'] => [`${mine} ${v} ${verb}`, 'opinion']))));
}

const ROLES: Readonly<Record<string, Exclude<PhraseMeaning, number>>> = {
  ...otherTimes(),
  ...multiplied(),
  ...innerVoices(),
  // what the resident said before, put right after it ("ik zei 8 maar het is eigenlijk een 7", "I said 8 but 6 is more honest")
  'ik zei': 'said', 'zei ik': 'said', 'ik had gezegd': 'said', 'had ik gezegd': 'said', 'i said': 'said', 'i had said': 'said',
  "i'd said": 'said',
  // what the resident clicked, tapped or picked before ("Oeps, ik klikte 0 maar het is een 7", "I pressed 3 by mistake, it's 8")
  'ik klikte': 'said', 'klikte ik': 'said', 'ik klikte op': 'said', 'ik heb geklikt': 'said', 'ik drukte': 'said', 'ik drukte op': 'said',
  'ik tikte': 'said', 'ik koos': 'said', 'koos ik': 'said', 'ik had gekozen': 'said', 'ik heb gekozen': 'said', 'ik had gekozen voor': 'said',
  'i clicked': 'said', 'i clicked on': 'said', 'i pressed': 'said', 'i tapped': 'said', 'i hit': 'said', 'i picked': 'said', 'i chose': 'said',
  'i had chosen': 'said', 'i selected': 'said',
  // guesses
  ongeveer: 'hedge', ong: 'hedge', rond: 'hedge', rondom: 'hedge', 'rond de': 'hedge', circa: 'hedge', ca: 'hedge',
  "zo'n": 'hedge', zon: 'hedge', "zoe'n": 'hedge', "zu'n": 'hedge', 'zo een': 'hedge', 'zo ne': 'hedge', 'zo nen': 'hedge', 'zo n': 'hedge',
  misschien: 'hedge', miss: 'hedge', mss: 'hedge', misch: 'hedge', waarschijnlijk: 'hedge', wsl: 'hedge',
  'geloof ik': 'hedge', 'of zo': 'hedge', ofzo: 'hedge',
  zoiets: 'hedge', 'of zoiets': 'hedge', 'zo iets': 'hedge', pakweg: 'hedge', plusminus: 'hedge', zowat: 'hedge',
  bijna: 'hedge', ergens: 'hedge', 'kan zijn': 'hedge', 'zou kunnen': 'hedge', ish: 'hedge', about: 'hedge',
  around: 'hedge', roughly: 'hedge', approximately: 'hedge', approx: 'hedge', maybe: 'hedge', perhaps: 'hedge',
  probably: 'hedge', prolly: 'hedge', probs: 'hedge', prob: 'hedge', prly: 'hedge', 'i guess': 'hedge', ig: 'hedge', 'or so': 'hedge', 'or something': 'hedge',
  almost: 'hedge', nearly: 'hedge', somewhere: 'hedge', 'could be': 'hedge', 'might be': 'hedge', guess: 'hedge',
  ofz: 'hedge', ofzow: 'hedge', 'i suppose': 'hedge', "i'd guess": 'hedge', 'i would guess': 'hedge', 'zeg maar iets': 'hedge', 'min of meer': 'hedge', 'zo ongeveer': 'hedge',
  grofweg: 'hedge', ruwweg: 'hedge', 'om en nabij': 'hedge', 'in de buurt van': 'hedge', 'tegen de': 'hedge',
  'iets meer dan': 'hedge', 'iets minder dan': 'hedge', 'net onder': 'hedge', 'net boven': 'hedge', 'more or less': 'hedge',
  'give or take': 'hedge', 'kind of': 'hedge', 'sort of': 'hedge', 'just under': 'hedge', 'just over': 'hedge',
  // "kinda een 5", "sorta a 6": the chat forms of "kind of", a guess only right before a number (answers.ts)
  kinda: 'hedge', sorta: 'hedge', kindof: 'hedge',
  'a little under': 'hedge', 'a little over': 'hedge', 'in the region of': 'hedge', 'close to': 'hedge', 'dicht bij': 'hedge',
  // a bound is a guess at the score too ("hooguit een 6", "at least a 7")
  'at best': 'hedge', 'op zijn best': 'hedge', 'hooguit': 'hedge', 'hoogstens': 'hedge', 'at most': 'hedge', 'at the most': 'hedge',
  minstens: 'hedge', 'at least': 'hedge', 'ten minste': 'hedge', tenminste: 'hedge', 'something like': 'hedge', 'iets van': 'hedge',
  thereabouts: 'hedge', 'or thereabouts': 'hedge', ballpark: 'hedge', 'in the ballpark of': 'hedge', 'zo rond de': 'hedge',
  'ergens rond de': 'hedge', 'een stuk of': 'hedge', 'stuk of': 'hedge', 'n stuk of': 'hedge', 'plus minus': 'hedge', max: 'hedge', maximaal: 'hedge',
  // another time
  vroeger: 'past', gisteren: 'past', eergisteren: 'past', toen: 'past', vorige: 'past', vorig: 'past',
  'beter dan': 'past', 'slechter dan': 'past', 'dan vorige week': 'past', 'minder dan': 'past', 'meer dan': 'past', 'hoger dan': 'past',
  'lager dan': 'past', 'less than': 'past', 'more than': 'past', 'higher than': 'past', 'lower than': 'past', 'was het': 'past', 'was het nog': 'past',
  'vorige keer': 'past', 'de vorige keer': 'past', 'vorige week': 'past', 'vorig jaar': 'past', 'vorige maand': 'past',
  'afgelopen jaar': 'past', 'vorige winter': 'past', 'straks': 'past', morgen: 'past', 'volgende week': 'past',
  eerder: 'past', 'voor de operatie': 'past', 'voor mijn operatie': 'past', 'voor de val': 'past',
  'voor mijn val': 'past', 'voor het ongeluk': 'past', 'voor de ziekte': 'past', 'before the operation': 'past',
  'before my operation': 'past', 'before my surgery': 'past', 'before the surgery': 'past', 'before the fall': 'past',
  voorheen: 'past', destijds: 'past', 'used to': 'past', ooit: 'past', was: 'past', were: 'past', 'was altijd': 'past',
  yesterday: 'past', 'last week': 'past', "last week's": 'past', 'last year': 'past', 'last time': 'past',
  'last month': 'past', 'used to be': 'past', 'better than': 'past', 'worse than': 'past',
  'a year ago': 'past', 'tomorrow': 'past', 'next week': 'past',
  // before something that happened ("Before the accident I'd say 9, now 4"); "before lunch 5, after lunch 7" is a time of day
  'before the': 'past', 'before my': 'past', 'before i': 'past', 'before he': 'past', 'before she': 'past', 'before we': 'past',
  'before it': 'past', 'before all': 'past', 'before this': 'past', 'before that': 'past', voordat: 'past', 'voor dat': 'past',
  // the rest beside one part of the body ("mijn been een 2, de rest een 8", "my knee a 3, otherwise a 7")
  'de rest': 'overall', 'voor de rest': 'overall', 'verder': 'overall', 'voor het overige': 'overall', 'in het algemeen': 'overall',
  'over het algemeen': 'overall', 'al met al': 'overall', 'alles bij elkaar': 'overall', 'globaal': 'overall', 'afgezien daarvan': 'overall',
  'los daarvan': 'overall', 'the rest': 'overall', 'for the rest': 'overall', 'otherwise': 'overall', 'overall': 'overall',
  // "voor mijn leeftijd een 8", "for my age an 8": the whole, weighed against one's age
  'voor mijn leeftijd': 'overall', 'gezien mijn leeftijd': 'overall', 'naar omstandigheden': 'overall', 'for my age': 'overall',
  'considering my age': 'overall', 'given my age': 'overall',
  // weighing it all, after feelings that vary ("mijn gevoelens zijn wisselend, doch over het geheel genomen een 6")
  'over het geheel genomen': 'overall', 'over het geheel': 'overall', 'in het geheel genomen': 'overall', 'al bij al': 'overall',
  'alles in aanmerking genomen': 'overall', 'alles bij elkaar genomen': 'overall', 'on the whole': 'overall',
  'all things considered': 'overall', 'taken as a whole': 'overall', 'by and large': 'overall', 'on balance': 'overall',
  'in general': 'overall', 'all in all': 'overall', 'apart from that': 'overall', 'everything else': 'overall', 'all else': 'overall',
  // a reason after the answer is a part of its own ("een 7 want ik ben 2 maanden geleden gestopt")
  want: 'reason', omdat: 'reason', doordat: 'reason', vanwege: 'reason', aangezien: 'reason', because: 'reason', cause: 'reason',
  cuz: 'reason', 'due to': 'reason', since: 'reason',
  // "because" in chat ("6 bc money is tight", "4 coz my back", "7 omda 't goe gaat")
  bc: 'reason', bcs: 'reason', bcuz: 'reason', bcoz: 'reason', becuz: 'reason', coz: 'reason', cos: 'reason', cus: 'reason', omda: 'reason',
  // "twee weken geleden een 4", "I first said 5": a score said before
  geleden: 'past', ago: 'past', 'zei eerst': 'past', 'ik zei eerst': 'past', 'eerst gezegd': 'past', 'zei ik eerst': 'past',
  'first said': 'past', 'i first said': 'past', 'said first': 'past', 'at first i said': 'past', 'eerst zei ik': 'past',
  'eerst zei': 'past', eerst: 'past', 'at first': 'past',
  // a first thought, taken back by what follows ("eerst dacht ik een 5, maar ... een 6", "I was going to say 5 but ... a 6")
  'eerst dacht ik': 'past', 'ik dacht eerst': 'past', 'dacht eerst': 'past', 'dacht ik eerst': 'past', 'eerst wilde ik': 'past',
  'ik wilde eerst': 'past', 'wilde eerst': 'past', 'ik wou eerst': 'past', 'wou eerst': 'past', 'ik wilde zeggen': 'past',
  'ik wou zeggen': 'past', 'ik ging zeggen': 'past', 'i was going to say': 'past', 'was going to say': 'past',
  'i was gonna say': 'past', 'was gonna say': 'past', 'i first thought': 'past', 'at first i thought': 'past',
  'first i thought': 'past', 'i almost said': 'past', 'i nearly said': 'past', 'i would have said': 'past',
  // working hours, not a score ("nine to five job")
  'nine to five': 'topic', '9 to 5': 'topic', 'negen tot vijf': 'topic', '9 tot 5': 'topic', 'van negen tot vijf': 'topic',
  'van 9 tot 5': 'topic',
  // the part that counts
  nu: 'now', now: 'now', vandaag: 'now', today: 'now', tegenwoordig: 'now', 'deze week': 'now', 'this week': 'now',
  momenteel: 'now', 'op dit moment': 'now', 'at the moment': 'now', currently: 'now', 'these days': 'now',
  'deze maand': 'now', 'dit jaar': 'now', 'this month': 'now', 'this year': 'now', 'deze dagen': 'now',
  maar: 'now', but: 'now', doch: 'now', 'maar nu': 'now', 'maar ik': 'now', 'i say': 'now', 'ik zeg': 'now',
  // the resident beside someone else ("Mijn man een 6 en ik een 8", "my wife says 5 and I say 7")
  'en ik': 'now', 'and i': 'now', "and i'm": 'now', 'and me': 'now', 'ik zelf': 'now', ikzelf: 'now',
  // a correction
  nee: 'correction', neen: 'correction', no: 'correction', nope: 'correction', 'of toch': 'correction',
  toch: 'correction', eigenlijk: 'correction', 'maar eigenlijk': 'correction', actually: 'correction',
  'i mean': 'correction', 'ik bedoel': 'correction', 'zeg maar': 'correction', 'make that': 'correction',
  'nee wacht': 'correction', wacht: 'correction', 'wait': 'correction', 'sorry ik bedoel': 'correction',
  // a slip put right ("8, sorry, I meant 3", "7, moet zijn 6")
  'i meant': 'correction', meant: 'correction', 'i meant to say': 'correction', 'i meant to type': 'correction', bedoelde: 'correction', bedoel: 'correction', 'bedoel ik': 'correction',
  'ik bedoelde': 'correction', 'bedoelde ik': 'correction', 'ik bedoelde eigenlijk': 'correction', 'moet zijn': 'correction',
  'moet zijn een': 'correction', 'should be': 'correction', 'should have been': 'correction', 'had moeten zijn': 'correction',
  typo: 'correction', typfout: 'correction', tikfout: 'correction', sorry: 'correction', sry: 'correction', srry: 'correction',
  oops: 'correction', oeps: 'correction', whoops: 'correction',
  // a correction named as one ("2. Correction: 3", "7, correctie: 6", "8 edit 7")
  correction: 'correction', correctie: 'correction', verbetering: 'correction', edit: 'correction', 'bijgesteld': 'correction',
  // what came before taken back ("Eh 9, laat maar, 8", "three, scratch that, five", "10 lol jk, 7", "4 sorry 5 verkeerde toets")
  'laat maar': 'correction', 'laat maar zitten': 'correction', 'vergeet dat': 'correction', 'vergeet die': 'correction',
  'streep dat maar door': 'correction', grapje: 'correction', geintje: 'correction', 'scratch that': 'correction', 'scrap that': 'correction',
  'forget that': 'correction', 'never mind': 'correction', nevermind: 'correction', nvm: 'correction', jk: 'correction',
  'just kidding': 'correction', 'just joking': 'correction', kidding: 'correction', 'let me change that': 'correction',
  'verkeerde toets': 'correction', 'verkeerde knop': 'correction', 'wrong key': 'correction', 'wrong button': 'correction',
  mistyped: 'correction', 'fat fingers': 'correction',
  // a typing slip named in words ("zes. Verkeerd getypt: zeven", "6, typed it wrong, 7")
  'verkeerd getypt': 'correction', 'verkeerd getikt': 'correction', 'fout getypt': 'correction', 'fout getikt': 'correction',
  'verkeerd ingetypt': 'correction', 'verkeerd ingevuld': 'correction', 'mis getypt': 'correction', misgetypt: 'correction',
  verschreven: 'correction', 'ik heb me vergist': 'correction', 'typed it wrong': 'correction', 'typed wrong': 'correction',
  'typed the wrong number': 'correction', 'wrong number typed': 'correction', 'mis typed': 'correction', misspelled: 'correction',
  // thinking it over settles the answer ("als ik erover nadenk", "bij nader inzien", "thinking about it properly")
  'als ik erover nadenk': 'correction', 'nu ik erover nadenk': 'correction', 'als ik er over nadenk': 'correction',
  'bij nader inzien': 'correction', 'achteraf gezien': 'correction', 'thinking about it': 'correction',
  'thinking it over': 'correction', 'come to think of it': 'correction', 'on second thought': 'correction',
  'on second thoughts': 'correction', 'on reflection': 'correction',
  // honesty after a first number puts it right ("8... nou ja, eerlijk gezegd een 7", "a 6, well, to be honest a 5")
  'eerlijk gezegd': 'correction', 'als ik eerlijk ben': 'correction', 'eerlijk is eerlijk': 'correction', 'to be honest': 'correction',
  'truth be told': 'correction',
  // a number taken back by name, or thought over ('2, neem dat terug, 5', 'first 5, then I thought about it, 7')
  'neem dat terug': 'correction', 'neem ik terug': 'correction', 'ik neem het terug': 'correction', 'take that back': 'correction',
  'i take it back': 'correction', 'i thought about it': 'correction', 'thought about it': 'correction', 'na even nadenken': 'correction',
  'na nadenken': 'correction', 'toen ik erover nadacht': 'correction', 'after thinking about it': 'correction',
  // someone else's number
  'mijn man': 'other', 'mijn vrouw': 'other', 'mn man': 'other', 'mn vrouw': 'other', 'mijn partner': 'other',
  'mijn dochter': 'other', 'mijn zoon': 'other', 'de dokter': 'other', 'de huisarts': 'other', 'mijn huisarts': 'other',
  'mijn moeder': 'other', 'mijn vader': 'other', zegt: 'other',
  // Flemish and southern names for one's family ("ons moeder zegt 8", "mijne vent", "ons ma")
  'ons moeder': 'other', 'ons vader': 'other', 'ons ma': 'other', 'ons pa': 'other', 'mijn ma': 'other', 'mijn pa': 'other',
  'mijn vent': 'other', 'ons madam': 'other', 'onze zoon': 'other', 'onze dochter': 'other',
  vindt: 'other', 'my husband': 'other', 'my wife': 'other', 'my partner': 'other', 'my daughter': 'other',
  'my son': 'other', 'mijn dokter': 'other', 'mijn arts': 'other', 'de arts': 'other', 'geeft me': 'other',
  'geeft mij': 'other', 'gives me': 'other', 'my physio': 'other', 'mijn fysio': 'other', 'de fysio': 'other', 'the doctor': 'other', 'my doctor': 'other', 'my gp': 'other', says: 'other', 'they say': 'other',
  ...othersSay(),
  'hij zegt': 'other', 'zij zegt': 'other', 'she says': 'other', 'he says': 'other', 'mijn buurvrouw': 'other',
  // what he or she would give ("zij zou een 8 geven. Ik geef een 6", "he'd say 8, I'd say 6")
  'zij zou': 'other', 'hij zou': 'other', 'ze zou': 'other', 'zij zouden': 'other', 'ze zouden': 'other', 'zij geeft': 'other',
  'hij geeft': 'other', 'zij vindt': 'other', 'hij vindt': 'other', 'zij denkt': 'other', 'hij denkt': 'other',
  "he'd": 'other', "she'd": 'other', "they'd": 'other', 'he would': 'other', 'she would': 'other', 'they would': 'other',
  'he thinks': 'other', 'she thinks': 'other', 'they think': 'other', 'he gives': 'other', 'she gives': 'other',
  // the number measures something else
  nummer: 'topic', huisnummer: 'topic', kamernummer: 'topic', kamer: 'topic', postcode: 'topic',
  telefoonnummer: 'topic', telefoon: 'topic', adres: 'topic', leeftijd: 'topic', bus: 'topic', lijn: 'topic',
  tram: 'topic', vraag: 'topic', suiker: 'topic', bloedsuiker: 'topic', bloeddruk: 'topic',
  temperatuur: 'topic', koorts: 'topic', pols: 'topic', hartslag: 'topic', cholesterol: 'topic', glucose: 'topic',
  pijnscore: 'topic', examen: 'topic', rijexamen: 'topic', toets: 'topic', proefwerk: 'topic', rapport: 'topic',
  wiskunde: 'topic', aardrijkskunde: 'topic', school: 'topic', diploma: 'topic', film: 'topic', restaurant: 'topic',
  number: 'topic', room: 'topic', address: 'topic', age: 'topic', question: 'topic', sugar: 'topic',
  'blood sugar': 'topic', 'blood pressure': 'topic', temperature: 'topic', fever: 'topic',
  pulse: 'topic', 'heart rate': 'topic', 'pain score': 'topic', 'pain level': 'topic', exam: 'topic', maths: 'topic',
  math: 'topic', grade: 'topic',
  // measures and lab values, and a pain score, which runs the other way ("BP 150/95", "INR 2,5", "Pain is 6 out of 10")
  bp: 'topic', inr: 'topic', bmi: 'topic', hba1c: 'topic', saturatie: 'topic', saturation: 'topic', sats: 'topic', hb: 'topic',
  suikerwaarde: 'topic', 'pijn is': 'topic', 'de pijn is': 'topic', pijnniveau: 'topic', pain: 'topic', 'the pain is': 'topic',
  'my pain is': 'topic', 'mijn pijn is': 'topic', 'in the evening': 'topic', 'in the morning': 'topic', 'in the afternoon': 'topic', movie: 'topic', 'phone number': 'topic',
  // someone else
  kleinzoon: 'other', kleindochter: 'other', buurman: 'other', buurvrouw: 'other', zus: 'other', broer: 'other',
  vriendin: 'other', collega: 'other', juf: 'other', meester: 'other', grandson: 'other', granddaughter: 'other',
  neighbour: 'other', neighbor: 'other', sister: 'other', brother: 'other', mum: 'other', mom: 'other', dad: 'other',
  moeder: 'other', vader: 'other', teacher: 'other', kreeg: 'other', got: 'other', scored: 'other',
  // about the conversation
  'fijn dat': 'aside', 'super dat': 'aside', 'top dat': 'aside', 'leuk dat': 'aside', 'goed dat': 'aside',
  // what was said before, named ('Ik heb gisteren al gezegd hoe het gaat'): no mood of its own
  'hoe het gaat': 'aside', 'hoe het met me gaat': 'aside', "how i'm doing": 'aside', 'how i am doing': 'aside',
  'mooi dat': 'aside', 'prima dat': 'aside', 'fijn dat jullie': 'aside', 'goed idee': 'aside', 'leuk idee': 'aside',
  'goede vraag': 'aside', 'rare vraag': 'aside', 'stomme vraag': 'aside', 'slechte vraag': 'aside',
  'goed programma': 'aside', 'slecht programma': 'aside', 'great that': 'aside', 'nice that': 'aside',
  'good question': 'aside', 'good idea': 'aside', 'nice idea': 'aside', 'great idea': 'aside', 'nice of you': 'aside',
  'goeie morgen': 'aside', 'top of the morning': 'aside', 'goeie vraag': 'aside', 'goede morgen': 'aside', 'goeie middag': 'aside', 'goede middag': 'aside',
  'goeie avond': 'aside', 'goede avond': 'aside', 'good morning': 'aside', 'good afternoon': 'aside',
  'good evening': 'aside', 'good day': 'aside', 'good night': 'aside', 'goeie nacht': 'aside', 'good bot': 'aside',
  'goede bot': 'aside', 'slimme bot': 'aside', 'prima bot': 'aside', 'niet goed begrepen': 'aside',
  'niet goed gelezen': 'aside', 'niet goed gezien': 'aside', 'goed begrepen': 'aside', 'goed gelezen': 'aside',
  'niet goed verstaan': 'aside', 'niet goed getypt': 'aside', 'niet goed nederlands': 'aside',
  'niet goed in nederlands': 'aside', 'not good at dutch': 'aside', 'my dutch is not good': 'aside',
  'aardig van je': 'aside', 'lief van je': 'aside',
  // not knowing whether the answer is what the bot wants ("Ik weet niet of dit de bedoeling is maar ik wil het wel even kwijt")
  'weet niet of dit de bedoeling is': 'aside', 'weet niet of het de bedoeling is': 'aside', 'weet niet of dat de bedoeling is': 'aside',
  'weet niet of dit mag': 'aside', 'not sure if this is what you want': 'aside', "don't know if this is what you want": 'aside',
  'not sure this is what you want': 'aside', 'dont know if this is what you want': 'aside',
  // not wanting to explain the number given ("Noteer maar een 4, ik heb geen zin om het uit te leggen"): no refusal to answer
  'geen zin om het uit te leggen': 'aside', 'geen zin om dat uit te leggen': 'aside', 'geen zin om uit te leggen': 'aside',
  'wil het niet uitleggen': 'aside', 'hoef ik niet uit te leggen': 'aside', "don't want to explain": 'aside', 'dont want to explain': 'aside',
  "won't explain": 'aside', 'not going to explain': 'aside', 'rather not explain': 'aside',
  // not knowing how the conversation works is not "I cannot say" ("I don't quite know what to do. Is it 5 you want?")
  ...notKnowingHow(),
  'weet niet wat ik moet doen': 'aside', 'weet niet hoe dit werkt': 'aside', 'weet niet hoe het werkt': 'aside',
  'weet niet goed hoe dit werkt': 'aside', 'weet niet goed wat ik moet doen': 'aside', ...notKnowingTheButtons(), 'goed zo dat': 'aside', 'bad question': 'aside',
  // questions
  wat: 'question', waarom: 'question', hoe: 'question', wie: 'question', welke: 'question', welk: 'question',
  waar: 'question', wanneer: 'question', hoezo: 'question', moet: 'question', mag: 'question', kan: 'question',
  'is dit': 'question', 'is het': 'question', 'is dat': 'question', 'is een': 'question', what: 'question',
  "what's": 'question', whats: 'question', why: 'question', how: 'question', who: 'question', which: 'question',
  where: 'question', when: 'question', can: 'question', should: 'question', do: 'question', does: 'question',
  is: 'question', are: 'question', 'is 10': 'question',
  // the resident decides
  'doe maar': 'instruction', 'zet maar': 'instruction', 'zet me maar op': 'instruction', 'noteer maar': 'instruction',
  'schrijf maar op': 'instruction', 'schrijf maar': 'instruction', 'maak er maar': 'instruction', 'rond af op': 'instruction',
  'rond maar af op': 'instruction', 'rond het maar af op': 'instruction', 'rond het af op': 'instruction',
  'hou het maar op': 'instruction', 'houd het maar op': 'instruction', 'laten we zeggen': 'instruction',
  'put me down for': 'instruction', 'put me down as': 'instruction', 'mark me down for': 'instruction',
  'mark me down as': 'instruction', 'put me at': 'instruction', "let's say": 'instruction', 'lets say': 'instruction',
  'round it to': 'instruction', 'round it up to': 'instruction', 'round it down to': 'instruction', 'go with': 'instruction',
  "let's go": 'instruction', 'lets go': 'instruction', "i'll go with": 'instruction', "i'll go for": 'instruction',
  'ik ga voor': 'instruction', 'ga maar voor': 'instruction', 'ik kies voor': 'instruction', 'ik hou het op': 'instruction',
  "i'll take": 'instruction', 'settle on': 'instruction', 'mag het': 'instruction', 'mag het ook': 'instruction',
  'can it be': 'instruction', 'can we say': 'instruction', 'kunnen we zeggen': 'instruction',
  // changing the answer given ("Change my answer to 8", "verander het maar in een 6")
  'change my answer to': 'instruction', 'change it to': 'instruction', 'change that to': 'instruction', 'change my score to': 'instruction',
  'change the score to': 'instruction', 'change to': 'instruction', 'switch it to': 'instruction', 'update it to': 'instruction',
  'verander het in': 'instruction', 'verander het naar': 'instruction', 'verander het maar in': 'instruction',
  'verander mijn antwoord in': 'instruction', 'verander mijn antwoord naar': 'instruction', 'wijzig in': 'instruction',
  'wijzig het in': 'instruction', 'wijzig het naar': 'instruction', 'pas het aan naar': 'instruction', 'pas aan naar': 'instruction',
  // putting "it" somewhere, and making something of it ("put it at 6", "zet het op 7", "ge kunt er ne zevene van maken")
  'put it at': 'instruction', 'put it down as': 'instruction', 'put it down for': 'instruction', 'put it as': 'instruction',
  'set it at': 'instruction', 'set it to': 'instruction', 'set me at': 'instruction', 'mark it as': 'instruction',
  'mark it down as': 'instruction', 'put me as': 'instruction', 'zet het op': 'instruction', 'zet het maar op': 'instruction',
  'zet me op': 'instruction', 'zet mij op': 'instruction', 'zet mij maar op': 'instruction', 'noteer het als': 'instruction',
  'noteer me als': 'instruction', 'noteer mij maar als': 'instruction', 'noteer me maar als': 'instruction',
  'kunt er': 'instruction', 'kan er': 'instruction', 'mag er': 'instruction', 'moogt er': 'instruction',
  'kunt er maar': 'instruction', 'kan er maar': 'instruction', 'mag er maar': 'instruction', 'moogt er maar': 'instruction',
  'maak er': 'instruction', 'you can make it': 'instruction', 'you may make it': 'instruction', "let's make it": 'instruction',
  'lets make it': 'instruction',
  // leaning to one of two: what follows settles it
  'meer een': 'correction', 'more like': 'correction', 'leaning towards': 'correction',
  'leaning toward': 'correction', 'neig naar': 'correction', 'neigt naar': 'correction', 'ik neig naar': 'correction',
  // taking someone else's number as one's own
  'i agree': 'agree', 'ik ben het ermee eens': 'agree', 'ben het ermee eens': 'agree', 'ik ben het eens': 'agree',
  'mee eens': 'agree', 'daar ben ik het mee eens': 'agree', 'agreed': 'agree', 'that sounds right': 'agree', 'dat klopt': 'agree',
  // someone typing for the resident, who passes on the resident's number ("Mijn kleindochter typt dit voor mij. Oma zegt een 8.")
  'typt dit voor mij': 'relay', 'typt dit voor me': 'relay', 'typt voor mij': 'relay', 'typt voor me': 'relay', 'typ ik dit': 'relay',
  'typ dit voor': 'relay', 'tikt dit voor mij': 'relay', 'helpt me typen': 'relay', 'helpt mij typen': 'relay', namens: 'relay',
  'typing this for me': 'relay', 'typing for me': 'relay', 'typing this for': 'relay', 'types for me': 'relay', 'on behalf of': 'relay',
  // filling in for someone ("Ik vul dit in voor mijn moeder", "I'm typing for my dad", "This is her daughter typing"), and the resident named
  // in the third person giving the number herself ("mevrouw zelf zegt 5", "she says herself 6")
  'vul dit in voor': 'relay', 'vul in voor': 'relay', 'vult dit in voor': 'relay', 'vul het in voor': 'relay', 'typing for': 'relay',
  'filling this in for': 'relay', 'filling in for': 'relay', 'fill this in for': 'relay', ...typingFor(),
  // typing, answering or helping for someone, said by the one at the keys ("Ik typ voor mijn moeder, ze zegt een 6", "helping my neighbour, she
  // nods at 6")
  'typ voor': 'relay', 'typ dit in voor': 'relay', 'tik voor': 'relay', 'tik dit voor': 'relay', 'tik dit in voor': 'relay',
  'schrijf dit voor': 'relay', 'antwoord voor': 'relay', 'ik help mijn': 'relay', 'ik help onze': 'relay', 'helping my': 'relay',
  'helping out my': 'relay', 'writing this for': 'relay', 'writing for my': 'relay', 'answering for': 'relay', 'answering this for': 'relay',
  'zelf zegt': 'relay', 'zegt zelf': 'relay', 'says herself': 'relay', 'says himself': 'relay', 'herself says': 'relay', 'himself says': 'relay',
  // ... after "and", which would otherwise start the resident's own part ("She says I should put 6, and I agree")
  'and i agree': 'agree', 'en ik ben het ermee eens': 'agree', 'en ik ben het eens': 'agree', 'en ik ben het daarmee eens': 'agree',
  // around mood words
  allesbehalve: 'negation', 'alles behalve': 'negation', 'anything but': 'negation', 'far from': 'negation', 'verre van': 'negation',
  'geen reden om': 'negation', 'geen reden tot': 'negation', 'no reason to be': 'negation', 'no reason to feel': 'negation',
  exactly: 'softener', precies: 'softener',
  'niet dat': 'negation', 'niet dat het': 'negation', 'not that': 'negation', "it's not that": 'negation',
  niet: 'negation', ni: 'negation', nie: 'negation', nt: 'negation', neet: 'negation', not: 'negation', "isn't": 'negation', isnt: 'negation',
  "aren't": 'negation', "don't": 'negation', "doesn't": 'negation', nooit: 'negation', never: 'negation',
  heel: 'intensifier', 'heel erg': 'intensifier', erg: 'intensifier', zeer: 'intensifier', echt: 'intensifier',
  hartstikke: 'intensifier', ontzettend: 'intensifier', super: 'intensifier', enorm: 'intensifier',
  // street words for "very" ("gaat kaolo goed", "hella good")
  kaolo: 'intensifier', hella: 'intensifier',
  wreed: 'intensifier', vet: 'intensifier', vette: 'intensifier', fat: 'intensifier', big: 'intensifier', mega: 'intensifier', zwaar: 'intensifier', dikke: 'intensifier',
  dik: 'intensifier', keihard: 'intensifier', ferm: 'intensifier', bere: 'intensifier', kei: 'intensifier', amai: 'intensifier',
  very: 'intensifier', really: 'intensifier', so: 'intensifier', extremely: 'intensifier', totally: 'intensifier', completely: 'intensifier', volledig: 'intensifier', compleet: 'intensifier',
  incredibly: 'intensifier', proper: 'intensifier', well: 'intensifier', damn: 'intensifier', bloody: 'intensifier',
  zo: 'softener', bepaald: 'softener', too: 'softener', that: 'softener', half: 'softener', helemaal: 'softener',
  'at all': 'softener',
  // a pronoun and verb between a negation and its mood word ("I wouldn't say it's bad", "niet dat het slecht is")
  "it's": 'softener', its: 'softener', "i'm": 'softener', im: 'softener', 'it is': 'softener', 'i am': 'softener', "'t is": 'softener',
  'het is': 'softener', 't is': 'softener', 'ik ben': 'softener', het: 'softener', it: 'softener', 'dat het': 'softener',
  'that it': 'softener', "that it's": 'softener', "that i'm": 'softener', 'dat ik': 'softener',
  // saying that turns the words after it around ("I wouldn't say", "ik zou niet zeggen dat")
  "wouldn't say": 'negation', 'wouldnt say': 'negation', 'would not say': 'negation', "wouldn't call it": 'negation',
  'zou niet zeggen': 'negation', 'zou niet zeggen dat': 'negation', 'ik zou niet zeggen dat': 'negation',
  geen: 'negation', "can't say it's": 'negation', "cant say its": 'negation', "can't say that": 'negation',
  'kan niet zeggen dat': 'negation', 'kan ik niet zeggen dat': 'negation', "can't say i'm": 'negation', 'cant say im': 'negation',
  "can't say i am": 'negation', "cannot say i'm": 'negation', "cannot say it's": 'negation', "can't say that i'm": 'negation', "i'm not saying": 'negation', 'not saying': 'negation',
  'niet zeggen dat': 'negation', 'zeg niet dat': 'negation', 'ik zeg niet dat': 'negation', 'niet dat ik': 'negation',
  "not that i'm": 'negation', "it's not that i'm": 'negation',
  // a subject between a negation and its mood word ("het is niet dat ik ongelukkig ben")
  ik: 'softener', i: 'softener', we: 'softener', wij: 'softener',
  // "never felt so good", "nog nooit zo slecht": the most there is, not a negation
  'nog nooit zo': 'superlative', 'nooit eerder zo': 'superlative', 'never felt so': 'superlative', 'never been so': 'superlative',
  'never felt this': 'superlative', 'never been this': 'superlative',
  bijzonder: 'booster', uitzonderlijk: 'booster', buitengewoon: 'booster', exceptionally: 'booster', extraordinarily: 'booster',
  beetje: 'diminisher', 'een beetje': 'diminisher', 'n beetje': 'diminisher', 'a bit': 'diminisher', 'a little': 'diminisher',
  bit: 'diminisher', slightly: 'diminisher', somewhat: 'diminisher', lichtjes: 'diminisher', ietwat: 'diminisher',
  enigszins: 'diminisher', 'a little bit': 'diminisher',
  pretty: 'moderator', quite: 'moderator', rather: 'moderator', fairly: 'moderator', vrij: 'moderator', tamelijk: 'moderator',
  behoorlijk: 'moderator',
  absolute: 'booster', utter: 'booster', utterly: 'booster', total: 'booster',
  'kan niet anders zeggen dan': 'opinion', 'ik kan niet anders zeggen dan': 'opinion', "can't say anything but": 'opinion',
  'cannot say anything but': 'opinion', 'should think': 'opinion', 'i should think': 'opinion', 'i should say': 'opinion',
  // a school mark meant as the score, and grading oneself ("goed (dus 8 zoals op school)", "I'd grade it a D")
  'zoals op school': 'opinion', 'als op school': 'opinion', 'net als op school': 'opinion', 'zoals vroeger op school': 'opinion',
  'like at school': 'opinion', 'like in school': 'opinion', 'as at school': 'opinion', 'as in school': 'opinion',
  'as a school grade': 'opinion', 'as a school mark': 'opinion', 'als schoolcijfer': 'opinion', 'als rapportcijfer': 'opinion',
  'grade it': 'opinion', 'grade myself': 'opinion', 'grade me': 'opinion', "i'd grade": 'opinion', "i'd grade it": 'opinion',
  'i would grade': 'opinion', 'i would grade it': 'opinion', 'i grade': 'opinion', 'i grade it': 'opinion', "i'd grade myself": 'opinion',
  // a doubt about something else than the score ("Not sure it matters but 6"), and the same as usual ("About the same as usual, a 7")
  'not sure it matters': 'aside', 'not sure if it matters': 'aside', 'not sure that it matters': 'aside', 'not sure it helps': 'aside',
  'not sure if it helps': 'aside', 'not sure this helps': 'aside', 'not sure if this helps': 'aside', 'weet niet of het uitmaakt': 'aside',
  'weet niet of het ertoe doet': 'aside', 'weet niet of het iets uitmaakt': 'aside', 'weet niet of dit helpt': 'aside',
  'about the same': 'softener', 'roughly the same': 'softener', 'much the same': 'softener', 'more or less the same': 'softener',
  'pretty much the same': 'softener', 'ongeveer hetzelfde': 'softener', 'ongeveer zoals': 'softener', 'min of meer hetzelfde': 'softener',
  'ongeveer als altijd': 'softener', 'ongeveer zoals altijd': 'softener',
  // an area the resident says is not asked now, or not to be asked about
  'vroeg je niet naar': 'unasked', 'daar vroeg je niet naar': 'unasked', 'vraag je niet naar': 'unasked', 'vroeg u niet naar': 'unasked',
  'daar vroeg u niet naar': 'unasked', 'niet naar gevraagd': 'unasked', 'vraag je later': 'unasked', 'vraagt later': 'unasked',
  'vraag je straks': 'unasked', 'vraagt straks': 'unasked', 'vraagt u later': 'unasked', 'vraag je zo': 'unasked', 'komt later': 'unasked',
  'komt straks': 'unasked', "you didn't ask": 'unasked', 'you didnt ask': 'unasked', 'you did not ask': 'unasked',
  "didn't ask about that": 'unasked', 'not what you asked': 'unasked', "you'll ask later": 'unasked', 'you will ask later': 'unasked',
  'when you ask': 'unasked', 'ging de vraag niet over': 'unasked', 'gaat de vraag niet over': 'unasked', 'was niet de vraag': 'unasked',
  'is niet de vraag': 'unasked', "that's not what you asked": 'unasked', "wasn't the question": 'unasked', 'not the question': 'unasked', "don't ask": 'unasked', 'dont ask': 'unasked', 'niet naar vragen': 'unasked',
  // a suggestion is the resident's decision ("How about a 4")
  'how about': 'instruction', 'what about': 'instruction', 'wat dacht je van': 'instruction', 'wat denk je van': 'instruction',
  // accepting a number ("Six will do", "een 6 volstaat")
  'will do': 'opinion', 'would do': 'opinion', volstaat: 'opinion', 'is wel goed zo': 'opinion', 'ik denk': 'opinion', 'denk ik': 'opinion', denk: 'opinion', 'i think': 'opinion', 'zonder twijfel': 'softener', 'zonder enige twijfel': 'softener', 'without a doubt': 'softener',
  'no doubt': 'softener', 'absoluut': 'softener', al: 'softener', te: 'softener', zozeer: 'softener', 'all that': 'softener',
};

/**
 * Sayings that are only the frame of the mood word beside them ("het gaat slecht", "het gaat wel lekker"): alone they mean
 * that things go, a little above the middle ("'t gaat", "ach, het gaat").
 */
export const FRAME_SAYINGS: readonly string[] = ['het gaat', 't gaat', 'het gaat wel', 't gaat wel', 'gaat wel'];

/**
 * Words that name an area of the check-in ("Fysiek 8, mentaal 4", "Life in general 9, health 4", "Mijn lichaam 5"): the number in the
 * part that names the area asked is the answer. Names only, no complaints: "moe" or "pijn" say how the area is, not which.
 */
export const AREA_WORDS: Readonly<Record<string, Dimension | 'work'>> = {
  lichaam: 'body', lijf: 'body', body: 'body', fysiek: 'body', lichamelijk: 'body', lichamelijke: 'body', physically: 'body',
  physical: 'body', bodywise: 'body', gezondheid: 'body', health: 'body', 'mijn lichaam': 'body',
  hoofd: 'mind', head: 'mind', mentaal: 'mind', mentally: 'mind', mental: 'mind', gevoel: 'mind', gevoelens: 'mind',
  gevoelsmatig: 'mind', feelings: 'mind', emotioneel: 'mind', emotionally: 'mind', emotional: 'mind', psychisch: 'mind',
  geest: 'mind', geestelijk: 'mind', geestelijke: 'mind', mentale: 'mind', psychologisch: 'mind', mind: 'mind', stemming: 'mind', mood: 'mind', humeur: 'mind',
  'dagelijks leven': 'daily', 'dagelijkse leven': 'daily', 'daily life': 'daily', 'everyday life': 'daily', 'everyday things': 'daily',
  'dagelijkse dingen': 'daily', 'gewone dingen': 'daily', huishouden: 'daily',
  // work as a thing one has, not the verb ("m'n werk maakt me gek", "my job"; "ik werk nog" names no area): being able to work is daily
  // life, and work is also taking part, so it names whichever of the two is asked (areas.ts)
  'mijn werk': 'work', "m'n werk": 'work', 'mn werk': 'work', 'my werk': 'work', 'het werk': 'work', 'my work': 'work', 'my job': 'work',
  'werk is': 'work', 'work is': 'work',
  meedoen: 'participation', 'joining in': 'participation', participation: 'participation', 'taking part': 'participation',
  sociaal: 'participation', social: 'participation', 'social life': 'participation', 'sociale leven': 'participation',
  'sociaal leven': 'participation',
  contacten: 'participation', 'sociale contacten': 'participation',
  ...ownBodyParts(),
  'contact met anderen': 'participation', 'contact met mensen': 'participation', 'contact met de buren': 'participation',
  'contact with others': 'participation', 'contact with people': 'participation', 'seeing people': 'participation', 'mensen zien': 'participation',
  'kwaliteit van leven': 'quality', levenskwaliteit: 'quality', 'quality of life': 'quality', 'life in general': 'quality',
  'leven in het algemeen': 'quality', 'het leven': 'quality', life: 'quality', leven: 'quality', genieten: 'quality',
  'enjoying life': 'quality',
  zingeving: 'meaning', 'zin in het leven': 'meaning', 'meaning in life': 'meaning', meaning: 'meaning', purpose: 'meaning',
  // faith and spirit as what gives meaning; one's spirits as how one feels; enjoying as quality of life
  spiritually: 'meaning', spiritual: 'meaning', spiritueel: 'meaning', spirituality: 'meaning', spiritualiteit: 'meaning',
  'my spirits': 'mind', 'mijn humeur': 'mind', enjoy: 'quality', 'i enjoy': 'quality', 'ik geniet': 'quality', geniet: 'quality',
  worthwhile: 'meaning', 'heeft zin': 'meaning', 'zin heeft': 'meaning',
  // life making little sense any more ("Het leven heeft weinig zin meer, 2")
  'weinig zin': 'meaning', 'zin meer': 'meaning', kwaal: 'body', kwalen: 'body', 'qua gevoel': 'mind',
};

/**
 * One's own part of the body names the body ("My mood is 6, my knees are 2", "mijn rug een 3"), so a part about it does not take the area
 * of the part before; the part alone ("back to normal") names nothing.
 */
function ownBodyParts(): Record<string, Dimension> {
  return Object.fromEntries(['mijn', "m'n", 'mn', 'mijne', 'my'].flatMap((mine) => BODY_PARTS.map((part): [string, Dimension] => [`${mine} ${part}`, 'body'])));
}

/**
 * Things that belong to one area without naming it ("Sleep 3, energy 6", "werk 8, vrienden 4", "thuis red ik me prima, een 8"): a
 * part scoring one of them is a part of that area. They only tell parts apart when an answer scores several ("volunteering 9, social
 * life 4" at the question about taking part is two parts of it; "genieten doe ik wel, 7, maar ik slaap slecht, 4" at the question about
 * quality of life is the 7); alone they name no area ("slaap 7/10" answers the question asked).
 */
export const AREA_PARTS: Readonly<Record<string, Dimension>> = {
  ...Object.fromEntries(BODY_PARTS.map((part): [string, Dimension] => [part, 'body'])),
  slaap: 'body', slapen: 'body', sleep: 'body', sleeping: 'body', eten: 'body', eating: 'body', bewegen: 'body', moving: 'body',
  beweging: 'body', exercise: 'body', pijn: 'body', pain: 'body', conditie: 'body', fitness: 'body', energie: 'body', energy: 'body',
  angst: 'mind', anxiety: 'mind', zorgen: 'mind', worries: 'mind', stress: 'mind', vrolijk: 'mind', somber: 'mind',
  thuis: 'daily', home: 'daily', boodschappen: 'daily', shopping: 'daily', koken: 'daily', cooking: 'daily', schoonmaken: 'daily',
  cleaning: 'daily', trap: 'daily', stairs: 'daily', administratie: 'daily', admin: 'daily', post: 'daily', geldzaken: 'daily',
  werk: 'participation', work: 'participation', job: 'participation', vrijwilligerswerk: 'participation', volunteering: 'participation',
  vrienden: 'participation', friends: 'participation', familie: 'participation', family: 'participation', buren: 'participation',
  neighbours: 'participation', sport: 'participation', club: 'participation', vereniging: 'participation',
  tuin: 'quality', garden: 'quality', tv: 'quality', muziek: 'quality', music: 'quality',
  geloof: 'meaning', faith: 'meaning', kerk: 'meaning', church: 'meaning',
};

/**
 * The words for the whole that mean what is left beside a part ("Mijn knie een 3, de rest een 8", "Knees 3, everything else 8"): at the
 * question about an area, beside a part of that area, the rest is the rest of it, so the two numbers are two candidates.
 */
export const REST_WORDS: readonly string[] = [
  'de rest', 'voor de rest', 'verder', 'voor het overige', 'afgezien daarvan', 'los daarvan', 'the rest', 'for the rest', 'otherwise',
  'apart from that', 'everything else', 'all else',
];

/**
 * Short names of an area that name it only as the heading of a number right after them ("Gezondheid 6, geluk 8, zin 9"): elsewhere they
 * are everyday words ("ik heb nergens zin in", "geluk gehad").
 */
export const AREA_HEADINGS: Readonly<Record<string, Dimension>> = { zin: 'meaning', geluk: 'quality', happiness: 'quality' };

/** Words at the start of a part that point back to the area named before ("Je vraagt later naar gevoel? Dat is 8."). */
export const AREA_POINTERS: readonly string[] = ['dat', 'daar', 'die', 'daarvoor', 'daarin', 'daarover', 'daarop', 'that', 'there', 'which'];

/** Every phrase the reader knows with its meaning; a mood word wins over a role with the same spelling. */
export const PHRASES: ReadonlyMap<string, PhraseMeaning> = new Map<string, PhraseMeaning>([
  ...Object.entries(ROLES),
  ...UNSURE.map((p): [string, PhraseMeaning] => [p, 'unsure']),
  ...Object.entries(MOOD).map(([p, v]): [string, PhraseMeaning] => [p.trim(), v]),
]);

/** Words between two numbers that settle on the second one ("net geen 7, dus 6,5", "2 kids under 5, so a 6"). */
export const CONCLUSION_WORDS: readonly string[] = ['dus', 'so', 'daarom', 'therefore', 'hence', 'anyway', 'enfin'];

/**
 * Words right before a number (after its article) that make it a point of comparison beside the answer, not the answer:
 * "bijna zeven" next to "zes en een half", "under 5" next to "a 6". Alone, such a number is still a guess at the score.
 */
export const REFERENCE_BEFORE: readonly string[] = [
  'bijna', 'net geen', 'net onder', 'net boven', 'onder', 'boven', 'hoger dan', 'lager dan', 'meer dan', 'minder dan',
  'almost', 'nearly', 'not quite', 'just under', 'just over', 'under', 'above', 'below', 'higher than', 'lower than',
  'more than', 'less than', 'slechter dan', 'beter dan', 'worse than', 'better than', 'just above', 'just below',
  'iets onder', 'iets boven', 'ietsje onder', 'ietsje boven', 'bit under', 'bit over', 'bit above', 'bit below', 'little under',
  'little over', 'slightly under', 'slightly over', 'slightly above', 'slightly below',
  // on the way to the number ("eight and a half, going on nine", "nearing 7"): close to it, as "bijna"
  'going on', 'nearing', 'approaching', 'verging on', 'bordering on', 'op weg naar',
];

/** Points of comparison that put the score below or above the number ("below 5" is 4, "higher than 8" is 9). */
export const BELOW_BEFORE: readonly string[] = [
  'net geen', 'net onder', 'onder', 'lager dan', 'minder dan', 'not quite', 'just under', 'under', 'below', 'lower than', 'less than',
  'slechter dan', 'worse than', 'just below', 'iets onder', 'ietsje onder', 'bit under', 'bit below', 'little under', 'slightly under',
  'slightly below',
];
export const ABOVE_BEFORE: readonly string[] = [
  'net boven', 'boven', 'hoger dan', 'meer dan', 'just over', 'above', 'higher than', 'more than', 'beter dan', 'better than',
  'just above', 'iets boven', 'ietsje boven', 'bit over', 'bit above', 'little over', 'slightly over', 'slightly above',
];
/**
 * Comparisons close to the number: just under it is the whole number below ("net geen 6" is a 5: the scale has no 5.9), just over it
 * is the number itself ("a bit over 7" is a 7). The others lie a whole point away on both sides.
 */
export const NEAR_COMPARISONS: readonly string[] = [
  'net geen', 'net onder', 'net boven', 'not quite', 'just under', 'just over', 'just above', 'just below', 'iets onder', 'iets boven',
  'ietsje onder', 'ietsje boven', 'bit under', 'bit over', 'bit above', 'bit below', 'little under', 'little over', 'slightly under',
  'slightly over', 'slightly above', 'slightly below',
];

/**
 * Words right after a number that take it back without another in its place ("7 nee toch niet", "8, scratch that", "een 6, laat maar"):
 * with no number after them, the answer is open again.
 */
export const WITHDRAWALS: readonly string[] = [
  'toch niet', 'nee toch niet', 'neen toch niet', 'toch maar niet', 'laat maar', 'laat maar zitten', 'vergeet dat', 'vergeet het',
  'streep dat door', 'streep dat maar door', 'grapje', 'geintje', 'scratch that', 'scrap that', 'forget that', 'forget it', 'never mind', 'nevermind',
  'nvm', 'jk', 'just kidding', 'just joking', 'kidding', 'actually no', 'no wait', 'nee wacht', 'wacht nee', 'not really', 'eigenlijk niet',
];

/** Words right before a number (after its article) that say the score is not that number ("geen 5", "not a 10", "ipv 4", "instead of 4"). */
export const NUMBER_NEGATIONS: readonly string[] = ['geen', 'gene', 'niet', 'nie', 'ni', 'not', 'nooit', 'never', 'neither', 'nor', 'noch', 'ipv'];
/** Phrases right before a number that put another in its place ("in plaats van 4", "instead of 4", "rather than 4"). */
export const INSTEAD_BEFORE: readonly string[] = ['in plaats van', 'inplaats van', 'instead of', 'rather than', 'in stead of'];

/**
 * Words right before a number that take that number back, whatever follows ("Vergeet die 10, dat was mijn kleinzoon. 6.", "ignore the 3,
 * I meant 8"): it is no candidate.
 */
export const WITHDRAWN_BEFORE: readonly string[] = [
  'vergeet die', 'vergeet de', 'vergeet het', 'vergeet maar die', 'vergeet maar de', 'negeer die', 'negeer de', 'schrap die', 'schrap de',
  'forget the', 'forget that', 'ignore the', 'ignore that', 'scrap the', 'scrap that',
];

/** Negations that, before a second one, say "always" ("never not tired") rather than a mild "yes" ("not not happy"). */
export const ALWAYS_NEGATIONS: readonly string[] = ['never', 'nooit', 'nimmer'];

/** Words that make "van 8 naar 6" a change, so the second number is the score now ("gezakt van een 8 naar een 6"). */
export const CHANGE_WORDS: readonly string[] = [
  'gezakt', 'gedaald', 'gestegen', 'gegaan', 'teruggevallen', 'teruggezakt', 'opgeklommen', 'verbeterd', 'verslechterd', 'zakte',
  'daalde', 'steeg', 'ging', 'gekelderd', 'dropped', 'fell', 'fallen', 'went', 'gone', 'risen', 'rose', 'improved', 'slipped',
  'declined', 'sank', 'sunk', 'climbed', 'moved',
];

/**
 * The scale's own words beside the answer: the span of the scale ("op een schaal van 0 tot 10", "0-10?"), the words that name it,
 * and a definition of an end ("0 = heel slecht", "als 1 het beste is", "if 10 is best"), whose numbers are never the answer.
 */
export const SCALE_NAMES: readonly string[] = ['schaal', 'schaaltje', 'scale', 'rating'];
export const SCALE_JOINS: readonly string[] = ['tot', 'to', '-', 't/m', 'till', 'until', 'through', 'en', 'and', 'à', 'á'];
/** Words before an end of the scale that make it a condition ("als 1 het beste is", "if 10 is best", "where 0 is the worst"). */
export const SCALE_CONDITIONS: readonly string[] = ['als', 'if', 'when', 'wanneer', 'waarbij', 'where', 'whereby', 'assuming', 'indien'];
/** Words between an end of the scale and the word that names it ("10 is the best", "0 = heel slecht", "1 staat voor slecht"). */
export const SCALE_LINKS: readonly string[] = [
  'is', 'het', 'the', 'de', 'heel', 'zeer', 'erg', 'very', 'really', 'means', 'betekent', 'staat', 'voor', 'for', 'being', 'zijn',
];
export const SCALE_TOP: readonly string[] = [
  'best', 'beste', 'hoogste', 'highest', 'top', 'goed', 'good', 'perfect', 'perfectie', 'maximum', 'max', 'uitstekend', 'excellent',
  'great', 'super', 'geweldig', 'fantastisch', 'gezond', 'healthy', 'happy', 'gelukkig',
];
export const SCALE_BOTTOM: readonly string[] = [
  'slechtst', 'slechtste', 'worst', 'laagste', 'lowest', 'slecht', 'bad', 'terrible', 'awful', 'vreselijk', 'verschrikkelijk',
  'minimum', 'bottom', 'ziek', 'sick', 'dood', 'dead', 'ellendig', 'miserable',
];

/**
 * Topics that are a measure with a number of their own ("BP 150/95", "suiker 7.2", "Pain is 6 out of 10"): the number right after one
 * is the measure, and the rest of its part may still hold the answer ("BP 150/95 and I feel like a 5").
 */
export const MEASURES: readonly string[] = [
  'suiker', 'bloedsuiker', 'bloeddruk', 'temperatuur', 'koorts', 'pols', 'hartslag', 'cholesterol', 'glucose', 'pijnscore', 'sugar',
  'blood sugar', 'blood pressure', 'temperature', 'fever', 'pulse', 'heart rate', 'pain score', 'pain level', 'bp', 'inr', 'bmi',
  'hba1c', 'saturatie', 'saturation', 'sats', 'hb', 'suikerwaarde', 'pijn is', 'de pijn is', 'pijnniveau', 'pain', 'the pain is',
  'my pain is', 'mijn pijn is',
];

/** People and animals whose age follows "van" or "of" ("2 kinderen van 7 en 9", "a grandson of 5"). */
export const PEOPLE: readonly string[] = [
  'kinderen', 'kind', 'kids', 'kid', 'kindje', 'zoon', 'zonen', 'dochter', 'dochters', 'kleinzoon', 'kleindochter', 'kleinkinderen',
  'kleinkind', 'jongen', 'jongens', 'meisje', 'meisjes', 'broer', 'zus', 'broertje', 'zusje', 'hond', 'kat', 'poes', 'man', 'vrouw',
  'children', 'child', 'son', 'sons', 'daughter', 'daughters', 'grandson', 'granddaughter', 'grandchildren', 'boy', 'boys', 'girl', 'girls',
  'dog', 'cat',
];

/** Topics that label the number right after them, and only that number ("Ik woon op nummer 7 en ik geef een 5", "room 4, and a 6"). */
export const LABELS: readonly string[] = [
  'nummer', 'huisnummer', 'kamernummer', 'kamer', 'postcode', 'telefoonnummer', 'adres', 'leeftijd', 'bus', 'lijn', 'tram', 'number',
  'room', 'address', 'age', 'phone number',
];

/** Words between the numbers of a change ("van 8 naar 6", "from 8 to 6"). */
export const CHANGE_TO: readonly string[] = ['naar', 'to', 'into'];

/** Prefixes that make a mood word stronger ("hondsmoe", "keigoed", "bereslecht"). */
export const INTENSIFYING_PREFIXES: readonly string[] = ['honds', 'dood', 'kei', 'bere', 'super', 'mega', 'reuze', 'oer', 'rot', 'kut', 'klote'];

/** Prefixes that turn a good word bad ("onaardig", "unsatisfied"), so that "niet onaardig" reads as the litotes it is. */
export const NEGATING_PREFIXES: readonly string[] = ['on', 'un', 'dis'];

/** Negations that understate, so the bad word after them means good ("allesbehalve slecht", "not exactly bad", "niet bepaald slecht"). */
export const UNDERSTATEMENTS: readonly string[] = [
  'allesbehalve', 'alles behalve', 'anything but', 'far from', 'verre van', 'bepaald', 'exactly', 'precies', 'geen reden om',
  'geen reden tot', 'no reason to be', 'no reason to feel',
];

/** Words that put a clock time on a number ("om 8", "at 8", "8pm", "8 o'clock"). */
export const CLOCK_BEFORE: readonly string[] = ['om', 'at', 'by', 'tegen', 'vanaf'];
export const CLOCK_AFTER: readonly string[] = ['am', 'pm', 'oclock', "o'clock"];

/** Words before the first of two numbers, or between them, that make a range ("tussen 4 en 6", "van 5 tot 7", "5-7"). */
export const RANGE_BEFORE: readonly string[] = ['tussen', 'between', 'van', 'from'];
export const RANGE_BETWEEN: readonly string[] = ['tot', 'to', 'à', 'á', 'a', 'till', 'until', '-', 't/m'];

/** Words of doubt before "tussen"/"between" that make the two numbers two candidates, not a range ("ik twijfel tussen 4 en 6"). */
export const TORN_WORDS: readonly string[] = [
  'twijfel', 'twijfelen', 'twijfelt', 'schommel', 'schommelt', 'wissel', 'torn', 'doubt', 'doubting', 'hesitate', 'hesitating',
  'undecided', 'choose', 'choosing', 'kiezen', 'switching',
  // going back and forth between two ("I flip between 5 and 8", "ik schommel tussen 4 en 7")
  'flip', 'flips', 'flipping', 'swing', 'swings', 'swinging', 'alternate', 'alternating', 'wisselen', 'schommelen', 'pendel', 'pendelen',
];

/** Time words before "week", "maand", "jaar" that make them a time, not a count ("deze maand 4", "vorige week 6"). */
export const TIME_DETERMINERS: readonly string[] = [
  'deze', 'dit', 'vorige', 'vorig', 'afgelopen', 'volgende', 'komende', 'this', 'last', 'next', 'past', 'coming',
];

/** Sounds of thinking that do not make the number after them a guess ("hmm 5", "tja, een 6"). */
export const THINKING_SOUNDS: readonly string[] = [
  'hmm', 'hm', 'hmmm', 'tja', 'tsja', 'pff', 'pfff', 'uhm', 'ehm', 'euh', 'uh', 'um', 'eh', 'ehh', 'uhh', 'euhm', 'ehhm',
];
/** Words that put a number as a question to confirm, right before the question mark ("Een zesje zeker?", "7 toch?", "5 right?"). */
export const QUESTION_TAGS: readonly string[] = ['zeker', 'toch', 'right', 'hè', 'he', 'eh'];

/** Words skipped inside a phrase ("het gaat u eigenlijk niets aan", "ik zit er nogal mee in"). */
export const FILLERS: readonly string[] = ['eigenlijk', 'nogal', 'ff', 'even', 'eventjes', 'efkes', 'effe', 'gewoon'];

/** Chat and Flemish spellings read as the standard word when matching phrases ("lekker in m'n vel", "'t is nie alles"). */
export const SPELLINGS: Readonly<Record<string, string>> = {
  "m'n": 'mijn', mn: 'mijn', mijne: 'mijn', me: 'mijn', "z'n": 'zijn', zn: 'zijn', nie: 'niet', ni: 'niet', neet: 'niet', nt: 'niet', k: 'ik',
  t: 'het', da: 'dat', goe: 'goed', gao: 'gaat', gaot: 'gaat', goat: 'gaat', geit: 'gaat', "can't": 'kan niet', cant: 'kan niet', ruime: 'ruim', wa: 'wat', nen: 'een', ne: 'een', gij: 'jij', ge: 'je',
  // Flemish and the dialects of the north and east ("mijn kinders zeggen", "nait slecht", "ik bin tefreden", "'t is krek goed")
  kinders: 'kinderen', nait: 'niet', niks: 'niets', bin: 'ben', tefreden: 'tevreden', tevree: 'tevreden', krek: 'precies',
  // Limburgish ("ich bin tevreeje", "neet gelökkig")
  tevreeje: 'tevreden', 'gelökkig': 'gelukkig',
  // Gronings "kloagen" ("Mag nait kloagen")
  kloagen: 'klagen',
};

/**
 * Endings of a diminutive ("tienke", "zevenke", "achtske", "voldoendetje", Haags "achtjuh", "zeventjuh"): the word without them means the
 * same.
 */
export const DIMINUTIVE_ENDINGS: readonly string[] = ['tje', 'je', 'ke', 'ken', 'ske', 'sken', 'eke', 'tjuh', 'juh'];

/** School letter grades ("a C", "an A+", "C minus"), read only after "a"/"an" or before a plus or minus; a sign moves a point. */
export const LETTER_GRADES: Readonly<Record<string, number>> = { a: 9, b: 8, c: 6, d: 4, f: 2 };

/** Words about knowing or saying that, with a negation near them, say "I cannot say" ("ik weet het even niet", "can't tell"). */
export const KNOW_WORDS: readonly string[] = [
  'weet', 'weten', 'zeggen', 'inschatten', 'beoordelen', 'kiezen', 'bepalen', 'know', 'knows', 'say', 'tell', 'decide', 'choose',
  'judge',
];
export const KNOW_NEGATIONS: readonly string[] = [
  'niet', 'ni', 'nie', 'geen', 'nooit', "don't", 'dont', "can't", 'cant', 'cannot', 'not', "couldn't", 'couldnt',
  "doesn't", 'no',
];

/** Emoji with a clear meaning; variation selectors, skin tones and gender signs are removed before lookup. */
export const EMOJI_SCORES: Readonly<Record<string, number>> = {
  '😀': 8, '😃': 8, '😄': 8, '😁': 8, '😆': 8, '🤩': 10, '😍': 9, '🥰': 9, '😊': 8, '🙂': 7, '😌': 7, '😎': 8,
  '🥳': 9, '😇': 8, '☺': 8, '🤗': 8, '😋': 8, '😺': 8, '💯': 10, '❤': 8, '💖': 9, '💕': 9, '💗': 9, '🧡': 9, '💛': 9,
  '💚': 9, '💙': 9, '💜': 9, '♥': 8, '🔥': 9, '⭐': 8, '🌟': 9, '✨': 8, '☀': 8, '🌞': 8, '🌈': 8, '🏆': 9, '🎉': 9,
  '👍': 7, '👌': 7, '💪': 8, '🙌': 9, '👏': 8, '✅': 7, '😐': 5, '😑': 5, '😶': 5, '🫤': 5, '😕': 4, '😬': 4,
  '🙁': 4, '☹': 3, '😟': 3, '😞': 3, '😔': 3, '😒': 4, '😣': 3, '😖': 3, '😫': 2,
  '😩': 2, '😢': 3, '😥': 3, '😰': 3, '😨': 3, '😭': 2, '💔': 2, '🤒': 3, '🤕': 3, '🤢': 2, '🤮': 2, '🥵': 3,
  '🥶': 3, '👎': 3, '🌧': 3, '⛈': 2, '☁': 4, '😵': 2, '😡': 2, '🤬': 1, '😠': 3, '🫠': 4, '🪫': 3, '🔋': 8, '🆗': 6,
  '🤧': 3, '🥴': 4, '😷': 3, '😓': 3, '🥺': 3, '😤': 3, '🤯': 2, '💩': 2, '😅': 6, '🤙': 7, '🆒': 8, '🔝': 9,
  // heart hands, the weather between sun and storm, a wilted flower
  '🫶': 9, '🌤': 7, '⛅': 6, '🌥': 5, '🌦': 4, '🌪': 2, '🥀': 3,
  // joined emoji, written with their zero-width joiner: a dizzy face, a sigh, a face in the clouds, a mended heart
  '😵\u200D💫': 3, '😮\u200D💨': 4, '😶\u200D🌫': 4, '❤\u200D🩹': 6,
};

/**
 * Words whose typing slips are corrected (see typos.ts), besides the number words: mood words long enough that a slip
 * is still recognisable, and "wel" for "gaat wle".
 */
export const TYPO_TARGETS: readonly string[] = [
  'prima', 'redelijk', 'slecht', 'goed', 'fine', 'good', 'great', 'okay', 'matig', 'voldoende', 'onvoldoende', 'geweldig',
  'super', 'uitstekend', 'belabberd', 'beroerd', 'waardeloos', 'gemiddeld', 'lekker', 'tevreden', 'fantastisch', 'wel',
  'terrible', 'awful', 'decent', 'alright', 'excellent', 'bad',
];

/** Real words that are one slip away from a number or mood word ("echt", "even", "there"): never corrected. */
export const TYPO_NOT: readonly string[] = [
  'dire', 'tine', 'zeen', 'zeden', 'zegen', 'engen', 'neten', 'neven', 'neren', 'even', 'gegen', 'hegen', 'neben', 'segen',
  'tow', 'tree', 'thee', 'threw', 'there', 'sven', 'sight', 'fight', 'wight', 'dight', 'prim', 'priam', 'gode', 'greta',
  'lekke', 'alight', 'aright', 'ight', 'neuen', 'zehen',
];

/**
 * Letters that sound alike in a number word, as residents who write by ear spell them ("zefen", "aggt", "fijf", "dri", "neegen",
 * "sevn"): each spelling on the left may be written as any on the right. A number word spelt by ear is read and confirmed first.
 * "en" and "e" stand for a last syllable ("zeven" said "zeve" or "zevn"); a lone "e" before one consonant and a vowel is long ("neegen", "niegen").
 */
export const SOUND_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ch', ['g', 'gg', 'gh', 'ggh', 'ggt']], ['ij', ['ei', 'ey', 'y', 'ie', 'eij']], ['ie', ['i', 'ih']], ['ee', ['e']], ['v', ['f']],
  ['f', ['v']], ['z', ['s']], ['x', ['ks', 'cks', 'kx']], ['th', ['t']],
];

/** Real words that sound like a number word when spelt by ear ("tin" for "tien", "sees" for "zes", "sen"): never read as the number. */
export const SOUND_NOT: readonly string[] = [
  'tin', 'sees', 'teen', 'dry', 'sex', 'sicks', 'vee', 'fee', 'fir', 'three', 'tree', 'thee', 'tee', 'tweed', 'sieve', 'zeef', 'seve',
  'fief', 'vives', 'fives', 'seen', 'sen', 'tie', 'agt', 'egt', 'vein', 'fein', 'feine', 'sevens', 'zevens', 'vine', 'neef', 'noen', 'negeer', 'nee', 'dree',
  'sessie', 'entje', 'vive', 'seggs', 'segs', 'sehn', 'tre', 'vir',
];

/**
 * Real words a key away from a short number word ("wacht" and "zacht" beside "acht", "toen" beside "tien", "mine" and "none" beside
 * "nine"): never read as the number, even where a score stands.
 */
export const SHORT_TYPO_NOT: readonly string[] = [
  'tweed', 'dries', 'dried', 'drier', 'erie', 'dier', 'gier', 'bier', 'voer', 'vies', 'vlier', 'viert', 'zacht', 'wacht', 'sacht', 'toen',
  'rien', 'fien', 'gull', 'hull', 'bull', 'mull', 'wins', 'sins', 'fins', 'reins', 'eine', 'eind', 'drek', 'nein', 'tour', 'pour', 'dour',
  'flour', 'fout', 'dive', 'give', 'fife', 'fiver', 'fives', 'rive', 'mine', 'none', 'nines', 'niner', 'then', 'tern', 'aero', 'seins',
  'achy', 'eins', 'zees', 'sixs', 'vijft', 'zess',
];

/** The words on the buttons at the ends of the scale (the scale in prompts/nl/checkin.json and prompts/en/checkin.json), which chosen by name are that end ("zet maar op heel slecht"). */
export const BUTTON_ENDS: Readonly<Record<string, number>> = {
  'heel slecht': 0, 'zeer slecht': 0, 'very bad': 0, 'heel goed': 10, 'zeer goed': 10, 'very good': 10,
};

/** Words of clicking or choosing a button ("tick the very good one", "klik maar heel goed"). */
export const CLICK_WORDS: readonly string[] = [
  'tick', 'click', 'press', 'pick', 'choose', 'select', 'tap', 'hit', 'klik', 'kies', 'druk', 'tik', 'vink', 'neem', 'pak',
];

/** Star emoji, counted out of ten when there are more than the five of a review ("⭐⭐⭐⭐⭐⭐⭐" is about a 7). */
export const STAR_EMOJI: readonly string[] = ['⭐', '🌟'];

/** Emoji that say "I cannot say" (a shrug). */
export const UNSURE_EMOJI: readonly string[] = ['🤷', '🤔'];
