import { expect } from 'chai';
import { precompile } from '../../src/store/precompiled.js';
import { forEachEngine } from './engines.js';

forEachEngine('queries compiled once', (openFreshStore) => {
  it('binds each value to its own slot, whatever order the SQL puts them in, and keeps constants', async () => {
    const store = await openFreshStore();
    const { db } = store;
    // The builder names the slots in one order; the compiled SQL asks for them in another, with a constant between.
    const insert = precompile(db, ['count', 'label', 'metric'], (slot) =>
      db.insertInto('anonymous_count').values({ day: '2026-11-30', metric: slot.metric, label: slot.label, count: slot.count }));
    const find = precompile(db, ['metric'], (slot) =>
      db.selectFrom('anonymous_count').select(['label', 'count']).where('metric', '=', slot.metric).where('count', '>', 5).orderBy('count'));

    await insert({ metric: 'campaign', label: 'wijkfeest', count: 10 });
    await insert({ metric: 'campaign', label: 'markt', count: 3 });
    await insert({ metric: 'safety', label: 'crisis', count: 20 });

    expect((await find({ metric: 'campaign' })).rows).to.deep.equal([{ label: 'wijkfeest', count: 10 }]);
    expect((await find({ metric: 'safety' })).rows).to.deep.equal([{ label: 'crisis', count: 20 }]);
  });

  it('refuses, at start-up, a query that leaves a slot unused', async () => {
    const { db } = await openFreshStore();
    expect(() => precompile(db, ['metric', 'forgotten'], (slot) => db.selectFrom('anonymous_count').select('label').where('metric', '=', slot.metric)))
      .to.throw(/does not use the slot\(s\) forgotten/);
  });
});
