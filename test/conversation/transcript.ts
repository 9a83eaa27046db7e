import { expect } from 'chai';
import type { Chat, Said } from './harness.js';

/**
 * Plays a chat transcript against the bot and checks every bot line. One line per step:
 *   `> text`      the resident types text         `> (open)`  the resident opens the chat
 *   `[Title]`     the resident presses a button   `< words`   the bot's answer contains these words
 *   `> (again)`   the channel delivers the resident's last message again, same id
 *   `<! words`    the bot's answer does not contain these words   `< (nothing)`  the bot says nothing at all
 *   `<? Title`    the bot offers a button with this title
 * Where the wording is not the subject of a test, name the sentence by its prompt key instead, so a change of
 * wording breaks nothing: `< @checkin.skipped`, `<! @handover.sent`, `<? @welcome.choice.start`, `[@welcome.choice.start]`.
 * Blank lines and lines starting with `#` are comments. Returns the bot's last answer.
 */
export async function play(chat: Chat, script: string): Promise<Said> {
  let said: Said | undefined;
  let lineNo = 0;
  for (const raw of script.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const where = `transcript line ${lineNo}: ${line}`;
    if (line === '> (open)') said = await chat.open();
    else if (line === '> (again)') said = await chat.resend();
    else if (line === '< (nothing)') expect(said?.activities ?? [], where).to.deep.equal([]);
    else if (line.startsWith('> ')) said = await chat.say(line.slice(2));
    else if (line.startsWith('[@') && line.endsWith(']')) said = await chat.pick(chat.titleOf(line.slice(2, -1)));
    else if (line.startsWith('[') && line.endsWith(']')) said = await chat.pick(line.slice(1, -1));
    else if (line.startsWith('<! @')) expect(said?.keys ?? [], where).not.to.include(line.slice(4));
    else if (line.startsWith('<! ')) expect(said?.text ?? '', where).not.to.include(line.slice(3));
    else if (line.startsWith('<? @')) expect(chat.titleOf(line.slice(4)), where).to.be.a('string');
    else if (line.startsWith('<? ')) expect(said?.choices ?? [], where).to.include(line.slice(3));
    else if (line.startsWith('< @')) expect(said?.keys ?? [], where).to.include(line.slice(3));
    else if (line.startsWith('< ')) expect(said?.text ?? '', where).to.include(line.slice(2));
    else throw new Error(`Cannot read ${where}`);
  }
  if (!said) throw new Error('The transcript has no resident turn');
  return said;
}
