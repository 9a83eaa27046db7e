import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { BotProcess, pictureUrl, Resident, stopAllBots } from './process.js';

/**
 * `npm start` runs the bundle in dist/ (scripts/build.mjs), not the TypeScript sources the other tests run:
 * the bundle must hold everything a resident and an operator use, including the checkpoint worker thread
 * and the parts it loads on first use.
 */
describe('the server as npm start runs it (the bundle in dist/)', function () {
  this.timeout(120_000);
  let dir: string;
  let bot: BotProcess;

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'spinnenweb-start-'));
    bot = await BotProcess.start({ SQLITE_PATH: join(dir, 'spinnenweb.db') }, { built: true });
  });

  after(async function () {
    await stopAllBots(this);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is ready, takes a resident through the first questions and the picture, and logs no error', async function () {
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).to.equal(200);

    const resident = new Resident(bot.url);
    await resident.open();
    await resident.pick('start');
    for (const score of [7, 6, 5, 8, 4]) await resident.say(String(score));
    const summary = (await resident.say('9')).join('\n');
    expect(summary).to.include('Dit gaat goed bij jou:');

    // The picture (resvg, a native module outside the bundle) is drawn on request.
    const picture = pictureUrl(resident.last);
    expect(picture, summary).to.be.a('string');
    const png = await fetch(picture ?? '');
    expect(png.status).to.equal(200);
    expect(png.headers.get('content-type')).to.equal('image/png');

    // A worker that failed to start or a module missing from the bundle is logged at error level (50).
    const stop = await bot.stop();
    expect(stop.code).to.equal(0);
    expect(bot.stdout + bot.stderr).not.to.match(/"level":(50|60)/);
  });
});
