import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { BotProcess, Resident, stopAllBots } from '../server/process.js';

/** A body that is small on the wire and huge once inflated: 60 MB of spaces in about 60 kB. */
function bomb(compress: (data: Buffer) => Buffer): Buffer {
  return compress(Buffer.alloc(60 * 1024 * 1024, 0x20));
}

async function send(url: string, body: Buffer | string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: response.status, text: await response.text() };
}

describe('security: request bodies (real server process)', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  let bot: BotProcess;
  let temp: string;

  before(async function () {
    const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-bodies-'));
    temp = mkdtempSync(join(tmpdir(), 'spinnenweb-bodies-tmp-'));
    dirs.push(dir, temp);
    // TMPDIR points at an empty folder, so any upload written to disk would show up there.
    bot = await BotProcess.start({ SQLITE_PATH: join(dir, 'bot.db'), TMPDIR: temp });
  });

  after(async function () {
    await stopAllBots(this);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function alive(): Promise<void> {
    expect((await fetch(`${bot.url}/healthz`)).status).to.equal(200);
    const resident = new Resident(bot.url);
    expect((await resident.open()).length).to.be.above(0);
    expect(bot.endedByItself, bot.output()).to.equal(false);
  }

  it('refuses gzip and deflate bombs by their decoded size (413), several at once, and stays up', async function () {
    const gzip = bomb(gzipSync);
    const deflate = bomb(deflateSync);
    expect(gzip.length).to.be.below(64 * 1024);
    const routes = ['/api/messages', '/staff/api/login', '/v3/directline/conversations'];
    const answers = await Promise.all(
      [...routes, ...routes].flatMap((route) => [
        send(`${bot.url}${route}`, gzip, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
        send(`${bot.url}${route}`, deflate, { 'content-type': 'application/json', 'content-encoding': 'deflate' }),
      ]),
    );
    for (const answer of answers) expect(answer.status, answer.text).to.equal(413);
    await alive();
  });

  it('still reads a small gzip body', async function () {
    const resident = new Resident(bot.url);
    const activity = JSON.stringify({ deliveryMode: 'expectReplies', ...resident.activity({ type: 'conversationUpdate', membersAdded: [{ id: resident.userId }, { id: 'bot' }] }) });
    const answer = await send(`${bot.url}/api/messages`, gzipSync(activity), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(answer.status, answer.text).to.equal(200);
    expect((JSON.parse(answer.text) as { activities: unknown[] }).activities.length).to.be.above(0);
  });

  it('refuses an unknown Content-Encoding with 415', async function () {
    const answer = await send(`${bot.url}/api/messages`, Buffer.from('{}'), { 'content-type': 'application/json', 'content-encoding': 'br' });
    expect(answer.status, answer.text).to.equal(415);
  });

  it('refuses multipart on every POST route with 415 and writes nothing to disk', async function () {
    const before = readdirSync(temp);
    const boundary = 'x-boundary';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n${'A'.repeat(50_000)}\r\n--${boundary}--\r\n`;
    for (const route of ['/api/messages', '/staff/login', '/staff/api/login', '/v3/directline/conversations']) {
      const answer = await send(`${bot.url}${route}`, part, { 'content-type': `multipart/form-data; boundary=${boundary}` });
      expect(answer.status, `${route}: ${answer.text}`).to.equal(415);
    }
    expect(readdirSync(temp)).to.deep.equal(before);
    await alive();
  });

  it('takes JSON only where JSON is expected, and only a plain form on the staff pages', async function () {
    const formToBot = await send(`${bot.url}/api/messages`, 'type=message', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(formToBot.status).to.equal(415);
    const jsonToStaffPage = await send(`${bot.url}/staff/login`, JSON.stringify({ email: 'a@b.nl', password: 'x' }), { 'content-type': 'application/json' });
    expect(jsonToStaffPage.status).to.equal(415);
    const textToApi = await send(`${bot.url}/staff/api/login`, 'email=a', { 'content-type': 'text/plain' });
    expect(textToApi.status).to.equal(415);
  });

  it('refuses a plain body over 64 kB with 413', async function () {
    const big = JSON.stringify({ type: 'message', text: 'a'.repeat(70 * 1024) });
    const answer = await send(`${bot.url}/api/messages`, big, { 'content-type': 'application/json' });
    expect(answer.status).to.equal(413);
    await alive();
  });
});
