/**
 * What the safety net listens for, as data. Phrases are written in ordinary spelling; the matcher
 * normalises them and the resident's text the same way (lowercase, no accents, repeated letters
 * collapsed, a final "-en" read as "-e", missing spaces tolerated).
 *
 * Phrase syntax:
 *   "*"   up to three words in between, none of them a negation ("ik wil echt dood", not "ik wil niet dood")
 *   "$"   at the end: the phrase must close a sentence or clause ("ik wil niet meer." but not "ik wil niet meer roken")
 *
 * When in doubt a phrase goes in CRISIS: a needless safety message costs a moment, a missed one can cost a life.
 */

/** Suicidal thoughts, self-harm and acute danger: the bot interrupts and shows 113 and 112 first. */
export const CRISIS_PHRASES: readonly string[] = [
  // Dutch, explicit
  'wil * dood', 'wil ik * dood', 'wil doodgaan', 'ik ga dood $', 'was ik maar dood', 'wou dat ik dood was', 'liever dood', 'beter dood',
  'mezelf * van kant maken', 'van kant maken', 'van kant te maken', 'mezelf * iets aandoen', 'mezelf * iets aan doen', 'mezelf * wat aandoen',
  'mezelf * wat aan doen', 'mezelf * pijn doen', 'mezelf * snijden', 'snij mezelf', 'snijd mezelf', 'snij ik mezelf', 'snijd ik mezelf', 'snij in mijn arm', 'snijd in mijn arm',
  'snij in mijn armen', 'snijd in mijn armen', 'snij in mijn pols', 'snijd in mijn pols', 'snijd in mijn polsen',
  'mezelf ophangen', 'mezelf * beschadigen', 'voor de trein springen', 'voor een trein springen', 'er * een eind aan maken',
  'er * een einde aan maken', 'maak er een eind aan $', 'maak er een einde aan $', 'een eind aan mijn leven', 'een einde aan mijn leven', 'mijn leven beeindigen', 'uit het leven stappen',
  'pillen * om dood te gaan',
  // Dutch, indirect
  'zie het * niet meer zitten', 'zie ik het * niet meer zitten', 'zie het leven * niet meer zitten', 'zie het niet zitten om te leven', 'wil * er * niet meer zijn',
  'wil ik er * niet meer zijn', 'wil * hier niet meer zijn', 'wil * niet meer leven', 'wil ik * niet meer leven', 'wil * niet langer leven', 'wil niet meer verder', 'wil niet meer bestaan',
  'ik wil niet meer $', 'hoeft voor mij niet meer', 'leven hoeft * niet meer', 'geen zin meer in * leven', 'geen zin meer om te leven',
  'leven heeft * geen zin', 'leven heeft geen zin meer', 'geen reden * om te leven', 'geen reden * meer om te leven',
  'beter af zonder mij', 'beter af zonder me', 'beter af als ik er niet', 'beter af als ik dood', 'nooit meer wakker * worden',
  'wil niet meer wakker worden', 'nooit meer wakker $', 'het leven zat', 'wil voorgoed verdwijnen', 'wil voor altijd verdwijnen',
  'wil er een punt achter zetten $', 'het heeft * geen zin meer $', 'niemand zou me * missen', 'niemand zal me * missen',
  // Dutch, acute danger
  'slaat me', 'slaat mij', 'schopt me', 'schopt mij', 'word * geslagen', 'word * mishandeld', 'mishandelt me', 'mishandelt mij',
  'bedreigt me', 'bedreigt mij', 'ben * in gevaar', 'ik ben niet veilig', 'niet veilig thuis', 'thuis niet veilig',
  'me * vermoorden', 'mij * vermoorden', 'huiselijk geweld', 'hij doet me pijn', 'hij doet mij pijn', 'ze doet me pijn',
  'durf niet naar huis',
  // English, explicit
  'want to die', 'wish i was dead', 'wish i were dead', 'better off dead', 'kill myself', 'killing myself', 'end my life',
  'ending my life', 'end it all', 'ending it all', 'take my own life', 'take my life', 'hurt myself', 'harm myself',
  'cut myself', 'cutting myself', 'self harm', 'hang myself', 'overdose on',
  // English, indirect
  'do not want to live', 'do not want to be alive', 'do not want to be here * anymore', 'do not want to exist',
  'no reason * to live', 'nothing to live for', 'no point * living', 'better off without me', 'sleep and never wake up',
  'never wake up again', 'never wake up $', 'want to end it $',
  'want to disappear forever', 'can not go on $', 'ending it $', 'not worth living', 'nobody would miss me',
  'no one would miss me', 'can not go on living',
  // English, acute danger
  'not safe at home', 'i am not safe', 'am in danger', 'he hits me', 'she hits me', 'he beats me', 'she beats me', 'he hurts me',
  'she hurts me', 'he is hurting me', 'she is hurting me', 'going to kill me', 'threatens me',
  'threatening me', 'domestic violence', 'abuses me', 'abusing me',
];

/** Word parts that mean crisis wherever they appear, also inside longer words ("zelfmoordgedachten"). */
export const CRISIS_STEMS: readonly string[] = [
  'zelfmoor', 'zelfmoort', 'suicid', 'sucid', 'suisid', 'suicied', 'zelfdoding', 'levensmoe', 'zelfbeschadig', 'zelfverwond',
  'automutil', 'selfharm', 'unaliv', 'sewerslid', 'verkracht', 'overdosis',
];

/**
 * Whole chat words that mean crisis. "kys" ("kill yourself") is ambiguous: aimed at the bot it is anger,
 * aimed at oneself it is a cry for help. We count it as crisis, because the cost of asking is small.
 */
export const CRISIS_TOKENS: readonly string[] = ['kms', 'kys', 'sui', 'unalive'];

/** Feeling very low or lonely without danger: the bot mentions De Luisterlijn gently. */
export const DISTRESS_PHRASES: readonly string[] = [
  // Dutch
  'voel me * alleen', 'voel mij * alleen', 'zo alleen', 'helemaal alleen', 'ben * eenzaam', 'voel me * eenzaam', 'zo eenzaam',
  'last van eenzaamheid', 'ben * somber', 'voel me * somber', 'zo somber', 'depressief', 'neerslachtig', 'zo verdrietig',
  'heel verdrietig', 'erg verdrietig', 'ik kan niet meer $', 'kan het * niet meer aan', 'hou het * niet meer vol',
  'houd het * niet meer vol', 'trek het * niet meer', 'niemand om mee te praten', 'heb niemand $', 'niemand geeft om mij',
  'niemand geeft om me', 'alles is zwart', 'wil * verdwijnen', 'voel me * waardeloos', 'voel me * leeg', 'huil * de hele dag',
  'zit * in de put', 'ben * wanhopig', 'voel me * wanhopig', 'geen uitweg', 'haat mijn leven', 'moe van alles',
  // English
  'feel * lonely', 'so lonely', 'very lonely', 'am lonely', 'feel * alone', 'so alone', 'all alone', 'depressed', 'feel * hopeless', 'so hopeless', 'everything is hopeless',
  'feel * worthless', 'can not cope', 'can not take it anymore', 'no one to talk to', 'nobody to talk to', 'nobody cares',
  'feel * empty', 'so sad', 'very sad', 'feel so low', 'so down', 'really down', 'feel * desperate', 'hate my life',
  'want to disappear',
];

/**
 * Idioms that contain a crisis word but mean something ordinary; they are masked before matching,
 * so "ik wil me dood lachen" does not read as "ik wil ... dood".
 */
export const BENIGN_PHRASES: readonly string[] = [
  'lach me * dood', 'lachen me dood', 'me dood lachen', 'mij dood lachen', 'me dood schrikken', 'schrok me dood', 'schrik me dood',
  'me dood vervelen', 'verveel me dood', 'me dood schamen', 'schaam me dood', 'me dood ergeren', 'erger me dood', 'me dood werken',
  'werk me dood', 'dood van de honger', 'dood van verveling', 'dood van de dorst', 'bored to death', 'scared to death',
];

/** Patterns for benign uses of a crisis token that words alone cannot express ("5 kms" is a distance). */
export const BENIGN_PATTERNS: readonly RegExp[] = [/\d+\s*kms(?![a-z])/g];

/** Negations: a "*" gap never crosses one, and a distress phrase right after one does not count. */
export const NEGATIONS: readonly string[] = ['niet', 'geen', 'nooit', 'nimmer', 'not', 'never', 'no', 'nobody'];

/** Several-word slips, repaired before anything else. */
export const SPELLING_FIXES: ReadonlyArray<readonly [string, string]> = [
  ['me zelf', 'mezelf'], ['mij zelf', 'mezelf'], ['mijzelf', 'mezelf'], ['my self', 'myself'], ['zelf moord', 'zelfmoord'],
  ['dood gaan', 'doodgaan'], ['any more', 'anymore'],
];

/** Chat spellings and contractions, one word each, mapped to the words the phrase lists use. */
export const WORD_FIXES: Readonly<Record<string, string>> = {
  k: 'ik', nie: 'niet', t: 'het', mn: 'mijn', m: 'me', zn: 'zijn', doot: 'dood', wl: 'wil', wll: 'wil', mezelv: 'mezelf',
  wanna: 'want to', gonna: 'going to', dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not',
  wont: 'will not', im: 'i am', ive: 'i have', u: 'you', ur: 'your', r: 'are', myslef: 'myself', nomore: 'anymore',
};
