import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { startPurgeJob } from '../../src/store/index.js';
import type { PurgeResult } from '../../src/store/index.js';
import { forEachEngine } from './engines.js';
import { seedHandover } from './seed.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2030, 3, 1);

forEachEngine('retention', (openFreshStore) => {
  it('deletes only what is past its retention term', async () => {
    const store = await openFreshStore({ retentionDays: 30, handoverRetentionDays: 90 });
    const { db } = store;
    await store.storage.write({ 'r/old/profile': { a: 1 }, 'r/fresh/profile': { a: 2 } });
    await db.updateTable('bot_state').set({ updated_at: NOW - 31 * DAY }).where('key', '=', 'r/old/profile').execute();
    await db.updateTable('bot_state').set({ updated_at: NOW - 29 * DAY }).where('key', '=', 'r/fresh/profile').execute();

    await seedHandover(db, { id: 'closed-old', reference: 'AAA-111', resident: 'x', status: 'closed', closedAt: NOW - 91 * DAY });
    await seedHandover(db, { id: 'closed-recent', reference: 'BBB-222', resident: 'x', status: 'closed', closedAt: NOW - 89 * DAY });
    await seedHandover(db, { id: 'open-ancient', reference: 'CCC-333', resident: 'y', status: 'open', createdAt: NOW - 400 * DAY });

    await db.insertInto('handover_message').values(['closed-old', 'closed-recent', 'open-ancient'].map((id) => (
      { request_id: id, author: 'worker' as const, staff_id: 's', text: 'Hallo', created_at: NOW - 100 * DAY, delivery: 'delivered' as const }
    ))).execute();

    await db.insertInto('audit_log').values([
      { staff_id: 's', request_id: 'closed-old', action: 'view', at: NOW - 120 * DAY },
      { staff_id: 's', request_id: 'closed-recent', action: 'view', at: NOW - 89 * DAY },
    ]).execute();

    await db.insertInto('staff_session').values([
      { id: 'expired', staff_id: 's', csrf: 'c', expires_at: NOW - 1 },
      { id: 'valid', staff_id: 's', csrf: 'c', expires_at: NOW + DAY },
    ]).execute();

    const removed: PurgeResult = await store.purgeExpired(NOW);
    const { audit, ...rest } = removed;
    expect(rest).to.deep.equal({ states: 1, handovers: 1, sessions: 1 });
    expect(audit).to.be.at.least(1);
    const kept = await db.selectFrom('audit_log').select(['request_id', 'at']).execute();
    expect(kept.every((r) => r.at >= NOW - 90 * DAY), 'no audit entry older than the handover term').to.equal(true);
    expect(kept.map((r) => r.request_id)).to.include('closed-recent');

    expect((await db.selectFrom('bot_state').select('key').execute()).map((r) => r.key)).to.deep.equal(['r/fresh/profile']);
    const requests = (await db.selectFrom('handover_request').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(requests).to.deep.equal(['closed-recent', 'open-ancient']);
    const notes = (await db.selectFrom('handover_note').select('request_id').orderBy('request_id').execute()).map((r) => r.request_id);
    expect(notes).to.deep.equal(['closed-recent', 'open-ancient']);
    const messages = (await db.selectFrom('handover_message').select('request_id').orderBy('request_id').execute()).map((r) => r.request_id);
    expect(messages, 'a request\'s messages go with it').to.deep.equal(['closed-recent', 'open-ancient']);
    expect((await db.selectFrom('staff_session').select('id').execute()).map((r) => r.id)).to.deep.equal(['valid']);

    expect(await store.purgeExpired(NOW)).to.deep.equal({ states: 0, handovers: 0, sessions: 0, audit: 0 });
  });

  it('purges once when the job starts, and stops when asked', async () => {
    const store = await openFreshStore();
    await store.db.insertInto('staff_session').values({ id: 'expired', staff_id: 's', csrf: 'c', expires_at: 1 }).execute();
    let resolveFirst!: (r: PurgeResult) => void;
    const firstRun = new Promise<PurgeResult>((resolve) => (resolveFirst = resolve));
    const watched = { purgeExpired: async () => store.purgeExpired().then((r) => (resolveFirst(r), r)) };
    const stop = startPurgeJob(watched, 60 * 60 * 1000, createLogger('silent'));
    try {
      expect((await firstRun).sessions).to.equal(1);
    } finally {
      stop();
    }
    expect(await store.db.selectFrom('staff_session').selectAll().execute()).to.deep.equal([]);
  });
});
