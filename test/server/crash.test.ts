import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { BotProcess, Resident, stopAllBots } from './process.js';

/** The text alternative of the picture lists every score: the exact answers the summary is built from. */
const EXPECTED_SCORES =
  'Je lichaam: 3 van 10. Dagelijks leven: 8 van 10. Meedoen: 6 van 10. Genieten: 5 van 10. Hoe je je voelt: 9 van 10. Zin in het leven: 2 van 10.';

describe('a crash of the server (kill -9) in the middle of a check-in', function () {
  this.timeout(60_000);
  let dir: string;
  let halfway: Resident;
  let started: Resident;

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'spinnenweb-crash-'));
    const sqlitePath = join(dir, 'spinnenweb.db');
    const first = await BotProcess.start({ SQLITE_PATH: sqlitePath });

    halfway = new Resident(first.url);
    await halfway.open();
    await halfway.pick('start');
    await halfway.pick('score:3');
    await halfway.say('8');
    expect((await halfway.pick('score:6')).join('\n')).to.include('Vraag 4 van 6');

    started = new Resident(first.url);
    await started.open();
    await started.pick('start');
    await started.pick('score:7');
    expect((await started.say('zes')).join('\n')).to.include('Vraag 3 van 6');

    const exit = await first.kill();
    expect(exit.signal).to.equal('SIGKILL');

    const second = await BotProcess.start({ SQLITE_PATH: sqlitePath });
    halfway = halfway.via(second.url);
    started = started.via(second.url);
  });

  after(async function () {
    await stopAllBots(this);
    rmSync(dir, { recursive: true, force: true });
  });

  it('continues at question 4 in the same conversation and sums up exactly the answers from before and after', async function () {
    const resumed = (await halfway.pick('explain')).join('\n');
    expect(resumed).to.include('Vraag 4 van 6');
    expect(resumed).not.to.include('Eerder gaf je');

    await halfway.pick('score:5');
    await halfway.say('9');
    const summary = (await halfway.pick('score:2')).join('\n');
    expect(summary).to.include('Dit gaat goed bij jou:');
    expect(summary).to.include(EXPECTED_SCORES);
  });

  it('welcomes the resident back in a new conversation and offers to go on where they were', async function () {
    const visit = started.inNewConversation();
    const welcome = (await visit.open()).join('\n');
    expect(welcome).to.include('Welkom terug');
    expect(welcome).to.include('vraag 3 van 6');
    expect(visit.last.at(-1)?.suggestedActions?.actions?.map((a) => a.value)).to.deep.include({ choice: 'continue' });

    expect((await visit.pick('continue')).join('\n')).to.include('Vraag 3 van 6');
  });
});
