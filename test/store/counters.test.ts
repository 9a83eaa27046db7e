import { expect } from 'chai';
import { dayOf } from '../../src/store/counters.js';
import { forEachEngine } from './engines.js';

forEachEngine('anonymous counters', (openFreshStore, target) => {
  it('adds up increments per metric and label for today', async () => {
    const { counters } = await openFreshStore();
    await Promise.all([
      counters.increment('campaign', 'buurthuis'),
      counters.increment('campaign', 'buurthuis'),
      counters.increment('campaign', 'facebook', 3),
      counters.increment('dimension', 'body'),
    ]);
    const today = dayOf(Date.now());
    expect(await counters.list('campaign')).to.deep.equal([
      { day: today, metric: 'campaign', label: 'buurthuis', count: 2 },
      { day: today, metric: 'campaign', label: 'facebook', count: 3 },
    ]);
    expect(await counters.list()).to.have.length(3);
  });

  it('adds up a busy second in memory and writes it in one go, also when the store closes', async () => {
    const store = await openFreshStore();
    for (let i = 0; i < 50; i++) await store.counters.increment('activity_shown', `act-${i % 5}`);
    const today = dayOf(Date.now());
    // Nothing is written yet: turns do not wait for counter writes.
    expect(await store.db.selectFrom('anonymous_count').selectAll().execute()).to.deep.equal([]);
    await store.counters.increment('tag', 'cooking');
    await store.close();
    if (!target.persistent) return;
    const reopened = await target.reopen();
    const rows = await reopened.db.selectFrom('anonymous_count').select(['metric', 'label', 'count']).orderBy('label').execute();
    expect(rows).to.deep.equal([
      ...[0, 1, 2, 3, 4].map((i) => ({ metric: 'activity_shown', label: `act-${i}`, count: 10 })),
      { metric: 'tag', label: 'cooking', count: 1 },
    ]);
    expect(await reopened.counters.list('tag')).to.deep.equal([{ day: today, metric: 'tag', label: 'cooking', count: 1 }]);
  });

  it('refuses a count that is not a positive whole number', async () => {
    const { counters } = await openFreshStore();
    await counters.increment('safety', 'shown', 0).then(
      () => expect.fail('a zero increment should be refused'),
      (err: Error) => expect(err.name).to.equal('ZodError'),
    );
    expect(await counters.list()).to.deep.equal([]);
  });
});

describe('counter days', () => {
  it('follow the Dutch calendar, not UTC', () => {
    expect(dayOf(Date.UTC(2025, 5, 30, 22, 30))).to.equal('2025-07-01'); // 00:30 in Amsterdam (summer time)
    expect(dayOf(Date.UTC(2025, 11, 31, 22, 30))).to.equal('2025-12-31'); // 23:30 in Amsterdam (winter time)
  });
});
