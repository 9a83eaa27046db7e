import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { BlackHole } from './blackHole.js';
import { BotProcess, pictureUrl, post, postRaw, Resident, runUntilExit, stopAllBots, textOf, type FinishedRun } from './process.js';

/** A fresh SQLite file for one server; removed in `after`. */
function tempDatabase(dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-http-'));
  dirs.push(dir);
  return join(dir, 'spinnenweb.db');
}

describe('the bot over HTTP (real server process, SQLite)', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  let bot: BotProcess;

  before(async function () {
    bot = await BotProcess.start({ SQLITE_PATH: tempDatabase(dirs) });
  });

  after(async function () {
    await stopAllBots(this);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('says on /healthz that it is ready, with its version and store engine', async function () {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as { status: string; version: string; store: { engine: string } };
    expect(body.status).to.equal('ok');
    expect(body.version).to.match(/^\d+\.\d+\.\d+/);
    expect(body.store.engine).to.equal('sqlite');
  });

  it('says on /readyz that the store answers and the prompts and social map are loaded', async function () {
    const response = await fetch(`${bot.url}/readyz`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as { status: string; checks: Record<string, boolean> };
    expect(body.status).to.equal('ready');
    expect(body.checks).to.deep.equal({ store: true, prompts: true, socialmap: true });
  });

  it('refuses a body that is not an activity with 400 and a reason', async function () {
    const notJson = await postRaw(bot.url, '{"type": "message",');
    expect(notJson.status, notJson.body).to.equal(400);
    expect(notJson.body).to.match(/json/i);

    const noType = await postRaw(bot.url, JSON.stringify({ channelId: 'test', conversation: { id: 'c' }, from: { id: 'u' } }));
    expect(noType.status, noType.body).to.equal(400);
    expect(noType.body).to.include('type');

    const noConversation = await postRaw(bot.url, JSON.stringify({ type: 'message', channelId: 'test', from: { id: 'u' }, text: 'hoi' }));
    expect(noConversation.status, noConversation.body).to.equal(400);
    expect(noConversation.body).to.include('conversation');

    const textNotText = await post(bot.url, new Resident(bot.url).activity({ type: 'message', text: 5 }));
    expect(textNotText.status, textNotText.body).to.equal(400);
    expect(textNotText.body).to.include('text');
  });

  it('takes a resident from the welcome through six questions to a summary of what goes well', async function () {
    const resident = new Resident(bot.url);
    const welcome = await resident.open();
    expect(welcome.join('\n')).to.include('geen mens');
    expect(resident.last.at(-1)?.suggestedActions?.actions?.map((a) => a.value)).to.deep.include({ choice: 'start' });

    expect((await resident.pick('start')).join('\n')).to.include('Vraag 1 van 6');
    expect((await resident.say('zeven')).join('\n')).to.include('Vraag 2 van 6'); // body: 7
    expect((await resident.pick('score:6')).join('\n')).to.include('Vraag 3 van 6'); // daily: 6
    expect((await resident.say('8')).join('\n')).to.include('Vraag 4 van 6'); // participation: 8
    expect((await resident.pick('score:4')).join('\n')).to.include('Vraag 5 van 6'); // quality: 4
    expect((await resident.pick('score:9')).join('\n')).to.include('Vraag 6 van 6'); // mind: 9
    const summary = (await resident.say('5')).join('\n'); // meaning: 5

    const strengths = summary.slice(summary.indexOf('Dit gaat goed bij jou:'));
    expect(strengths, summary).to.match(/^Dit gaat goed bij jou:\s+• Hoe je je voelt: een 9/);
    expect(strengths).to.include('Meedoen: een 8').and.include('Je lichaam: een 7');
    expect(strengths.split('Daar mag je trots op zijn.')[0]).not.to.include('Genieten');
  });

  it('records a repeated activity id once, and answers the repeat with the same replies', async function () {
    const resident = new Resident(bot.url);
    await resident.open();
    await resident.pick('start');
    const answer = resident.activity({ type: 'message', text: '5', value: { choice: 'score:5' } });

    const first = await post(bot.url, answer);
    expect(textOf(first.activities)).to.include('Vraag 2 van 6');
    const again = await post(bot.url, answer);
    expect(again.status, again.body).to.equal(200);
    // A channel sends an activity again when it lost the answer: the resident gets the same replies, the turn does not run twice.
    expect(textOf(again.activities)).to.equal(textOf(first.activities));

    expect((await resident.pick('score:6')).join('\n')).to.include('Vraag 3 van 6');
  });

  it('serves the spider-web picture of the summary as a PNG, and 404 for an unknown picture', async function () {
    const missing = await fetch(`${bot.url}/web/${'x'.repeat(40)}.png`);
    expect(missing.status).to.equal(404);

    const resident = new Resident(bot.url);
    await resident.open();
    await resident.pick('start');
    for (const score of [7, 6, 8, 4, 9]) await resident.pick(`score:${score}`);
    await resident.pick('score:5');
    const url = pictureUrl(resident.last);
    expect(url, JSON.stringify(resident.last)).to.be.a('string');

    const picture = await fetch(url!);
    expect(picture.status).to.equal(200);
    expect(picture.headers.get('content-type')).to.equal('image/png');
    const bytes = Buffer.from(await picture.arrayBuffer());
    expect(bytes.subarray(1, 4).toString('latin1')).to.equal('PNG');
  });
});

describe('the bot under load and at shutdown (real server process)', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  let blackHole: BlackHole;

  before(async function () {
    // "Azure" never answers, so every first message of a new resident keeps its turn open until the timeout.
    blackHole = await BlackHole.open();
  });

  afterEach(async function () {
    await stopAllBots(this);
  });

  after(async function () {
    await blackHole.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('sheds turns beyond MAX_CONCURRENT_TURNS with 503 and Retry-After, and nothing else fails', async function () {
    const bot = await BotProcess.start({ SQLITE_PATH: tempDatabase(dirs), MAX_CONCURRENT_TURNS: '1', ...blackHole.env(2500) });
    const residents = Array.from({ length: 20 }, () => new Resident(bot.url));
    const hellos = residents.map((r) => r.activity({ type: 'message', text: 'hallo' }));
    const results = await Promise.all(hellos.map((hello) => post(bot.url, hello)));

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500 && s !== 503), statuses.join(',')).to.deep.equal([]);
    expect(statuses, statuses.join(',')).to.include(200);
    const shed = results.filter((r) => r.status === 503);
    expect(shed.length, statuses.join(',')).to.be.greaterThan(0);
    for (const response of shed) expect(response.headers.get('retry-after')).to.match(/^\d+$/);

    // Shedding is temporary: the channel's retry of a shed message is answered once the bot has room again.
    const retried = await post(bot.url, hellos[statuses.indexOf(503)]!);
    expect(retried.status, retried.body).to.equal(200);
    expect(textOf(retried.activities)).to.include('Wil je beginnen?');
  });

  it('finishes a running turn after SIGTERM and then exits with code 0', async function () {
    const bot = await BotProcess.start({ SQLITE_PATH: tempDatabase(dirs), ...blackHole.env(2000) });
    const seen = blackHole.connections;
    const resident = new Resident(bot.url);
    const turn = post(bot.url, resident.activity({ type: 'message', text: 'hallo' }));
    await blackHole.nextConnection(seen); // the turn is running now: it waits for "Azure"

    const exit = await bot.stop();
    const answered = await turn;
    expect(answered.status, answered.body).to.equal(200);
    expect(textOf(answered.activities)).to.include('Wil je beginnen?');
    expect(exit, bot.output()).to.deep.equal({ code: 0, signal: null });
  });
});

describe('start-up with a wrong configuration', function () {
  this.timeout(60_000);
  let runs: { port: FinishedRun; database: FinishedRun; production: FinishedRun };

  before(async function () {
    // Each refusal costs a node start-up; they do not share anything, so they run side by side.
    const [port, database, production] = await Promise.all([
      runUntilExit({ SQLITE_PATH: ':memory:', PORT: 'abc' }),
      runUntilExit({ SQLITE_PATH: ':memory:', DATABASE_URL: 'mysql://x' }),
      runUntilExit({ SQLITE_PATH: ':memory:', NODE_ENV: 'production', BOT_PUBLIC_URL: 'https://bot.example.nl' }),
    ]);
    runs = { port, database, production };
  });

  it('refuses PORT=abc and names PORT', function () {
    expect(runs.port.code, runs.port.stderr).to.be.a('number').and.not.equal(0);
    expect(runs.port.stderr).to.match(/\bPORT\b/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL and names DATABASE_URL', function () {
    expect(runs.database.code, runs.database.stderr).to.be.a('number').and.not.equal(0);
    expect(runs.database.stderr).to.include('DATABASE_URL');
  });

  it('refuses production without MicrosoftAppId, because /api/messages would be open to anyone', function () {
    expect(runs.production.code, runs.production.stderr).to.be.a('number').and.not.equal(0);
    expect(runs.production.stderr).to.include('MicrosoftAppId');
  });
});
