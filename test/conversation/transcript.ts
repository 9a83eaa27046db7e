import { expect } from 'chai';
import type { Chat, Said } from './harness.js';

/**
 * Plays a chat transcript against the bot and checks every bot line. One line per step:
 *   `> text`      the resident types text         `> (open)`  the resident opens the chat
 *   `[Title]`     the resident presses a button   `< words`   the bot's answer contains these words
 *   `> (again)`   the channel delivers the resident's last message again, same id
 *   `<! words`    the bot's answer does not contain these words   `< (nothing)`  the bot says nothing at all
 *   `<? Title`    the bot offers a button with this title
 *   `[every question: 7]`            the resident clicks 7 at every question of the check-in, however many the set holds
 *   `[every question: body 2, mind 1, else 6]`   a score per dimension (`else` for the ones not named)
 *   `[every question until quality: 7]`          the same, up to the first question about that dimension
 *   `< (same question)`   the check-in asks the question it asked last again   `< (next question)`  it asks another one
 *   `<! (question)`       no check-in question is asked in this turn
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
    if (line === '< (same question)') expect(questionIn(said), where).to.equal(chat.questionBefore).and.not.equal(undefined);
    else if (line === '< (next question)') expect(questionIn(said), where).to.be.a('string').and.not.equal(chat.questionBefore);
    else if (line === '<! (question)') expect(questionIn(said), where).to.equal(undefined);
    else if (line === '> (open)') said = await chat.open();
    else if (line === '> (again)') said = await chat.resend();
    else if (line === '< (nothing)') expect(said?.activities ?? [], where).to.deep.equal([]);
    else if (line.startsWith('> ')) said = await chat.say(line.slice(2));
    else if (line.startsWith('[every question')) said = await answerEvery(chat, line, where);
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

/** The key of the check-in question asked in a turn, if one was. */
function questionIn(said: Said | undefined): string | undefined {
  return said?.question;
}

/** `[every question (until <dimension>): <score> | <dimension> <score>, ..., else <score>]` */
function answerEvery(chat: Chat, line: string, where: string): Promise<Said> {
  const match = /^\[every question(?: until (\w+))?: (.+)\]$/.exec(line);
  if (!match) throw new Error(`Cannot read ${where}`);
  const [, until, spec = ''] = match;
  const scores = new Map<string, number>();
  for (const part of spec.split(',').map((p) => p.trim())) {
    const [name, value] = part.includes(' ') ? part.split(/\s+/) : ['else', part];
    scores.set(name ?? 'else', Number(value));
  }
  return chat.answerEvery((dimension) => {
    const score = scores.get(dimension) ?? scores.get('else');
    if (score === undefined || !Number.isFinite(score)) throw new Error(`${where}: no score for the dimension "${dimension}"`);
    return score;
  }, until);
}
