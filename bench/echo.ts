import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/**
 * The baseline: the smallest botbuilder bot on restify 11, with the same body parser as our server.
 * It echoes text (or the pressed button) and keeps no state. Run as a child process: `PORT=... tsx bench/echo.ts`.
 */
const port = Number(process.env.PORT ?? 0);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const value = context.activity.value as { choice?: unknown } | undefined;
  await context.sendActivity(`Echo: ${context.activity.text || String(value?.choice ?? '')}`);
  await next();
});
bot.onMembersAdded(async (context, next) => {
  await context.sendActivity('Welkom bij de echo.');
  await next();
});

const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false, mapFiles: false, keepExtensions: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`echo ready on ${server.url}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
