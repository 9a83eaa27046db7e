import { expect } from 'chai';
import { sql } from 'kysely';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from './engines.js';

const TURNS = 50;

/** One turn as BotState does it: read the state, think a moment, write it back with eTag "*" (last writer wins). */
async function countTurn(store: AppStore, key: string): Promise<number> {
  const current = (await store.storage.read([key]))[key];
  const count = Number(current?.count ?? 0) + 1;
  await new Promise((resolve) => setImmediate(resolve)); // give an overlapping turn every chance to interleave
  await store.storage.write({ [key]: { count, eTag: '*' } });
  return count;
}

async function storedCount(store: AppStore, key: string): Promise<number> {
  return Number((await store.storage.read([key]))[key]?.count);
}

forEachEngine('turn gate', (openFreshStore, target) => {
  it(`runs ${TURNS} overlapping turns of one conversation one at a time, losing no update`, async () => {
    const store = await openFreshStore();
    const results = await Promise.all(
      Array.from({ length: TURNS }, (_, i) => store.turns.run('conv-1', `act-${i}`, () => countTurn(store, 'r/res/c/conv-1'))),
    );
    expect(results.every((r) => r.ran)).to.equal(true);
    expect(await storedCount(store, 'r/res/c/conv-1')).to.equal(TURNS);
  });

  it('lets turns of different conversations run side by side', async () => {
    const store = await openFreshStore();
    let releaseFirst!: () => void;
    const firstWaits = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = store.turns.run('conv-a', 'a1', () => firstWaits.then(() => 'a'));
    // If conversations blocked each other, this would wait for conv-a forever and the test would time out.
    const second = await store.turns.run('conv-b', 'b1', async () => 'b');
    releaseFirst();
    expect(second).to.deep.equal({ ran: true, value: 'b' });
    expect(await first).to.deep.equal({ ran: true, value: 'a' });
  });

  it('skips an activity that was already handled, and runs turns without an activity id every time', async () => {
    const store = await openFreshStore();
    let runs = 0;
    const turn = async () => ++runs;
    expect(await store.turns.run('conv-1', 'act-1', turn)).to.deep.equal({ ran: true, value: 1 });
    expect(await store.turns.run('conv-1', 'act-1', turn)).to.deep.equal({ ran: false, reason: 'duplicate' });
    expect(await store.turns.run('conv-2', 'act-1', turn)).to.deep.equal({ ran: true, value: 2 });
    expect(await store.turns.run('conv-1', undefined, turn)).to.deep.equal({ ran: true, value: 3 });
    expect(await store.turns.run('conv-1', undefined, turn)).to.deep.equal({ ran: true, value: 4 });
    expect(runs).to.equal(4);
  });

  it('skips a redelivery that arrives while the first delivery is still running', async () => {
    const store = await openFreshStore();
    let runs = 0;
    const turn = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return ++runs;
    };
    const [a, b] = await Promise.all([store.turns.run('conv-1', 'act-1', turn), store.turns.run('conv-1', 'act-1', turn)]);
    expect([a.ran, b.ran].sort()).to.deep.equal([false, true]);
    expect(runs).to.equal(1);
  });

  it('stores no raw conversation id in handled_activity', async () => {
    const store = await openFreshStore();
    await store.turns.run('1234567890-facebook-user', 'mid.1', async () => undefined);
    const rows = await store.db.selectFrom('handled_activity').selectAll().execute();
    expect(rows).to.have.length(1);
    expect(rows[0]!.conversation).to.not.contain('1234567890');
  });

  it('releases the lock when a turn throws, and does not record it so a retry runs', async () => {
    const store = await openFreshStore();
    const failing = store.turns.run('conv-1', 'act-1', async () => {
      throw new Error('dialog crashed');
    });
    await failing.then(
      () => expect.fail('the error should reach the caller'),
      (err: Error) => expect(err.message).to.equal('dialog crashed'),
    );
    // A leaked lock would make this wait forever (the test would time out).
    expect(await store.turns.run('conv-1', 'act-1', async () => 'retried')).to.deep.equal({ ran: true, value: 'retried' });
    expect(await store.turns.run('conv-1', 'act-1', async () => 'again')).to.deep.equal({ ran: false, reason: 'duplicate' });

    if (target.engine === 'postgres') {
      const held = await sql<{ n: number }>`select count(*) as n from pg_locks
        where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`.execute(store.db);
      expect(held.rows[0]!.n).to.equal(0);
    }
  });

  if (target.engine === 'postgres') {
    it(`serialises ${TURNS} turns of one conversation across two instances (two pools)`, async () => {
      const first = await openFreshStore();
      const second = await target.reopen();
      const key = 'r/res/c/conv-1';
      const results = await Promise.all(
        Array.from({ length: TURNS }, (_, i) => {
          const instance = i % 2 === 0 ? first : second;
          return instance.turns.run('conv-1', `act-${i}`, () => countTurn(instance, key));
        }),
      );
      expect(results.every((r) => r.ran)).to.equal(true);
      expect(await storedCount(first, key)).to.equal(TURNS);
    });

    it('skips a redelivery that reaches another instance', async () => {
      const first = await openFreshStore();
      const second = await target.reopen();
      let runs = 0;
      await first.turns.run('conv-1', 'act-1', async () => ++runs);
      expect(await second.turns.run('conv-1', 'act-1', async () => ++runs)).to.deep.equal({ ran: false, reason: 'duplicate' });
      expect(runs).to.equal(1);
    });
  }
});
