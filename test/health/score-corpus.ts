import { z } from 'zod';
import { parseScore, proposalFromSentiment } from '../../src/health/answers.js';
import { analyseSentiment } from '../../src/language/sentiment.js';
import type { Dimension } from '../../src/health/dimensions.js';

/** One typed answer of the score corpus and the outcomes a person would accept (test/health/answers/*.jsonl). */
// Any decimal is accepted so that a row expecting a score the reader cannot give (7.25) counts as a miss, not a crash.
const outcomeSchema = z.string().regex(/^(?:store:\d+(?:\.\d+)?|propose:\d+(?:\.\d+)?|choose:\d+(?:\.\d+)?\|\d+(?:\.\d+)?|ask)$/);
export const scoreRow = z.object({
  text: z.string(),
  lang: z.enum(['nl', 'en']),
  expect: z.array(outcomeSchema).min(1),
  category: z.string(),
  why: z.string().optional(),
});
export type ScoreRow = z.infer<typeof scoreRow>;

/** The areas of the check-in by the names a writer gives the question ("question asks about the body: ..."). */
const ASKED: ReadonlyArray<readonly [string, Dimension]> = [
  ['the body', 'body'], ['daily life', 'daily'], ['taking part', 'participation'], ['quality of life', 'quality'],
  ['feelings', 'mind'], ['meaning', 'meaning'],
];

/**
 * The area of the question a row answers, where its writer says which question was asked ("question asks about the body: body is 6"):
 * the check-in passes that area to the reader (dialogs/checkin.ts), so the corpus does too. Other rows answer no particular area.
 */
export function askedArea(row: Pick<ScoreRow, 'why'>): Dimension | undefined {
  const said = /^question asks about ([a-z ]+?):/.exec(row.why ?? '')?.[1];
  return ASKED.find(([name]) => name === said)?.[1];
}

/**
 * What the check-in does with a typed answer, the way dialogs/checkin.ts does it with the offline language service:
 * store, propose (confirm first), choose between two, or ask again; `asked` is the area of the question, when known.
 */
export function scoreOutcome(text: string, lang: ScoreRow['lang'], asked?: Dimension): string {
  const reading = parseScore(text, lang, asked);
  switch (reading.kind) {
    case 'exact': return `store:${reading.score}`;
    case 'approximate': return `propose:${reading.score}`;
    case 'either': return `choose:${reading.scores[0]}|${reading.scores[1]}`;
    case 'none': {
      const sentiment = analyseSentiment(text);
      const proposal = proposalFromSentiment(sentiment.label, sentiment.score);
      return proposal === undefined ? 'ask' : `propose:${proposal}`;
    }
    default: return 'ask';
  }
}

const numbersIn = (outcome: string) => (outcome.split(':')[1] ?? '').split('|').filter((n) => n !== '').map(Number);

/** An outcome names a number (stored, proposed or offered) that none of the expected outcomes names. */
export function wrongNumber(got: string, expected: readonly string[]): boolean {
  if (got === 'ask') return false;
  const meant = new Set(expected.flatMap(numbersIn));
  if (got.startsWith('choose:')) return numbersIn(got).some((n) => !meant.has(n));
  const kind = got.split(':')[0];
  return !expected.some((e) => e === got || (kind !== 'choose' && e === `${kind === 'store' ? 'propose' : 'store'}:${numbersIn(got)[0]}`));
}

const sortChoose = (o: string) => (o.startsWith('choose:') ? `choose:${numbersIn(o).sort((a, b) => a - b).join('|')}` : o);
/** The bot did what a person would: one of the expected outcomes. */
export const isRight = (r: ScoreRow) => r.expect.map(sortChoose).includes(scoreOutcome(r.text, r.lang, askedArea(r)));

