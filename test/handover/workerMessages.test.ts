import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { Parts } from '../../src/app.js';
import { residentKey } from '../../src/store/keys.js';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from '../store/engines.js';
import { Chat, startParts } from '../conversation/harness.js';
import { connectorStub, type ConnectorStub } from '../conversation/connector.js';
import { addStaff, api, getPage, postForm, seedRequest, signIn, startStaffServer, type Client, type StaffServer } from './helpers.js';

/** The resident's side: a chat whose replies and later messages go to the connector stub. */
function residentOn(parts: Parts, stub: ConnectorStub, user: string) {
  const chat = new Chat(parts, user);
  return {
    chat,
    say: (text: string, choice?: string) => chat.send({ type: 'message', text, serviceUrl: stub.url, ...(choice && { value: { choice } }) }),
  };
}

/** Titles of the buttons under a message the bot posted later. */
const buttonsOf = (activity: Partial<Activity> | undefined) => (activity?.suggestedActions?.actions ?? []).map((a) => a.title);

describe('staff inbox: a worker writes to the resident in the chat, and the resident answers', () => {
  let parts: Parts;
  let stub: ConnectorStub;
  let web: StaffServer;
  before(async () => {
    parts = await startParts();
    stub = await connectorStub();
    web = await startStaffServer(parts.store.db, { start: Date.now(), deliver: (request, message) => parts.deliverToResident(request, message) });
    await addStaff(parts.store.db, 'sam@welzijn.nl', 'Welzijn Lindeveen');
  });
  after(async () => {
    await web.close();
    await stub.close();
    await parts.close();
  });

  it('the message reaches the chat, the answer reaches the inbox, and a failed delivery is shown as failed', async () => {
    const ans = residentOn(parts, stub, 'ans');
    await ans.chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'ans', name: 'ans' }], serviceUrl: stub.url });
    await ans.say('ik wil iemand spreken');
    await ans.say('ja');
    await ans.say('Ans');
    await ans.say('Hier in de chat', 'chat');
    await ans.say('Middag', 'afternoon');
    expect((await ans.say('Ja, versturen', 'yes')).keys).to.include('handover.sent');
    const { id } = await parts.store.db.selectFrom('handover_request').select('id').where('resident', '=', residentKey('test', 'ans')).executeTakeFirstOrThrow();

    const sam = await signIn(web.url, 'sam@welzijn.nl');
    // Before it is picked up, nobody writes.
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/messages`, sam, { text: 'Hallo' })).status).to.equal(409);
    const claimed = await (await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, sam, {})).json();
    expect(claimed).to.deep.include({ delivery: { delivered: true } });
    stub.received.splice(0);

    // The worker writes; the resident's chat shows it with the button to answer.
    const written = await api(web.url, 'POST', `/staff/api/requests/${id}/messages`, sam, { text: 'Hoi Ans, ik ben Sam. Past dinsdag om 14 uur?' });
    expect(written.status).to.equal(201);
    expect(await written.json()).to.deep.include({ message: { id: 1, delivery: { delivered: true } } });
    expect(stub.received).to.have.length(1);
    expect(stub.received[0]?.text).to.include('Hoi Ans, ik ben Sam. Past dinsdag om 14 uur?');
    expect(buttonsOf(stub.received[0])).to.deep.equal([parts.content.prompts.t('nl', 'handover.choice.answer')]);

    // The resident presses "Antwoord sturen" and writes back.
    expect((await ans.say('Antwoord sturen', 'answer')).keys).to.include('handover.answer.ask');
    expect((await ans.say('Ja, dinsdag is goed. Tot dan!')).keys).to.include('handover.answer.sent');

    // The inbox shows both, the worker's with whether it arrived.
    const html = await (await getPage(web.url, `/staff/requests/${id}`, sam.cookie)).text();
    expect(html).to.contain('Hoi Ans, ik ben Sam. Past dinsdag om 14 uur?').and.contain('Ja, dinsdag is goed. Tot dan!');
    expect(html).to.contain('antwoord van de bewoner').and.contain('Afgeleverd in de chat van de bewoner');
    const one = (await (await api(web.url, 'GET', `/staff/api/requests/${id}`, sam)).json()) as { messages: { author: string; delivery?: string; text: string }[] };
    expect(one.messages.map((m) => [m.author, m.delivery])).to.deep.equal([['worker', 'delivered'], ['resident', undefined]]);

    // The channel refuses the next one: the worker sees that it did not arrive, on the page and in the API.
    stub.failing = true;
    const failed = await postForm(web.url, `/staff/requests/${id}/messages`, { _csrf: sam.csrf, text: 'Nog een vraag.' }, sam.cookie);
    expect(failed.headers.get('location')).to.equal(`/staff/requests/${id}?m=message_not_sent&untold=error`);
    const after = await (await getPage(web.url, failed.headers.get('location') ?? '', sam.cookie)).text();
    expect(after).to.contain('De bewoner heeft hier geen bericht over gekregen').and.contain('Niet afgeleverd: het versturen lukte niet');
    stub.failing = false;

    // "mijn gegevens" counts the messages; erasing removes them.
    expect((await ans.say('mijn gegevens')).keys).to.include('privacy.requestMessages');
    await ans.say('wis mijn gegevens');
    await ans.say('Ja, wis alles', 'erase');
    expect(await parts.store.db.selectFrom('handover_message').select('id').where('request_id', '=', id).execute()).to.deep.equal([]);
  });

  it('a resident with no message from a worker hears that there is nothing to answer', async () => {
    const bert = residentOn(parts, stub, 'bert');
    await bert.say('hallo');
    const said = await bert.say('antwoord sturen');
    expect(said.keys).to.include('handover.answer.none').and.not.include('handover.answer.ask');
  });
});

forEachEngine('staff inbox: who may write to the resident', (openFreshStore) => {
  let store: AppStore;
  let web: StaffServer;
  beforeEach(async () => {
    store = await openFreshStore();
    web = await startStaffServer(store.db);
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    await addStaff(store.db, 'kim@welzijn.nl', 'A');
    await addStaff(store.db, 'beheer@welzijn.nl', 'A', 'admin');
    await addStaff(store.db, 'piet@anders.nl', 'B');
  });
  afterEach(() => web.close());

  it('only the worker who picked it up, or an admin, and only while it is open; the message is bounded and audited', async () => {
    const { id } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const kim = await signIn(web.url, 'kim@welzijn.nl');
    const admin = await signIn(web.url, 'beheer@welzijn.nl');
    const piet = await signIn(web.url, 'piet@anders.nl');
    const write = (who: Client, text: string, csrf = who.csrf) => api(web.url, 'POST', `/staff/api/requests/${id}/messages`, who, { text }, csrf);
    await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, sam, {});

    expect((await write(sam, 'Hallo', 'wrong')).status).to.equal(403);
    expect((await write(kim, 'Hallo')).status).to.equal(403);
    expect(await (await write(kim, 'Hallo')).json()).to.deep.equal({ error: 'not_yours' });
    expect((await write(piet, 'Hallo')).status).to.equal(404);
    expect((await write(sam, '   ')).status).to.equal(400);
    expect((await write(sam, 'x'.repeat(1001))).status).to.equal(400);
    expect((await write(sam, 'Hallo Ans')).status).to.equal(201);
    expect((await write(admin, 'Hallo van de beheerder')).status).to.equal(201);
    expect(web.sent.map((s) => s.message)).to.deep.equal([{ kind: 'worker', text: 'Hallo Ans' }, { kind: 'worker', text: 'Hallo van de beheerder' }]);
    const audited = await store.db.selectFrom('audit_log').select('action').where('request_id', '=', id).where('action', '=', 'message').execute();
    expect(audited).to.have.length(2);

    // A claim that could not be told is shown as such, not as told.
    const second = await seedRequest(store.db, 'A', web.clock.now);
    web.delivery.next = { delivered: false, reason: 'window' };
    const claimed = await postForm(web.url, `/staff/requests/${second.id}/claim`, { _csrf: sam.csrf }, sam.cookie);
    expect(claimed.headers.get('location')).to.equal(`/staff/requests/${second.id}?m=claimed&untold=window`);
    const page = await (await getPage(web.url, claimed.headers.get('location') ?? '', sam.cookie)).text();
    expect(page).to.contain('De bewoner heeft hier geen bericht over gekregen').and.not.contain('De bewoner heeft daar een bericht over gekregen');

    await api(web.url, 'POST', `/staff/api/requests/${id}/close`, sam, { outcome: 'contacted' });
    expect(await (await write(sam, 'Nog iets')).json()).to.deep.equal({ error: 'closed' });
  });
});
