import { expect } from 'chai';
import { ActivityTypes, ConversationState, TestAdapter, type StoreItems } from 'botbuilder';
import { profileKey } from '../../src/store/keys.js';
import { forEachEngine } from './engines.js';

// The cases of botbuilder's own storage conformance suite (botbuilder-core/tests/storageBaseTests.js).
forEachEngine('bot state storage', (openFreshStore) => {
  it('returns nothing for keys it has never stored', async () => {
    const { storage } = await openFreshStore();
    expect(await storage.read(['unknown'])).to.deep.equal({});
    expect(await storage.read([])).to.deep.equal({});
  });

  it('accepts a write without items', async () => {
    const { storage } = await openFreshStore();
    await storage.write({});
    expect(await storage.read(['anything'])).to.deep.equal({});
  });

  it('creates items and gives each an eTag', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } });
    const read = await storage.read(['createPoco', 'createPocoStoreItem']);
    expect(read.createPoco).to.include({ id: 1 });
    expect(read.createPocoStoreItem).to.include({ id: 2 });
    expect(read.createPoco.eTag).to.be.a('string').and.not.equal('');
    expect(read.createPocoStoreItem.eTag).to.be.a('string').and.not.equal(read.createPoco.eTag);
  });

  it('creates an item written with eTag "*"', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ star: { id: 3, eTag: '*' } });
    const read = await storage.read(['star']);
    expect(read.star).to.include({ id: 3 });
    expect(read.star.eTag).to.be.a('string').and.not.equal('*');
  });

  it('updates with the current eTag and then gives a new eTag', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ item: { count: 1 } });
    const first = (await storage.read(['item'])).item;
    await storage.write({ item: { ...first, count: 2 } });
    const second = (await storage.read(['item'])).item;
    expect(second.count).to.equal(2);
    expect(second.eTag).to.be.a('string').and.not.equal(first.eTag);
  });

  it('rejects an update with a stale eTag and keeps the newer value', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ item: { count: 1 } });
    const stale = (await storage.read(['item'])).item;
    await storage.write({ item: { ...stale, count: 2 } });

    let failure: unknown;
    try {
      await storage.write({ item: { ...stale, count: 123 } });
    } catch (err) {
      failure = err;
    }
    expect(failure).to.be.instanceOf(Error);
    expect((failure as Error).message).to.match(/eTag conflict/);
    expect((await storage.read(['item'])).item.count).to.equal(2);
  });

  it('stores nothing of a call in which one item has a stale eTag', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { ...b, n: 2 } });
    await storage.write({ a: { ...a, n: 9 }, b: { ...b, n: 9 } }).then(
      () => expect.fail('the write should have been rejected'),
      (err: Error) => expect(err.message).to.match(/eTag conflict/),
    );
    const after = await storage.read(['a', 'b']);
    expect([after.a.n, after.b.n]).to.deep.equal([1, 2]);
  });

  it('overwrites when the eTag is "*" or missing, whatever is stored', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ pocoItem: { count: 1 }, pocoStoreItem: { count: 1 } });
    const stale = await storage.read(['pocoItem', 'pocoStoreItem']);
    await storage.write({ pocoItem: { count: 2 }, pocoStoreItem: { count: 2 } });

    const { eTag: _dropped, ...withoutETag } = stale.pocoItem;
    await storage.write({ pocoItem: { ...withoutETag, count: 123 }, pocoStoreItem: { ...stale.pocoStoreItem, count: 100, eTag: '*' } });
    const read = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(read.pocoItem.count).to.equal(123);
    expect(read.pocoStoreItem.count).to.equal(100);
  });

  it('deletes items, and deleting an unknown key is fine', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ delete1: { id: 1, count: 1 } });
    expect((await storage.read(['delete1'])).delete1.count).to.equal(1);
    await storage.delete(['delete1']);
    expect((await storage.read(['delete1'])).delete1).to.equal(undefined);
    await storage.delete(['delete1', 'unknown_key']);
  });

  it('reads, writes and deletes several keys in one call', async () => {
    const { storage } = await openFreshStore();
    await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
    const read = await storage.read(['batch1', 'batch2', 'batch3', 'missing']);
    expect(Object.keys(read).sort()).to.deep.equal(['batch1', 'batch2', 'batch3']);
    expect([read.batch1.count, read.batch2.count, read.batch3.count]).to.deep.equal([10, 20, 30]);
    await storage.delete(['batch1', 'batch2', 'batch3']);
    expect(await storage.read(['batch1', 'batch2', 'batch3'])).to.deep.equal({});
  });

  it('keeps nested objects, arrays, unicode and numbers exactly', async () => {
    const { storage } = await openFreshStore();
    const item = {
      dialogState: { dialogStack: [{ id: 'checkIn', state: { stepIndex: 2, values: { scores: [7, 0, 10] } } }] },
      words: 'Één ding: ik wil méér bewegen 🚶',
      nothing: null,
      flags: [true, false],
    };
    await storage.write({ nested: item });
    const { eTag, ...read } = (await storage.read(['nested'])).nested;
    expect(eTag).to.be.a('string');
    expect(read).to.deep.equal(item);
  });

  it('handles keys with special characters', async () => {
    const { storage } = await openFreshStore();
    const crazy = '!@#$%^&*()~/\\><,.?\';"`~ %_ é';
    await storage.write({ [crazy]: { id: 1 }, "x'; drop table bot_state; --": { id: 2 } });
    const read = await storage.read([crazy, "x'; drop table bot_state; --"]);
    expect(read[crazy].id).to.equal(1);
    expect(read["x'; drop table bot_state; --"].id).to.equal(2);
  });

  it('files state under the resident of its key, so it can be erased', async () => {
    const store = await openFreshStore();
    await store.storage.write({ [profileKey('res-1')]: { locale: 'nl' }, 'global/settings': { on: true } });
    const rows = await store.db.selectFrom('bot_state').select(['key', 'resident']).orderBy('key').execute();
    expect(rows).to.deep.equal([
      { key: 'global/settings', resident: null },
      { key: 'r/res-1/profile', resident: 'res-1' },
    ]);
  });

  it('hands over and takes the stored JSON as is, for a turn that compares its state as JSON', async () => {
    const { storage } = await openFreshStore();
    await storage.overwriteJson(new Map([[profileKey('res-2'), '{"locale":"en","answers":{"body":7}}'], ['r/res-2/c/x', '{"dialogs":[]}']]));
    expect(await storage.readJson([profileKey('res-2'), 'r/res-2/c/x', 'unknown'])).to.deep.equal(
      new Map([[profileKey('res-2'), '{"locale":"en","answers":{"body":7}}'], ['r/res-2/c/x', '{"dialogs":[]}']]),
    );
    // The same rows through the ordinary Storage interface: objects with a fresh eTag, overwritable as usual.
    const read = await storage.read([profileKey('res-2')]);
    expect(read[profileKey('res-2')]).to.deep.include({ locale: 'en', answers: { body: 7 } });
    await storage.write({ [profileKey('res-2')]: { ...read[profileKey('res-2')], locale: 'nl' } });
    await storage.overwriteJson(new Map([['r/res-2/c/x', '{"dialogs":["main"]}']]));
    expect(await storage.readJson([profileKey('res-2'), 'r/res-2/c/x'])).to.deep.equal(
      new Map([[profileKey('res-2'), '{"locale":"nl","answers":{"body":7}}'], ['r/res-2/c/x', '{"dialogs":["main"]}']]),
    );
  });

  it('refuses to overwrite more items at once than one statement holds', async () => {
    const { storage } = await openFreshStore();
    const many = new Map(Array.from({ length: 101 }, (_, i) => [`k${i}`, '{}'] as [string, string]));
    await storage.overwriteJson(many).then(
      () => expect.fail('101 items must be refused'),
      (error: Error) => expect(error.message).to.contain('at most 100'),
    );
    expect((await storage.readJson(['k0'])).size).to.equal(0);
  });

  it('carries conversation state from one turn to the next through ConversationState', async () => {
    const store = await openFreshStore();
    const state = new ConversationState(store.storage);
    const visits = state.createProperty<number>('visits');
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type !== ActivityTypes.Message) return;
      const count = (await visits.get(context, 0)) + 1;
      await visits.set(context, count);
      await context.sendActivity(`visit ${count}`);
      await state.saveChanges(context);
    });
    await adapter.send('hoi').assertReply('visit 1').send('hoi').assertReply('visit 2').startTest();
    const keys = await store.db.selectFrom('bot_state').select('key').execute();
    expect(keys).to.have.length(1);
    const stored: StoreItems = await store.storage.read(keys.map((k) => k.key));
    expect(Object.values(stored)[0]?.visits).to.equal(2);
  });
});
