import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { statusForResident } from '../../src/handover/index.js';
import { residentKey } from '../../src/store/keys.js';
import { Chat, startParts, type Said } from './harness.js';
import { play } from './transcript.js';

/** The six check-in answers and the way to the handover, clicked. */
const TO_HANDOVER = `
  > (open)
  [@welcome.choice.start]
  [every question: body 7, daily 6, participation 5, quality 8, mind 4, meaning 7]
  [@reflection.choice.skip]
  [@dimensions.participation]
  [@nextstep.choice.person]
  < @handover.consent
`;

describe('conversation: consent typed instead of clicked', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  const requestOf = (user: string) => statusForResident(parts.store.db, residentKey('test', user));

  it('takes a typed "Ja, dat mag" and a typed "ja versturen" as the buttons, in Dutch', async () => {
    const chat = new Chat(parts, 'typed-yes-nl');
    await play(chat, `${TO_HANDOVER}
      > Ja, dat mag
      < @handover.name
      > Ria
      < @handover.contact
      > bellen
      < @handover.phone
      > 06 12345678
      < @handover.times
      > ochtend
      < @handover.check
      > ja versturen
      < @handover.sent
      < @handover.reference
      < @common.takeHome
    `);
    expect(await requestOf('typed-yes-nl')).to.include({ status: 'open' });
  });

  it('takes "Yes, that is fine" and "yes please" as yes, in English', async () => {
    const chat = new Chat(parts, 'typed-yes-en');
    await play(chat, `
      > (open)
      [English]
      > Yes, let's start
      [every question: body 7, daily 6, participation 5, quality 8, mind 4, meaning 7]
      [@reflection.choice.skip]
      [@dimensions.participation]
      [@nextstep.choice.person]
      < @handover.consent
      > Yes, that is fine
      < @handover.name
      > Sam
      > email
      > sam@example.org
      > whenever
      > yes please
      < @handover.sent
    `);
    expect(await requestOf('typed-yes-en')).to.include({ status: 'open' });
  });

  it('asks again, kindly, when the answer is not clearly yes or no, and passes nothing on until it is', async () => {
    const chat = new Chat(parts, 'typed-unclear');
    await play(chat, `${TO_HANDOVER}
      > ja maar niet mijn naam
      < @common.yesOrNo
      <? @handover.choice.yes
      <? @handover.choice.no
      <! @handover.noConsent
      <! @handover.name
      > misschien
      < @common.yesOrNo
      <? @handover.choice.yes
      > wat gebeurt er dan?
      < @common.yesOrNo
      > ok
      < @common.yesOrNo
      <! @handover.name
      > nee hoor
      < @handover.noConsent
    `);
    expect(await requestOf('typed-unclear')).to.equal(undefined);
  });

  it('asks again at the summary too: an unclear answer there sends nothing and cancels nothing', async () => {
    const chat = new Chat(parts, 'typed-summary');
    await play(chat, `${TO_HANDOVER}
      > prima
      > Kees
      > hier in de chat
      > maakt niet uit
      < @handover.check
      > eh ik weet het niet
      < @common.yesOrNo
      > ok
      < @common.yesOrNo
      <! @handover.sent
      <? @handover.choice.send
      <? @handover.choice.cancel
      <! @handover.sent
      <! @handover.cancelled
      > nee, niet doen
      < @handover.cancelled
    `);
    expect(await requestOf('typed-summary')).to.equal(undefined);
  });

  it('in English, a doubtful answer gets the question again and "no thanks" is a no', async () => {
    const chat = new Chat(parts, 'typed-unclear-en');
    await play(chat, `
      > (open)
      [English]
      [@welcome.choice.start]
      [every question: body 7, daily 6, participation 5, quality 8, mind 4, meaning 7]
      [@reflection.choice.skip]
      [@dimensions.participation]
      [@nextstep.choice.person]
      > maybe, who reads it?
      < @common.yesOrNo
      <? @handover.choice.yes
      > no thanks
      < @handover.noConsent
    `);
    expect(await requestOf('typed-unclear-en')).to.equal(undefined);
  });

  it('at the welcome, reads "beginnen", "wat is dit?" and "nu even niet" as the buttons they mean', async () => {
    await play(new Chat(parts, 'welcome-typed-1'), `
      > (open)
      > beginnen
      < @checkin.progress
    `);
    await play(new Chat(parts, 'welcome-typed-2'), `
      > (open)
      > wat is dit?
      < @welcome.more
    `);
    await play(new Chat(parts, 'welcome-typed-3'), `
      > (open)
      > nu even niet
      < @welcome.declined
    `);
  });

  it('reads the ordinary words for a button: "verder" skips, "iets doen" is activities, "bel me" is the phone', async () => {
    const chat = new Chat(parts, 'typed-synonyms');
    await play(chat, `
      > (open)
      [@welcome.choice.start]
      [every question: body 7, daily 6, participation 5, quality 8, mind 4, meaning 7]
      < @reflection.important
      > verder
      <! @reflection.importantThanks
      < @reflection.change
      > ik wil graag beter slapen
      < @nextstep.question
      < @dimensions.body
      > iets doen
      <! @common.notUnderstood
      < @suggestions.postcode
    `);
    const other = new Chat(parts, 'typed-synonyms-phone');
    await play(other, `${TO_HANDOVER}
      > ja hoor
      > Ria
      < @handover.contact
      > bel me maar
      < @handover.phone
    `);
  });

  it('reads a button named by its place ("1", "2."), but not where a number is a score', async () => {
    await play(new Chat(parts, 'typed-place'), `
      > (open)
      > 1
      < @checkin.progress
      # At a score question "1" is a score, not the first button ("0 heel slecht").
      > 1
      < (next question)
      > terug
      < Eerder gaf je hier een 1.
      # At "Bedoel je ongeveer een 8?" "1" is a score too, never the yes button.
      > acht of zo
      < @checkin.confirm
      > 1
      < (next question)
      > terug
      < Eerder gaf je hier een 1.
      [every question: 7]
      [@reflection.choice.skip]
      [@dimensions.participation]
      < @nextstep.question
      > 2.
      < @handover.consent
    `);
  });

  it('reads "10 heel goed" typed as the top of the scale', async () => {
    const chat = new Chat(parts, 'typed-ten');
    await play(chat, `
      > (open)
      [@welcome.choice.start]
      > 10 heel goed
      < (next question)
      <! @checkin.confirm
    `);
  });
});

/** What the resident sees of a turn, without what differs by nature between two residents (codes, picture tokens). */
function seen(said: Said): { text: string; choices: string[] } {
  return {
    // Sealed links first: their letters may happen to look like a reference code.
    text: said.text.replace(/\/web\/[A-Za-z0-9_-]+\.png/g, '/web/<picture>.png').replace(/\/takehome\/[A-Za-z0-9_-]+/g, '/takehome/<sealed>').replace(/[A-Z0-9]{3}-[A-Z0-9]{3}/g, '<code>'),
    choices: said.choices,
  };
}

/**
 * Two residents walk the same path side by side: one clicks every button, the other types its visible title.
 * Lines are `[Title]` (click or type), `> text` (both type) or `> (open)`. After every step both must have seen the same.
 */
async function lockstep(parts: Parts, name: string, path: string): Promise<void> {
  const clicker = new Chat(parts, `${name}-click`);
  const typist = new Chat(parts, `${name}-type`);
  for (const raw of path.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    let clicked: Said;
    let typed: Said;
    if (line === '> (open)') {
      [clicked, typed] = [await clicker.open(), await typist.open()];
    } else if (line.startsWith('> ')) {
      [clicked, typed] = [await clicker.say(line.slice(2)), await typist.say(line.slice(2))];
    } else if (line.startsWith('[every question: ')) {
      // Every question of the check-in, however many: the same score, clicked by one and typed by the other.
      const score = line.slice('[every question: '.length, -1);
      while (clicker.last.keys.some((key) => /^questions\..+\.ask$/.test(key))) {
        [clicked, typed] = [await clicker.pick(score), await typist.say(score)];
        expect(seen(typed), `${name}: after ${line}`).to.deep.equal(seen(clicked));
      }
      continue;
    } else {
      const title = line.startsWith('[@') ? clicker.titleOf(line.slice(2, -1)) : line.slice(1, -1);
      [clicked, typed] = [await clicker.pick(title), await typist.say(title)];
    }
    expect(seen(typed), `${name}: after ${line}`).to.deep.equal(seen(clicked));
  }
}

describe('conversation: typing a button\'s title gives exactly what clicking gives, along the whole path', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('welcome, every check-in button, reflection, activities and the request for a person, in Dutch', async () => {
    await lockstep(parts, 'walk-nl', `
      > (open)
      [@welcome.choice.more]
      [@welcome.choice.start]
      [@checkin.choice.explain]
      [@checkin.choice.low]
      [@checkin.choice.back]
      [@checkin.choice.high]
      [@checkin.choice.mark]
      [@checkin.choice.skip]
      > acht of zo
      [@checkin.choice.no]
      > zeven of zo
      [@checkin.choice.yes]
      [3]
      [6]
      [9]
      [@reflection.choice.skip]
      [@dimensions.participation]
      [@nextstep.choice.activities]
      [@suggestions.choice.skip]
      [@suggestions.choice.skip]
      [@suggestions.choice.more]
      [@suggestions.choice.other]
      [@dimensions.body]
      [@suggestions.choice.done]
      > ik wil iemand spreken
      [@handover.choice.yes]
      > Anja
      [@handover.choice.phone]
      > 06 12345678
      [@handover.choice.morning]
      [@handover.choice.send]
    `);
  });

  it('"not now", the other language, refusing, walk-in, cancelling and the privacy buttons, in English', async () => {
    await lockstep(parts, 'walk-en', `
      > (open)
      [@welcome.choice.otherLanguage]
      [@welcome.choice.notNow]
      > hello
      [@welcome.choice.start]
      [every question: 5]
      [@reflection.choice.skip]
      [@reflection.choice.fine]
      > I want to talk to someone
      [@handover.choice.no]
      > I want to talk to someone
      [@handover.choice.yes]
      > Sam
      [@handover.choice.walkIn]
      [@handover.choice.anytime]
      [@handover.choice.cancel]
      > forget me
      [@privacy.choice.keep]
      > forget me
      [@privacy.choice.erase]
    `);
  });

  it('coming back, seeing the result, e-mail and chat contact, and the buttons after a crisis', async () => {
    await lockstep(parts, 'walk-return', `
      > (open)
      [@welcome.choice.start]
      [every question: 6]
      [@reflection.choice.skip]
      [@reflection.choice.fine]
      > hallo
      [@welcome.choice.showResult]
      [@reflection.choice.skip]
      [@dimensions.body]
      [@nextstep.choice.person]
      [@handover.choice.yes]
      > Mo
      [@handover.choice.email]
      > mo@example.org
      [@handover.choice.evening]
      [@handover.choice.send]
      > ik wil iemand spreken
      [@handover.choice.yes]
      > Mo
      [@handover.choice.chat]
      [@handover.choice.afternoon]
      [@handover.choice.cancel]
      > ik zie het niet meer zitten
      [@safety.choice.no]
      > hoi
      [@safety.choice.helpNow]
      [@safety.choice.person]
      [@handover.choice.no]
      > opnieuw
      [@common.choice.goOn]
      > stop
      [@common.choice.stopYes]
    `);
  });

  it('the next step\'s "nothing for now" and the offer of a person when no activity fits', async () => {
    await lockstep(parts, 'walk-nothing', `
      > (open)
      [@welcome.choice.start]
      [every question: 8]
      > mijn kleinkinderen
      [@dimensions.meaning]
      [@nextstep.choice.nothing]
    `);
  });
});
