import type { Locale } from '../health/dimensions.js';
import type { Tag } from './model.js';

/**
 * Words that show an interest, per language: data, so anyone can add a word without reading code.
 * A word ending in * matches every word that starts with it; words with a space match that phrase.
 * Texts are compared lower-case without accents. A former job maps to tags that use the same skill.
 */
export interface InterestRule {
  tags: readonly Tag[];
  words: readonly string[];
  /** a job or trade: the resident said what they can, not what they like, so a reason never says they like it */
  skill?: true;
}

export const INTEREST_WORDS: Record<Locale, readonly InterestRule[]> = {
  nl: [
    { tags: ['walking'], words: ['wandel*', 'lopen', 'loop', 'ommetje*', 'rondje lopen', 'hond uitlaten'] },
    { tags: ['sports'], words: ['sport*', 'bewegen', 'beweeg', 'fitness', 'zwem*', 'voetbal*', 'gym', 'tennis*', 'dansen', 'dans', 'fietsen', 'fiets'] },
    { tags: ['cooking'], words: ['kook', 'koken', 'kookt', 'kookte', 'bakken', 'bak', 'bakt', 'recept*', 'eten maken'] },
    { tags: ['eating-together'], words: ['samen eten', 'maaltijd*', 'uit eten', 'eettafel'] },
    { tags: ['meeting-people'], words: ['mensen ontmoeten', 'nieuwe mensen', 'gezellig*', 'contact', 'contacten', 'vrienden', 'kletsen', 'koffie drinken', 'eenzaam', 'alleen thuis'] },
    { tags: ['volunteering'], words: ['vrijwillig*', 'iets betekenen', 'iets doen voor', 'anderen helpen', 'mensen helpen'] },
    { tags: ['sharing-skills', 'care-for-others', 'volunteering'], words: ['kapper', 'kapster', 'verpleeg*', 'verzorgende', 'verzorger', 'thuiszorg', 'kraamzorg'], skill: true },
    { tags: ['sharing-skills', 'crafts', 'volunteering'], words: ['timmerman', 'monteur', 'elektricien', 'loodgieter', 'klusjesman', 'naaister', 'kleermaker', 'fietsenmaker', 'schilder', 'metselaar'], skill: true },
    { tags: ['sharing-skills', 'learning', 'volunteering'], words: ['leraar', 'lerares', 'docent', 'juf', 'onderwijzer*'], skill: true },
    { tags: ['sharing-skills', 'cooking', 'volunteering'], words: ['kok', 'kokkin', 'bakker'], skill: true },
    { tags: ['sharing-skills', 'gardening', 'volunteering'], words: ['tuinman', 'hovenier', 'boer', 'boerin'], skill: true },
    { tags: ['learning'], words: ['leren', 'leer', 'cursus*', 'studeren', 'studie'] },
    { tags: ['creative'], words: ['tekenen', 'teken', 'schilderen', 'schilder', 'knutsel*', 'creatief', 'creatieve', 'fotografe*', 'schrijven', 'schrijf', 'gedicht*'] },
    { tags: ['music'], words: ['muziek*', 'zingen', 'zing', 'zong', 'koor', 'gitaar', 'piano', 'liedjes', 'lied', 'concert*'] },
    { tags: ['gardening'], words: ['tuinier*', 'tuin', 'tuintje', 'moestuin*', 'planten', 'bloemen', 'groente kweken'] },
    { tags: ['nature'], words: ['natuur*', 'buiten zijn', 'bos', 'vogels', 'park'] },
    { tags: ['crafts'], words: ['klussen', 'klus', 'timmeren', 'timmer', 'repareren', 'repareer', 'handwerk*', 'breien', 'brei', 'haken', 'naaien'] },
    { tags: ['reading'], words: ['lees', 'lezen', 'leest', 'boek', 'boeken', 'bibliotheek', 'puzzel*'] },
    { tags: ['language'], words: ['nederlands leren', 'nederlands oefenen', 'taal', 'taalles*'] },
    { tags: ['digital-skills'], words: ['computer*', 'laptop', 'tablet', 'ipad', 'smartphone', 'telefoon', 'internet', 'digid', 'mailen', 'e mail'] },
    { tags: ['relaxation'], words: ['ontspan*', 'rust', 'rustig', 'yoga', 'meditatie', 'mediteren', 'slapen', 'stress'] },
    { tags: ['talking'], words: ['praten', 'praat', 'gesprek*', 'mijn verhaal', 'luisteren'] },
    { tags: ['money-matters'], words: ['geld', 'geldzaken', 'rekening*', 'brieven', 'formulier*', 'administratie', 'post'] },
    { tags: ['housing'], words: ['huis', 'woning', 'wonen', 'verhuiz*', 'buren', 'huur'] },
    { tags: ['care-for-others'], words: ['zorgen voor', 'mantelzorg*', 'oppassen', 'maatje'] },
    { tags: ['games'], words: ['spelletje*', 'kaarten', 'klaverjas*', 'schaken', 'sjoelen', 'bingo', 'rummikub'] },
    { tags: ['children'], words: ['kinderen', 'kleinkind*', 'kinderen helpen'] },
  ],
  en: [
    { tags: ['walking'], words: ['walk', 'walks', 'walking', 'hike', 'hiking', 'stroll*'] },
    { tags: ['sports'], words: ['sport*', 'exercise', 'exercising', 'gym', 'fitness', 'swim*', 'football', 'soccer', 'tennis', 'dance', 'dancing', 'cycling', 'cycle', 'bike'] },
    { tags: ['cooking'], words: ['cook', 'cooks', 'cooking', 'cooked', 'baking', 'bake', 'recipe*'] },
    { tags: ['eating-together'], words: ['eat together', 'eating together', 'meal*', 'dinner', 'lunch'] },
    { tags: ['meeting-people'], words: ['meet people', 'meeting people', 'new people', 'friends', 'company', 'chat', 'lonely', 'coffee'] },
    { tags: ['volunteering'], words: ['volunteer*', 'help others', 'helping others', 'help people', 'helping people', 'make a difference'] },
    { tags: ['sharing-skills', 'care-for-others', 'volunteering'], words: ['hairdresser', 'barber', 'nurse', 'carer', 'caregiver'], skill: true },
    { tags: ['sharing-skills', 'crafts', 'volunteering'], words: ['carpenter', 'mechanic', 'electrician', 'plumber', 'tailor', 'seamstress', 'builder', 'handyman'], skill: true },
    { tags: ['sharing-skills', 'learning', 'volunteering'], words: ['teacher'], skill: true },
    { tags: ['sharing-skills', 'cooking', 'volunteering'], words: ['chef', 'baker'], skill: true },
    { tags: ['sharing-skills', 'gardening', 'volunteering'], words: ['gardener', 'farmer'], skill: true },
    { tags: ['learning'], words: ['learn', 'learning', 'course*', 'study', 'studying', 'class', 'classes'] },
    { tags: ['creative'], words: ['draw', 'drawing', 'paint', 'painting', 'crafting', 'creative', 'photograph*', 'write', 'writing', 'poetry'] },
    { tags: ['music'], words: ['music*', 'sing', 'singing', 'choir', 'guitar', 'piano', 'song*', 'concert*'] },
    { tags: ['gardening'], words: ['garden*', 'plants', 'flowers', 'vegetables', 'allotment'] },
    { tags: ['nature'], words: ['nature', 'outdoors', 'outside', 'forest', 'woods', 'birds', 'park'] },
    { tags: ['crafts'], words: ['diy', 'repair*', 'fix things', 'fixing', 'woodwork*', 'knit*', 'crochet', 'sewing', 'sew'] },
    { tags: ['reading'], words: ['read', 'reading', 'reads', 'book', 'books', 'library', 'puzzle*'] },
    { tags: ['language'], words: ['learn dutch', 'practise dutch', 'practice dutch', 'speak dutch', 'language*'] },
    { tags: ['digital-skills'], words: ['computer*', 'laptop', 'tablet', 'smartphone', 'phone', 'internet', 'email', 'digid'] },
    { tags: ['relaxation'], words: ['relax*', 'rest', 'calm', 'yoga', 'meditat*', 'sleep', 'stress'] },
    { tags: ['talking'], words: ['talk', 'talking', 'conversation*', 'someone to listen', 'my story'] },
    { tags: ['money-matters'], words: ['money', 'bills', 'letters', 'forms', 'paperwork', 'post', 'mail'] },
    { tags: ['housing'], words: ['house', 'home', 'housing', 'moving', 'neighbours', 'neighbors', 'rent'] },
    { tags: ['care-for-others'], words: ['care for', 'caring for', 'look after', 'looking after', 'buddy'] },
    { tags: ['games'], words: ['games', 'cards', 'chess', 'bingo', 'board game*'] },
    { tags: ['children'], words: ['children', 'kids', 'grandchild*', 'grandkids'] },
  ],
};

/** Words that cancel a nearby interest word ("ik kook niet graag", "I don't like music"). */
export const NEGATION_WORDS: Record<Locale, readonly string[]> = {
  nl: ['niet', 'geen', 'nooit', 'hekel', 'nergens'],
  en: ['not', 'dont', 'doesnt', 'never', 'hate', 'dislike', 'cant', 'no'],
};
