import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

const SIX = `
  [every question: body 7, daily 6, participation 5, quality 8, mind 4, meaning 7]
`;

/** A resident who starts the check-in and leaves at the question about quality of life. */
const leaveMidway = (chat: Chat) => play(chat, `
  > (open)
  [@welcome.choice.start]
  [every question until quality: body 7, daily 6, participation 5]
  < @questions.quality.ask
`);

describe('conversation: a resident who comes back (a reload, a new tab, next week)', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('midway the check-in: welcomed back, and "go on where I was" continues at the same question', async () => {
    await leaveMidway(new Chat(parts, 'midway'));
    await play(new Chat(parts, 'midway'), `
      > (open)
      < @welcome.back.unfinished
      <? @welcome.choice.continue
      <? @welcome.choice.restart
      <? @welcome.choice.notNow
      [@welcome.choice.continue]
      < @questions.quality.ask
    `);
  });

  it('midway the check-in: typing an answer to the remembered question goes on, a bare "nee" or "ja" asks again', async () => {
    await leaveMidway(new Chat(parts, 'midway-typed'));
    await play(new Chat(parts, 'midway-typed'), `
      > (open)
      < @welcome.back.unfinished
      > nee
      < @common.notUnderstood
      <! @welcome.back.later
      > ja
      < @common.notUnderstood
      <! @questions.quality.ask
      > een 4
      <! @questions.quality.ask
      < @questions.mind.ask
      > terug
      < Eerder gaf je hier een 4.
    `);
  });

  it('midway the check-in: a typed number is the remembered answer, not the button in that place ("2" does not start again)', async () => {
    await leaveMidway(new Chat(parts, 'midway-number'));
    await play(new Chat(parts, 'midway-number'), `
      > (open)
      < @welcome.back.unfinished
      > 2
      <! @common.restarted
      < @questions.mind.ask
      > terug
      < Eerder gaf je hier een 2.
    `);
  });

  it('after a finished round: sees the earlier result again, and a new round shows then and now in one picture', async () => {
    await play(new Chat(parts, 'twice'), `
      > (open)
      [@welcome.choice.start]
      ${SIX}
      [@reflection.choice.skip]
      [@reflection.choice.fine]
    `);
    const back = new Chat(parts, 'twice');
    await play(back, `
      > (open)
      < @welcome.back.finished
      <? @welcome.choice.showResult
      <! @welcome.choice.continue
      [@welcome.choice.showResult]
      < @reflection.strengthsIntro
      < @reflection.pictureIntro
      <! @reflection.thenAndNow
    `);
    const again = new Chat(parts, 'twice');
    await play(again, `
      > (open)
      [@welcome.choice.restart]
      < @common.restarted
      < @common.restartedHistory
      < @questions.body.ask
      [every question until quality: body 9, daily 9, participation 8]
    `);
    // A reload in the middle of the new round: the earlier result can be seen, and the round goes on.
    const reload = new Chat(parts, 'twice');
    await play(reload, `
      > (open)
      <? @welcome.choice.continue
      <? @welcome.choice.showResult
      [@welcome.choice.showResult]
      < @welcome.back.resultFrom
      < @welcome.back.choose
      [@welcome.choice.continue]
      < @questions.quality.ask
    `);
    const last = await reload.answerEvery(() => 8);
    expect(last.keys).to.include('reflection.thenAndNow');
    expect(last.pictures).to.have.length(1);
    expect(last.pictures[0]!.alt).to.include(parts.content.prompts.t('nl', 'reflection.pictureAltEarlier', { lines: '' }).trim());
  });
});
