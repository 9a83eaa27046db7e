import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { residentKey } from '../../src/store/keys.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

/** Rows about one resident in every table that can hold them. */
async function rowsAbout(parts: Parts, user: string): Promise<number> {
  const resident = residentKey('test', user);
  const db = parts.store.db;
  const states = await db.selectFrom('bot_state').select('key').where('resident', '=', resident).execute();
  const requests = await db.selectFrom('handover_request').select('id').where('resident', '=', resident).execute();
  return states.length + requests.length;
}

describe('conversation: what a resident can say anywhere', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  const halfway = `
    > (open)
    [Ja, beginnen]
    [every question until participation: body 7, daily 6]
    < @questions.participation.ask
  `;

  it('"help" explains what you can say and asks the same question again', async () => {
    await play(new Chat(parts, 'helpme'), `${halfway}
      > help
      < @common.help
      < @common.helpLines.stop
      < @common.helpLines.erase
      < @common.helpLines.person
      < @questions.participation.ask
    `);
  });

  it('"stop" asks once, then ends kindly and keeps nothing of the answers', async () => {
    const chat = new Chat(parts, 'stopper');
    await play(chat, `${halfway}
      > stop
      < @common.stopConfirm
      [@common.choice.goOn]
      < @common.goingOn
      < @questions.participation.ask
      > stop
      > ja
      < @common.stopped
      <! Vraag
    `);
    expect(await rowsAbout(parts, 'stopper')).to.equal(0);
    await play(chat, `
      > hallo
      < Hallo! Ik ben de chatbot van Welzijn Lindeveen.
    `);
  });

  it('"opnieuw" starts the questions again from the first one', async () => {
    await play(new Chat(parts, 'again'), `${halfway}
      > opnieuw
      < @common.restartConfirm
      <! @common.restarted
      > misschien
      < @common.yesOrNo
      [@common.choice.restartYes]
      < @common.restarted
      < @questions.body.ask
      <! Eerder gaf je hier
    `);
  });

  it('"taal" switches to English and back, at the same question', async () => {
    await play(new Chat(parts, 'bilingual'), `${halfway}
      > taal
      < I will talk with you in English now.
      < @questions.participation.ask
      < How is your contact with other people?
      > language
      < Ik praat nu Nederlands met je.
      < @questions.participation.ask
    `);
  });

  it('"mijn gegevens" shows what is stored, then goes on', async () => {
    await play(new Chat(parts, 'curious-data'), `${halfway}
      > mijn gegevens
      < @privacy.summary
      < @privacy.answers
      < 30 dagen nadat je voor het laatst iets typte
      < @questions.participation.ask
    `);
  });

  it('"mijn gegevens" also lists a request to a worker: the name, the number, and how long it is kept', async () => {
    await play(new Chat(parts, 'curious-request'), `
      > (open)
      > ik wil iemand spreken
      [@handover.choice.yes]
      > Ria
      [@handover.choice.phone]
      > 06 12345678
      [@handover.choice.morning]
      [@handover.choice.send]
      > mijn gegevens
      < @privacy.request
      < Ria
      < +31612345678
      < @privacy.requestKeptOpen
      < tot een medewerker hem afrondt. Daarna nog 90 dagen.
    `);
  });

  it('"wis mijn gegevens" asks once, then erases every row about the resident', async () => {
    const chat = new Chat(parts, 'eraser');
    await play(chat, `${halfway}
      > wis mijn gegevens
      < Weet je het zeker?
      [Nee, bewaren]
      < Goed, ik wis niets.
      < @questions.participation.ask
    `);
    expect(chat.last.activities.some((x) => x.type === 'event'), 'keeping the data keeps the browser id').to.equal(false);
    expect(await rowsAbout(parts, 'eraser')).to.be.greaterThan(0);
    await play(chat, `
      > wis mijn gegevens
      [Ja, wis alles]
      < Klaar. Ik heb alles over jou gewist.
      <! Vraag 3
    `);
    expect(await rowsAbout(parts, 'eraser')).to.equal(0);
    expect(chat.last.activities.some((x) => x.type === 'event' && x.name === 'forgetResident'), 'the chat page is told to forget its resident id').to.equal(true);
  });

  it('"forget me" in English erases too, including a request to a worker', async () => {
    const chat = new Chat(parts, 'forget');
    await play(chat, `
      > (open)
      [English]
      > I want to talk to someone
      < May I pass this on to Welzijn Lindeveen?
      [Yes, that is fine]
      > Kim
      [Here in the chat]
      [Morning]
      [Yes, send it]
      < Your code is
    `);
    expect(await rowsAbout(parts, 'forget'), 'profile, conversation and the request').to.equal(3);
    await play(chat, `
      > forget me
      < Also a request to a worker.
      [Yes, delete all]
      < I have deleted everything about you.
    `);
    expect(await rowsAbout(parts, 'forget')).to.equal(0);
  });
});
