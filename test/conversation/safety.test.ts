import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { readProfile } from '../../dialogs/profile.js';
import { profileKey, residentKey } from '../../src/store/keys.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

describe('conversation: the crisis safety net', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts({ HUISARTSENPOST_NAME: 'Huisartsenpost Lindeveen', HUISARTSENPOST_PHONE: '088-1234567' });
  });
  after(() => parts.close());

  it('interrupts the check-in, shows 113, 112 and the huisartsenpost first, and lets the resident continue later', async () => {
    const chat = new Chat(parts, 'hurting');
    const crisis = await play(chat, `
      > (open)
      [Ja, beginnen]
      [4]
      > ik zie het niet meer zitten
      < Dit klinkt heel zwaar.
      < Bel 113 of gratis 0800-0113. Of chat op 113.nl.
      < Bel dan 112.
      < Bel Huisartsenpost Lindeveen: 088-1234567.
      < Wil je dat een medewerker van Welzijn Lindeveen contact met je opneemt?
      <! (question)
    `);
    const text = crisis.text;
    expect(text.indexOf('113')).to.be.lessThan(text.indexOf('medewerker'));
    await play(chat, `
      [Nee, nu niet]
      < De vragen wachten op je. Typ verder als je wilt doorgaan.
      > verder
      < (same question)
    `);
    const counts = await parts.store.counters.list('safety');
    expect(counts.find((c) => c.label === 'crisis')?.count).to.be.at.least(1);
  });

  it('fires in every part of the conversation, also in English and while arranging a person', async () => {
    await play(new Chat(parts, 'english-crisis'), `
      > (open)
      [English]
      > I want to end it all
      < Call 113 or 0800-0113 for free.
      [Yes, please]
      < I can put you in touch with Welzijn Lindeveen.
      < May I pass this on to Welzijn Lindeveen?
    `);
  });

  it('offers a welfare worker after the numbers, and arranges one on yes', async () => {
    await play(new Chat(parts, 'yes-please'), `
      > (open)
      > ik wil er niet meer zijn
      [Ja, graag]
      < Mag ik dit doorgeven aan Welzijn Lindeveen?
      [Ja, dat mag]
      < Hoe mag de medewerker je noemen?
      > Mo
      [Hier in de chat]
      [Avond]
      [Ja, versturen]
      < Je code is
    `);
  });

  it('does not fire on ordinary tiredness: the answer is understood as an answer', async () => {
    await play(new Chat(parts, 'tired'), `
      > (open)
      [Ja, beginnen]
      > ik ben doodmoe
      <! 113
      > slecht geslapen
      <! 113
    `);
  });

  it('mentions De Luisterlijn gently when someone feels very alone, and keeps the question', async () => {
    await play(new Chat(parts, 'lonely'), `
      > (open)
      [Ja, beginnen]
      [5]
      [5]
      > ik voel me zo alleen
      < De Luisterlijn: 088-0767 000.
      <! 113
      < (same question)
    `);
  });

  it('mentions De Luisterlijn once in a conversation, not at every low answer', async () => {
    await play(new Chat(parts, 'lonely-twice'), `
      > (open)
      [Ja, beginnen]
      > 3, ik voel me zo alleen
      < De Luisterlijn: 088-0767 000.
      > een 2, ik ben heel somber de laatste tijd
      <! De Luisterlijn
      <! 113
    `);
  });

  it('after a crisis keeps "Hulp nu" in every reply, shows the numbers again on it, and waits with the questions until asked', async () => {
    const chat = new Chat(parts, 'help-within-reach');
    await play(chat, `
      > (open)
      [@welcome.choice.start]
      [6]
      > een 3 want ik wil eigenlijk niet meer leven
      < @safety.line113
      <? @safety.choice.helpNow
      [@safety.choice.no]
      < @safety.declined
      <? @safety.choice.helpNow
      > het is gewoon allemaal veel
      < @safety.after
      <! (question)
      <? @safety.choice.helpNow
      [@safety.choice.helpNow]
      < @safety.numbersAgain
      < @safety.line113
      < @safety.line112
      <? @safety.choice.continue
      > hulp nu
      < @safety.line113
      [@safety.choice.continue]
      < (same question)
      <? @safety.choice.helpNow
    `);
    // The crisis message typed as an answer stored no score for question 2.
    const key = profileKey(residentKey('test', 'help-within-reach'));
    const stored = await parts.store.storage.read([key]);
    expect(readProfile(stored[key]?.profile, 'nl').checkIn?.answers).to.have.keys(['body']);
  });

  it('at the offer after the numbers, typing to go on with the questions goes on; anything unclear is asked again, never a yes', async () => {
    const chat = new Chat(parts, 'types-on');
    await play(chat, `
      > (open)
      [@welcome.choice.start]
      [5]
      > ik heb alles al geregeld voor als ik er niet meer ben
      < @safety.line113
      < @safety.offer
      > ok
      < @common.yesOrNo
      <! @safety.declined
      > verder met de vragen
      <! @handover.consent
      < (same question)
      <? @safety.choice.helpNow
    `);
  });

  it('after a crisis, a typed "hulp" or "help" shows the numbers again instead of the list of words the bot knows', async () => {
    await play(new Chat(parts, 'help-typed-after-crisis'), `
      > (open)
      [@welcome.choice.start]
      [6]
      > een 2, ik heb de pillen al klaarliggen
      < @safety.line113
      > hulp
      < @safety.numbersAgain
      < @safety.line113
      <! @common.help
      > help
      < @safety.numbersAgain
    `);
  });

  it('without a crisis, "hulp" shows the words the bot knows', async () => {
    await play(new Chat(parts, 'help-typed-no-crisis'), `
      > (open)
      [@welcome.choice.start]
      > hulp
      < @common.help
      <! @safety.line113
    `);
  });

  it('offers "Hulp nu" nowhere in a conversation without a crisis', async () => {
    await play(new Chat(parts, 'no-crisis'), `
      > (open)
      [@welcome.choice.start]
      [6]
      <! @safety.choice.helpNow
    `);
  });
});
