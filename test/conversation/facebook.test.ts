import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { Parts } from '../../src/app.js';
import { Chat, startParts, type Said } from './harness.js';

type QuickReply = { content_type: string; title: string; payload: string };

function quickReplies(said: Said): QuickReply[] {
  const last = [...said.activities].reverse().find((a) => (a.channelData as { quick_replies?: unknown } | undefined)?.quick_replies);
  return ((last?.channelData as { quick_replies?: QuickReply[] } | undefined)?.quick_replies) ?? [];
}

/** A Messenger quick-reply tap, as the Azure Facebook channel delivers it. */
function tap(reply: QuickReply): Partial<Activity> {
  return { type: 'message', text: reply.title, channelData: { sender: { id: 'psid' }, message: { mid: 'm', text: reply.title, quick_reply: { payload: reply.payload } } } };
}

describe('conversation: the same check-in through Facebook Messenger', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('a Get Started with an m.me ref changes the first sentence and records the campaign', async () => {
    const chat = new Chat(parts, 'psid-1', 'fb-1', 'facebook');
    const welcome = await chat.send({
      type: 'message', text: 'Get Started',
      channelData: { sender: { id: 'psid-1' }, postback: { title: 'Get Started', payload: 'GET_STARTED', referral: { ref: 'wijkfeest', source: 'SHORTLINK', type: 'OPEN_THREAD' } } },
    });
    expect(welcome.text).to.include('Leuk dat je via het wijkfeest komt.');
    expect(welcome.text).to.include('Ik ben een computerprogramma, geen mens.');
    const buttons = quickReplies(welcome);
    expect(buttons.map((b) => b.title)).to.deep.equal(['Ja, beginnen', 'Vertel meer', 'Nu niet', 'English']);
    const campaigns = await parts.store.counters.list('campaign');
    expect(campaigns.find((c) => c.label === 'wijkfeest')?.count).to.equal(1);

    const question = await chat.send(tap(buttons[0]!));
    expect(question.keys).to.include('questions.body.ask');
    const scale = quickReplies(question);
    expect(scale, 'one row of at most 13 quick replies').to.have.length(13);
    expect(scale.every((b) => b.title.length <= 20)).to.equal(true);
    expect(scale.slice(0, 11).map((b) => b.title)).to.deep.equal(['0 heel slecht', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10 heel goed']);

    let said = await chat.send(tap(scale[7]!));
    expect(said.question, 'the next question').to.be.a('string').and.not.equal('questions.body.ask');
    // The rest of the questions, however many, tapped as quick replies; the last one typed.
    while (!said.keys.includes('questions.meaning.ask')) said = await chat.send(tap(quickReplies(said).find((b) => b.title === '8')!));
    said = await chat.send({ type: 'message', text: 'zeven' });
    expect(said.text).to.include('Dit gaat goed bij jou:');
    expect(said.text).to.include('Je lichaam: 7 van 10.');
    expect(said.pictures, 'no picture from a non-https address on Messenger').to.deep.equal([]);
  });

  it('an m.me link opened in an existing thread (messaging_referrals) records the campaign', async () => {
    const chat = new Chat(parts, 'psid-2', 'fb-2', 'facebook');
    await chat.send({ type: 'message', text: 'hoi' });
    await chat.send({ type: 'event', name: 'referral', value: { sender: { id: 'psid-2' }, referral: { ref: 'buurthuis', source: 'SHORTLINK', type: 'OPEN_THREAD' } } });
    const campaigns = await parts.store.counters.list('campaign');
    expect(campaigns.find((c) => c.label === 'buurthuis')?.count).to.equal(1);
  });
});
