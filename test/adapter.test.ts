import { expect } from 'chai';
import restify from 'restify';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { BotAdapter, ReusedClientsAuthentication } from '../src/adapter.js';
import { close, createTestServer, listen } from './channels/helpers.js';

/** A channel's reply endpoint: records the text of every reply the bot POSTs to it. */
async function channel(): Promise<{ url: string; replies: string[]; server: restify.Server }> {
  const server = createTestServer();
  const replies: string[] = [];
  server.post('/v3/conversations/:conversation/activities/:replyTo', async (req: restify.Request, res: restify.Response) => {
    replies.push(String((req.body as { text?: string }).text));
    res.send(200, { id: `reply-${replies.length}` });
  });
  return { url: await listen(server), replies, server };
}

function message(serviceUrl: string, text: string): Activity {
  return {
    type: 'message',
    id: `m-${text}`,
    channelId: 'directline',
    serviceUrl,
    conversation: { id: 'conv-1' },
    from: { id: 'resident-1' },
    recipient: { id: 'bot' },
    text,
  } as Activity;
}

describe('Bot Framework clients are built once per channel, not per turn', () => {
  const servers: restify.Server[] = [];
  after(async () => Promise.all(servers.map(close)));

  it('answers every turn through one kept client per service URL, and keeps no more than its limit', async () => {
    const [a, b, c] = [await channel(), await channel(), await channel()];
    servers.push(a.server, b.server, c.server);
    const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({}), 2);
    const adapter = new BotAdapter(auth);
    const echo = (text: string) => async (context: { sendActivity(text: string): Promise<unknown> }) => {
      await context.sendActivity(`echo ${text}`);
    };

    for (const text of ['een', 'twee', 'drie']) await adapter.processTurn('', message(a.url, text), echo(text));
    expect(a.replies).to.deep.equal(['echo een', 'echo twee', 'echo drie']);
    expect(auth.connectorCount).to.equal(1);

    await adapter.processTurn('', message(b.url, 'vier'), echo('vier'));
    await adapter.processTurn('', message(c.url, 'vijf'), echo('vijf'));
    expect(b.replies).to.deep.equal(['echo vier']);
    expect(c.replies).to.deep.equal(['echo vijf']);
    expect(auth.connectorCount).to.equal(2);

    // The first channel's client was let go; its next turn builds a new one and the reply still arrives.
    await adapter.processTurn('', message(a.url, 'zes'), echo('zes'));
    expect(a.replies.at(-1)).to.equal('echo zes');
    expect(auth.connectorCount).to.equal(2);
  });

  it('still refuses a request without a valid token when an app id is configured', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }));
    const adapter = new BotAdapter(auth);
    let ran = false;
    const turn = adapter.processTurn('', message('http://127.0.0.1:9', 'hallo'), async () => {
      ran = true;
    });
    await turn.then(
      () => expect.fail('a request without a token was let in'),
      (error: { statusCode?: number }) => expect(error.statusCode).to.equal(401),
    );
    expect(ran).to.equal(false);
  });
});
