import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { BotProcess, Resident, stopAllBots } from '../server/process.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens an attacker makes up: no signature, a shared-secret signature, and one that is not valid yet. */
const FORGED = [
  `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: 'app-id', exp: 4102444800 })}.`,
  `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: 'app-id', exp: 4102444800 })}.c2lnbmF0dXJl`,
  `${b64({ alg: 'RS256', typ: 'JWT', kid: 'x' })}.${b64({ iss: 'https://api.botframework.com', aud: 'app-id', nbf: 4102444800, exp: 4102448400 })}.c2ln`,
  'not-a-token-at-all',
];

describe('security: tokens, service URLs and log lines (real server processes)', function () {
  this.timeout(90_000);
  const dirs: string[] = [];

  after(async function () {
    await stopAllBots(this);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function database(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-tokens-'));
    dirs.push(dir);
    return join(dir, 'bot.db');
  }

  it('answers every forged token with 401 and logs one short line without a stack', async function () {
    const bot = await BotProcess.start({ SQLITE_PATH: database(), MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', LOG_LEVEL: 'info' });
    const activity = new Resident(bot.url).activity({ type: 'message', text: 'hoi' });
    for (const token of [...FORGED, '']) {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(activity),
      });
      expect(response.status, token).to.equal(401);
    }
    expect(bot.endedByItself).to.equal(false);
    const refusals = () => bot.stdout.split('\n').filter((l) => l.includes('without a valid token'));
    // The log is written asynchronously: give the last line a moment to arrive.
    for (let waited = 0; refusals().length < FORGED.length + 1 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const lines = refusals();
    expect(lines).to.have.length(FORGED.length + 1);
    for (const line of lines) {
      expect(JSON.parse(line)).to.include({ level: 30 });
      expect(line).to.not.contain('stack').and.not.contain('    at ');
    }
  });

  it('without authentication posts replies only to this machine: other serviceUrls get 403', async function () {
    const bot = await BotProcess.start({ SQLITE_PATH: database() });
    const resident = new Resident(bot.url);
    for (const serviceUrl of ['http://169.254.169.254/', 'http://127.0.0.1:5432/admin', 'https://example.org/', 'http://127.0.0.2:80/', 'http://localhost:0/']) {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...resident.activity({ type: 'message', text: 'hoi' }), serviceUrl }),
      });
      expect(response.status, serviceUrl).to.equal(403);
    }
    // expectReplies (tests, benchmarks) never posts anywhere, so it is still answered.
    expect((await resident.open()).length).to.be.above(0);
  });

  it('keeps the name of an error in log lines (a `name` field elsewhere is still redacted)', () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(chunk.toString()); done(); } }));
    logger.error({ err: { name: 'ETIMEDOUT', stack: 'at x' } }, 'a');
    logger.error({ error: { name: 'SqliteError', frames: 'at y' } }, 'b');
    logger.error({ err: new RangeError('too far') }, 'c');
    logger.info({ resident: { name: 'Ans de Vries' } }, 'd');
    expect(lines.join('')).to.contain('"type":"ETIMEDOUT"').and.contain('"type":"SqliteError"').and.contain('"type":"RangeError"');
    expect(lines.join('')).to.not.contain('Ans de Vries');
  });
});
