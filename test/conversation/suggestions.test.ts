import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

const toParticipation = `
  > (open)
  [Ja, beginnen]
  [every question: body 7, daily 8, participation 3, quality 6, mind 7, meaning 8]
  > Ik kook graag voor anderen
  [Meedoen]
  [Iets in de buurt]
`;

describe('conversation: suggestions from the social map', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('suggests three fitting activities, each with one reason, and more on request', async () => {
    const chat = new Chat(parts, 'cook');
    const first = await play(chat, `${toParticipation}
      < Typ dan de vier cijfers van je postcode.
      > 7425
      < Wat doe je graag?
      > koken
      < Dit zijn drie dingen die bij je passen:
      < Omdat je van koken houdt.
      <? Meer
      <? Iets anders
      <? Klaar
    `);
    const cards = first.activities.flatMap((a) => a.attachments ?? []);
    expect(cards).to.have.length(3);
    for (const card of cards) {
      const content = card.content as { title: string; text: string; buttons: { title: string }[] };
      expect(content.text, content.title).to.match(/Elke |Op afspraak/);
      expect(content.text, content.title).to.match(/Waar: /);
      expect(content.text, content.title).to.match(/Gratis|Kosten: €/);
      expect(content.buttons.map((b) => b.title)).to.include('Kan iemand mee?');
    }
    const titles = cards.map((c) => (c.content as { title: string }).title);
    const more = await play(chat, `
      [Meer]
      < Dit zijn drie dingen die bij je passen:
    `);
    const moreTitles = more.activities.flatMap((a) => a.attachments ?? []).map((c) => (c.content as { title: string }).title);
    expect(moreTitles.filter((t) => titles.includes(t))).to.deep.equal([]);
    const shown = await parts.store.counters.list('activity_shown');
    expect(shown.length).to.be.at.least(6);
    const asked = await parts.store.counters.list('tag');
    expect(asked.map((c) => c.label)).to.include('cooking');
  });

  it('"kan iemand meegaan?" leads to the welfare worker with the activity attached', async () => {
    const chat = new Chat(parts, 'companion');
    const shown = await play(chat, `${toParticipation}
      [Sla over]
      [Sla over]
    `);
    const card = shown.activities.flatMap((a) => a.attachments ?? [])[0]!.content as { title: string; buttons: { title: string; value: { choice: string } }[] };
    const go = card.buttons.find((b) => b.title === 'Kan iemand mee?')!;
    const next = await chat.send({ type: 'message', text: go.title, value: go.value });
    expect(next.text).to.include(`• de activiteit: ${card.title}`);
    expect(next.text).to.include('Mag ik dit doorgeven aan Welzijn Lindeveen?');
  });

  it('a card\'s button typed instead of clicked asks which activity, and an activity\'s name typed picks it', async () => {
    const chat = new Chat(parts, 'companion-typed');
    const shown = await play(chat, `${toParticipation}
      [Sla over]
      [Sla over]
    `);
    const titles = shown.activities.flatMap((a) => a.attachments ?? []).map((c) => (c.content as { title: string }).title);
    await play(chat, `
      > kan iemand mee
      < @suggestions.whichActivity
      <? ${titles[1]}
    `);
    const next = await chat.say(titles[1]!.toLowerCase());
    expect(next.keys).to.include('handover.sharedActivity');
    expect(next.text).to.include(titles[1]);
  });

  it('an answer that is not one of the buttons under the activities gets the question again, and the activities stay', async () => {
    const chat = new Chat(parts, 'more-unclear');
    await play(chat, `${toParticipation}
      [Sla over]
      [Sla over]
      > misschien iets met de hond
      < @common.pickOne
      < @suggestions.more
      <? Meer
      <? Klaar
      > nee hoor
      < @suggestions.done
    `);
  });

  it('works in English with English activity texts', async () => {
    await play(new Chat(parts, 'english-cook'), `
      > (open)
      [English]
      [Yes, let's start]
      [every question: body 7, daily 8, participation 3, quality 6, mind 7, meaning 8]
      [Skip]
      [Taking part]
      [Something nearby]
      [Skip]
      > I like cooking
      < Here are three things that suit you:
      < Because you like cooking.
      <! Omdat
    `);
  });

  it('says honestly when nothing fits and offers a person', async () => {
    const local = await startParts();
    const empty: never[] = [];
    (local.catalogue as { current: () => readonly unknown[] }).current = () => empty;
    try {
      await play(new Chat(local, 'nothing'), `${toParticipation}
        [Sla over]
        [Sla over]
        < Ik vond nu niets dat goed bij je past. Dat spijt me.
        < Een medewerker kan samen met je zoeken. Wil je dat?
        [Ja, graag]
        < Mag ik dit doorgeven aan Welzijn Lindeveen?
      `);
      const missing = await local.store.counters.list('no_match');
      expect(missing.map((c) => c.label)).to.include('participation');
    } finally {
      await local.close();
    }
  });

  it('a reason repeats only what the resident said: singing is liked, a trade is not called a liking', async () => {
    const chat = new Chat(parts, 'singer');
    const t = (key: string, vars?: Record<string, string>) => parts.content.prompts.t('nl', key, vars);
    const pages = [await play(chat, `
      > (open)
      [Ja, beginnen]
      [every question: body 7, daily 8, participation 3, quality 6, mind 7, meaning 8]
      > ik zing graag en ik was vroeger kapper
      [Meedoen]
      [Iets in de buurt]
      [Sla over]
      > ik zing graag en ik was vroeger kapper
      < @suggestions.intro
    `)];
    pages.push(await play(chat, '[Meer]'));
    const said = pages.map((p) => p.text).join('\n');
    for (const tag of ['care-for-others', 'volunteering', 'sharing-skills']) {
      expect(said, tag).to.not.include(t('suggestions.reason.interest', { interest: t(`suggestions.tag.${tag}`) }));
    }
    const keys = pages.flatMap((p) => p.keys);
    expect(keys.filter((k) => k === 'suggestions.reason.interest' || k === 'suggestions.reason.skill'), 'some reason speaks of what they said').to.not.deep.equal([]);
  });
});
