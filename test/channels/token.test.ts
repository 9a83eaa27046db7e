import { expect } from 'chai';
import type restify from 'restify';
import { registerDirectLineToken } from '../../src/channels/directline/token.js';
import { close, createTestServer, listen, quietLogger } from './helpers.js';

interface Seen {
  authorization?: string;
  body: { user: { id: string }; trustedOrigins: string[] };
}

describe('Direct Line token endpoint', () => {
  let azure: restify.Server;
  let bot: restify.Server;
  let azureBase: string;
  let botBase: string;
  let seen: Seen[];
  let azureStatus: number;

  beforeEach(async () => {
    seen = [];
    azureStatus = 200;
    azure = createTestServer();
    azure.post('/v3/directline/tokens/generate', async (req: restify.Request, res: restify.Response) => {
      seen.push({ authorization: req.headers.authorization, body: req.body as Seen['body'] });
      if (azureStatus !== 200) return void res.send(azureStatus, { error: { code: 'Unauthorized' } });
      res.send(200, { conversationId: 'conv-1', token: 'short-lived-token', expires_in: 3600 });
    });
    azureBase = await listen(azure);
    bot = createTestServer();
    registerDirectLineToken(bot, {
      secret: 'the-secret-never-leaves',
      region: 'europe',
      trustedOrigins: ['https://www.lindeveen.nl'],
      logger: quietLogger,
      urlSecret: 'token-endpoint-test-secret-0123456789abc',
      baseUrl: azureBase,
    });
    botBase = await listen(bot);
  });

  afterEach(async () => {
    await close(bot);
    await close(azure);
  });

  it('gives the page a token for a new anonymous user, and never the secret', async () => {
    const res = await fetch(`${botBase}/api/directline/token`, { method: 'POST' });
    expect(res.status).to.equal(200);
    const text = await res.text();
    expect(text).to.not.contain('the-secret-never-leaves');
    const body = JSON.parse(text) as { token: string; conversationId: string; expires_in: number; userId: string };
    expect(body).to.deep.include({ token: 'short-lived-token', conversationId: 'conv-1', expires_in: 3600 });
    expect(body.userId).to.match(/^dl_/);
    expect(seen).to.have.length(1);
    expect(seen[0]?.authorization).to.equal('Bearer the-secret-never-leaves');
    expect(seen[0]?.body).to.deep.equal({ user: { id: body.userId }, trustedOrigins: ['https://www.lindeveen.nl'] });
  });

  it('gives every visitor their own user id', async () => {
    const a = (await (await fetch(`${botBase}/api/directline/token`, { method: 'POST' })).json()) as { userId: string };
    const b = (await (await fetch(`${botBase}/api/directline/token`, { method: 'POST' })).json()) as { userId: string };
    expect(a.userId).to.not.equal(b.userId);
  });

  it('answers 502 with a calm reason when Azure refuses', async () => {
    azureStatus = 403;
    const res = await fetch(`${botBase}/api/directline/token`, { method: 'POST' });
    expect(res.status).to.equal(502);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).to.contain('try again');
  });

  it('binds the token to the resident id the page kept, and replaces an id it did not make', async () => {
    const first = (await (await fetch(`${botBase}/api/directline/token`, { method: 'POST' })).json()) as { userId: string };
    const ask = (userId: string) =>
      fetch(`${botBase}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) }).then(async (res) => (await res.json()) as { userId: string });
    expect((await ask(first.userId)).userId).to.equal(first.userId);
    expect(seen[1]?.body.user.id, 'Azure binds the token to the kept id').to.equal(first.userId);
    const made = await ask('dl_someone-else');
    expect(made.userId).to.match(/^dl_/).and.not.equal('dl_someone-else');
    expect(seen[2]?.body.user.id).to.equal(made.userId);
  });
});
