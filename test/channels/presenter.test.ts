import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { createPresenter } from '../../src/channels/presenter.js';
import type { Card, Choice } from '../../src/channels/types.js';

const presenter = createPresenter({ publicUrl: 'https://bot.lindeveen.nl' });

const scale: Choice[] = [
  ...Array.from({ length: 11 }, (_, i) => ({ id: `score-${i}`, title: String(i) })),
  { id: 'skip', title: 'Sla deze vraag over' },
  { id: 'talk', title: 'Hier wil ik over praten met iemand' },
];

interface QuickReply {
  content_type: string;
  title: string;
  payload: string;
}

function quickReplies(activity: Partial<Activity>): QuickReply[] {
  return (activity.channelData as { quick_replies: QuickReply[] }).quick_replies;
}

/** What Messenger sends back when a quick reply is tapped, as the Azure channel passes it on. */
function tappedQuickReply(reply: QuickReply): Partial<Activity> {
  return {
    type: 'message',
    channelId: 'facebook',
    text: reply.title,
    channelData: {
      sender: { id: '6543210987654321' },
      recipient: { id: '1234567890' },
      timestamp: 1732275600000,
      message: { mid: 'm_abc', text: reply.title, quick_reply: { payload: reply.payload } },
    },
  };
}

describe('presenter on Facebook Messenger', () => {
  it('sends an 11-point scale plus 2 choices as one set of 13 quick replies that fit on a button', () => {
    const activity = presenter.choice('facebook', 'Hoe fit voel je je?', scale);
    expect(activity.text).to.equal('Hoe fit voel je je?');
    expect(activity.suggestedActions).to.equal(undefined);
    const replies = quickReplies(activity);
    expect(replies).to.have.length(13);
    for (const reply of replies) {
      expect(reply.content_type).to.equal('text');
      expect(Array.from(reply.title).length).to.be.at.most(20);
    }
    expect(replies[12]?.title).to.equal('Hier wil ik over pr…');
  });

  it('gives back the picked choice id from a quick reply, for every choice', () => {
    const replies = quickReplies(presenter.choice('facebook', 'Hoe fit voel je je?', scale));
    const picked = replies.map((reply) => presenter.readChoice(tappedQuickReply(reply)));
    expect(picked).to.deep.equal(scale.map((c) => c.id));
  });

  it('cuts a list of 15 choices to the 13 Messenger shows', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `c${i}`, title: `Keuze ${i}` }));
    const replies = quickReplies(presenter.choice('facebook', 'Kies maar', many));
    expect(replies.map((r) => presenter.readChoice(tappedQuickReply(r)))).to.deep.equal(many.slice(0, 13).map((c) => c.id));
  });

  it('shows at most 3 buttons on a card, and a card button comes back as a postback', () => {
    const card: Card = {
      title: 'Wandelgroep Lindeveen',
      lines: ['Elke dinsdag om 10 uur', 'Start bij het buurthuis'],
      buttons: [
        { id: 'go:walk', title: 'Ik wil mee' },
        { id: 'later:walk', title: 'Misschien later' },
        { id: 'more:walk', title: 'Vertel meer' },
        { id: 'no:walk', title: 'Niet voor mij' },
      ],
      url: { title: 'Website', href: 'https://lindeveen.nl/wandelen' },
    };
    const activity = presenter.cards('facebook', 'Dit is er bij jou in de buurt:', [card]);
    const content = activity.attachments?.[0]?.content as { buttons: { type: string; title: string; value: string }[]; subtitle: string };
    expect(content.buttons).to.have.length(3);
    expect(content.subtitle.length).to.be.at.most(80);
    const postback: Partial<Activity> = {
      type: 'message',
      channelId: 'facebook',
      channelData: { sender: { id: '1' }, recipient: { id: '2' }, timestamp: 1, postback: { title: 'Ik wil mee', payload: content.buttons[0]?.value } },
    };
    expect(presenter.readChoice(postback)).to.equal('go:walk');
  });

  it('sends a picture only from our own https address as PNG or JPEG, otherwise the words alone', () => {
    const ok = presenter.picture('facebook', 'https://bot.lindeveen.nl/web/abc.png', 'Je spinnenweb: sterk in meedoen', 'Kijk eens:');
    expect(ok.attachments?.[0]).to.deep.include({ contentType: 'image/png', contentUrl: 'https://bot.lindeveen.nl/web/abc.png' });
    for (const url of ['http://bot.lindeveen.nl/web/abc.png', 'https://elders.nl/web/abc.png', 'https://bot.lindeveen.nl/web/abc.svg', 'data:image/png;base64,AAAA']) {
      const fallback = presenter.picture('facebook', url, 'Je spinnenweb: sterk in meedoen', 'Kijk eens:');
      expect(fallback.attachments, url).to.equal(undefined);
      expect(fallback.text).to.contain('Je spinnenweb: sterk in meedoen');
    }
  });
});

describe('presenter on Web Chat', () => {
  it('shows choices as suggested actions that send the title and carry the id', () => {
    const activity = presenter.choice('directline', 'Hoe fit voel je je?', scale);
    const actions = activity.suggestedActions?.actions ?? [];
    expect(actions).to.have.length(13);
    expect(actions[0]).to.deep.equal({ type: 'messageBack', title: '0', text: '0', displayText: '0', value: { choice: 'score-0' } });
    const clicked: Partial<Activity> = { type: 'message', channelId: 'directline', text: '7', value: actions[7]?.value };
    expect(presenter.readChoice(clicked)).to.equal('score-7');
  });

  it('returns undefined when the resident typed instead of picking', () => {
    expect(presenter.readChoice({ type: 'message', channelId: 'directline', text: '7' })).to.equal(undefined);
    expect(presenter.readChoice({ type: 'message', channelId: 'facebook', text: 'hoi', channelData: { message: { mid: 'm', text: 'hoi' } } })).to.equal(undefined);
  });

  it('shows a picture with its alt text in the message, and cards as a carousel with all buttons', () => {
    const picture = presenter.picture('webchat', 'http://localhost:3978/web/x.png', 'Je spinnenweb');
    expect(picture.text).to.equal('Je spinnenweb');
    expect(picture.attachments?.[0]).to.deep.equal({ contentType: 'image/png', contentUrl: 'http://localhost:3978/web/x.png', name: 'Je spinnenweb' });
    const cards = presenter.cards('webchat', 'Activiteiten:', [
      { title: 'Samen eten', lines: ['Woensdag 18 uur'], buttons: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'd', title: 'D' }] },
    ]);
    expect(cards.attachmentLayout).to.equal('carousel');
    expect(cards.attachments?.[0]?.contentType).to.equal('application/vnd.microsoft.card.hero');
    expect((cards.attachments?.[0]?.content as { buttons: unknown[] }).buttons).to.have.length(4);
  });

  it('adds one more button to a message on Web Chat, and to Messenger within its 13 quick replies', () => {
    const help = { id: 'helpNow', title: 'Hulp nu' };
    const plain = presenter.withChoice('webchat', { type: 'message', text: 'Dag' }, help);
    expect(plain.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(['Hulp nu']);
    const asked = presenter.withChoice('webchat', presenter.choice('webchat', 'Vraag', [{ id: 'yes', title: 'Ja' }]), help);
    expect(asked.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(['Ja', 'Hulp nu']);
    expect(presenter.withChoice('webchat', asked, help).suggestedActions?.actions).to.have.length(2);
    const scale = Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, title: String(i) }));
    const full = presenter.withChoice('facebook', presenter.choice('facebook', 'Vraag', scale), help);
    const replies = (full.channelData as { quick_replies: { title: string }[] }).quick_replies;
    expect(replies).to.have.length(13);
    expect(replies.at(-1)?.title).to.equal('Hulp nu');
  });

  it('tells our chat page to forget its resident id, and sends Messenger nothing for it (its user id is its own)', () => {
    expect(presenter.forgetBrowser('directline')).to.deep.equal({ type: 'event', name: 'forgetResident' });
    expect(presenter.forgetBrowser('facebook')).to.equal(undefined);
  });

  it('shows a link by its words in Web Chat and by its address on Messenger, which shows no markdown', () => {
    const url = 'https://bot.example/takehome/abc';
    expect(presenter.link('directline', 'jouw overzicht', url)).to.equal(`[jouw overzicht](${url})`);
    expect(presenter.link('webchat', 'your [overview]', url)).to.equal(`[your overview](${url})`);
    expect(presenter.link('facebook', 'jouw overzicht', url)).to.equal(url);
  });
});
