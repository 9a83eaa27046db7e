import { expect } from 'chai';
import { z } from 'zod';
import { loadContent } from '../../src/app.js';
import { INTERRUPTIONS } from '../../src/bot.js';
import type { Locale } from '../../src/health/dimensions.js';
import { readCorpus, report, tally } from '../support/corpus.js';
import { readTyped } from '../../dialogs/ask.js';

const content = loadContent();
const { replies, prompts, commands } = content;

const row = z.object({
  text: z.string(),
  lang: z.enum(['nl', 'en']),
  question: z.enum(['consent', 'send', 'start']),
  expect: z.enum(['yes', 'no', 'more', 'unclear']),
  category: z.string(),
});
type Row = z.infer<typeof row>;

/** The buttons of each question, as the bot offers them. */
function buttons(question: Row['question'], locale: Locale) {
  const t = (key: string) => prompts.t(locale, key);
  if (question === 'consent') return [{ id: 'yes', title: t('handover.choice.yes'), means: 'yes' as const }, { id: 'no', title: t('handover.choice.no'), means: 'no' as const }];
  if (question === 'send') return [{ id: 'yes', title: t('handover.choice.send'), means: 'yes' as const }, { id: 'no', title: t('handover.choice.cancel'), means: 'no' as const }];
  return [
    { id: 'yes', title: t('welcome.choice.start'), means: 'yes' as const },
    { id: 'more', title: t('welcome.choice.more'), means: 'more' as const },
    { id: 'no', title: t('welcome.choice.notNow'), means: 'no' as const },
  ];
}

/** What the bot makes of a typed reply, read by dialogs/ask.ts as the dialogs ask: consent and the summary take only a button. */
function outcome(r: Row): string {
  const choices = buttons(r.question, r.lang);
  const asked = { text: r.question, choices, ...(r.question !== 'start' && { onlyChoices: true }), ...(r.question === 'send' && { acknowledging: true }) };
  const picked = readTyped(replies, r.text, asked, (text) => commands.read(text, INTERRUPTIONS) !== undefined);
  if (picked) return picked;
  // "stop" at a consent question ends the conversation: nothing is passed on, which is what a no does.
  return commands.read(r.text, INTERRUPTIONS) ? 'no' : 'unclear';
}

for (const split of ['tune', 'test'] as const) {
  describe(`typed yes and no: the ${split} split of the consent corpus`, () => {
    const rows = readCorpus(`test/language/replies/${split}.jsonl`, row);
    const misses: string[] = [];
    const groups = tally(rows, (r) => `${r.question}:${r.expect}`, (r) => {
      const got = outcome(r);
      if (got !== r.expect) misses.push(`${r.question} "${r.text}" -> ${got}, expected ${r.expect}`);
      return got === r.expect;
    });
    after(() => report('typed yes and no', groups, misses, split));

    // The tuning split must be read without a single silent yes or no; the frozen test split measures what that
    // generalises to, and allows at most 1 % silent yes (a yes at consent is still followed by the summary and its own yes).
    const allowed = split === 'tune' ? 0 : Math.floor(rows.length / 100);

    it(`reads no yes that was not clearly meant (at most ${allowed})`, () => {
      const silentYes = rows.filter((r) => r.expect !== 'yes' && outcome(r) === 'yes');
      expect(silentYes.length, split === 'tune' ? silentYes.map((r) => r.text).join(' | ') : 'count only: the test split stays unseen').to.be.at.most(allowed);
    });

    it(`reads no no that was not clearly meant (at most ${allowed})`, () => {
      const silentNo = rows.filter((r) => r.expect !== 'no' && outcome(r) === 'no');
      expect(silentNo.length, split === 'tune' ? silentNo.map((r) => r.text).join(' | ') : 'count only').to.be.at.most(allowed);
    });

    // The frozen test split reads a bare 👍 at a consent as yes where the button corpora's third author asks again;
    // where two authors disagree the safer reading wins (README "Yes and no"), which costs this split two replies.
    const floor = split === 'tune' ? 0.95 : 0.94;

    it(`reads at least ${floor * 100} % as a person would`, () => {
      expect(groups.get('all')!.right / groups.get('all')!.total).to.be.at.least(floor);
    });
  });
}
