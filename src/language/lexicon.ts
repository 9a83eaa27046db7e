/**
 * Word lists for the offline sentiment analyser, Dutch and English together.
 * Values run from -1 (very negative) to 1 (very positive); they are tuned for short
 * check-in answers ("prima", "gaat wel", "niet zo best"), not for long reviews.
 * Keys are lowercase without accents; the analyser normalises input the same way.
 */

/** Multi-word expressions, matched before single words so that "gaat wel" is not read as "gaat" + "wel". */
export const PHRASES: Readonly<Record<string, number>> = {
  'gaat wel': 0.1,
  'het gaat wel': 0.1,
  'zo zo': -0.05,
  'kan beter': -0.25,
  'kon beter': -0.25,
  'valt mee': 0.2,
  'valt tegen': -0.4,
  'geen zin': -0.45,
  'niet zo best': -0.45,
  'niet best': -0.45,
  'niks aan de hand': 0.4,
  'naar de knoppen': -0.7,
  'in de put': -0.7,
  'not great': -0.4,
  'not so great': -0.4,
  'could be better': -0.25,
  'so so': -0.05,
  'not too bad': 0.25,
  'all right': 0.3,
  'fed up': -0.5,
  'het zat': -0.4,
  'zat het': -0.4,
};

/** Single words. */
export const WORDS: Readonly<Record<string, number>> = {
  // Dutch, positive
  goed: 0.6, prima: 0.6, fijn: 0.6, lekker: 0.6, leuk: 0.6, blij: 0.7, tevreden: 0.6, best: 0.5, oke: 0.3, ok: 0.3, okay: 0.3,
  redelijk: 0.3, aardig: 0.3, voldoende: 0.2, top: 0.8, super: 0.9, fantastisch: 0.9, geweldig: 0.9, heerlijk: 0.8, mooi: 0.6,
  uitstekend: 0.9, perfect: 0.9, gezellig: 0.6, gelukkig: 0.7, fit: 0.5, sterk: 0.4, rustig: 0.3, ontspannen: 0.5, vrolijk: 0.7,
  positief: 0.5, trots: 0.6, dankbaar: 0.6, prettig: 0.5, gezond: 0.5, opgewekt: 0.6, energiek: 0.6, toppie: 0.8, prachtig: 0.8,
  zin: 0.3, beter: 0.3, zozo: -0.05, hoopvol: 0.5, tof: 0.6, gaaf: 0.6, geslaagd: 0.5,
  // Dutch, negative
  slecht: -0.6, beroerd: -0.7, rot: -0.6, rottig: -0.6, matig: -0.3, belabberd: -0.7, waardeloos: -0.8, verschrikkelijk: -0.9,
  vreselijk: -0.9, afschuwelijk: -0.9, ellendig: -0.8, moe: -0.35, verdrietig: -0.6, somber: -0.6, eenzaam: -0.6,
  boos: -0.5, bang: -0.5, angstig: -0.6, zorgen: -0.4, stress: -0.5, gestrest: -0.5, ziek: -0.5, pijn: -0.5,
  moeilijk: -0.4, zwaar: -0.5, lastig: -0.3, ongelukkig: -0.7, down: -0.5, depressief: -0.8, treurig: -0.6, zielig: -0.4,
  uitgeput: -0.6, kapot: -0.5, onrustig: -0.4, pech: -0.4, balen: -0.5, baal: -0.5, mis: -0.3, beroerde: -0.7,
  slechte: -0.6, klote: -0.7, kut: -0.6, shit: -0.6, teleurgesteld: -0.5, gefrustreerd: -0.5, geirriteerd: -0.4,
  // English, positive
  good: 0.6, great: 0.8, fine: 0.4, nice: 0.6, happy: 0.7, glad: 0.6, excellent: 0.9, fantastic: 0.9, wonderful: 0.9, amazing: 0.9,
  awesome: 0.9, lovely: 0.7, well: 0.4, better: 0.3, content: 0.5, calm: 0.3, alright: 0.3, relaxed: 0.5, cheerful: 0.7, grateful: 0.6,
  // English, negative
  bad: -0.6, awful: -0.8, terrible: -0.9, horrible: -0.9, poor: -0.5, sad: -0.6, lonely: -0.6, tired: -0.35, exhausted: -0.6,
  miserable: -0.8, unhappy: -0.7, worried: -0.5, anxious: -0.6, angry: -0.5, sick: -0.5, ill: -0.5, rough: -0.5, lousy: -0.7,
  depressed: -0.8, stressed: -0.5, meh: -0.1, worse: -0.5, worst: -0.8, upset: -0.5, crap: -0.6,
};

/** Text emoticons and emoji (without the U+FE0F variation selector). */
export const EMOJI: Readonly<Record<string, number>> = {
  '😀': 0.7, '😃': 0.7, '😄': 0.7, '😁': 0.7, '😆': 0.7, '😊': 0.6, '🙂': 0.4, '😉': 0.4, '😍': 0.8, '🥰': 0.8, '😎': 0.6,
  '🤗': 0.6, '👍': 0.5, '👌': 0.5, '💪': 0.5, '🎉': 0.7, '❤': 0.6, '♥': 0.6, '💕': 0.6, '😌': 0.4, '☺': 0.5, '🌞': 0.5, '☀': 0.4,
  '😐': 0, '😶': 0, '🤷': 0, '😑': -0.1,
  '😕': -0.3, '🙁': -0.4, '☹': -0.5, '😟': -0.5, '😞': -0.5, '😔': -0.5, '😢': -0.6, '😥': -0.5, '😭': -0.7, '😩': -0.6,
  '😫': -0.6, '😡': -0.7, '😠': -0.6, '👎': -0.5, '💔': -0.7, '😴': -0.2, '🤒': -0.5, '🤕': -0.5, '😰': -0.6, '😱': -0.5,
  ':)': 0.4, ':-)': 0.4, ':d': 0.7, ':-d': 0.7, ';)': 0.4, ':(': -0.4, ':-(': -0.4, ":'(": -0.6,
};

/** Words that flip the next sentiment word within a short window. */
export const NEGATORS: readonly string[] = [
  'niet', 'geen', 'nooit', 'niks', 'nergens', 'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'cant', 'nothing',
];

/** Words that make the next sentiment word stronger (factor > 1) or weaker (factor < 1). */
export const MODIFIERS: Readonly<Record<string, number>> = {
  heel: 1.5, erg: 1.5, super: 1.6, zeer: 1.5, echt: 1.3, ontzettend: 1.6, enorm: 1.6, hartstikke: 1.6, vreselijk: 1.6, zo: 1.2,
  hele: 1.4, extra: 1.3, behoorlijk: 1.2, very: 1.5, really: 1.3, so: 1.2, extremely: 1.6, totally: 1.5, pretty: 1.1,
  beetje: 0.6, vrij: 0.8, redelijk: 0.8, bit: 0.6, slightly: 0.6, somewhat: 0.7, quite: 0.9,
};

/** Words after which the rest of the sentence counts more than what came before ("goed, maar moe"). */
export const CONTRAST: readonly string[] = ['maar', 'but', 'though', 'however', 'echter'];

/** How strongly a negated word flips: "niet goed" is clearly negative, "niet slecht" only mildly positive. */
export const NEGATE_POSITIVE = -0.8;
export const NEGATE_NEGATIVE = -0.45;
