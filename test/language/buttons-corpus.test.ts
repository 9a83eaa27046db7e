import { expect } from 'chai';
import { z } from 'zod';
import { loadContent } from '../../src/app.js';
import { INTERRUPTIONS } from '../../src/bot.js';
import { DIMENSIONS, type Locale } from '../../src/health/dimensions.js';
import type { Meaning } from '../../src/language/choices.js';
import { readTyped } from '../../dialogs/ask.js';
import type { Question } from '../../dialogs/deps.js';
import { readCorpus, report, tally } from '../support/corpus.js';

const { replies, prompts, commands } = loadContent();

/** The buttons of each question as the dialogs offer them: prompt key and the meaning that picks it. */
const QUESTIONS = {
  welcome: [['start', 'welcome.choice.start', 'yes'], ['more', 'welcome.choice.more', 'more'], ['notNow', 'welcome.choice.notNow', 'no'], ['otherLanguage', 'welcome.choice.otherLanguage']],
  welcomeBack: [['continue', 'welcome.choice.continue'], ['result', 'welcome.choice.showResult'], ['restart', 'welcome.choice.restart'], ['notNow', 'welcome.choice.notNow']],
  checkinExtra: [['skip', 'checkin.choice.skip'], ['explain', 'checkin.choice.explain'], ['back', 'checkin.choice.back'], ['mark', 'checkin.choice.mark']],
  confirm: [['yes', 'checkin.choice.yes', 'yes'], ['no', 'checkin.choice.no', 'no']],
  // "Wat wil je veranderen?": the six dimensions, a person, or nothing.
  reflectionCare: [...DIMENSIONS.map((d) => [`dimension:${d}`, `dimensions.${d}`] as const), ['person', 'reflection.choice.person'], ['fine', 'reflection.choice.fine', 'no']],
  nextstep: [['activities', 'nextstep.choice.activities'], ['person', 'nextstep.choice.person'], ['nothing', 'nextstep.choice.nothing', 'no']],
  suggestionsOffer: [['person', 'suggestions.choice.person', 'yes'], ['done', 'suggestions.choice.noThanks', 'no']],
  suggestionsMore: [['more', 'suggestions.choice.more', 'yes'], ['other', 'suggestions.choice.other'], ['done', 'suggestions.choice.done', 'no'], ['goAlong', 'suggestions.choice.goAlong']],
  consent: [['yes', 'handover.choice.yes', 'yes'], ['no', 'handover.choice.no', 'no']],
  contact: [['phone', 'handover.choice.phone'], ['email', 'handover.choice.email'], ['chat', 'handover.choice.chat']],
  send: [['send', 'handover.choice.send', 'yes'], ['cancel', 'handover.choice.cancel', 'no']],
  safetyAfter: [['helpNow', 'safety.choice.helpNow'], ['person', 'safety.choice.person'], ['continue', 'safety.choice.continue'], ['no', 'safety.choice.notNow', 'no']],
  erase: [['erase', 'privacy.choice.erase', 'yes'], ['keep', 'privacy.choice.keep', 'no']],
} satisfies Record<string, readonly (readonly [string, string, Meaning?])[]>;
type QuestionName = keyof typeof QUESTIONS;

/** How the dialogs ask each question beside its buttons (dialogs/deps.ts `Question`); card buttons are named by id. */
const ASKED: Partial<Record<QuestionName, Omit<Partial<Question>, 'alsoAccepted'> & { onCards?: string[] }>> = {
  checkinExtra: { numbersAreAnswers: true },
  confirm: { numbersAreAnswers: true },
  suggestionsMore: { onCards: ['goAlong'], acknowledging: true },
  consent: { onlyChoices: true },
  send: { onlyChoices: true, acknowledging: true },
  erase: { onlyChoices: true, confirmsRequest: true },
  safetyAfter: { onlyChoices: true },
};

/** Questions where a button passes something on or erases it: only a clear yes may pick it. */
const CONSENTS: readonly QuestionName[] = ['consent', 'send', 'erase'];

const row = z.object({
  text: z.string(),
  lang: z.enum(['nl', 'en']),
  question: z.enum(Object.keys(QUESTIONS) as [QuestionName, ...QuestionName[]]),
  expect: z.string(),
  category: z.string(),
});
type Row = z.infer<typeof row>;

/** The question as the dialogs ask it: its buttons in order, those on cards above it apart. */
function question(name: QuestionName, locale: Locale): Question {
  const { onCards = [], ...asked } = ASKED[name] ?? {};
  const all = QUESTIONS[name].map(([id, key, means]) => ({ id, title: prompts.t(locale, key), ...(means && { means }) }));
  const cards = all.filter((c) => onCards.includes(c.id));
  return { text: name, choices: all.filter((c) => !onCards.includes(c.id)), ...(cards.length > 0 && { alsoAccepted: cards }), ...asked };
}

const readsAsCommand = (text: string) => commands.read(text, INTERRUPTIONS) !== undefined;

/** What the bot makes of a typed reply, read by dialogs/ask.ts: a button's words or place, else a clear yes, no or "more". */
function outcome(r: Row): string {
  const asked = question(r.question, r.lang);
  const picked = readTyped(replies, r.text, asked, readsAsCommand);
  if (picked) return picked;
  // "Wat wil je veranderen?" also reads a dimension in the resident's own words (dialogs/reflection.ts).
  if (r.question === 'reflectionCare') {
    const topic = replies.topicOf(r.text, DIMENSIONS);
    if (topic) return `dimension:${topic}`;
  }
  // "stop" at a yes/no question ends what was asked: nothing is passed on, which is what the no button does. Another
  // command ("mijn gegevens") interrupts the question without answering it.
  const command = asked.choices.some((c) => c.means) ? commands.read(r.text, INTERRUPTIONS) : undefined;
  return command === 'stop' ? (asked.choices.find((c) => c.means === 'no')?.id ?? 'unclear') : 'unclear';
}

// Floors just under the figures measured when they were set (README "Answers the bot understands").
const FLOOR = { tune: 0.97, test: 0.94, 'b-tune': 0.98, 'b-test': 0.97, 'c-tune': 0.99, 'c-test': 0.89, 'd-tune': 0.98, 'd-test': 0.94, 'e-tune': 0.96, 'e-test': 0.93, 'f-tune': 0.98, 'f-test': 0.94, 'g-tune': 0.97, 'g-test': 0.91, 'h-tune': 0.98, 'h-test': 0.97, 'i-tune': 0.97, 'i-test': 0.95, 'j-tune': 0.95, 'j-test': 0.93, 'k-tune': 0.96, 'k-test': 0.9, 'l-tune': 0.92, 'l-test': 0.91 } as const;

// Silent yeses a split still holds (README "Answers the bot understands"): k-tune's "Het klopt" at the question whether to send,
// read as yes by the first measure of the eleventh author.
const SILENT_YES_ALLOWED: Partial<Record<string, number>> = { 'k-tune': 1 };

for (const split of ['tune', 'test', 'b-tune', 'b-test', 'c-tune', 'c-test', 'd-tune', 'd-test', 'e-tune', 'e-test', 'f-tune', 'f-test', 'g-tune', 'g-test', 'h-tune', 'h-test', 'i-tune', 'i-test', 'j-tune', 'j-test', 'k-tune', 'k-test', 'l-tune', 'l-test'] as const) {
  describe(`typed button replies: the ${split} split of the button corpus`, () => {
    const rows = readCorpus(`test/language/choices/${split}.jsonl`, row);
    const misses: string[] = [];
    const groups = tally(rows, (r) => r.question, (r) => {
      const got = outcome(r);
      if (got !== r.expect) misses.push(`${r.question} "${r.text}" -> ${got}, expected ${r.expect}`);
      return got === r.expect;
    });
    after(() => report('typed button replies', groups, misses, split.endsWith('test') ? 'test' : 'tune'));

    it('names only buttons the question has', () => {
      const unknown = rows.filter((r) => r.expect !== 'unclear' && !QUESTIONS[r.question].some(([id]) => id === r.expect));
      expect(unknown.map((r) => `${r.question}: ${r.expect}`)).to.deep.equal([]);
    });

    it('never picks the consenting button where the resident did not clearly say yes', () => {
      const consenting = (q: QuestionName) => QUESTIONS[q][0]?.[0];
      const wrong = rows.filter((r) => CONSENTS.includes(r.question) && r.expect !== consenting(r.question) && outcome(r) === consenting(r.question));
      expect(wrong.length, split.endsWith('tune') ? wrong.map((r) => r.text).join(' | ') : 'count only: the test split stays unseen').to.be.at.most(SILENT_YES_ALLOWED[split] ?? 0);
    });

    it(`reads at least ${FLOOR[split] * 100} % as a person would`, () => {
      const all = groups.get('all');
      expect(all && all.right / all.total).to.be.at.least(FLOOR[split]);
    });
  });
}
