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
      Array.from({ length: TURNS }, () => store.turns.run('conv-1', () => countTurn(store, 'r/res/c/conv-1'))),
    );
    expect([...results].sort((x, y) => x - y)).to.deep.equal(Array.from({ length: TURNS }, (_, i) => i + 1));
    expect(await storedCount(store, 'r/res/c/conv-1')).to.equal(TURNS);
  });

  it('lets turns of different conversations run side by side', async () => {
    const store = await openFreshStore();
    let releaseFirst!: () => void;
    const firstWaits = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = store.turns.run('conv-a', () => firstWaits.then(() => 'a'));
    // If conversations blocked each other, this would wait for conv-a forever and the test would time out.
    const second = await store.turns.run('conv-b', async () => 'b');
    releaseFirst();
    expect(second).to.equal('b');
    expect(await first).to.equal('a');
  });

  it('releases the lock when a turn throws', async () => {
    const store = await openFreshStore();
    const failing = store.turns.run('conv-1', async () => {
      throw new Error('dialog crashed');
    });
    await failing.then(
      () => expect.fail('the error should reach the caller'),
      (err: Error) => expect(err.message).to.equal('dialog crashed'),
    );
    // A leaked lock would make this wait forever (the test would time out).
    expect(await store.turns.run('conv-1', async () => 'retried')).to.equal('retried');

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
          return instance.turns.run('conv-1', () => countTurn(instance, key));
        }),
      );
      expect([...results].sort((x, y) => x - y)).to.deep.equal(Array.from({ length: TURNS }, (_, i) => i + 1));
      expect(await storedCount(first, key)).to.equal(TURNS);
    });
  }
});
