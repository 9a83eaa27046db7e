import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { createPresenter } from '../../src/channels/presenter.js';
import type { Question } from '../../dialogs/deps.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

type Rewrite = (record: Record<string, unknown>) => Record<string, unknown> | undefined;

/** Walks stored state and replaces every object for which `rewrite` returns a replacement. */
function rewriting(rewrite: Rewrite): (value: unknown) => unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    return rewrite(record) ?? Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v)]));
  };
  return walk;
}

const presenter = createPresenter({ publicUrl: 'http://localhost:3978' });
const shaped = (question: Question) => presenter.choice('test', question.text, question.choices);

/** Every waiting question in the shape earlier versions stored: the shaped activity. */
const toEarlierShape = rewriting((record) => (record.question && typeof record.question === 'object' ? { activity: shaped(record.question as Question) } : undefined));

/**
 * The router's and the check-in's state as the version with waterfalls stored them: the router's options inside a
 * waterfall state, the check-in as an inner dialog stack without a question.
 */
const toWaterfallCheckIn = rewriting((record) => {
  if (record.id === 'main') return { ...record, state: { options: record.state, values: { instanceId: 'earlier' }, stepIndex: 0 } };
  if (record.id !== 'checkin') return undefined;
  const question = (record.state as { question: Question }).question;
  return { ...record, state: { dialogs: { dialogStack: [{ id: 'ask', state: { question } }, { id: 'checkin.steps', state: { options: {}, values: {}, stepIndex: 0 } }] } } };
});

/** A part's state as the earlier version stored it: a component with a waterfall and an ask dialog holding the shaped question. */
const toComponentPart = (partId: string) =>
  rewriting((record) => {
    if (record.id !== partId) return undefined;
    const state = record.state as { sequence: string; index: number; options: unknown; values: unknown; question: Question };
    const waterfall = { id: state.sequence, state: { options: state.options, values: state.values, stepIndex: state.index - 1 } };
    return { ...record, state: { dialogs: { dialogStack: [{ id: 'ask', state: { activity: shaped(state.question) } }, waterfall] } } };
  });

async function rewriteConversations(parts: Parts, rewrite: (state: unknown) => unknown): Promise<void> {
  const { db } = parts.store;
  const rows = await db.selectFrom('bot_state').select(['key', 'data']).where('key', 'like', 'r/%/c/%').execute();
  for (const row of rows) {
    await db.updateTable('bot_state').set({ data: JSON.stringify(rewrite(JSON.parse(row.data))) }).where('key', '=', row.key).execute();
  }
}

/** A resident who answered the first question and is asked the second. */
const atQuestion2 = `
  > (open)
  [Ja, beginnen]
  [every question until daily: 7]
  < @questions.daily.ask
`;

describe('conversation: a resident in the middle of a question when the bot is updated', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('gets the waiting question again, with its buttons, from the state the earlier version stored', async () => {
    const chat = new Chat(parts, 'upgraded');
    await play(chat, atQuestion2);
    const rows = await parts.store.db.selectFrom('bot_state').select('data').where('key', 'like', 'r/%/c/%').execute();
    expect(rows.some((r) => r.data.includes('"question"')), 'the waiting question is stored as a question').to.equal(true);
    await rewriteConversations(parts, toEarlierShape);

    const said = await play(chat, `
      > help
      < @common.help
      < @questions.daily.ask
      <? Sla over
      > 6
      < @questions.participation.ask
    `);
    expect(said.choices).to.include('Sla over');
  });

  it('takes the answer to the question the check-in of the earlier version asked', async () => {
    const chat = new Chat(parts, 'waterfall');
    await play(chat, atQuestion2);
    await rewriteConversations(parts, toWaterfallCheckIn);
    await play(chat, `
      > 6
      < @questions.participation.ask
      > help
      < @questions.participation.ask
      [5]
      < @questions.quality.ask
      [Vorige vraag]
      < Eerder gaf je hier een 5
      [5]
      < @questions.quality.ask
    `);
    await rewriteConversations(parts, toWaterfallCheckIn);
    // The last answers end the check-in: the router of the earlier version hands over to the reflection.
    await play(chat, `
      [4]
      < @questions.mind.ask
      [8]
      < @questions.meaning.ask
      [6]
      < Dank je wel! Dat waren alle vragen.
      < Dit gaat goed bij jou:
      < Wat is voor jou belangrijk in je leven?
    `);
  });

  it('goes on with a part (the reflection) where the earlier version left it, and repeats its question', async () => {
    const chat = new Chat(parts, 'reflecting');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      [every question: body 7, daily 6, participation 8, quality 5, mind 7, meaning 4]
      < Wat is voor jou belangrijk in je leven?
    `);
    await rewriteConversations(parts, toComponentPart('reflection'));
    await play(chat, `
      > help
      < Wat is voor jou belangrijk in je leven?
      > samen wandelen met mijn buurvrouw
      < Dank je. Dat onthoud ik voor straks.
      < Waar zou je iets aan willen veranderen?
    `);
  });
});
