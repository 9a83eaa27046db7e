import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

const SIX = `
  [7]
  [6]
  [5]
  [8]
  [4]
  [7]
`;

describe('conversation: a resident who comes back (a reload, a new tab, next week)', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('midway the check-in: welcomed back, and "go on where I was" continues at the same question', async () => {
    await play(new Chat(parts, 'midway'), `
      > (open)
      [@welcome.choice.start]
      [7]
      [6]
      [5]
      < Vraag 4 van 6
    `);
    await play(new Chat(parts, 'midway'), `
      > (open)
      < @welcome.back.unfinished
      <? @welcome.choice.continue
      <? @welcome.choice.restart
      <? @welcome.choice.notNow
      [@welcome.choice.continue]
      < Vraag 4 van 6
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
      < Vraag 1 van 6
      [9]
      [9]
      [8]
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
      < Vraag 4 van 6
      [8]
      [6]
    `);
    const last = await reload.pick('9');
    expect(last.keys).to.include('reflection.thenAndNow');
    expect(last.pictures).to.have.length(1);
    expect(last.pictures[0]!.alt).to.include(parts.content.prompts.t('nl', 'reflection.pictureAltEarlier', { lines: '' }).trim());
  });
});
