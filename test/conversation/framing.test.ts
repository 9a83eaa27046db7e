import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts, type Said } from './harness.js';
import { play } from './transcript.js';

const DIMENSION_ORDER = ['body', 'daily', 'participation', 'quality', 'mind', 'meaning'];

/** Opens a chat and answers every question with the score for its dimension (clicked), returning the reflection. */
async function checkIn(parts: Parts, user: string, scores: number[]): Promise<{ chat: Chat; said: Said }> {
  const chat = new Chat(parts, user);
  await play(chat, `
    > (open)
    [@welcome.choice.start]
  `);
  const said = await chat.answerEvery((dimension) => scores[DIMENSION_ORDER.indexOf(dimension)] ?? 5);
  return { chat, said };
}

describe('conversation: the reflection is kind for every pattern of answers', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('all low: praises nothing, lists each low score once, offers a person and De Luisterlijn', async () => {
    const { chat, said } = await checkIn(parts, 'all-low', [2, 3, 1, 4, 1, 3]);
    expect(said.keys).to.include('reflection.noStrengths');
    expect(said.keys).not.to.include.members(['reflection.strengthsIntro']);
    expect(said.keys).not.to.include('reflection.strengthsOutro');
    expect(said.keys).not.to.include('reflection.bestIntro');
    expect(said.keys).to.include('reflection.care');
    expect(said.text).to.include('088-0767 000');
    const attention = parts.content.prompts.t('nl', 'reflection.attention', { dimensions: '' }).trim().slice(0, 12);
    const lists = said.activities.map((a) => a.text ?? '').find((text) => text.includes(attention)) ?? '';
    for (const d of ['body', 'mind', 'meaning'] as const) {
      expect(lists.split(parts.content.prompts.t('nl', `dimensions.${d}`)).length - 1, `${d} is named once`).to.equal(1);
    }
    await play(chat, `
      > overslaan
      <? @reflection.choice.person
      [@reflection.choice.fine]
      < @common.careReminder
      <! @reflection.fine
    `);
  });

  it('all low, then "talk to someone" at the change question, goes to the request for a person', async () => {
    const { chat } = await checkIn(parts, 'all-low-person', [1, 1, 2, 2, 3, 3]);
    await play(chat, `
      [@reflection.choice.skip]
      [@reflection.choice.person]
      < @handover.consent
    `);
  });

  it('all high: names the three highest as going well, with pride, and offers no care', async () => {
    const { chat, said } = await checkIn(parts, 'all-high', [8, 9, 9, 8, 7, 9]);
    expect(said.keys).to.include.members(['reflection.strengthsIntro', 'reflection.strengthsOutro']);
    expect(said.keys.filter((k) => k === 'reflection.strengthLine')).to.have.length(3);
    expect(said.keys).not.to.include('reflection.care');
    expect(said.keys).not.to.include('reflection.attention');
    await play(chat, `
      [@reflection.choice.skip]
      <! @reflection.choice.person
      [@reflection.choice.fine]
      < @reflection.fine
    `);
  });

  it('mixed: what goes well first, then the low ones, none in both, and care for the 1', async () => {
    const { said } = await checkIn(parts, 'mixed', [8, 6, 5, 7, 1, 9]);
    const name = (d: string) => parts.content.prompts.t('nl', `dimensions.${d}`);
    const strengths = said.activities.map((a) => a.text ?? '').find((text) => text.includes(parts.content.prompts.t('nl', 'reflection.strengthsIntro'))) ?? '';
    const attention = parts.content.prompts.t('nl', 'reflection.attention', { dimensions: '' }).trim().slice(0, 12);
    const lists = said.activities.map((a) => a.text ?? '').find((text) => text.includes(attention)) ?? '';
    expect(said.keys.indexOf('reflection.strengthsIntro')).to.be.lessThan(said.keys.indexOf('reflection.attention'));
    expect(said.keys).to.include('reflection.care');
    expect(strengths).to.include(name('meaning')).and.to.include(name('body'));
    expect(lists).to.include(name('mind'));
    expect(lists).not.to.include(name('body'));
  });

  it('a best of 6 is named as the best, but not praised', async () => {
    const { said } = await checkIn(parts, 'best-six', [6, 5, 4, 5, 5, 3]);
    expect(said.keys).to.include('reflection.bestIntro');
    expect(said.keys).not.to.include('reflection.strengthsOutro');
  });
});
