import { createServer, type Server } from 'node:http';
import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { getRequestById } from '../../src/handover/index.js';
import { residentKey } from '../../src/store/keys.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

/** A loopback Bot Connector: collects the follow-up messages the bot posts into a conversation. */
async function connectorStub(): Promise<{ url: string; received: { text?: string }[]; server: Server }> {
  const received: { text?: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body) as { text?: string });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, received, server };
}

describe('conversation: a real conversation with a welfare worker', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('shows what will be shared, asks twice for consent, validates the phone number and gives a reference', async () => {
    const chat = new Chat(parts, 'caller');
    const done = await play(chat, `
      > (open)
      [Ja, beginnen]
      [every question until participation: body 7, daily 8]
      > hier wil ik over praten
      [every question: participation 3, quality 6, mind 7, meaning 8]
      > Mijn tuin en mijn buren, bel me op 06-12345678
      [Meedoen]
      [Praten met iemand]
      < Ik kan je in contact brengen met Welzijn Lindeveen.
      < Als je ja zegt, geef ik dit door:
      < • je spinnenweb met je cijfers
      < • waar je iets aan wilt doen: Meedoen
      < • waar je over wilt praten: Meedoen
      < Mag ik dit doorgeven aan Welzijn Lindeveen?
      [Ja, dat mag]
      < Je schreef: "Mijn tuin en mijn buren, bel me op [telefoon]". Mag ik dat ook doorgeven?
      [Nee, liever niet]
      < Een voornaam of bijnaam is genoeg.
      > Ik heet Anja
      < Hoe wil je contact?
      <? Zelf langskomen
      [Bellen]
      < Op welk nummer kan de medewerker je bellen?
      > 12345
      < Dat nummer herken ik niet.
      > 06 1234 5678
      < Wanneer past het jou het beste?
      [Ochtend]
      < Naam: Anja
      < Bellen naar: +31612345678
      < Het liefst: Ochtend
      [Ja, versturen]
      < Dank je, Anja. Je vraag is verstuurd.
      < Een medewerker neemt binnen 3 werkdagen contact met je op.
    `);
    const reference = /Je code is ([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(done.text)?.[1];
    expect(reference).to.be.a('string');
    const row = await parts.store.db.selectFrom('handover_request').selectAll().where('reference', '=', reference!).executeTakeFirstOrThrow();
    const details = JSON.parse(row.details) as Record<string, unknown>;
    expect(details.words, 'no own words without the second yes').to.equal(undefined);
    expect(details.marks).to.deep.equal(['participation']);
    expect(details.scores).to.include({ participation: 3, body: 7 });
    expect(row.resident).to.equal(residentKey('test', 'caller'));
    await play(chat, `
      > status
      < Je vraag ${reference} staat klaar.
      > ${reference!.toLowerCase()}
      < Je vraag ${reference} staat klaar.
      > ABC-DEF
      < Ik vind geen vraag van jou met code ABC-DEF.
    `);
  });

  it('nothing is passed on without a yes', async () => {
    const chat = new Chat(parts, 'no-thanks');
    await play(chat, `
      > (open)
      > ik wil iemand spreken
      [Nee, liever niet]
      < Goed. Ik geef niets door.
    `);
    const rows = await parts.store.db.selectFrom('handover_request').select('id').where('resident', '=', residentKey('test', 'no-thanks')).execute();
    expect(rows).to.deep.equal([]);
  });

  it('a resident who waits in the chat hears it when a worker picks the request up', async () => {
    const stub = await connectorStub();
    try {
      const chat = new Chat(parts, 'waiting');
      const sent = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'waiting', name: 'waiting' }], serviceUrl: stub.url });
      expect(sent.text).to.include('chatbot');
      await chat.send({ type: 'message', text: 'ik wil iemand spreken', serviceUrl: stub.url });
      await chat.send({ type: 'message', text: 'ja', serviceUrl: stub.url });
      await chat.send({ type: 'message', text: 'Ben', serviceUrl: stub.url });
      await chat.send({ type: 'message', text: 'Hier in de chat', value: { choice: 'chat' }, serviceUrl: stub.url });
      await chat.send({ type: 'message', text: 'Middag', value: { choice: 'afternoon' }, serviceUrl: stub.url });
      const done = await chat.send({ type: 'message', text: 'Ja, versturen', value: { choice: 'yes' }, serviceUrl: stub.url });
      expect(done.text).to.include('Een medewerker stuurt je binnen 3 werkdagen een bericht in deze chat.');
      const row = await parts.store.db.selectFrom('handover_request').select('id').where('resident', '=', residentKey('test', 'waiting')).executeTakeFirstOrThrow();
      const request = await getRequestById(parts.store.db, row.id);
      expect(await parts.deliverToResident(request!, { kind: 'claimed' })).to.deep.equal({ delivered: true });
      expect(stub.received.map((a) => a.text)).to.deep.equal([`Goed nieuws: een medewerker van Welzijn Lindeveen heeft je vraag ${request!.reference} opgepakt. Je hoort snel meer.`]);
    } finally {
      stub.server.close();
    }
  });

  it('on Facebook nothing is sent more than 24 hours after the resident last wrote', async () => {
    const chat = new Chat(parts, 'fb-user', 'fb-conversation', 'facebook');
    await chat.send({ type: 'message', text: 'ik wil iemand spreken' });
    const request = {
      id: 'x', reference: 'AAA-BBB', resident: residentKey('facebook', 'fb-user'), organisation: 'Welzijn Lindeveen', status: 'claimed' as const,
      details: { name: 'X', contact: { kind: 'chat' as const }, scores: {}, marks: [], locale: 'nl' as const },
      conversationRef: { conversation: { id: 'fb-conversation' }, serviceUrl: 'http://127.0.0.1:9' }, channelId: 'facebook', createdAt: 0,
    };
    const key = `r/${request.resident}/profile`;
    const stored = await parts.store.storage.read([key]);
    const item = stored[key] as { profile: { lastMessageAt: number } };
    item.profile.lastMessageAt = Date.now() - 25 * 60 * 60 * 1000;
    await parts.store.storage.write({ [key]: { ...item, eTag: '*' } });
    expect(await parts.deliverToResident(request, { kind: 'claimed' })).to.deep.equal({ delivered: false, reason: 'window' });
  });
});
