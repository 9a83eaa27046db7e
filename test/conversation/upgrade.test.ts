import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { createPresenter } from '../../src/channels/presenter.js';
import type { Question } from '../../dialogs/deps.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

/** Rewrites every waiting question in a stored dialog stack to the shape earlier versions stored: the shaped activity. */
function toEarlierShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toEarlierShape);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (record.question && typeof record.question === 'object') {
    const question = record.question as Question;
    return { activity: createPresenter({ publicUrl: 'http://localhost:3978' }).choice('test', question.text, question.choices) };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toEarlierShape(v)]));
}

describe('conversation: a resident in the middle of a question when the bot is updated', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('gets the waiting question again, with its buttons, from the state the earlier version stored', async () => {
    const chat = new Chat(parts, 'upgraded');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      [7]
      < Vraag 2 van 6
    `);
    const { db } = parts.store;
    const rows = await db.selectFrom('bot_state').select(['key', 'data']).where('key', 'like', 'r/%/c/%').execute();
    expect(rows.some((r) => r.data.includes('"question"')), 'the waiting question is stored as a question').to.equal(true);
    for (const row of rows) {
      await db.updateTable('bot_state').set({ data: JSON.stringify(toEarlierShape(JSON.parse(row.data))) }).where('key', '=', row.key).execute();
    }

    const said = await play(chat, `
      > help
      < Je kunt altijd een van deze woorden typen:
      < Vraag 2 van 6
      <? Sla over
      > 6
      < Vraag 3 van 6
    `);
    expect(said.choices).to.include('Sla over');
  });
});
