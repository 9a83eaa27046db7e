import { expect } from 'chai';
import { conversationKey, profileKey } from '../../src/store/keys.js';
import { forEachEngine } from './engines.js';
import { countRows, seedHandover } from './seed.js';

forEachEngine('a resident\'s data', (openFreshStore) => {
  it('describes what is kept about a resident, and only theirs', async () => {
    const store = await openFreshStore();
    await store.storage.write({ [profileKey('ans')]: { locale: 'nl' }, [conversationKey('ans', 'webchat', 'c1')]: { step: 1 } });
    await store.storage.write({ [profileKey('bert')]: { locale: 'en' } });
    await seedHandover(store.db, { id: 'q1', reference: 'K7P-42Q', resident: 'ans', createdAt: 1 });
    await seedHandover(store.db, { id: 'q2', reference: 'M3X-77A', resident: 'ans', createdAt: 2 });
    await seedHandover(store.db, { id: 'q3', reference: 'B0B-11B', resident: 'bert' });
    const ans = await store.describeResident('ans');
    expect(ans.states).to.equal(2);
    expect(ans.requests.map((r) => r.reference)).to.deep.equal(['K7P-42Q', 'M3X-77A']);
    expect(ans.requests.every((r) => r.status === 'open' && r.details.length > 0)).to.equal(true);
    expect(await store.describeResident('nobody')).to.deep.equal({ states: 0, requests: [] });
  });

  it('erases every row about a resident in every table, and nothing of anyone else', async () => {
    const store = await openFreshStore();
    await store.storage.write({ [profileKey('ans')]: { locale: 'nl' }, [conversationKey('ans', 'webchat', 'c1')]: { step: 1 } });
    await store.storage.write({ [profileKey('bert')]: { locale: 'en' } });
    await seedHandover(store.db, { id: 'q1', reference: 'K7P-42Q', resident: 'ans' });
    await seedHandover(store.db, { id: 'q2', reference: 'B0B-11B', resident: 'bert' });
    await store.db.insertInto('handover_message').values(['q1', 'q2'].map((id) => ({ request_id: id, author: 'resident' as const, staff_id: null, text: 'Dank je', created_at: 1, delivery: null }))).execute();

    // 2 states + 1 request + 1 note + 1 message + 1 audit entry
    expect(await store.eraseResident('ans')).to.equal(6);
    expect(await store.db.selectFrom('handover_message').select('request_id').execute()).to.deep.equal([{ request_id: 'q2' }]);

    expect(await store.storage.read([profileKey('ans'), conversationKey('ans', 'webchat', 'c1')])).to.deep.equal({});
    expect(await store.db.selectFrom('handover_request').select('resident').execute()).to.deep.equal([{ resident: 'bert' }]);
    expect(await store.db.selectFrom('handover_note').select('request_id').execute()).to.deep.equal([{ request_id: 'q2' }]);
    expect(await store.db.selectFrom('audit_log').select('request_id').execute()).to.deep.equal([{ request_id: 'q2' }]);
    expect(await countRows(store.db)).to.include({ bot_state: 1, handover_request: 1, handover_note: 1, audit_log: 1 });
    expect(await store.eraseResident('ans')).to.equal(0);
  });
});
