import type { Locale } from '../content/locales.js';

/**
 * Frequent words per language, for offline language detection. Words shared by both
 * languages ("is", "in", "me", "we") count for both and therefore decide nothing.
 */
export const FUNCTION_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  nl: [
    'ik', 'je', 'jij', 'u', 'het', 'de', 'een', 'en', 'is', 'niet', 'wel', 'met', 'van', 'op', 'te', 'dat', 'die', 'wat', 'maar',
    'ook', 'zo', 'nog', 'al', 'er', 'ben', 'bent', 'was', 'heb', 'heeft', 'hebben', 'voor', 'naar', 'om', 'bij', 'uit', 'aan', 'mijn',
    'me', 'mij', 'we', 'wij', 'zij', 'ze', 'hij', 'goed', 'gaat', 'hoor', 'heel', 'erg', 'dank', 'bedankt', 'ja', 'nee', 'graag',
    'alleen', 'vandaag', 'beetje', 'geen', 'kan', 'wil', 'moet', 'zijn', 'als', 'dan', 'of', 'in', 'hoe', 'waar', 'wanneer', 'welke',
    'veel', 'weinig', 'slecht', 'prima', 'gewoon', 'even', 'nu', 'toch', 'omdat', 'want', 'dus', 'over', 'mee', 'door', 'deze', 'dit',
    'hallo', 'hoi', 'doei', 'ons', 'onze', 'jullie', 'wordt', 'word', 'worden', 'heb', 'had', 'zou', 'kunnen', 'willen', 'mag', 'voel',
  ],
  en: [
    'i', 'you', 'the', 'a', 'an', 'and', 'is', 'not', 'with', 'of', 'to', 'in', 'that', 'this', 'what', 'but', 'also', 'so', 'very',
    'my', 'me', 'we', 'they', 'he', 'she', 'it', 'am', 'are', 'was', 'were', 'have', 'has', 'had', 'feel', 'good', 'bad', 'fine',
    'thanks', 'thank', 'yes', 'no', 'please', 'today', 'bit', 'can', 'want', 'dont', 'do', 'does', 'im', 'its', 'for', 'on', 'at',
    'from', 'about', 'how', 'where', 'when', 'which', 'who', 'much', 'many', 'little', 'just', 'now', 'because', 'would', 'could',
    'should', 'will', 'be', 'been', 'hello', 'hi', 'bye', 'our', 'your', 'their', 'there', 'here', 'really', 'well', 'or', 'if', 'then',
    'pretty', 'great', 'feeling', 'doing', 'get', 'got', 'like', 'some', 'any', 'all', 'been', 'okay',
  ],
};
