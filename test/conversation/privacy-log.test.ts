import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { Chat, startParts } from './harness.js';
import { play } from './transcript.js';

const PERSONAL = ['Johanna', 'johanna.devries@example.nl', '0612345678', '06-12345678', '1234 AB', 'Dorpsstraat 12', '111222333', 'kleindochter Sophie', 'psid-johanna'];

describe('privacy: no personal data in the logs', () => {
  it('a conversation full of personal data leaves none of it in the log output', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const parts = await startParts({ LOG_LEVEL: 'trace' }, undefined, createLogger('trace', sink));
    try {
      const chat = new Chat(parts, 'psid-johanna');
      await play(chat, `
        > (open)
        [Ja, beginnen]
        > Ik ben Johanna, mail me op johanna.devries@example.nl
        [every question until participation: body 7, daily 6]
        > mijn bsn is 111222333 en ik woon op Dorpsstraat 12, 1234 AB
        [every question: participation 3, quality 5, mind 8, meaning 7]
        > Tijd met mijn kleindochter Sophie, bel 06-12345678
        [Meedoen]
        [Praten met iemand]
        [Ja, dat mag]
        [Ja, dat mag]
        > Johanna
        [Bellen]
        > 0612345678
        [Ochtend]
        [Ja, versturen]
        < Je code is
        > ik zie het niet meer zitten
        < 113
      `);
      await parts.store.purgeExpired();
    } finally {
      await parts.close();
    }
    const output = lines.join('');
    expect(output.length, 'the logger did write lines').to.be.greaterThan(0);
    for (const value of PERSONAL) expect(output, `the log contains "${value}"`).not.to.include(value);
  });

  it('the logger redacts personal fields wherever they are nested', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const logger = createLogger('info', sink);
    logger.info({ text: 'Johanna', activity: { from: { id: 'psid' }, text: 'Dorpsstraat 12' }, email: 'a@b.nl' }, 'turn');
    expect(lines.join('')).not.to.match(/Johanna|Dorpsstraat|a@b\.nl|psid/);
    expect(lines.join('')).to.include('[redacted]');
  });
});
