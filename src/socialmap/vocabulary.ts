import type { Dimension } from '../health/dimensions.js';
import type { Tag, Weekday } from './model.js';

/**
 * The words a municipal employee may write in the activities file, mapped to the keys the code uses.
 * Keys are compared lower-case with spaces and dashes treated alike; English keys are always accepted too.
 */

/** Dutch names of the six dimensions, as the file may write them. The first entry is used in reports. */
export const DIMENSION_WORDS: Record<Dimension, readonly string[]> = {
  body: ['lichaam', 'lichaamsfuncties', 'lichamelijk'],
  daily: ['dagelijks', 'dagelijks functioneren'],
  participation: ['meedoen'],
  quality: ['kwaliteit', 'kwaliteit van leven'],
  mind: ['mentaal', 'mentaal welbevinden'],
  meaning: ['zingeving'],
};

/** Dutch words for the tags. The first entry is the one shown in reports. */
export const TAG_WORDS: Record<Tag, readonly string[]> = {
  walking: ['wandelen', 'lopen'],
  sports: ['sport', 'sporten', 'bewegen'],
  cooking: ['koken'],
  'eating-together': ['samen eten', 'maaltijd'],
  'meeting-people': ['ontmoeten', 'mensen ontmoeten', 'contact'],
  volunteering: ['vrijwilligerswerk', 'vrijwilliger'],
  'sharing-skills': ['talent delen', 'vaardigheden delen', 'je kunnen delen'],
  learning: ['leren', 'cursus'],
  creative: ['creatief', 'tekenen', 'schilderen'],
  music: ['muziek', 'zingen'],
  gardening: ['tuinieren', 'moestuin'],
  nature: ['natuur', 'buiten'],
  crafts: ['handwerk', 'klussen', 'repareren'],
  reading: ['lezen', 'boeken'],
  language: ['taal', 'nederlands oefenen'],
  'digital-skills': ['digitaal', 'computer', 'digitale vaardigheden'],
  relaxation: ['ontspanning', 'ontspannen', 'rust'],
  talking: ['praten', 'gesprek'],
  'money-matters': ['geldzaken', 'brieven en formulieren', 'administratie'],
  housing: ['wonen'],
  'care-for-others': ['zorgen voor anderen', 'mantelzorg', 'maatje'],
  games: ['spelletjes', 'spellen', 'kaarten'],
  children: ['kinderen', 'kleinkinderen'],
};

/** Day words: Dutch short and long forms, English, and the HSDS codes themselves. */
export const WEEKDAY_WORDS: Record<Weekday, readonly string[]> = {
  MO: ['ma', 'maandag', 'mon', 'monday'],
  TU: ['di', 'dinsdag', 'tue', 'tuesday'],
  WE: ['wo', 'woensdag', 'wed', 'wednesday'],
  TH: ['do', 'donderdag', 'thu', 'thursday'],
  FR: ['vr', 'vrijdag', 'fri', 'friday'],
  SA: ['za', 'zaterdag', 'sat', 'saturday'],
  SU: ['zo', 'zondag', 'sun', 'sunday'],
};

/** Words that mean "no fixed time: by appointment". */
export const APPOINTMENT_WORDS = ['op afspraak', 'afspraak', 'by appointment', 'appointment'];

/** Words that mean free, and that mean "free or cheaper with the city pass". */
export const FREE_WORDS = ['gratis', 'free', 'geen kosten', 'kosteloos'];
export const CITYPASS_WORDS = ['stadspas', 'met stadspas', 'met de stadspas', 'city pass', 'with city pass', 'citypass'];

/** Yes and no for the "meegaan" column. An empty cell means no. */
export const YES_WORDS = ['ja', 'yes', 'true', 'waar', '1', 'x', 'j', 'y'];
export const NO_WORDS = ['nee', 'no', 'false', 'onwaar', '0', 'n', ''];

/** Language names a file may use instead of ISO 639-1 codes. */
export const LANGUAGE_WORDS: Record<string, readonly string[]> = {
  nl: ['nederlands', 'dutch'],
  en: ['engels', 'english'],
  de: ['duits', 'german'],
  fr: ['frans', 'french'],
  es: ['spaans', 'spanish'],
  ar: ['arabisch', 'arabic'],
  tr: ['turks', 'turkish'],
  pl: ['pools', 'polish'],
  uk: ['oekraiens', 'oekraïens', 'ukrainian'],
  ti: ['tigrinya', 'tigrinya'],
  so: ['somalisch', 'somali'],
};

/** Lower-case, trimmed, with runs of spaces, dashes and underscores made one space, for comparing words. */
export function normaliseWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** Builds a word → key lookup that also accepts each key itself. */
export function lookup<K extends string>(words: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) {
    map.set(normaliseWord(key), key);
    for (const word of words[key]) map.set(normaliseWord(word), key);
  }
  return map;
}
