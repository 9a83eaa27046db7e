import { expect } from 'chai';
import { createRequest, findByReference, getRequest, InvalidRequestError, oldestOpenRequestAt, statusForResident } from '../../src/handover/requests.js';
import { addNote, claimRequest, closeRequest, listNotes, listOpenRequests } from '../../src/handover/inbox.js';
import { forEachEngine } from '../store/engines.js';
import { addStaff, details, seedRequest } from './helpers.js';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2025, 2, 10, 9, 0);

forEachEngine('handover requests', (openFreshStore) => {
  it('stores a request with what the resident shared and gives a reference to quote', async () => {
    const { db } = await openFreshStore();
    const { id, reference } = await seedRequest(db, 'Welzijn West', T0);
    expect(reference).to.match(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    const stored = await getRequest(db, id, 'Welzijn West');
    expect(stored).to.include({ reference, status: 'open', createdAt: T0, organisation: 'Welzijn West', channelId: 'webchat' });
    expect(stored?.details).to.deep.equal(details());
    expect(stored?.conversationRef).to.deep.equal({ conversation: { id: 'c1' } });
  });

  it('keeps only what a follow-up needs to arrive: no channel user id, no name the channel gives', async () => {
    const { db } = await openFreshStore();
    const conversationRef = {
      activityId: 'act-1',
      user: { id: 'raw-channel-user-4711', name: 'Anna de Vries', aadObjectId: 'aad-99' },
      bot: { id: 'bot-id', name: 'Spinnenweb' },
      conversation: { id: 'conv-1', name: 'Anna de Vries chat', isGroup: false },
      channelId: 'webchat',
      locale: 'nl-NL',
      serviceUrl: 'https://webchat.botframework.com/',
    };
    const { id } = await createRequest(db, { resident: 'r', organisation: 'A', channelId: 'webchat', conversationRef, details: details() }, T0);
    const raw = await db.selectFrom('handover_request').select('conversation_ref').where('id', '=', id).executeTakeFirstOrThrow();
    for (const gone of ['raw-channel-user-4711', 'Anna', 'aad-99', 'act-1']) expect(raw.conversation_ref).to.not.contain(gone);
    expect((await getRequest(db, id, 'A'))?.conversationRef).to.deep.equal({
      conversation: { id: 'conv-1' },
      serviceUrl: 'https://webchat.botframework.com/',
      channelId: 'webchat',
      bot: { id: 'bot-id' },
    });
  });

  it('reads a request stored before with a full reference without the user in it', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'A', T0);
    await db
      .updateTable('handover_request')
      .set({ conversation_ref: JSON.stringify({ user: { id: 'raw-channel-user-4711', name: 'Anna' }, conversation: { id: 'c1' } }) })
      .where('id', '=', id)
      .execute();
    expect((await getRequest(db, id, 'A'))?.conversationRef).to.deep.equal({ conversation: { id: 'c1' } });
  });

  it('tries a new reference when one is already taken', async () => {
    const { db } = await openFreshStore();
    const references = ['K7P-42Q', 'K7P-42Q', 'M3X-77A'];
    const make = () => references.shift()!;
    const input = { resident: 'r', organisation: 'A', channelId: 'webchat', conversationRef: {}, details: details() };
    expect((await createRequest(db, input, T0, { newReference: make })).reference).to.equal('K7P-42Q');
    expect((await createRequest(db, input, T0, { newReference: make })).reference).to.equal('M3X-77A');
  });

  it('refuses details that do not match what the dialog may store, naming the field', async () => {
    const { db } = await openFreshStore();
    const bad = { ...details(), contact: { kind: 'phone' as const, phone: '06-12' } };
    const attempt = createRequest(db, { resident: 'r', organisation: 'A', channelId: 'webchat', conversationRef: {}, details: bad }, T0);
    const err = await attempt.then(() => undefined, (e: unknown) => e);
    expect(err).to.be.instanceOf(InvalidRequestError);
    expect((err as Error).message).to.contain('details.contact.phone');
    expect(await db.selectFrom('handover_request').select('id').execute()).to.have.length(0);
  });

  it('keeps the resident\'s own words out when they did not agree to share them', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'A', T0, { words: undefined });
    expect((await getRequest(db, id, 'A'))?.details).to.not.have.property('words');
  });

  it('tells the resident the status of their latest request, by resident or by reference', async () => {
    const { db } = await openFreshStore();
    expect(await statusForResident(db, 'resident-1')).to.equal(undefined);
    await seedRequest(db, 'A', T0);
    const second = await seedRequest(db, 'A', T0 + 1000);
    const staff = await addStaff(db, 'sam@welzijn.nl', 'A');
    await claimRequest(db, second.id, { staffId: staff.id, organisation: 'A' }, T0 + 5000);
    expect(await statusForResident(db, 'resident-1')).to.deep.equal({ reference: second.reference, status: 'claimed', createdAt: T0 + 1000, claimedAt: T0 + 5000 });
    const typed = second.reference.toLowerCase().replace('-', ' ');
    expect(await findByReference(db, typed)).to.deep.equal({ reference: second.reference, status: 'claimed', createdAt: T0 + 1000, claimedAt: T0 + 5000 });
    expect(await findByReference(db, 'ZZZ-ZZZ')).to.equal(undefined);
    expect(await findByReference(db, 'no')).to.equal(undefined);
  });

  it('tells when the oldest request nobody claimed yet was made, over all organisations', async () => {
    const { db } = await openFreshStore();
    expect(await oldestOpenRequestAt(db)).to.equal(undefined);
    const claimed = await seedRequest(db, 'A', T0 - 3 * DAY);
    await seedRequest(db, 'B', T0 - 2 * DAY);
    await seedRequest(db, 'A', T0 - 1 * DAY);
    const staff = await addStaff(db, 'kim@welzijn.nl', 'A');
    await claimRequest(db, claimed.id, { staffId: staff.id, organisation: 'A' }, T0);
    expect(await oldestOpenRequestAt(db)).to.equal(T0 - 2 * DAY);
  });

  it('lists open and claimed requests of one organisation, longest wait first', async () => {
    const { db } = await openFreshStore();
    const newer = await seedRequest(db, 'A', T0 - 1 * DAY);
    const older = await seedRequest(db, 'A', T0 - 2 * DAY, { chosenDimension: undefined, contact: { kind: 'chat' } });
    const closed = await seedRequest(db, 'A', T0 - 3 * DAY);
    await seedRequest(db, 'B', T0 - 5 * DAY);
    const staff = await addStaff(db, 'sam@welzijn.nl', 'A');
    const actor = { staffId: staff.id, organisation: 'A' };
    await claimRequest(db, newer.id, actor, T0);
    await closeRequest(db, closed.id, actor, 'contacted', T0);

    const list = await listOpenRequests(db, 'A', T0);
    expect(list.map((r) => r.reference)).to.deep.equal([older.reference, newer.reference]);
    expect(list[0]).to.deep.equal({ id: older.id, reference: older.reference, status: 'open', createdAt: T0 - 2 * DAY, waitingMs: 2 * DAY, contactKind: 'chat', residentAnswered: false });
    expect(list[1]).to.include({ status: 'claimed', claimedBy: 'sam@welzijn.nl', chosenDimension: 'participation', waitingMs: DAY });
  });

  it('lets one welfare worker claim a request; a colleague cannot take it over', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'A', T0);
    const sam = { staffId: (await addStaff(db, 'sam@welzijn.nl', 'A')).id, organisation: 'A' };
    const kim = { staffId: (await addStaff(db, 'kim@welzijn.nl', 'A')).id, organisation: 'A' };
    const claimed = await claimRequest(db, id, sam, T0 + 1);
    expect(claimed.ok && claimed.request).to.include({ status: 'claimed', claimedBy: sam.staffId, claimedAt: T0 + 1 });
    expect((await claimRequest(db, id, sam, T0 + 2)).ok).to.equal(true);
    expect(await claimRequest(db, id, kim, T0 + 3)).to.deep.equal({ ok: false, reason: 'taken' });
  });

  it('closes with an outcome once; a closed request cannot be claimed or closed again', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'A', T0);
    const sam = { staffId: (await addStaff(db, 'sam@welzijn.nl', 'A')).id, organisation: 'A' };
    const closed = await closeRequest(db, id, sam, 'not_reached', T0 + 10);
    expect(closed.ok && closed.request).to.include({ status: 'closed', outcome: 'not_reached', closedAt: T0 + 10, claimedBy: sam.staffId });
    expect(await closeRequest(db, id, sam, 'contacted', T0 + 20)).to.deep.equal({ ok: false, reason: 'closed' });
    expect(await claimRequest(db, id, sam, T0 + 20)).to.deep.equal({ ok: false, reason: 'closed' });
    expect((await getRequest(db, id, 'A'))?.outcome).to.equal('not_reached');
  });

  it('keeps notes in order with their author', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'A', T0);
    const sam = { staffId: (await addStaff(db, 'sam@welzijn.nl', 'A')).id, organisation: 'A' };
    await addNote(db, id, sam, 'Gebeld, geen gehoor.', T0 + 1);
    await addNote(db, id, sam, 'Morgen opnieuw.', T0 + 2);
    const notes = await listNotes(db, id);
    expect(notes.map((n) => [n.text, n.author, n.createdAt])).to.deep.equal([
      ['Gebeld, geen gehoor.', 'sam@welzijn.nl', T0 + 1],
      ['Morgen opnieuw.', 'sam@welzijn.nl', T0 + 2],
    ]);
  });

  it('hides a request from another organisation as if it did not exist', async () => {
    const { db } = await openFreshStore();
    const { id } = await seedRequest(db, 'B', T0);
    const sam = { staffId: (await addStaff(db, 'sam@welzijn.nl', 'A')).id, organisation: 'A' };
    expect(await getRequest(db, id, 'A')).to.equal(undefined);
    expect(await claimRequest(db, id, sam, T0)).to.deep.equal({ ok: false, reason: 'not_found' });
    expect(await addNote(db, id, sam, 'x', T0)).to.deep.equal({ ok: false, reason: 'not_found' });
    expect(await closeRequest(db, id, sam, 'other', T0)).to.deep.equal({ ok: false, reason: 'not_found' });
    expect((await getRequest(db, id, 'B'))?.status).to.equal('open');
    expect(await listNotes(db, id)).to.deep.equal([]);
  });
});
