import { expect } from 'chai';
import { ActivityTypes } from 'botbuilder';
import type { Parts } from '../../src/app.js';
import { openStore, type AppStore } from '../../src/store/index.js';
import { createLogger } from '../../src/log.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

describe('conversation: a message the channel delivers twice', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('is counted once: after a redelivery the next answer goes to the next question', async () => {
    await play(new Chat(parts, 'twice'), `
      > (open)
      [Ja, beginnen]
      [every question until daily: 7]
      < @questions.daily.ask
      > (again)
      > 8
      < (next question)
      > (again)
      > 6
      < (next question)
    `);
  });

  it('says again exactly what it said the first time, when those replies were lost on the way', async () => {
    const chat = new Chat(parts, 'lost-replies');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      < @questions.body.ask
    `);
    const first = await chat.say('7');
    const again = await chat.resend();
    expect(again.keys).to.deep.equal([]);
    expect(again.activities.map((a) => [a.type, a.text, a.suggestedActions?.actions.map((x) => x.title)])).to.deep.equal(
      first.activities.map((a) => [a.type, a.text, a.suggestedActions?.actions.map((x) => x.title)]),
    );
    expect(again.activities.length).to.be.greaterThan(0);
  });

  it('is answered once when both deliveries arrive at the same moment', async () => {
    const chat = new Chat(parts, 'burst');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      < @questions.body.ask
    `);
    const said = await chat.sayTwiceAtOnce('5');
    expect(said.keys.filter((key) => /^questions\..+\.ask$/.test(key)), 'one next question, worded once').to.have.length(1);
    // The second delivery gets the first one's replies again, so both deliveries show the same, single next question.
    const asked = new Set(said.activities.map((a) => a.text).filter((text) => text !== undefined && text.includes('?')));
    expect(asked.size, 'one next question').to.be.at.most(1);
  });

  it('keeps no activity id as the channel sent it: only a short digest, in the conversation state', async () => {
    const chat = new Chat(parts, 'private-ids');
    await chat.open();
    await chat.send({ type: ActivityTypes.Message, id: 'conversation-with-06-12345678|0000007', text: 'hallo' });
    const rows = await parts.store.db.selectFrom('bot_state').select('data').execute();
    expect(rows.map((r) => r.data).join('\n')).to.not.contain('06-12345678');
  });
});

describe('conversation: a turn that failed', () => {
  let store: AppStore;
  let parts: Parts;
  before(async () => {
    store = await openStore({ sqlitePath: ':memory:', poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
    parts = await startParts({}, store);
  });
  after(() => parts.close());

  it('runs again when the channel delivers it again, because nothing of it was saved', async () => {
    const chat = new Chat(parts, 'unlucky');
    await play(chat, `
      > (open)
      [Ja, beginnen]
      < @questions.body.ask
    `);
    const write = store.storage.overwriteJson.bind(store.storage);
    store.storage.overwriteJson = async () => {
      store.storage.overwriteJson = write;
      throw new Error('the disk is full');
    };
    await chat.pick('7').then(
      () => expect.fail('the turn should have failed'),
      (error: Error) => expect(error.message).to.equal('the disk is full'),
    );
    await play(chat, `
      > (again)
      < (next question)
      > 8
      < (next question)
    `);
  });
});
