import { expect } from 'chai';
import { KeyedLock } from '../../src/store/keyedLock.js';

describe('keyed lock', () => {
  it('forgets a key once its turns are done, so memory does not grow with conversations', async () => {
    const lock = new KeyedLock();
    await Promise.all(Array.from({ length: 1000 }, (_, i) => lock.run(`conv-${i % 100}`, async () => i)));
    expect(lock.busyKeys).to.equal(0);
  });

  it('runs tasks of one key one at a time in arrival order, also after one fails', async () => {
    const lock = new KeyedLock();
    const order: number[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const tasks = [3, 2, 1].map((pauses, n) =>
      lock.run('k', async () => {
        mostAtOnce = Math.max(mostAtOnce, ++running);
        // The first task pauses longest: without the lock, the last one would finish first.
        for (let i = 0; i < pauses; i++) await new Promise((resolve) => setImmediate(resolve));
        order.push(n);
        running--;
        if (n === 1) throw new Error('task 1 failed');
      }),
    );
    const settled = await Promise.allSettled(tasks);
    expect(settled.map((s) => s.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    expect(order).to.deep.equal([0, 1, 2]);
    expect(mostAtOnce).to.equal(1);
    expect(lock.busyKeys).to.equal(0);
  });
});
