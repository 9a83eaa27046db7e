import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { getRequestById, OUTCOMES } from '../../src/handover/index.js';
import { residentKey } from '../../src/store/keys.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';
import { connectorStub } from './connector.js';

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
      await stub.close();
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

  it('tells the resident what each outcome means for them, and thanks nobody who was not reached', async () => {
    const stub = await connectorStub();
    try {
      const chat = new Chat(parts, 'outcomes');
      await chat.send({ type: 'message', text: 'hallo', serviceUrl: stub.url });
      const base = {
        id: 'o', reference: 'OUT-123', resident: residentKey('test', 'outcomes'), organisation: 'Welzijn Lindeveen', status: 'closed' as const,
        details: { name: 'O', contact: { kind: 'chat' as const }, scores: {}, marks: [], locale: 'nl' as const },
        conversationRef: { conversation: { id: 'c-outcomes' }, serviceUrl: stub.url, channelId: 'test' }, channelId: 'test', createdAt: 0,
      };
      for (const outcome of OUTCOMES) {
        expect(await parts.deliverToResident({ ...base, outcome }, { kind: 'closed' })).to.deep.equal({ delivered: true });
      }
      const vars = { org: 'Welzijn Lindeveen', reference: 'OUT-123' };
      const expected = OUTCOMES.map((o) => parts.content.prompts.t('nl', `handover.outcome.${o}`, vars));
      expect(stub.received.map((a) => a.text)).to.deep.equal(expected);
      expect(new Set(expected).size, 'each outcome has its own message').to.equal(OUTCOMES.length);
      const notReached = expected[OUTCOMES.indexOf('not_reached')];
      expect(notReached, 'no thanks to a resident nobody reached').to.not.match(/dank/i);
    } finally {
      await stub.close();
    }
  });

  it('offers "hier in de chat" only on a channel where a message can reach the resident later', async () => {
    const reach = async (user: string, channelId: string) => {
      const chat = new Chat(parts, user, `conv-${user}`, channelId);
      await play(chat, `
        > ik wil iemand spreken
        > ja
        > Kees
        < @handover.contact
      `);
      return chat.last.keys;
    };
    expect(await reach('on-page', 'webchat')).to.include('handover.choice.chat');
    expect(await reach('on-messenger', 'facebook')).to.include('handover.choice.chat');
    expect(await reach('on-teams', 'msteams')).to.not.include('handover.choice.chat');
    // Typing "in de chat" there anyway gets the question again, with the ways that do work.
    const chat = new Chat(parts, 'teams-typer', 'conv-teams-typer', 'msteams');
    await play(chat, `
      > ik wil iemand spreken
      > ja
      > Kees
      > in de chat graag
      < @handover.contact
      <! @handover.times
    `);
  });

  it('a bare yes typed at the time question asks for a time again; a day said in words is kept as typed', async () => {
    const chat = new Chat(parts, 'time-typer');
    await play(chat, `
      > ik wil iemand spreken
      > ja
      > Kees
      > bellen
      > 06 1234 5678
      < @handover.times
      > Ja, versturen
      < @handover.timesAgain
      <! @handover.check
      > yes
      < @handover.timesAgain
      > dinsdag graag, na het eten
      < @handover.checkTimes
      < @handover.check
    `);
    expect(chat.last.text).to.include('dinsdag graag, na het eten');
  });

  it('on Facebook a worker may still write after 24 hours, with the HUMAN_AGENT tag, and the answer button as a quick reply', async () => {
    const stub = await connectorStub();
    try {
      const chat = new Chat(parts, 'fb-late', 'fb-late-conversation', 'facebook');
      await chat.send({ type: 'message', text: 'hallo', serviceUrl: stub.url });
      const resident = residentKey('facebook', 'fb-late');
      const key = `r/${resident}/profile`;
      const item = (await parts.store.storage.read([key]))[key] as { profile: { lastMessageAt: number } };
      item.profile.lastMessageAt = Date.now() - 3 * 24 * 60 * 60 * 1000;
      await parts.store.storage.write({ [key]: { ...item, eTag: '*' } });
      const request = {
        id: 'fb', reference: 'FBL-123', resident, organisation: 'Welzijn Lindeveen', status: 'claimed' as const,
        details: { name: 'F', contact: { kind: 'chat' as const }, scores: {}, marks: [], locale: 'nl' as const },
        conversationRef: { conversation: { id: 'fb-late-conversation' }, serviceUrl: stub.url, channelId: 'facebook' }, channelId: 'facebook', createdAt: 0,
      };
      expect(await parts.deliverToResident(request, { kind: 'claimed' })).to.deep.equal({ delivered: false, reason: 'window' });
      expect(await parts.deliverToResident(request, { kind: 'worker', text: 'Hoi, ik ben Sam.' })).to.deep.equal({ delivered: true });
      const data = stub.received[0]?.channelData as { messaging_type?: string; tag?: string; quick_replies?: { title: string }[] } | undefined;
      expect(data).to.include({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
      expect(data?.quick_replies?.map((q) => q.title)).to.deep.equal([parts.content.prompts.t('nl', 'handover.choice.answer')]);
    } finally {
      await stub.close();
    }
  });
});
