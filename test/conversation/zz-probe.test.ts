import { Chat, startParts } from './harness.js';
const walks: string[][] = [
  ['(open)', 'ja', '7', '6', '8', '5', '4', '9', 'familie', 'meedoen', 'iets in de buurt', '1234', 'wandelen en koken', '1', 'ja', 'meer', 'klaar', 'dank je'],
  ['(open)', 'ja', '3', '2', '3', '2', '1', '3', 'niks', 'hoe ik me voel', 'praten met iemand', 'ja hoor', 'Annie de Vries', 'bellen', '0612345678', 'ochtend graag', 'ja', 'status', 'mijn gegevens', 'wis mijn gegevens', 'ja'],
];
describe('probe', () => {
  it('walks', async () => {
    const parts = await startParts();
    let n = 0;
    for (const lines of walks) {
      const chat = new Chat(parts, 'probe' + n++);
      for (const l of lines) {
        const said = l === '(open)' ? await chat.open() : await chat.say(l);
        console.log('> ' + l + '\n   ' + said.keys.join(' ') + '\n   [' + said.choices.join(' | ') + ']');
      }
    }
    await parts.close();
  });
});
