import { expect } from 'chai';
import type { Parts } from '../../src/app.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

describe('conversation: the bot follows the language the resident writes in', () => {
  let parts: Parts;
  before(async () => {
    parts = await startParts();
  });
  after(() => parts.close());

  it('goes on in Dutch after a few Dutch answers in an English conversation, and says so', async () => {
    const chat = new Chat(parts, 'follows-dutch');
    await play(chat, `
      > (open)
      [English]
      [@welcome.choice.start]
      > ik denk een 7, ik slaap wel goed
      <! @common.languageFollowed
      > het gaat wel met de dagelijkse dingen, een 6
      < @common.languageFollowed
    `);
    // The question and its buttons now come in Dutch.
    expect(chat.last.choices).to.include(parts.content.prompts.t('nl', 'checkin.choice.skip'));
    expect(chat.last.choices).to.not.include(parts.content.prompts.t('en', 'checkin.choice.skip'));
  });

  it('does not switch on a single short word or on the buttons of its own language', async () => {
    const chat = new Chat(parts, 'stays-english');
    await play(chat, `
      > (open)
      [English]
      > ja
      > 7
      > ok
      > 6
      <! @common.languageFollowed
    `);
  });
});
