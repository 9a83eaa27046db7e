import { expect } from 'chai';
import { needsConfirmation, parseScore, scoreFromSentiment, type ScoreReading } from '../../src/health/answers.js';
import type { Dimension, Locale } from '../../src/health/dimensions.js';

const exact = (score: number): ScoreReading => ({ kind: 'exact', score });
const about = (score: number): ScoreReading => ({ kind: 'approximate', score });
const either = (a: number, b: number): ScoreReading => ({ kind: 'either', scores: [a, b] });
const none: ScoreReading = { kind: 'none' };
const unclear: ScoreReading = { kind: 'unclear' };
const unsure: ScoreReading = { kind: 'unsure' };

// [what the resident typed, locale, what the bot should understand]
const cases: [string, Locale, ScoreReading][] = [
  // plain numbers
  ['7', 'nl', exact(7)],
  [' 7 ', 'nl', exact(7)],
  ['7.', 'nl', exact(7)],
  ['0', 'nl', exact(0)],
  ['10', 'nl', exact(10)],
  ['7/10', 'nl', exact(7)],
  ['7 / 10', 'nl', exact(7)],
  ['7 op 10', 'nl', exact(7)],
  ['7 van de 10', 'nl', exact(7)],
  ['een 7', 'nl', exact(7)],
  ['Een 7', 'nl', exact(7)],
  ['een zesje', 'nl', exact(6)],
  ['een 6je', 'nl', exact(6)],
  ['ik geef het een 7', 'nl', exact(7)],
  ['Ik geef mezelf een 8', 'nl', exact(8)],
  // number words
  ['zeven', 'nl', exact(7)],
  ['Zeven!', 'nl', exact(7)],
  ['ZEVEN', 'nl', exact(7)],
  ['tien', 'nl', exact(10)],
  ['nul', 'nl', exact(0)],
  ['één', 'nl', exact(1)],
  ['seven', 'en', exact(7)],
  ['Ten', 'en', exact(10)],
  ['zero', 'en', exact(0)],
  ['an eight', 'en', exact(8)],
  ['seven out of ten', 'en', exact(7)],
  ['8 of 10', 'en', exact(8)],
  ['I give it a 6', 'en', exact(6)],
  // halves
  ['7,5', 'nl', exact(7.5)],
  ['7.5', 'nl', exact(7.5)],
  ['7½', 'nl', exact(7.5)],
  ['zeven en een half', 'nl', exact(7.5)],
  ['Zeven en een half.', 'nl', exact(7.5)],
  ['zevenenhalf', 'nl', exact(7.5)],
  ['7 en een half', 'nl', exact(7.5)],
  ['zeven komma vijf', 'nl', exact(7.5)],
  ['seven and a half', 'en', exact(7.5)],
  ['anderhalf', 'nl', exact(1.5)],
  ['7,3', 'nl', about(7)],
  ['7,4', 'nl', about(7)],
  // approximate numbers
  ['acht of zo', 'nl', about(8)],
  ['Acht ofzo', 'nl', about(8)],
  ['ongeveer 6', 'nl', about(6)],
  ['ongeveer een 6', 'nl', about(6)],
  ['rond de 6', 'nl', about(6)],
  ['een dikke 7', 'nl', exact(7)],
  ['een krappe 6', 'nl', exact(6)],
  ['ik denk een 7', 'nl', exact(7)],
  ['7 denk ik', 'nl', exact(7)],
  ['zo\u2019n 5', 'nl', about(5)],
  ['7-', 'nl', exact(7)],
  ['7+', 'nl', exact(7)],
  ['~7', 'nl', about(7)],
  ['about 8', 'en', about(8)],
  ['8 or so', 'en', about(8)],
  ['eight-ish', 'en', about(8)],
  ['8ish', 'en', about(8)],
  ['Around seven', 'en', about(7)],
  ['ik zou zeggen 7 want ik slaap slecht', 'nl', exact(7)],
  // two candidates: the bot asks which
  ['6 of 7', 'nl', either(6, 7)],
  ['6-7', 'nl', either(6, 7)],
  ['6 - 7', 'nl', either(6, 7)],
  ['6 à 7', 'nl', either(6, 7)],
  ['zes of zeven', 'nl', either(6, 7)],
  ['tussen 5 en 7', 'nl', about(6)],
  ['6 of 8', 'nl', either(6, 8)],
  ['7 of 6', 'nl', either(6, 7)],
  ['een 6 of een 7', 'nl', either(6, 7)],
  ['6 or 7', 'en', either(6, 7)],
  ['between 6 and 8', 'en', about(7)],
  ['between 4 and 8', 'en', about(6)],
  ['8 of 10', 'nl', either(8, 10)],
  // out of range and nonsense
  ['12', 'nl', unclear],
  ['-3', 'nl', unclear],
  ['11', 'en', unclear],
  ['elf', 'nl', unclear],
  ['twaalf', 'nl', unclear],
  ['6 of 12', 'nl', unclear],
  ['100', 'nl', unclear],
  ['', 'nl', none],
  ['   ', 'nl', none],
  ['?', 'nl', none],
  ['ik weet het niet', 'nl', unsure],
  ['ik heb vannacht slecht geslapen en mijn rug doet pijn en ik ben moe', 'nl', about(3)],
  ['banaan', 'nl', none],
  // words with a fixed meaning
  ['slecht', 'nl', about(3)],
  ['heel slecht', 'nl', about(1)],
  ['Heel slecht!', 'nl', about(1)],
  ['matig', 'nl', about(5)],
  ['gaat wel', 'nl', about(5)],
  ['Het gaat wel hoor', 'nl', about(5)],
  ['redelijk', 'nl', about(6)],
  ['goed', 'nl', about(7)],
  ['Goed hoor', 'nl', about(7)],
  ['het gaat goed', 'nl', about(7)],
  ['prima', 'nl', about(7)],
  ['heel goed', 'nl', about(8)],
  ['ik voel me heel goed vandaag', 'nl', about(8)],
  ['super', 'nl', about(9)],
  ['top', 'nl', about(9)],
  ['Top!', 'nl', about(9)],
  ['uitstekend', 'nl', about(9)],
  ['fantastisch', 'nl', about(10)],
  ['beroerd', 'nl', about(2)],
  ['waardeloos', 'nl', about(1)],
  ['niet goed', 'nl', about(3)],
  ['niet zo goed', 'nl', about(4)],
  ['niet slecht', 'nl', about(6)],
  ['echt slecht', 'nl', about(1)],
  ['oké', 'nl', about(6)],
  ['bad', 'en', about(3)],
  ['ok', 'en', about(6)],
  ['OK', 'en', about(6)],
  ['okay', 'en', about(6)],
  ['fine', 'en', about(7)],
  ['good', 'en', about(7)],
  ['great', 'en', about(9)],
  ['terrible', 'en', about(1)],
  ['not bad', 'en', about(6)],
  ['so-so', 'en', about(5)],
  ["I'm fine thanks", 'en', about(7)],
  ['really good', 'en', about(8)],
  ['goed', 'en', about(7)],
  ['good', 'nl', about(7)],
  // emoji, also with variation selectors and skin tones
  ['😀', 'nl', about(8)],
  ['😊', 'nl', about(8)],
  ['🙂', 'nl', about(7)],
  ['😐', 'nl', about(5)],
  ['🙁', 'nl', about(4)],
  ['😢', 'nl', about(3)],
  ['😭', 'nl', about(2)],
  ['👍', 'nl', about(7)],
  ['👎', 'nl', about(3)],
  ['👍🏽', 'nl', about(7)],
  ['👎🏿', 'en', about(3)],
  ['☹️', 'nl', about(3)],
  [' 🙂 ', 'nl', about(7)],
  ['🙂🙂', 'nl', about(8)],
  ['😀😢', 'nl', unclear],
  ['7 😊', 'nl', exact(7)],
  ['goed 🙂', 'nl', about(7)],
  ['❤️', 'nl', about(8)],
  // a second number that is not the answer
  ['ik ben 82 maar ik geef een 7', 'nl', exact(7)],
  ['om 8 uur komt de thuiszorg', 'nl', unclear],
  ['15:30', 'nl', unclear],
  ['ik slaap 7 uur', 'nl', unclear],
  ['I have 4 grandchildren', 'en', unclear],
  ['Ik ben geboren op 4 mei', 'nl', unclear],
  ['5 euro', 'nl', unclear],
  ['vroeger een 8, nu een 5', 'nl', exact(5)],
  ['yesterday 3 today 6', 'en', exact(6)],
  ['mijn man zegt 5 maar ik zeg 7', 'nl', exact(7)],
  ['7. Nee, 5.', 'nl', exact(5)],
  ['ik wil naar een 8, nu een 6', 'nl', exact(6)],
  ['thuis een 7, buiten een 4', 'nl', either(4, 7)],
  ['zet maar een 6', 'nl', exact(6)],
  ['ne zeven', 'nl', exact(7)],
  ['een 6 min', 'nl', exact(6)],
  // questions, "I cannot say", sayings and double negations
  ['wat is 0 en wat is 10?', 'nl', unclear],
  ['kan ik niet zeggen', 'nl', unsure],
  ['geen idee', 'nl', unsure],
  ['🤷', 'nl', unsure],
  ['weet niet, 5 of zo?', 'nl', about(5)],
  ['het loopt als een trein', 'nl', about(8)],
  ['op mijn tandvlees', 'nl', about(3)],
  ['niet ongelukkig', 'nl', about(7)],
  ['helemaal niet slecht', 'nl', about(7)],
  ['ruim voldoende', 'nl', about(7)],
  ['onvoldoende', 'nl', about(4)],
  ['soms goed soms slecht', 'nl', unsure],
  ['goed maar moe', 'nl', unclear],
  ['x'.repeat(401), 'nl', none],
  // a mark on another scale, turned into tens and confirmed; a count stays a count
  ['ik geef het 12 op 20', 'nl', about(6)],
  ['4 sterren van de 5', 'nl', about(8)],
  ['four stars out of five', 'en', about(8)],
  ['1 van de 5 sterretjes', 'nl', about(2)],
  ['80 op 100', 'nl', about(8)],
  ['4 van de 5 dagen', 'nl', unclear],
  ['3 out of 4', 'en', unclear],
  // a decimal that is no half, rounded to the nearest whole score
  ['6,2', 'nl', about(6)],
  ['8.7', 'en', about(9)],
  // a comparison: "net"/"just" half a point away, a plain one a whole point, a turned one a bound at the number
  ['meer dan een 6', 'nl', about(7)],
  ['lower than 4', 'en', about(3)],
  ['net boven de 6', 'nl', about(6)],
  ['boven de 10', 'nl', about(10)],
  ['zeker niet lager dan een 5', 'nl', about(5)],
  ['not more than a 7', 'en', about(7)],
  ['no less than 8', 'en', about(8)],
  // doubt between two names two candidates; "between" a range wider than four points is asked again
  ['ik twijfel tussen een 5 en een 7', 'nl', either(5, 7)],
  ["I'm torn between 6 and 8", 'en', either(6, 8)],
  ['somewhere between 2 and 9', 'en', unclear],
  ['tussen de 5 en de 7', 'nl', about(6)],
  // a score said before: "geleden", "ago", "ik zei eerst"
  ['een maand geleden een 3, nu een 6', 'nl', exact(6)],
  ['two days ago a 4, today a 7', 'en', exact(7)],
  ['ik zei eerst 8 maar het is eerder een 7', 'nl', exact(7)],
  // "eerder" at the start is earlier, inside a part or after a number ruled out it is rather
  ['geen 4, eerder een 6', 'nl', exact(6)],
  ['het is eerder een 5', 'nl', exact(5)],
  ['eerder een 9, nu een 4', 'nl', exact(4)],
  // a reason after the answer is a part of its own: its time words do not make the answer a past score
  ['een 6 want vorige week ben ik gevallen', 'nl', exact(6)],
  ['8 because 3 years ago I quit drinking', 'en', exact(8)],
  // the rest beside one part of the body: the number for the rest is the answer; two parts alone are two candidates
  ['mijn rug een 4, voor de rest een 7', 'nl', exact(7)],
  ['my hip a 2 but otherwise an 8', 'en', exact(8)],
  ['in het algemeen een 6, mijn knie een 3', 'nl', exact(6)],
  ['mijn slaap een 5, mijn eten een 8', 'nl', either(5, 8)],
  ['voor mijn leeftijd een 7', 'nl', exact(7)],
  ['vandaag een 7, de rest van de week een 4', 'nl', either(4, 7)],
  ['my weight a 5', 'en', exact(5)],
  // numbers ruled out: "niet eens", "neither ... nor", and two ruled out three apart leave the two between
  ['not even a 3, a 2', 'en', exact(2)],
  ['noch een 4 noch een 6, een 5', 'nl', exact(5)],
  ['geen 6 en ook geen 9', 'nl', either(7, 8)],
  ['not a 2 and not a 5 either', 'en', either(3, 4)],
  // a turned saying turned again is a careful yes (or no) to the word inside it; a filler after a litotes changes nothing
  ["I wouldn't say I'm not happy", 'en', about(7)],
  ['ik kan niet zeggen dat het niet goed gaat', 'nl', about(7)],
  ["I wouldn't say it's not bad", 'en', about(3)],
  ['niet ongezond eigenlijk', 'nl', about(7)],
  ["can't say it's not painful", 'en', about(3)],
  // "really" makes a good word stronger but not a 10; sayings of the fourth round
  ['echt geweldig', 'nl', about(9)],
  ['really excellent', 'en', about(9)],
  ['nog nooit beter geweest', 'nl', about(10)],
  ['ik zit er doorheen', 'nl', about(2)],
  ['full marks from me', 'en', about(10)],
  ['had better days', 'en', about(4)],
  // someone else knows better: the resident cannot say
  ['dat weet mijn man beter', 'nl', unsure],
  ['the nurse knows better', 'en', unsure],
  // a letter grade after a school adjective; "I can't say other than"; a polite question that names the score
  ['a solid B', 'en', about(8)],
  ['ik kan niet anders zeggen dan een 8', 'nl', exact(8)],
  ['mag het een 6 zijn?', 'nl', exact(6)],
  ['een zessie', 'nl', exact(6)],
];

describe('parseScore: what a resident types as a score', () => {
  for (const [text, locale, expected] of cases) {
    it(`${JSON.stringify(text)} (${locale}) → ${JSON.stringify(expected)}`, () => {
      expect(parseScore(text, locale)).to.deep.equal(expected);
    });
  }
});

// One group per way of answering the reader learnt, each with phrasings invented for the test (not from the corpus).
const concepts: Record<string, [string, Locale, ScoreReading][]> = {
  'a typing slip in a number or mood word is read, and confirmed first': [
    ['zeveb', 'nl', about(7)], ['negn', 'nl', exact(9)], ['sxi', 'en', about(6)], ['ik geef een zven', 'nl', about(7)],
    ['redelikj', 'nl', about(6)], ['gaat ewl', 'nl', about(5)],
  ],
  'two letters swapped in a number word of four letters or more is the number; a half typed with a slip is a half': [
    ['veir', 'nl', exact(4)], ['neegn', 'nl', exact(9)], ['ik geef een ahct', 'nl', exact(8)], ['sveen', 'en', exact(7)],
    ['acht en een hlaf', 'nl', exact(8.5)], ['vier eneenhalf', 'nl', exact(4.5)], ['nine and a halv', 'en', exact(9.5)],
    ['zes en hal', 'nl', exact(6)],
  ],
  'a quarter between two scores is rounded and confirmed; a time stays a time': [
    ['7,75', 'nl', about(8)], ['5.25', 'en', about(5)], ['om 8.25', 'nl', unclear], ['8.15', 'nl', unclear],
  ],
  'a real word one slip from a number stays a word': [
    ['ik ben even moe', 'nl', about(4)], ['there', 'en', none], ['zegen', 'nl', none], ['ight', 'en', none],
  ],
  'a Flemish diminutive or a half written as one word is the number': [
    ['ne vijfke', 'nl', exact(5)], ['een negenke', 'nl', exact(9)], ['achtenhalf', 'nl', exact(8.5)], ['vijfeneenhalf', 'nl', exact(5.5)],
  ],
  'keycap digits side by side and a shifted "!1" are one number': [
    ['1️⃣0️⃣!', 'nl', exact(10)], ['acht!!1', 'nl', exact(8)], ['zeven!1!!', 'nl', exact(7)],
  ],
  '"100%" is a saying; another share alone is that share of ten, confirmed first': [
    ['100%!', 'nl', about(10)], ['honderd procent', 'nl', about(10)], ['70%', 'nl', about(7)],
  ],
  'a number of a count or another scale is not a score': [
    ['2 van de 7 nachten slaap ik goed', 'nl', about(7)], ['4 op 5 dagen', 'nl', unclear], ['2 out of 3 days', 'en', unclear],
  ],
  '"deze maand", "this year" before a number make it the time of the answer, not a count': [
    ['vorige maand 3, deze maand 5', 'nl', exact(5)], ['last year 9, this year 6', 'en', exact(6)],
  ],
  'an instruction names the score': [
    ['mark me down for 4', 'en', exact(4)], ['rond het maar af op 6', 'nl', exact(6)], ['mag ook 5 zijn, zet maar 6', 'nl', exact(6)],
    ['set it at 7.5', 'en', exact(7.5)], ['put me at 3', 'en', exact(3)], ['zet het maar op 4', 'nl', exact(4)],
    ['ge moogt er ne vijve van maken', 'nl', exact(5)], ['put me at 9pm', 'en', unclear],
  ],
  'a Flemish or Brabant form of a number word is the number': [
    ['nen achte', 'nl', exact(8)], ["'t is ne negene", 'nl', exact(9)], ['zeuve', 'nl', exact(7)],
  ],
  '"dus", "so" settle between two numbers': [
    ['3 kleinkinderen over de vloer, dus 8', 'nl', exact(8)], ['4 or 5, so 5', 'en', exact(5)],
  ],
  'a point of comparison gives way to the answer': [
    ['bijna een 9, zeg 8,5', 'nl', exact(8.5)], ['net geen 5, een 4', 'nl', exact(4)], ['almost 8, a 7', 'en', exact(7)],
    ['net geen 7', 'nl', about(6)],
  ],
  'a range two apart proposes its middle; neighbours and wide ranges ask which': [
    ['van 6 tot 8', 'nl', about(7)], ['zes à acht', 'nl', about(7)], ['2-4', 'nl', about(3)], ['from 3 to 5', 'en', about(4)],
    ['tussen 7 en 8', 'nl', either(7, 8)], ['tussen 3 en 8', 'nl', unclear], ['5 of 7', 'nl', either(5, 7)],
  ],
  '"-ish" after a word and a thinking sound before a number leave the number exact': [
    ['moe-ish, 5', 'nl', exact(5)], ['tja, een 6', 'nl', exact(6)], ['hmm... 7', 'nl', exact(7)], ['7-ish', 'en', about(7)],
  ],
  'a saying with a filler or a chat spelling is the saying': [
    ['ik zit niet lekker in m\'n vel', 'nl', about(3)], ['het gaat je eigenlijk niks aan', 'nl', unsure],
    ["'t is nie alles", 'nl', about(5)],
  ],
  'not wanting to answer is never a score': [
    ['liever niet', 'nl', unsure], ['none of your business', 'en', unsure], ['even geen zin', 'nl', unsure],
  ],
  '"on-" before a good word is bad, and "niet on-" the good word underneath, at most a 7': [
    ['onrustig', 'nl', about(4)], ['niet onrustig', 'nl', about(7)], ['niet ongezond', 'nl', about(7)],
  ],
  'turning an extreme around lands in the middle; an understatement means good': [
    ['niet geweldig', 'nl', about(5)], ['not awful', 'en', about(5)], ['absoluut niet slecht', 'nl', about(7)],
    ['niet verkeerd hoor', 'nl', about(7)],
  ],
  'a school letter grade is a score to confirm, unless it is a grade for something else': [
    ['a B', 'en', about(8)], ['B minus', 'en', about(7)], ['D+', 'en', about(5)], ['my grandson got a B', 'en', none],
    ['plan B', 'en', none],
  ],
  'a sign moves a letter grade a point, but not onto the next letter': [
    ['B+', 'en', about(8)], ['A-', 'en', about(9)], ['C+', 'en', about(7)], ['fine, a B plus', 'en', about(8)],
  ],
  '"het gaat" alone is a little above the middle; beside a mood word it is only its frame': [
    ['het gaat', 'nl', about(6)], ["'t gaat, maar ik ben moe", 'nl', about(4)], ['het gaat wel fijn', 'nl', about(7)],
    ['het gaat wel', 'nl', about(5)],
  ],
  'a word of the middle beside a stronger one pulls it a point toward the middle': [
    ["I'm coping, pretty good", 'en', about(6)], ['head above water, but tired', 'en', about(5)],
  ],
  'coping, dragging oneself on, a drama; being without worries, and not without them': [
    ["I'm coping", 'en', about(5)], ['ik sleep me erdoor', 'nl', about(3)], ['het is een ramp', 'nl', about(2)],
    ['a total disaster', 'en', about(1)], ['zonder zorgen', 'nl', about(8)], ['niet pijnvrij', 'nl', about(4)], ['not coping', 'en', about(3)],
    ["can't say I'm unhappy", 'en', about(7)], ["can't say I'm happy", 'en', about(4)],
  ],
  'the same good emoji twice says a little more': [
    ['🙂🙂', 'nl', about(8)], ['👌👌', 'nl', about(8)], ['😊😊', 'nl', about(8)], ['😐😐', 'nl', about(5)],
  ],
  'a mood about a pet or a thing is not the resident': [
    ['mijn hond is ziek', 'nl', unclear], ['de verwarming is kapot', 'nl', unclear], ['my car is great', 'en', unclear],
    ['de hond is ziek maar ik ben prima', 'nl', about(7)], ['ik ben zo gezond als een vis', 'nl', about(9)],
  ],
  'a number taken back with none after it leaves the question open; a mood after it does not take it back': [
    ['7 nee toch niet, weet ik niet', 'nl', unclear], ['8, scratch that', 'en', unclear], ['een 6, laat maar', 'nl', unclear],
    ['een 8, toch niet slecht', 'nl', exact(8)], ['6 nee 7', 'nl', exact(7)], ['5 jk, 7', 'en', exact(7)],
  ],
  'sayings for floating, getting by and being at the end are moods': [
    ['ik loop op wolkjes', 'nl', about(9)], ['ik ben weer boven Jan', 'nl', about(8)], ['het loopt wel los', 'nl', about(6)],
    ['ik sta met de rug tegen de muur', 'nl', about(2)], ['hanging on by a thread', 'en', about(2)], ['I get by', 'en', about(5)],
    ['stuck in a rut', 'en', about(4)], ['back on my feet', 'en', about(7)],
  ],
  'a mood word put first is turned by the "niet" that closes its part': [
    ['slecht gaat het niet', 'nl', about(6)], ['onaardig is het niet', 'nl', about(7)], ['goed voel ik me niet', 'nl', about(4)],
    ['slecht is het niet hoor', 'nl', about(7)],
  ],
  'a match result is no score, a range from low to high still is': [
    ['Liverpool won 2-0 last night!', 'en', unclear], ['Ajax speelde 3-1', 'nl', unclear], ['6-7', 'nl', either(6, 7)],
  ],
  'honesty after a first number settles on the second; "sinds" after a number is a reason': [
    ['8... nou ja, eerlijk gezegd een 7', 'nl', exact(7)], ['a 6, well, to be honest a 5', 'en', exact(5)],
    ['8 sinds ik om 7 uur opsta', 'nl', exact(8)], ['prob 6', 'en', about(6)],
  ],
  'just under a number is the one below it, a bit over it the number itself': [
    ['net geen zes', 'nl', about(5)], ['just under six', 'en', about(5)], ['iets boven de 7', 'nl', about(7)], ['a bit under 9', 'en', about(8)],
  ],
  '"een" alone may be the article: confirm it; "one" alone is the number': [
    ['een', 'nl', about(1)], ['één', 'nl', exact(1)], ['one', 'en', exact(1)],
  ],
  'a comparison alone: just under a number is the one below and just over it the number itself, a plain one a whole point off; "bijna" stays a guess at the number': [
    ['onder de 5', 'nl', about(4)], ['just over 7', 'en', about(7)], ['more than 5', 'en', about(6)], ['bijna 8', 'nl', about(8)],
  ],
  'better or worse than a number compares with it; a negation up to three words before turns a comparison into a bound': [
    ['beter dan een 5', 'nl', about(6)], ['worse than a 4', 'en', about(3)], ['ik zou niet onder de 7 gaan', 'nl', about(7)],
    ["I wouldn't put it lower than 5", 'en', about(5)], ['niet slechter dan een 4', 'nl', about(4)],
    ['beter dan vorige week, een 6', 'nl', exact(6)],
  ],
  'a number ruled out is not the score; two ruled out two apart leave the one between': [
    ['geen 7', 'nl', unclear], ['not a 4, not a 6', 'en', about(5)], ['geen 10, een 9', 'nl', exact(9)],
    ['niet een 9 maar wel goed', 'nl', about(7)], ['geen 3, maar wel prima', 'nl', unclear],
  ],
  'the unit after a list counts every number in it; a count noun may have a word before it': [
    ['mijn zussen zijn 5 en 8 jaar ouder, ik zeg 6', 'nl', exact(6)], ['2 of 3 keer per nacht wakker', 'nl', unclear],
    ['I swallow 4 small tablets', 'en', unclear], ['ik heb 3 lieve kleinkinderen, een 8', 'nl', exact(8)],
  ],
  'a second guess at a count is a count too': [
    ['ik heb 3 zussen of 4', 'nl', unclear], ['I have 3 sisters or 4', 'en', unclear],
    ['een 7, ik heb 3 zussen of 4', 'nl', exact(7)], ['ik slaap 6 uur of 7, dus een 5', 'nl', exact(5)],
  ],
  'a mood at a clock time is about that moment': [
    ['om 9 uur ben ik al kapot', 'nl', unclear], ['at 6am I feel great', 'en', unclear],
    ['om 2 uur de fysio, verder gaat het prima', 'nl', about(7)],
  ],
  'with a word of change the second number is the score now': [
    ['gedaald van een 7 naar een 5', 'nl', exact(5)], ['it dropped from 8 to 6', 'en', exact(6)],
    ['ik wil van een 5 naar een 7', 'nl', exact(5)], ['van 4 tot 6', 'nl', about(5)],
  ],
  'an instruction, a leaning or an agreement settles between numbers, never on a count': [
    ['5 of 6, ik ga voor 6', 'nl', exact(6)], ['7 or 8, more like 8', 'en', about(8)],
    ['mijn dochter zegt 7, daar ben ik het mee eens', 'nl', exact(7)], ['mijn dochter zegt 7, dat klopt niet', 'nl', unclear],
    ['ik ga voor 3 dagen weg', 'nl', unclear],
  ],
  'what he or she would give is theirs; a first thought is taken back by what follows': [
    ['hij zou 7 zeggen, ik zeg 5', 'nl', exact(5)], ["she'd give me a 9, I'd give a 7", 'en', exact(7)], ["she'd say 9", 'en', unclear],
    ['ik wilde eerst 4 zeggen, maar bij nader inzien een 5', 'nl', exact(5)], ['I was gonna say 3, on second thought a 4', 'en', exact(4)],
  ],
  '"ik denk" states a view, it does not make the number a guess': [
    ['ik denk het is acht', 'nl', exact(8)], ['9 I think', 'en', exact(9)], ['ik denk 6 of zo', 'nl', about(6)],
  ],
  'two negations: a careful yes, or "always" after never': [
    ['niet niet blij', 'nl', about(7)], ["I wouldn't say I'm not fine", 'en', about(7)], ['nooit niet moe', 'nl', about(3)],
    ["I wouldn't say it's awful", 'en', about(5)], ['ik zou niet zeggen dat het goed gaat', 'nl', about(4)],
  ],
  'a turned "on-"/"un-" word means the word underneath, at most a 7': [
    ['niet ongelukkig', 'nl', about(7)], ['not unsatisfied', 'en', about(7)], ['geen onvoldoende', 'nl', about(6)],
    ['niet onredelijk', 'nl', about(6)],
  ],
  'both sides turned is the middle; a turned stronger word caps the plain one': [
    ['niet slecht maar ook niet goed', 'nl', about(5)], ['not awful, not great', 'en', about(5)], ['ik ben ook moe', 'nl', about(4)],
    ['prima, niet geweldig', 'nl', about(7)], ['fine, not amazing', 'en', about(7)],
  ],
  'two mood words as a range: neighbours ask which, two apart the middle': [
    ['fair to good', 'en', either(6, 7)], ['goed tot heel goed', 'nl', either(7, 8)], ['good to great', 'en', about(8)],
  ],
  '"bijzonder" boosts, "een beetje" moves toward the middle without crossing it, a prefix intensifies': [
    ['uitzonderlijk goed', 'nl', about(9)], ['een beetje slecht', 'nl', about(4)], ['a bit tired', 'en', about(4)],
    ['hondsmoe', 'nl', about(3)], ['keigoed', 'nl', about(8)],
  ],
  'words for the ends of the scale, sleep and coping': [
    ['zet maar het maximum', 'nl', about(10)], ['the lowest', 'en', about(0)], ['ik slaap als een blok', 'nl', about(9)],
    ['geen oog dicht gedaan', 'nl', about(1)], ['we houden ons staande', 'nl', about(5)], ['dead on my feet', 'en', about(2)],
  ],
  '"pass" alone in Dutch is passing the question; in English "a pass" is a mark': [
    ['pass', 'nl', unsure], ['ik pas', 'nl', unsure], ['a pass', 'en', about(6)],
  ],
  'other digit scripts, German number words, "l0", a doubled decimal comma, a slip in "out of", more than full marks': [
    ['٦', 'nl', exact(6)], ['acht, nee sieben', 'nl', exact(7)], ['l0', 'nl', exact(10)], ['5,,5', 'nl', exact(5.5)],
    ['7 oit of 10', 'en', exact(7)], ['12/10', 'nl', about(10)], ['een zeven min', 'nl', exact(7)], ['zes min', 'nl', exact(6)],
  ],
  'a stray letter after a number with an article is a slip; an ordinal is a date': [
    ['een 7n', 'nl', exact(7)], ['het is de 8e', 'nl', unclear],
  ],
  'a class, a stage or a level is a label; drinks, medicine, sessions and pets are counted': [
    ['mijn kleinzoon zit in groep 6', 'nl', unclear], ['stage 3 of the treatment', 'en', unclear],
    ['ik drink 4 koffie per dag, verder een 7', 'nl', exact(7)], ['2 painkillers a day', 'en', unclear],
  ],
  'one of two candidates said again in a later part settles on it': [
    ['4 of 5, ik zeg 5', 'nl', exact(5)], ['8 or 9, probably 8', 'en', about(8)], ['7 or 8 or 7', 'en', either(7, 8)],
  ],
  '"I\'m not saying", "kan niet zeggen dat", "niet dat ik" turn the mood word after them; "nog nooit zo" is the most there is': [
    ["I'm not saying it's awful", 'en', about(5)], ['ik kan niet zeggen dat het slecht gaat', 'nl', about(6)],
    ['het is niet dat ik ontevreden ben', 'nl', about(7)], ['ik heb me nog nooit zo goed gevoeld', 'nl', about(10)],
    ['het gaat nooit zo goed', 'nl', about(4)], ['not the worst, not the best', 'en', about(5)],
  ],
  'a bound is a guess at the score': [
    ['hooguit een 5', 'nl', about(5)], ['at least an 8', 'en', about(8)], ['at best a 7', 'en', about(7)], ['max een 4', 'nl', about(4)],
  ],
  'a bound said after the number is the resident\'s own judgement of it': [
    ['7 at best', 'en', exact(7)], ["It's a 3 at best.", 'en', exact(3)], ['een 6 hooguit', 'nl', exact(6)],
  ],
  'a question is about the scale, but a number with a question mark beside other words, or after the question, is the answer': [
    ['sorry, ik typ traag, zeven?', 'nl', exact(7)], ['wat is 0 en wat is 10?', 'nl', unclear], ['10 is het hoogste toch?', 'nl', unclear],
    ['Is 10 the best? Then 8.', 'en', exact(8)], ['is het goed, 7?', 'nl', unclear], ['is 7 goed? of 8', 'nl', unclear],
    ['is 7 goed? 8?', 'nl', unclear],
  ],
  'formal and older ways of giving the score: "I should think", a number that "will do", the whole after varying feelings': [
    ['I should think an eight', 'en', exact(8)], ['Seven will do, thank you.', 'en', exact(7)],
    ['mijn dagen zijn wisselend, al bij al een 7', 'nl', exact(7)], ["I don't know how this works. A 6.", 'en', exact(6)],
    ['kweenie, 4?', 'nl', about(4)], ['kweenie', 'nl', unsure],
  ],
  'refusing or "not applicable" is never a score': [
    ['geen commentaar', 'nl', unsure], ['prefer not to say', 'en', unsure], ['nvt', 'nl', unsure],
  ],
  'a mood word with one slip is still the word': [
    ['not bda', 'en', about(6)],
  ],
  'a dash standing apart ends a part, as a comma does; "since" gives a reason; a grade sign is glued to its number': [
    ['82 and still dancing - 9', 'en', exact(9)], ['9 - been walking a lot', 'en', exact(9)], ['6 since my hip is sore', 'en', exact(6)],
    ['4 - 6', 'nl', about(5)], ['een 7-', 'nl', exact(7)],
  ],
  'an address, a condition or a verb after the number leaves it the answer': [
    ['7 dude', 'en', exact(7)], ['8 graag', 'nl', exact(8)], ['6 if I am honest', 'en', exact(6)], ['even 5 invullen', 'nl', exact(5)],
  ],
  'the scale\'s own numbers beside the answer are never candidates; a scale turned around is asked about': [
    ['Op een schaal van 0 tot 10 zou ik zeggen een 4', 'nl', exact(4)], ['0-10? Fine, 4.', 'en', exact(4)], ['0 tot 10', 'nl', unclear],
    ['5 (0 = heel slecht, toch?)', 'nl', exact(5)], ['If 10 is best then 9', 'en', exact(9)], ['Als 1 het beste is dan een 2', 'nl', unclear],
    ['where 0 is the worst, a 3', 'en', exact(3)], ['0 = slecht', 'nl', unclear], ['mn slaap = 4', 'nl', exact(4)],
    ['0 is heel slecht en 10 heel goed, ik zeg 6', 'nl', exact(6)], ['0 is best, 10 is worst, so 3', 'en', unclear], ['10 is top', 'nl', exact(10)],
    ['on a 1-10 scale a 6', 'en', exact(6)], ['op een schaal van 10 een 7', 'nl', exact(7)], ['Ik geef een 6 (op 10)', 'nl', exact(6)],
  ],
  'health and money numbers beside the answer: a share of people, thousands, a rate, a measure with its number, a pain score': [
    ['1 in 4 people have this', 'en', unclear], ['1 op de 4 mensen', 'nl', unclear], ['7 op de 10', 'nl', exact(7)],
    ['Pension is 1,400 a month, we manage. 7', 'en', exact(7)], ['Benefits are 90 a week', 'en', unclear], ['6.66', 'en', about(7)],
    ['8.30', 'nl', unclear], ['BP 150/95 and I feel like a 5', 'en', exact(5)], ['Pain is 6 out of 10 today', 'en', unclear],
    ['suiker 7.2 maar ik voel me een 6', 'nl', exact(6)], ['bij vraag 2 heb ik een 4 bedoeld', 'nl', unclear],
    ['pijn 8/10 vandaag', 'nl', unclear], ['pijn: 7', 'nl', unclear], ['veel pijn, 3', 'nl', exact(3)], ['pain 6/10, mood 7', 'en', exact(7)],
    ["9 out of 10 doctors say, I'm a 6", 'en', exact(6)], ['7 op de 10 mensen heeft dat', 'nl', unclear], ['8/10 today', 'en', exact(8)],
  ],
  'a range two or four apart has its middle; a wider one is no choice between its ends; going back and forth keeps the two': [
    ['ergens tussen 3 en 6', 'nl', unclear], ['Anywhere from 2 to 9 honestly', 'en', unclear], ['tussen de 4 en de 8', 'nl', about(6)],
    ['van 5 tot 7', 'nl', about(6)], ['I flip between 5 and 8', 'en', either(5, 8)], ['ik twijfel tussen 5 en 8', 'nl', either(5, 8)],
    ['either a 4 or a 7', 'en', either(4, 7)],
  ],
  'before and now: "van ... naar" is a change by itself, and what came before something that happened is the past': [
    ['Gaat vooruit! Van 3 naar 5', 'nl', exact(5)], ['Before the accident I\'d say 9, now 4', 'en', exact(4)],
    ['before lunch 5, after lunch 7', 'en', either(5, 7)], ['from 3 to 5', 'en', about(4)], ['ik wil van een 5 naar een 7', 'nl', exact(5)],
  ],
  'the middle said in words, and the part of a number\'s tens ("high 7s"), are a guess at the score': [
    ['In de middenmoot', 'nl', about(5)], ['iets boven het midden', 'nl', about(6)], ['somewhere in the middle', 'en', about(5)],
    ['high 7s', 'en', about(8)], ['low 6s', 'en', about(6)], ['laag, heel laag', 'nl', about(2)], ['7s', 'en', unclear],
    ['halverwege', 'nl', about(5)], ['upper half', 'en', about(7)], ['bovenin', 'nl', about(8)],
  ],
  'strong sayings: almost as good as it gets, rot-, "pretty" and "absolute" at the ends of the scale; a sleepy face says no score': [
    ['Beter kan bijna niet', 'nl', about(9)], ['could hardly be better', 'en', about(9)], ['Rotslecht', 'nl', about(2)],
    ['Pretty awful tbh', 'en', about(2)], ['pretty lousy', 'en', about(3)], ['pretty amazing', 'en', about(9)],
    ['absolute rubbish mate', 'en', about(1)], ['Ik heb het moeilijk gehad, maar nu ne zes', 'nl', exact(6)],
    ['ik heb het moeilijk', 'nl', about(3)], ['😴', 'nl', unclear], ['😴 5', 'nl', exact(5)], ['Kon niet beter', 'nl', about(10)],
    ['it can hardly get better', 'en', about(9)], ['pretty dire', 'en', about(2)], ['abysmal', 'en', about(1)], ['Het gaat prachtig', 'nl', about(9)],
  ],
  'a school mark meant as the score is the score, and grading oneself gives a letter grade; a mark for a subject is not': [
    ['goed (dus 8 zoals op school)', 'nl', exact(8)], ["I'd grade it a D", 'en', about(4)], ["I'd grade it a 7", 'en', exact(7)],
    ['Ik heb vroeger een 10 voor aardrijkskunde gehaald haha', 'nl', unclear],
  ],
  'a number ruled out twice is a careful yes to it, confirmed first': [
    ["I wouldn't say it's not a 7", 'en', about(7)], ['not not a 6', 'en', about(6)], ['ik zou niet zeggen dat het geen 7 is', 'nl', about(7)],
    ['No not a 7, 6', 'en', exact(6)], ['Geen 8 maar ook geen 6', 'nl', about(7)],
  ],
  'more stars than the five of a review are counted out of ten': [
    ['⭐⭐⭐⭐⭐⭐⭐', 'nl', about(7)], ['🌟🌟🌟🌟🌟🌟', 'en', about(6)], ['⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐⭐', 'nl', about(10)],
  ],
  'fillers and hedges that do not hedge: a laugh, "for real", "of course", a suggestion, a guess of one\'s own after the number': [
    ['haha 10 natuurlijk', 'nl', exact(10)], ['8 fr', 'en', exact(8)], ['How about a 4', 'en', exact(4)],
    ['Not sure it matters but 6', 'en', exact(6)], ['About the same as usual, a 7', 'en', exact(7)], ['About the same as usual', 'en', none],
    ['I am very tired, I say 4 number', 'en', exact(4)], ['3, I guess', 'en', exact(3)], ['A 6 I suppose.', 'en', exact(6)],
    ['I guess 8?', 'en', about(8)], ['maybe 6 I guess', 'en', about(6)], ['I live at number 8', 'en', unclear],
    ['8 definitely', 'en', exact(8)], ['9 easily', 'en', exact(9)], ['7 ofc', 'en', exact(7)], ['8 absoluut', 'nl', exact(8)],
    ["6 I'd guess", 'en', exact(6)], ["I'd guess 5", 'en', about(5)], ["I'm worried about my knee, 6", 'en', exact(6)], ['about a 6', 'en', about(6)],
    ["For my body 7, but you didn't ask about my mood which is a 3", 'en', exact(7)], ['Omdat de zon schijnt geef ik een 8', 'nl', exact(8)],
    ["zo'n beetje een 5 denk ik", 'nl', about(5)], ['zon 7', 'nl', about(7)],
  ],
  'a reason before the score: a conclusion starts the part with the answer, being at a number is a level, someone after a preposition gives no number': [
    ['Kids are doing well at school so I\'m at 9', 'en', exact(9)], ["I'm at 9", 'en', exact(9)], ['I go to bed at 11', 'en', unclear],
    ["Since moving in with my daughter it's a 7", 'en', exact(7)], ["During Ramadan I'm tired, so 5 this month", 'en', exact(5)],
    ['mijn dochter zegt 7', 'nl', unclear], ['so tired', 'en', about(3)], ["Since my husband died it's a 4", 'en', exact(4)],
    ['because my wife says 8, I say 6', 'en', exact(6)],
  ],
  'a comparison with a score not said here has nothing to offer; with a mood word or a number beside it, that is the answer': [
    ['Beter dan vorige week', 'nl', unclear], ['better than last week', 'en', unclear], ['Minder dan de helft van vroeger', 'nl', unclear],
    ['Beter dan vorige week, best goed', 'nl', about(7)], ['beter dan ooit', 'nl', about(9)], ['more than a 6', 'en', about(7)],
    ['not as good as last week', 'en', about(4)], ['niet zo goed als vorige week', 'nl', about(4)],
  ],
  'a correction stores the number put right: instead of, "I meant", changing the answer': [
    ['maak er maar een 3 van ipv 4', 'nl', exact(3)], ['maak er maar een 3 van i.p.v. 4', 'nl', exact(3)], ['6 instead of 5', 'en', exact(6)],
    ['een 6 in plaats van 7', 'nl', exact(6)], ['Change my answer to 8', 'en', exact(8)], ['8, sorry, I meant 3', 'en', exact(3)],
    ['7, moet zijn 6', 'nl', exact(6)], ['6 sorry 7', 'en', exact(7)], ['Eerst zei ik 5, maar het is 4', 'nl', exact(4)],
    ['Eerst 6, maar na het weekend 8', 'nl', exact(8)], ['sorry, ik typ traag, zeven?', 'nl', exact(7)],
  ],
  'never a number the resident did not mean: minutes before the hour, a street, a month, a label, someone named before "die"': [
    ['kwart voor 7', 'nl', unclear], ['vijf voor acht', 'nl', unclear], ['tien na 9 komt de thuiszorg', 'nl', unclear],
    ['quarter past 4', 'en', unclear], ['six to seven', 'en', either(6, 7)], ['een 7 voor mijn lijf', 'nl', exact(7)],
    ['Stationsweg 8', 'nl', unclear], ['Molenstraat 4, ik geef een 6', 'nl', exact(6)], ['June 6', 'en', unclear],
    ['kamer 4 en ik zeg een 7', 'nl', exact(7)], ['bij vraag 2 heb ik een 4 bedoeld', 'nl', unclear],
    ['mijn broer, die zit op een 2', 'nl', unclear], ['mijn vriendin (die geeft een 9) en ik een 6', 'nl', exact(6)],
  ],
  'another time gives way to a number said to be now; what was said before, to a number said after it; a multiple has no base': [
    ['In de winter een 4, nu in de zomer een 7', 'nl', exact(7)], ['in de zomer een 8', 'nl', exact(8)],
    ['de afgelopen weken een 5, vandaag een 7', 'nl', exact(7)], ['in the winter 4, these days 7', 'en', exact(7)],
    ['in de zomer 8, in de winter 5', 'nl', either(5, 8)], ['ik zei 6, maar het is een 5', 'nl', exact(5)], ['ik zei 7', 'nl', exact(7)],
    ['I said 4 before but now 6', 'en', exact(6)], ['twee keer zo slecht als vorig jaar', 'nl', unclear], ['twice as good as before', 'en', unclear],
    ['dubbel zo goed als vroeger, een 8', 'nl', exact(8)],
  ],
  'what came before is taken back: an arrow, "laat maar", "scratch that", a joke, a wrong key, what it must be; a correction asked is a doubt': [
    ['6 -> 5', 'nl', exact(5)], ['6 → 5', 'nl', exact(5)], ['4, laat maar, 6', 'nl', exact(6)], ['eight, scratch that, seven', 'en', exact(7)],
    ['9 haha grapje, 6', 'nl', exact(6)], ['2 just kidding 8', 'en', exact(8)], ['3 verkeerde knop, 4', 'nl', exact(4)],
    ['6 moet 7 zijn', 'nl', exact(7)], ['Een 5, of toch een 6?', 'nl', either(5, 6)], ['7, nee toch 6', 'nl', exact(6)],
    ['6, het is eigenlijk een 7', 'nl', exact(7)], ['laat maar een 5 staan', 'nl', exact(5)],
  ],
  'Flemish and southern forms: "-tal" is about that number, an h left out, near a number "tegen ... aan"': [
    ['ne zevental', 'nl', about(7)], ['een achttal, denk ik', 'nl', about(8)], ['een vijftal keer per week, een 6', 'nl', exact(6)],
    ["ne zes en 'alf", 'nl', exact(6.5)], ["'eel slecht", 'nl', about(1)], ['het zit tegen de 8 aan', 'nl', about(8)],
    ['richting een 6', 'nl', about(6)],
  ],
  'school marks and sayings: a small mark lies at the pass line, a sign glued to its word, the report one would get, big fat marks': [
    ['een onvoldoendetje', 'nl', about(5)], ['een mager voldoendetje', 'nl', about(6)], ['achtplus', 'nl', exact(8)], ['zesmin', 'nl', exact(6)],
    ['mijn rapport zou een 6 geven', 'nl', exact(6)], ['op mijn rapport stond een 7', 'nl', unclear], ['zeer goed', 'nl', about(9)],
    ['een dikke vette onvoldoende', 'nl', about(3)], ['a big fat fail', 'en', about(3)], ['completely exhausted', 'en', about(2)],
    ['ticking along', 'en', about(6)], ['ticking along nicely', 'en', about(7)], ['ik zie het niet zitten', 'nl', about(3)],
  ],
  'an intensifier makes a word stronger but does not reach an end of the scale, which is said outright': [
    ['echt beroerd', 'nl', about(2)], ['totally crap', 'en', about(2)], ['heel erg slecht', 'nl', about(1)], ['echt slechtjes', 'nl', about(2)],
    ['really good', 'en', about(8)], ['echt super', 'nl', about(9)],
  ],
  'joined emoji are one sign; going with difficulty is a mood; not knowing about the rest leaves the answer; a mixed doubled sign': [
    ['😵‍💫', 'nl', about(3)], ['😮‍💨', 'en', about(4)], ['🤷‍♀️', 'nl', unsure], ['❤️‍🔥', 'en', about(9)],
    ['fietsen gaat moeizaam', 'nl', about(4)], ['het valt zwaar, een 4', 'nl', exact(4)], ['lastig', 'nl', unsure],
    ['Lichaam een 6, de rest weet ik niet', 'nl', exact(6)], ['een 6, weet ik niet', 'nl', about(6)], ['7,.5', 'nl', exact(7.5)],
  ],
  'more numbers that are not the score: ages after "van", a year, a bed, a ward, a size, a height, dollars': [
    ['2 kinderen van 7 en 9', 'nl', unclear], ['mijn kleinzoon van 6 logeert hier, een 8', 'nl', exact(8)], ['a grandson of 5', 'en', unclear],
    ['in 2019 een 8', 'nl', unclear], ['in 2019 een 8, nu een 6', 'nl', exact(6)], ['bed 4', 'nl', unclear], ['afdeling 3', 'nl', unclear],
    ['size 8', 'en', unclear], ["I'm 5 foot 4", 'en', unclear], ['5 bucks', 'en', unclear],
  ],
  'Flemish "goe" is "goed" inside a saying': [["'t gaat nie goe", 'nl', about(3)], ["'t gaat goe", 'nl', about(7)]],
  'a word only partly turned says neither the word nor its opposite': [
    ['niet helemaal onvoldoende', 'nl', unclear], ['not entirely happy', 'en', unclear], ['helemaal niet slecht', 'nl', about(7)],
    ['niet helemaal lekker', 'nl', about(4)], ['niet helemaal goed, maar verder prima', 'nl', about(7)],
  ],
  'wanting a number beside another is a wish; "by" before a number is a clock time': [
    ['ik wil een 9, ik ben een 6', 'nl', exact(6)], ["I want an 8 but I'm a 5", 'en', exact(5)], ['ik wil een 7 geven', 'nl', exact(7)],
    ['ik wil 7', 'nl', exact(7)], ["I'm in bed by 9", 'en', unclear],
  ],
  '"outta ten", "een halve", a number word with "-ish", chat hedges': [
    ['eight outta ten', 'en', exact(8)], ['6 outta 10', 'en', exact(6)], ['zeven en een halve', 'nl', exact(7.5)], ['sixish', 'en', about(6)],
    ['zesachtig', 'nl', about(6)], ['prolly 6', 'en', about(6)],
  ],
  'the resident beside someone else, "no" as a word, someone named before "who\'s"': [
    ['Mijn vrouw een 5 en ik een 7', 'nl', exact(7)], ['my son says 4 and I say 6', 'en', exact(6)], ['she says 6, and I agree', 'en', exact(6)],
    ['7 wait no 6', 'en', exact(6)], ['no 7', 'en', unclear], ['I live at no 7', 'en', unclear], ["better than my sister, who's a 4", 'en', unclear],
  ],
  'a number word inside a saying is part of the saying; as good as before compares with a score not said here': [
    ['ik ben ten einde raad', 'nl', about(1)], ['ten minste een 7', 'nl', about(7)], ['on cloud nine', 'en', about(10)],
    ['on cloud 9', 'en', about(10)], ['my nine to five is killing me', 'en', none], ['is 10 goed?', 'nl', unclear],
    ['net zo goed als vorige keer', 'nl', unclear], ['just as bad as yesterday', 'en', unclear], ['het gaat even goed', 'nl', about(7)],
  ],
  'a stray key after a number that is the whole answer is a slip; a unit or an ordinal is not': [
    ['6k', 'nl', unclear], ['8j', 'nl', exact(8)], ['5e', 'nl', unclear], ['7j oud', 'nl', unclear],
  ],
  'a slip in a short number word is read where a score stands, alone or after an article at the end, and confirmed first': [
    ['vihf', 'nl', about(5)], ['een acgt', 'nl', about(8)], ['sicx', 'en', about(6)], ['ik geef een tiem', 'nl', about(10)],
    ['een bier', 'nl', none], ['wacht', 'nl', none], ['toen', 'nl', none], ['none', 'en', none], ['mine', 'en', none],
    ['vief', 'nl', exact(5)], ['achtt', 'nl', exact(8)], ['acgt kinderen', 'nl', none],
  ],
  'a part of the body alone says how that part is; beside the resident\'s own mood words it counts with them': [
    ['mijn rug is slecht', 'nl', unclear], ['my knee is bad', 'en', unclear], ["🤢 stomach's upset", 'en', unclear],
    ['ik heb pijn in mijn rug', 'nl', about(3)], ['mijn knie is kapot maar verder gaat het goed', 'nl', about(7)],
    ['ik ben moe en mijn rug doet pijn', 'nl', about(3)], ['back to normal, good', 'en', about(7)], ['my heart is happy', 'en', about(8)],
  ],
  'several areas in one answer: without the area asked two stay two; one said not to be asked now, or the area echoed as a question, settles it': [
    ['Fysiek 8, mentaal 4', 'nl', either(4, 8)], ["Body 6 but my head's at 3", 'en', either(3, 6)],
    ['Life in general 9, health 4', 'en', either(4, 9)], ['Mijn lichaam 5. Je vraagt later toch ook naar gevoel? Dat is 8.', 'nl', exact(5)],
    ['Gevoelsmatig 4, maar daar vroeg je niet naar. Lichaam 7.', 'nl', exact(7)],
    ['Voor mijn lichaam? 6. Mijn hoofd is een ander verhaal, daar zou ik 3 geven.', 'nl', exact(6)],
    ['Mijn benen een 4 en mijn hart een 7, gemiddeld 5,5', 'nl', exact(5.5)], ['Mijn lijf een 6, de rest vraag je straks zeker', 'nl', exact(6)],
    ['gemiddeld', 'nl', about(5)], ['5 gemiddeld', 'nl', exact(5)], ['Emotioneel 5 maar daar ging de vraag niet over, lichamelijk 8', 'nl', exact(8)],
  ],
  'sayings by family and school results in words, in Dutch, Flemish and English': [
    ['het gaat ons voor de wind', 'nl', about(8)], ['het geluk lacht me toe', 'nl', about(9)], ['sitting pretty', 'en', about(8)],
    ['het hangt me de keel uit', 'nl', about(2)], ['ik ben het zat', 'nl', about(3)], ['at my wits end', 'en', about(2)],
    ['alles gaat mis', 'nl', about(3)], ['ik ben gebuisd', 'nl', about(4)], ['met onderscheiding', 'nl', about(7)],
    ['summa cum laude', 'nl', about(10)], ['a merit', 'en', about(7)], ['geslaagd met vlag en wimpel', 'nl', about(9)],
    ['D', 'en', about(4)], ['B!', 'en', about(8)], ['a', 'en', none], ['het goat wel', 'nl', about(5)], ["'t is hier schoon", 'nl', none],
  ],
  'negations that understate, and a litotes of what cannot be borne': [
    ['alles behalve slecht', 'nl', about(7)], ['far from bad', 'en', about(7)], ['not exactly bad', 'en', about(7)],
    ['niet bepaald goed', 'nl', about(4)], ['geen reden om te klagen', 'nl', about(7)], ['no reason to be unhappy', 'en', about(7)],
    ['niet ondraaglijk', 'nl', about(5)], ['not intolerable', 'en', about(5)], ['I am not discontent', 'en', about(7)],
  ],
  'refusing, passing, a shrug before the number, and what was clicked or said before put right': [
    ['da gaat u geen bal aan', 'nl', unsure], ["that's private", 'en', unsure], ['pass', 'en', unsure], ['I pass', 'en', unsure],
    ['🤷 7', 'nl', about(7)], ['7 🤷', 'nl', exact(7)], ['I pressed 2 by mistake, it is a 6', 'en', exact(6)],
    ['ik koos 9 maar het is een 5', 'nl', exact(5)], ['6 *8', 'nl', exact(8)], ['77 bedoel ik 7', 'nl', exact(7)],
    ['4 of misschien toch 6', 'nl', either(4, 6)], ['zes óf zeven', 'nl', either(6, 7)], ['een stuk of 6', 'nl', about(6)],
  ],
  'a number that is no score hedged, an age in a part about another time, someone else in the plural': [
    ['ongeveer 6 uur geslapen, een 5', 'nl', exact(5)], ['Slept about 4 hours, so a 3', 'en', exact(3)],
    ['Toen ik 40 was een 8, nu een 5', 'nl', exact(5)], ['My friends would say 9, but I say 6', 'en', exact(6)],
    ['ik mis mijn vrienden, een 4', 'nl', exact(4)], ['Mijn ouders zeggen 8 en ik 5', 'nl', exact(5)],
  ],
  'the buttons by their words, stars counted, a few stars alone, three bad emoji': [
    ['zet me maar op heel goed', 'nl', about(10)], ['click very bad', 'en', about(0)], ['kies de middelste', 'nl', about(5)],
    ['heel goed', 'nl', about(8)], ['⭐⭐ van de 5', 'nl', about(4)], ['⭐⭐⭐⭐ out of 5', 'en', about(8)], ['⭐⭐', 'nl', unclear],
    ['👎👎👎', 'en', about(2)], ['😢😢', 'nl', about(3)],
  ],
  'feelings that vary, weighed in a whole with a mood word after them, leave that mood': [
    ['Het wisselt, maar al met al goed', 'nl', about(7)], ['It varies, but on the whole not bad', 'en', about(6)], ['het wisselt', 'nl', unsure],
  ],
  'a whole score beside nearly the next one is confirmed; a half beside it is said': [
    ['een 6, bijna 7', 'nl', about(6)], ['7, almost 8', 'en', about(7)], ['zes en een half, bijna zeven', 'nl', exact(6.5)],
  ],
  'a number beside a mood of its side, with the other side in a later part of its own, is the number of one thing only': [
    ['Lopen gaat goed, 7, eten slecht', 'nl', unclear], ['Walking is fine, 7, sleeping terrible', 'en', unclear],
    ['Goed, 8, maar slecht geslapen', 'nl', exact(8)], ['Goed, 8, want ik sliep slecht', 'nl', exact(8)],
  ],
  'chat and Limburg negations, a mood word with a letter typed twice, and a number taken back by name': [
    ['nt zo goed', 'nl', about(4)], ['nt bad', 'en', about(6)], ['neet goed', 'nl', about(3)], ['het gaat neet', 'nl', about(2)], ["'t geit neet", 'nl', about(2)], ['slechtt', 'nl', about(3)],
    ['priima', 'nl', about(7)], ['zevenn', 'nl', exact(7)], ['2, neem dat terug, 5', 'nl', exact(5)], ['3, I take that back, 6', 'en', exact(6)],
    ['first 5, then I thought about it, 7', 'en', exact(7)], ['eerst een 4, na even nadenken een 6', 'nl', exact(6)],
  ],
  'feeling empty, only surviving, of no use, and having nothing to complain about': [
    ['leeg', 'nl', about(3)], ['I feel empty', 'en', about(3)], ['surviving', 'en', about(4)], ['ik ben aan het overleven', 'nl', about(4)],
    ['voel me nutteloos', 'nl', about(2)], ['I feel useless since I retired', 'en', about(2)], ['ik lig er niet wakker van', 'nl', about(7)],
    ["I don't lose sleep over it", 'en', about(7)], ['not unpleasant', 'en', about(6)], ['Ik heb gisteren al gezegd hoe het gaat', 'nl', unclear],
  ],
  'punctuation dictated after a number, an article typed without its space, old, Limburg and echoed spellings of a number': [
    ['acht uitroepteken', 'nl', exact(8)], ['zeven komma', 'nl', exact(7)], ['seven question mark', 'en', exact(7)], ['nine full stop', 'en', exact(9)],
    ['een groot vraagteken', 'nl', none], ['eenacht', 'nl', exact(8)], ['anine', 'en', exact(9)], ['ik geef zesch', 'nl', exact(6)],
    ['twie', 'nl', exact(2)], ['ik geef aach', 'nl', exact(8)], ['ach', 'nl', none], ['tinen', 'nl', exact(10)], ['fivie', 'en', exact(5)],
  ],
  'a typing slip named in words puts the number before it right': [
    ['drie, verkeerd getypt, vier', 'nl', exact(4)], ['acht. Fout getikt: negen', 'nl', exact(9)], ['5, typed it wrong, 6', 'en', exact(6)],
    ['two. Typed the wrong number: three', 'en', exact(3)],
  ],
  'a number with a reason in chat shorthand is the answer': [
    ['5 bc my knee hurts', 'en', exact(5)], ['tbh 4 coz work is a lot', 'en', exact(4)], ['4 geld is krap', 'nl', exact(4)],
    ['7 omda alles goe gaat', 'nl', exact(7)], ["ngl 2 rent's too high", 'en', exact(2)], ['3 kids are a handful', 'en', unclear],
    ['7 uur is te weinig', 'nl', unclear],
  ],
  'sayings for the body, contact, money and feelings that point one way, turned by a negation before having': [
    ['ik sta nog op m\'n benen hoor', 'nl', about(6)], ['still on my feet', 'en', about(6)], ['ik kom amper de deur uit', 'nl', about(3)],
    ['I never leave the house', 'en', about(3)], ['de schulden stapelen zich op', 'nl', about(3)], ['my debts are piling up', 'en', about(3)],
    ['vol energie', 'nl', about(8)], ['plenty of energy', 'en', about(8)], ['ik geniet van iedere dag', 'nl', about(8)],
    ['I enjoy each day', 'en', about(8)], ['ik pieker de hele dag', 'nl', about(3)], ['I worry all the time', 'en', about(3)],
    ['lots of friends', 'en', about(8)], ["I don't have many friends", 'en', about(4)], ['ik heb niet veel energie', 'nl', about(4)],
  ],
  'one\'s own part of the body names the body': [
    ['My mood is 7, my back is a 4', 'en', either(4, 7)], ['Mijn stemming een 6, mijn knie een 3', 'nl', either(3, 6)],
  ],
  'a floor and the hour until which something lasted are no score': [
    ['we wonen op 4 hoog, een 6', 'nl', exact(6)], ['lag tot 5 uur wakker', 'nl', unclear], ['lay awake till 4', 'en', unclear],
    ['van 5 tot 7', 'nl', about(6)],
  ],
  'a share said as the answer, and a mark written over 20 or 100': [
    ['60%', 'nl', about(6)], ['dit jaar 75 procent', 'nl', about(7.5)], ['50 procent', 'nl', unclear], ['18/20', 'nl', about(9)],
    ['12/20 zou ik zeggen', 'nl', about(6)], ['4/5', 'nl', either(4, 5)],
  ],
  'Frisian, Gronings and Flemish numbers, tags and family, and northern spellings of mood words': [
    ['Fries: seis', 'nl', exact(6)], ['it is wol goed, trije', 'nl', exact(3)], ['een viefke', 'nl', exact(5)], ['ik geef 6 zenne', 'nl', exact(6)],
    ['7 se', 'nl', exact(7)], ['mijn kinders geven 9, ik 7', 'nl', exact(7)], ['ons moeder zegt 8, ik zeg 5', 'nl', exact(5)],
    ['nait goed', 'nl', about(3)], ['precies goed zo', 'nl', about(8)], ['just right', 'en', about(8)],
  ],
  '"kinda" right before a number, a good word taken back by a "not" at the end, and somewhere in a wide range': [
    ['kinda 6', 'nl', about(6)], ['sorta a 6', 'en', about(6)], ['sorta tired, 6', 'en', exact(6)], ['Great. Not.', 'en', unclear],
    ['fantastisch hoor. niet dus', 'nl', unclear], ['fine, not great', 'en', about(7)], ['ergens tussen 3 en 7', 'nl', unclear],
    ['tussen 3 en 7', 'nl', about(5)], ['somewhere from 2 to 6', 'en', unclear],
  ],
};

for (const [concept, rows] of Object.entries(concepts)) {
  describe(`parseScore: ${concept}`, () => {
    for (const [text, locale, expected] of rows) {
      it(`${JSON.stringify(text)} (${locale}) → ${JSON.stringify(expected)}`, () => {
        expect(parseScore(text, locale)).to.deep.equal(expected);
      });
    }
  });
}

describe('parseScore: the area asked decides between numbers for several areas', () => {
  const rows: [string, Locale, Dimension | undefined, ScoreReading][] = [
    ['Fysiek 8, mentaal 4', 'nl', 'body', exact(8)], ['Fysiek 8, mentaal 4', 'nl', 'mind', exact(4)],
    ['Fysiek 8, mentaal 4', 'nl', 'participation', either(4, 8)], ["Body 6 but my head's at 3", 'en', 'mind', exact(3)],
    ['Life in general 9, health 4', 'en', 'quality', exact(9)], ['Meedoen: 2. Maar lichamelijk gaat het wel, zeg 6', 'nl', 'body', exact(6)],
    ["Joining in stuff is a 2 for me, but I'd give my body a 7", 'en', 'participation', exact(2)],
    ['Gevoelsmatig 4, verder een 7', 'nl', 'body', exact(7)], ['7', 'nl', 'mind', exact(7)], ['6 of 7', 'nl', 'body', either(6, 7)],
    ['My mood is a 5 and my body a 7', 'en', 'mind', exact(5)], ["I'd give my body a 7 and my head a 3", 'en', 'body', exact(7)],
    ['7 for my body, 3 for my head', 'en', 'body', exact(7)], ['hoofd 3, dagelijks leven 6', 'nl', 'daily', exact(6)], ['Mijn hoofd zit op 4, mijn lijf op 7', 'nl', 'mind', exact(4)],
    // a number only for another area does not answer this one; an area after a number starts the next part; work is daily life, and
    // taking part when that is asked
    ['Mentaal een 6', 'nl', 'body', unclear], ['my mood is a 4', 'en', 'body', unclear], ['Lijf 6 hoofd 3', 'nl', 'body', exact(6)],
    ['Mentaal een 6', 'nl', 'mind', exact(6)], ['Lichaam prima, mijn werk is een 3', 'nl', 'body', unclear],
    ['Ik werk nog, dus een 8', 'nl', 'body', exact(8)], ['Lichamelijk een 6, geestelijk een 8', 'nl', 'body', exact(6)],
    ['mijn werk is goed, ik geef een 8', 'nl', 'participation', exact(8)], ['my job is ok, 6', 'en', 'participation', exact(6)],
    ['my job is ok, 6', 'en', 'daily', exact(6)], ['mijn werk is een 3', 'nl', 'mind', unclear],
    // faith and spirit give meaning, one's spirits are how one feels, enjoying is quality of life
    ['Physically 6, emotionally 6, spiritually about 8', 'en', 'meaning', about(8)], ['My legs are a 2 but my spirits are a 9', 'en', 'body', exact(2)],
    ['my body is a 3 but I still enjoy my music, 7', 'en', 'quality', exact(7)], ['My life feels worthwhile, 8, even if my body is a 5', 'en', 'meaning', exact(8)],
    ['Mentaal ne zeven, mijne rug ne vier', 'nl', 'body', exact(4)],
    // numbers for several parts of the area asked are candidates, or, three of them, asked again; a part of another area beside one of
    // the area asked is not the answer; the rest beside a part of the area asked is the rest of that area, beside its name the others
    ['Slaap 4, energie 7', 'nl', 'body', either(4, 7)], ['sleep 5, appetite fine, energy 8', 'en', 'body', either(5, 8)],
    ['pijn 2, conditie 6', 'nl', 'body', either(2, 6)], ['koken 8 schoonmaken 3 boodschappen 5', 'nl', 'daily', unclear],
    ['friends 8, volunteering 3', 'en', 'participation', either(3, 8)], ['vrienden 7, sociaal leven 4', 'nl', 'participation', either(4, 7)],
    ['Tuin en muziek 8, maar ik slaap slecht, 3', 'nl', 'quality', exact(8)],
    ['Meedoen gaat slecht, een 3, thuis gaat het goed, een 7', 'nl', 'participation', exact(3)],
    ['Mijn rug een 4, de rest een 9', 'nl', 'body', either(4, 9)], ['My hip a 3, everything else a 7', 'en', 'body', either(3, 7)],
    ['mijn kerk 9, maar de rest 4', 'nl', 'meaning', either(4, 9)], ['Lichaam 6, de rest 8', 'nl', 'body', exact(6)],
    ['mijn rug een 2, de rest een 8', 'nl', undefined, exact(8)], ['rug 3, benen 7, gemiddeld 5', 'nl', 'body', exact(5)],
    ['koken 8, poetsen 4, overall 6', 'en', 'daily', exact(6)], ['In the evening 7, in the morning 3', 'en', 'mind', either(3, 7)],
    ['genieten van muziek 8, van wandelen 4', 'nl', 'quality', either(4, 8)], ['met pijn 4, zonder pijn 8', 'nl', 'body', either(4, 8)],
    ['kantoor geeft me niks, 3, maar mijn kinderen 9', 'nl', 'meaning', either(3, 9)],
    ['stress like 9 out of 10 bad, mood 6', 'en', 'mind', unclear], ['slaap 6/10', 'nl', 'body', exact(6)],
    ['ik slaap 6 uur, geef een 7', 'nl', 'body', exact(7)], ['around 7 in the evening', 'en', 'mind', unclear],
  ];
  for (const [text, locale, dimension, expected] of rows) {
    it(`${JSON.stringify(text)} (${locale}, asked ${dimension ?? "no area"}) → ${JSON.stringify(expected)}`, () => {
      expect(parseScore(text, locale, dimension)).to.deep.equal(expected);
    });
  }
});

describe('needsConfirmation', () => {
  it('stores an exact score at once', () => expect(needsConfirmation(exact(7))).to.equal(false));
  it('asks about an approximate score', () => expect(needsConfirmation(about(7))).to.equal(true));
  it('asks which of two, not whether', () => expect(needsConfirmation(either(6, 7))).to.equal(false));
  it('has nothing to confirm without a score', () => expect(needsConfirmation(none)).to.equal(false));
});

describe('scoreFromSentiment: a proposal from free text', () => {
  const sentiments: [Parameters<typeof scoreFromSentiment>[0], number, number][] = [
    ['negative', -1, 1],
    ['negative', -0.5, 3],
    ['neutral', 0, 5],
    ['mixed', 0, 5],
    ['positive', 0.5, 7],
    ['positive', 1, 9],
    ['positive', -0.3, 6],
    ['negative', 0.4, 4],
    ['negative', -7, 1],
    ['neutral', Number.NaN, 5],
  ];
  for (const [label, score, expected] of sentiments) {
    it(`${label} ${score} → ${expected}`, () => {
      const result = scoreFromSentiment(label, score);
      expect(result).to.equal(expected);
      expect(Number.isInteger(result)).to.equal(true);
    });
  }
});
