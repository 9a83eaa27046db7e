import { expect } from 'chai';
import { readCorpus, report, tally } from '../support/corpus.js';
import { askedArea, isRight, scoreOutcome, scoreRow, wrongNumber } from './score-corpus.js';

// Thresholds just below the figures measured when they were set (see README "Answers the bot understands"). The tuning
// splits allow no number the resident did not mean; the frozen test splits measure how far that generalises.
// Each split is tuning ('tune': its misses may be listed) or frozen ('test': counted only, never read).
// d-tune keeps three rows where the earlier authors read otherwise and their reading was kept: "ok" and "ok thanks" propose a
// 6 (the fourth author asks again), and "🙂🙂" proposes an 8 (the fourth author: 6 or 7).
// e-tune keeps one such row: "😡" proposes a 2, as the second author reads it and a frozen split counts it (the fifth author: 3 or
// ask again; a 3 is a number another frozen split does not mean). Its school grades with a plus or minus ("8-", "Zeven plus", "Een
// zes min") stay stored as the third author reads them; the fifth author would confirm them first, which is a miss, not a wrong number.
// f-tune keeps three such rows: "I'm lonely most days" and "Ik ben eenzaam, de kinderen komen bijna nooit" propose a 3, as the first
// author reads loneliness ("I'm lonely", "ik voel me alleen" propose a 3; the sixth author asks again), and "Knees 3, everything else 8"
// stores the 8, as the first author reads the rest beside a part ("mijn been is een 2, de rest een 8"; the sixth author: ask, or 3 or 8).
// Its grade signs ("een 7+", "een 8-") stay stored as the third author reads them, a miss and not a wrong number.
// g-tune (the seventh author; its rows on several areas answer the question about the body, which the corpus passes as the check-in
// does) keeps five such rows as wrong numbers: "net geen 7" proposes 6.5 and "just under 9" 8.5, half a point below, as the third
// author reads "net geen 7" and the earlier splits "net geen 6" and "just under 6" (the seventh author: 6 or 7, 8 or 9); "iets onder de 7"
// proposes 6 and "iets boven de 5" 6, a whole point off, as the sixth author reads "A bit under 9" (8 or 8.5; the seventh author offers
// both neighbours); and "ik ben niet niet blij" proposes 7, as "not not happy" does for the earlier authors (6 or 7; the seventh: 6). Six
// more are stored where the seventh author would confirm them first, a miss and not a wrong number: "ahct" (two letters swapped, stored for
// the fifth author), "een zees" (a stretched letter, as "zesss"), "drei", "vjf" and "nien" (slips the earlier authors store) and "5.,5"
// (a doubled decimal sign, as "5,,5").
// h-tune (the eighth author) keeps such rows as wrong numbers: "net geen zes" and "just under six" propose 5.5, as the third author
// reads "net geen 7" (the eighth: 5 or 6); and "👎👎" proposes 3, as the first author reads "🤕🤕" (only three of the same bad emoji count a
// point more; the eighth: 1 or 2). "mijn geloof 10, maar de rest 5" at the question about meaning offers both: at the question about an
// area the rest beside a part of it is the rest of that area (without a question, "mijn been is een 2, de rest een 8" stores the rest for
// the first author). Four more are misses and no wrong number: "low eight" is stored, as "a low 8" is for the earlier
// authors; "u kno, like a 6" is stored, as "ngl like a 4" is; "a bit over seven" is asked again ("iets boven de 5" proposes 6, a number
// the eighth author does not list); and "met hangen en wurgen" is asked again, as a frozen split reads it otherwise.
// i-tune (the ninth author) keeps three such rows as wrong numbers: "net geen 6" proposes 5.5, as "net geen 7" does for the third author
// (the ninth: 5, or 5 or 6); "iets boven de 7" proposes 8, as "iets boven de 5" proposes 6 (the ninth: 7, or 7 or 8); and "it isn't not
// fine" proposes 7, as "not not happy" does (the ninth: 6 or ask). "vief" (Gronings and Limburg "vijf") is read as a dialect number, not
// as a slip of "vier".
// j-tune (the tenth author) keeps thirteen wrong numbers where it reads otherwise than the earlier authors, among them: "goed" alone
// proposes 7 (the tenth: 8, as a school grade), "iets boven de vijf" proposes 5 and "a touch under 5" 4 (the tenth: 5.5 and 4.5 or 5),
// "schommelt tussen 2 en 6" offers both ends (the tenth: ask; the earlier authors choose between the ends of a range that varies),
// and "on my last legs" proposes 3 (the tenth: 1 or 2; the fourth: 3 or 4). "Meedoen lukt niet zo, een 4, thuis red ik me prima, een 8"
// stores the 4, as the tenth author reads it: home is daily life, not taking part.
// k-tune (the eleventh author) keeps sixteen wrong numbers where it reads otherwise: mostly a mood a point off ("Prima!" proposes 7, the
// eleventh: 8; "on my last legs" 3, the eleventh: 2; "not not fine" 7, the eleventh: 6), "net boven de 5" proposes 5 (the eleventh: 5.5
// or 6), "op 10 zou ik 6 geven" offers 6 or 10, and areas beside the one asked ("Het leven heeft zin, 9. Maar lichamelijk ben ik een 5").
// l-tune (the twelfth author) keeps seventeen wrong numbers where it reads otherwise: halves ("6,5", "7.5", "tweeënhalf", "negen komma
// vijf") are stored, as the earlier authors store them (the twelfth: the two scores beside them); a mood a point off ("opgewekt" 7, the
// twelfth 8); and "We are 4 in the house and it's a 5" offers 4 or 5. Two numbers for parts of one area ("Sleep 3, energy 6", "Mijn knie
// een 3, de rest een 8") are offered both, as the twelfth author reads them.
// n-tune (the fourteenth author) keeps eleven wrong numbers where it reads otherwise: "heel slecht" and "terrible" propose 1 and "het gaat
// van kwaad tot erger" 3, as earlier authors accept (the fourteenth: 2); "tevreden" and "quite content" propose 7 (the fourteenth: 8 or
// ask); and "4/5" (the fourteenth: ask, or 8 out of five). Two numbers for parts of one area ("sleep 3, energy 6", "pijn 3, conditie 7",
// "work 9, social life 3") are offered both and three are asked again, as the fourteenth author reads them; "lichamelijk 8, geestelijk 4"
// stays stored for the area asked, as the seventh to eleventh authors read it (the fourteenth: confirm first, or both).
// o-tune (the fifteenth author) keeps two wrong numbers, mood words a point off the earlier authors: "Uitgeblust" proposes 2 (the
// fifteenth: 3) and "Heel dankbaar" 9 (the fifteenth: 8).
// p-tune (the sixteenth author) keeps three wrong numbers where it reads otherwise: "'t Is ambetant met da werk" proposes 4, as the
// Flemish author of an earlier split reads "'t Is ambetant" (the sixteenth: 3 or ask); "Goed, zou de juf zeggen" proposes 7, as every
// other split reads "goed" (the sixteenth: 8, a school grade); and "Het is niet zo dat ik geen pijn heb" proposes 3, the turned
// statement read as having pain (the sixteenth: 5 or ask). Typos such as "zvn", "negn" and "ahct" stay stored as the earlier authors store them.
// q-tune (the seventeenth author) keeps four wrong numbers, words a point off the earlier authors' tables: "huilen met de pet op" proposes 2
// (the seventeenth: 3 or 4), 🫶 9 as another tune row reads it, and "I wouldn't say I'm not coping" 5 ("coping" is 5; the seventeenth: 6 or 7).
const ROLE = {
  tune: 'tune', 'b-tune': 'tune', 'c-tune': 'tune', 'd-tune': 'tune', 'e-tune': 'tune', 'f-tune': 'tune', 'g-tune': 'tune', 'h-tune': 'tune', 'i-tune': 'tune',
  'j-tune': 'tune', 'j-test': 'test', 'k-tune': 'tune', 'k-test': 'test', 'l-tune': 'tune', 'l-test': 'test', 'm-tune': 'tune', 'm-test': 'test',
  'n-tune': 'tune', 'n-test': 'test', 'o-tune': 'tune', 'o-test': 'test', 'p-tune': 'tune', 'p-test': 'test', 'q-tune': 'tune', 'q-test': 'test',
  test: 'test', 'b-test': 'test', 'c-test': 'test', 'd-test': 'test', 'e-test': 'test', 'f-test': 'test', 'g-test': 'test', 'h-test': 'test', 'i-test': 'test',
} as const;
const THRESHOLD = {
  tune: 1, 'b-tune': 1, 'c-tune': 0.98, 'd-tune': 0.98, 'e-tune': 0.98, 'f-tune': 0.98, 'g-tune': 0.97, test: 0.95, 'b-test': 0.94,
  'c-test': 0.94, 'd-test': 0.95, 'e-test': 0.96, 'f-test': 0.92, 'g-test': 0.91, 'h-tune': 0.99, 'h-test': 0.91,
  'i-tune': 0.97, 'i-test': 0.92, 'j-tune': 0.95, 'j-test': 0.93, 'k-tune': 0.95, 'k-test': 0.94, 'l-tune': 0.94, 'l-test': 0.89, 'm-tune': 0.96, 'm-test': 0.89,
  'n-tune': 0.96, 'n-test': 0.91, 'o-tune': 0.99, 'o-test': 0.94, 'p-tune': 0.96, 'p-test': 0.87, 'q-tune': 0.97, 'q-test': 0.91,
} as const;
const WRONG_ALLOWED = {
  tune: 0, 'b-tune': 0, 'c-tune': 0, 'd-tune': 3, 'e-tune': 1, 'f-tune': 3, 'g-tune': 5, test: 5, 'b-test': 3, 'c-test': 9, 'd-test': 4,
  'e-test': 3, 'f-test': 7, 'g-test': 14, 'h-tune': 1, 'h-test': 6,
  'i-tune': 5, 'i-test': 7, 'j-tune': 13, 'j-test': 8, 'k-tune': 13, 'k-test': 6, 'l-tune': 11, 'l-test': 8, 'm-tune': 10, 'm-test': 6, 'n-tune': 6, 'n-test': 10, 'o-tune': 2, 'o-test': 4, 'p-tune': 3, 'p-test': 13, 'q-tune': 4, 'q-test': 6,
} as const;
const STORED_ALLOWED = {
  tune: 0, 'b-tune': 0, 'c-tune': 0, 'd-tune': 0, 'e-tune': 0, 'f-tune': 1, 'g-tune': 0, test: 0, 'b-test': 1, 'c-test': 1, 'd-test': 1,
  'e-test': 0, 'f-test': 1, 'g-test': 0, 'h-tune': 0, 'h-test': 3,
  'i-tune': 1, 'i-test': 1, 'j-tune': 1, 'j-test': 1, 'k-tune': 0, 'k-test': 1, 'l-tune': 4, 'l-test': 1, 'm-tune': 3, 'm-test': 3, 'n-tune': 0, 'n-test': 3, 'o-tune': 0, 'o-test': 0, 'p-tune': 0, 'p-test': 3, 'q-tune': 0, 'q-test': 1,
} as const;
const NEVER_ALLOWED = {
  tune: 0, 'b-tune': 0, 'c-tune': 0, 'd-tune': 2, 'e-tune': 0, 'f-tune': 2, 'g-tune': 0, test: 1, 'b-test': 1, 'c-test': 1, 'd-test': 0,
  'e-test': 0, 'f-test': 4, 'g-test': 2, 'h-tune': 0, 'h-test': 0,
  'i-tune': 0, 'i-test': 1, 'j-tune': 3, 'j-test': 3, 'k-tune': 0, 'k-test': 0, 'l-tune': 0, 'l-test': 1, 'm-tune': 2, 'm-test': 0, 'n-tune': 0, 'n-test': 0, 'o-tune': 0, 'o-test': 0, 'p-tune': 0, 'p-test': 1, 'q-tune': 1, 'q-test': 1,
} as const;

const SPLITS = [
  'tune', 'b-tune', 'c-tune', 'd-tune', 'e-tune', 'f-tune', 'g-tune', 'test', 'b-test', 'c-test', 'd-test', 'e-test', 'f-test', 'g-test', 'h-tune', 'h-test', 'i-tune', 'i-test', 'j-tune', 'j-test', 'k-tune', 'k-test', 'l-tune', 'l-test', 'm-tune', 'm-test', 'n-tune', 'n-test', 'o-tune', 'o-test', 'p-tune', 'p-test', 'q-tune', 'q-test',
] as const;
for (const split of SPLITS) {
  const role = ROLE[split];
  describe(`typed scores: the ${split} split of the score corpus`, () => {
    const rows = readCorpus(`test/health/answers/${split}.jsonl`, scoreRow);
    const misses: string[] = [];
    const groups = tally(rows, (r) => r.category, (r) => {
      const right = isRight(r);
      if (!right) misses.push(`"${r.text}" (${r.lang}) -> ${scoreOutcome(r.text, r.lang, askedArea(r))}, expected ${r.expect.join(' or ')}`);
      return right;
    });
    after(() => report(`typed scores, ${split}`, groups, misses, role));
    const shown = (found: readonly { text: string }[], frozen: string) => (role === 'tune' ? found.map((r) => r.text).join(' | ') : frozen);

    it(`stores or proposes no number the resident did not mean (at most ${WRONG_ALLOWED[split]})`, () => {
      const wrong = rows.filter((r) => wrongNumber(scoreOutcome(r.text, r.lang, askedArea(r)), r.expect));
      expect(wrong.length, shown(wrong, 'count only: the test split stays unseen')).to.be.at.most(WRONG_ALLOWED[split]);
    });

    it(`stores no number the resident did not mean (at most ${STORED_ALLOWED[split]})`, () => {
      const stored = rows.filter((r) => {
        const got = scoreOutcome(r.text, r.lang, askedArea(r));
        return got.startsWith('store:') && wrongNumber(got, r.expect);
      });
      expect(stored.length, shown(stored, 'count only')).to.be.at.most(STORED_ALLOWED[split]);
    });

    it(`offers no score where the resident meant a time, an age, a count, a question or "I cannot say" (at most ${NEVER_ALLOWED[split]})`, () => {
      const never = rows.filter((r) => r.expect.every((e) => e === 'ask') && scoreOutcome(r.text, r.lang, askedArea(r)) !== 'ask');
      expect(never.length, shown(never, 'count only')).to.be.at.most(NEVER_ALLOWED[split]);
    });

    it(`reads at least ${THRESHOLD[split] * 100} % as a person would`, () => {
      const all = groups.get('all');
      expect(all && all.right / all.total).to.be.at.least(THRESHOLD[split]);
    });
  });
}
