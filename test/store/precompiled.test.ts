import { expect } from 'chai';
import { precompile } from '../../src/store/precompiled.js';
import { forEachEngine } from './engines.js';

forEachEngine('queries compiled once', (openFreshStore) => {
  it('binds each value to its own slot, whatever order the SQL puts them in, and keeps constants', async () => {
    const store = await openFreshStore();
    const { db } = store;
    // The builder names the slots in one order; the compiled SQL asks for them in another, with a constant between.
    const insert = precompile(db, ['at', 'id', 'conversation'], (slot) =>
      db.insertInto('handled_activity').values({ conversation: slot.conversation, activity_id: slot.id, seen_at: slot.at }));
    const find = precompile(db, ['conversation'], (slot) =>
      db.selectFrom('handled_activity').select(['activity_id', 'seen_at']).where('conversation', '=', slot.conversation).where('seen_at', '>', 5).orderBy('seen_at'));

    await insert({ conversation: 'c1', id: 'a', at: 10 });
    await insert({ conversation: 'c1', id: 'b', at: 3 });
    await insert({ conversation: 'c2', id: 'c', at: 20 });

    expect((await find({ conversation: 'c1' })).rows).to.deep.equal([{ activity_id: 'a', seen_at: 10 }]);
    expect((await find({ conversation: 'c2' })).rows).to.deep.equal([{ activity_id: 'c', seen_at: 20 }]);
  });

  it('refuses, at start-up, a query that leaves a slot unused', async () => {
    const { db } = await openFreshStore();
    expect(() => precompile(db, ['conversation', 'forgotten'], (slot) => db.selectFrom('handled_activity').select('activity_id').where('conversation', '=', slot.conversation)))
      .to.throw(/does not use the slot\(s\) forgotten/);
  });
});
