import { expect } from 'chai';
import { ActivityTypes, MemoryStorage, TestAdapter, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { StatePair } from '../../src/store/turnState.js';
import type { JsonStorage } from '../../src/store/index.js';
import { forEachEngine } from './engines.js';

/**
 * Counts the storage calls of a turn, so "one read, one write" is checked on the real storage. A storage that
 * exchanges JSON keeps doing so through the counter; its JSON reads and writes count as reads and writes.
 */
function counting<S extends Storage>(inner: S) {
  const calls = { read: 0, write: 0, delete: 0 };
  const storage: Storage & Partial<JsonStorage> = {
    read: (keys: string[]) => (calls.read++, inner.read(keys)),
    write: (changes: StoreItems) => (calls.write++, inner.write(changes)),
    delete: (keys: string[]) => (calls.delete++, inner.delete(keys)),
  };
  const json = inner as Partial<JsonStorage>;
  if (json.readJson && json.overwriteJson) {
    const { readJson, overwriteJson } = json;
    storage.readJson = (keys) => (calls.read++, readJson.call(inner, keys));
    storage.overwriteJson = (items) => (calls.write++, overwriteJson.call(inner, items));
  }
  return { calls, storage };
}

forEachEngine('profile and conversation state of a turn', (openFreshStore) => {
  const profileOf = (ctx: TurnContext) => `r/${ctx.activity.from.id}/profile`;
  const conversationOf = (ctx: TurnContext) => `r/${ctx.activity.from.id}/c/${ctx.activity.conversation.id}`;

  it('reads both in one call, writes both in one call, and writes nothing when nothing changed', async () => {
    const store = await openFreshStore();
    const { storage, calls } = counting(store.storage);
    const pair = new StatePair(storage, profileOf, conversationOf);
    const visits = pair.first.createProperty<number>('visits');
    const step = pair.second.createProperty<string>('step');
    const perTurn: (typeof calls)[] = [];
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type !== ActivityTypes.Message) return;
      const before = { ...calls };
      const count = (await visits.get(context, 0)) + 1;
      const at = await step.get(context, 'start');
      if (context.activity.text !== 'kijk') {
        await visits.set(context, count);
        await step.set(context, `${at}>${context.activity.text}`);
      }
      await context.sendActivity(`visit ${count} ${at}`);
      await pair.saveChanges(context);
      perTurn.push({ read: calls.read - before.read, write: calls.write - before.write, delete: calls.delete - before.delete });
    });
    await adapter.send('a').assertReply('visit 1 start').send('b').assertReply('visit 2 start>a').send('kijk').assertReply('visit 3 start>a>b').startTest();
    expect(perTurn).to.deep.equal([
      { read: 1, write: 1, delete: 0 },
      { read: 1, write: 1, delete: 0 },
      { read: 1, write: 0, delete: 0 },
    ]);
    const rows = await store.db.selectFrom('bot_state').select('key').orderBy('key').execute();
    expect(rows.map((r) => r.key)).to.have.length(2);
  });

  it('deletes both, so the next turn starts from nothing', async () => {
    const store = await openFreshStore();
    const pair = new StatePair(store.storage, profileOf, conversationOf);
    const visits = pair.first.createProperty<number>('visits');
    const step = pair.second.createProperty<string>('step');
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type !== ActivityTypes.Message) return;
      const count = (await visits.get(context, 0)) + 1;
      if (context.activity.text === 'stop') {
        await pair.delete(context);
        await context.sendActivity('gestopt');
        return;
      }
      await visits.set(context, count);
      await step.set(context, 'x');
      await context.sendActivity(`visit ${count}`);
      await pair.saveChanges(context);
    });
    await adapter.send('a').assertReply('visit 1').send('stop').assertReply('gestopt').send('b').assertReply('visit 1').startTest();
  });
});

describe('profile and conversation state on MemoryStorage', () => {
  it('saves one state alone through its own saveChanges, like a BotState', async () => {
    const { storage, calls } = counting(new MemoryStorage());
    const pair = new StatePair(storage, () => 'p', () => 'c');
    const name = pair.first.createProperty<string>('name');
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type !== ActivityTypes.Message) return;
      await name.set(context, context.activity.text ?? '');
      await pair.first.saveChanges(context);
      await context.sendActivity(`ok ${(await storage.read(['p'])).p?.name}`);
    });
    await adapter.send('Ans').assertReply('ok Ans').startTest();
    expect(calls.write).to.equal(1);
    expect(Object.keys(await storage.read(['p', 'c']))).to.deep.equal(['p']);
  });
});
