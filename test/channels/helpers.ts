import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { bodyKindsFor, MAX_BODY_BYTES, readBody } from '../../src/body.js';
import { createLogger } from '../../src/log.js';
import { FORGET_BROWSER_EVENT } from '../../src/channels/presenter.js';

/** A restify server set up like src/server.ts: queryParser, and the bounded body reader. */
export function createTestServer(): restify.Server {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser());
  server.use(readBody({ maxBytes: MAX_BODY_BYTES, accepts: bodyKindsFor }));
  return server;
}

/** Starts listening on a free loopback port; returns the base URL. */
export async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export async function close(server: restify.Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A silent logger for tests. */
export const quietLogger = createLogger('silent');

/**
 * A tiny real bot behind /api/messages with authentication off: it welcomes new members and echoes
 * messages, so a test can see that activities went through the real CloudAdapter and came back.
 */
export function mountEchoBot(server: restify.Server): void {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const logic = async (context: TurnContext) => {
    const activity = context.activity;
    if (activity.type === 'conversationUpdate') {
      for (const member of activity.membersAdded ?? []) {
        if (member.id === activity.recipient.id) continue;
        const campaign = (activity.channelData as { campaign?: string } | undefined)?.campaign;
        // The page's language and campaign, when it opened the conversation with them, are echoed for the tests.
        await context.sendActivity(activity.locale || campaign ? `Welkom! (${activity.locale ?? '-'}, ${campaign ?? '-'})` : 'Welkom!');
      }
    } else if (activity.type === 'message' && activity.text === 'wis mijn gegevens') {
      // As the real bot does after an erase: a last word, then the event that makes the page forget the resident.
      await context.sendActivity('erased');
      await context.sendActivity({ type: 'event', name: FORGET_BROWSER_EVENT });
    } else if (activity.type === 'message') {
      await context.sendActivity(`echo: ${activity.text ?? ''}`);
    } else if (activity.type === 'event') {
      await context.sendActivity(`event: ${activity.name ?? ''}`);
    }
  };
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, logic);
  });
}
