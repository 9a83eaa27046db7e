import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import type { Activity, TurnContext } from 'botbuilder';
import { NotAuthenticatedError, type BotAdapter } from './adapter.js';
import type { Logger } from './log.js';
import type { AppStore } from './store/types.js';
import { bodyKindsFor, MAX_BODY_BYTES, readBody } from './body.js';
import type { Telemetry } from './telemetry/index.js';

/** True when the request comes from this machine. */
function isLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * The development rule for serviceUrls: the local Direct Line itself, or (from a caller on this machine) an
 * Emulator on a loopback port, without a path. Anything else is refused.
 */
export function developmentServiceUrls(localDirectLine: () => string): (serviceUrl: string, fromLoopback: boolean) => boolean {
  return (serviceUrl, fromLoopback) => {
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' || url.username || url.password || url.search || (url.pathname !== '/' && url.pathname !== '')) return false;
    const local = localDirectLine();
    if (local && url.origin === new URL(local).origin) return true;
    return fromLoopback && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && !/^0*$/.test(url.port) && url.port !== '';
  };
}

/** The smallest activity the bot can work with; anything less is a 400 with the reason. */
const incomingActivity = z.looseObject({
  type: z.string({ message: 'type is required' }).min(1),
  channelId: z.string({ message: 'channelId is required' }).min(1),
  conversation: z.looseObject({ id: z.string({ message: 'conversation.id is required' }).min(1) }, { message: 'conversation is required' }),
  from: z.looseObject({ id: z.string({ message: 'from.id is required' }).min(1) }, { message: 'from is required' }),
  // Fields the turn reads; a wrong type here would otherwise fail deep inside the turn.
  id: z.string({ message: 'id must be text' }).nullish(),
  text: z.string({ message: 'text must be text' }).nullish(),
  recipient: z.looseObject({ id: z.string({ message: 'recipient.id must be text' }) }, { message: 'recipient must be an object' }).nullish(),
  membersAdded: z.array(z.looseObject({ id: z.string({ message: 'membersAdded[].id must be text' }) }), { message: 'membersAdded must be a list' }).nullish(),
});

export interface ServerDeps {
  adapter: BotAdapter;
  /** runs one turn (through the turn gate) */
  onTurn(context: TurnContext): Promise<void>;
  store: AppStore;
  logger: Logger;
  version: string;
  maxConcurrentTurns: number;
  /** counts the 503s of load shedding */
  telemetry?: Pick<Telemetry, 'count'>;
  /**
   * Set when authentication is off (development): whether the bot may post replies to this serviceUrl. Without it
   * any caller could make the bot post to an address of its choosing.
   */
  serviceUrlAllowed?(serviceUrl: string, fromLoopback: boolean): boolean;
  /** named readiness checks (store reachable in time, content loaded); /readyz is 200 when all are true */
  readiness(): Promise<Record<string, boolean>>;
  /** the PNG of a spider-web picture token, or undefined for an invalid token */
  renderWebImage(token: string): Promise<Buffer | undefined>;
}

/** The running HTTP side: routes can be added before `listen`; `close` finishes running turns first. */
export interface BotServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<string>;
  close(timeoutMs: number): Promise<void>;
}

/**
 * HTTP routes of the bot: `/api/messages` (through the turn gate, with load shedding), `/healthz`, `/readyz`, and
 * the spider-web pictures. Channel and staff routes are added by the caller on `server`.
 */
export function createServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'spinnenweb', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(readBody({ maxBytes: MAX_BODY_BYTES, accepts: bodyKindsFor }));
  // A 5xx never shows its internal message (it may quote data); it is logged by name only.
  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
    if ((err.statusCode ?? 500) >= 500) {
      deps.logger.error({ err: { name: err.name, stack: err.stack }, route: req.getRoute()?.path }, 'request failed');
      err.toJSON = () => ({ code: 'Internal', message: 'Something went wrong on our side. Please try again.' });
    }
    callback();
  });
  let running = 0;
  let closing = false;
  const idle: (() => void)[] = [];

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (closing || running >= deps.maxConcurrentTurns) {
      deps.telemetry?.count('busy');
      res.header('Retry-After', '2');
      res.send(503, { error: 'The bot is busy. Try again in a moment.' });
      return;
    }
    const parsed = incomingActivity.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: `Not a Bot Framework activity: ${parsed.error.issues[0]?.message ?? 'invalid body'}` });
      return;
    }
    const activity = parsed.data;
    if (deps.serviceUrlAllowed && activity['deliveryMode'] !== 'expectReplies') {
      const serviceUrl = typeof activity['serviceUrl'] === 'string' ? activity['serviceUrl'] : '';
      if (!deps.serviceUrlAllowed(serviceUrl, isLoopback(req))) {
        deps.logger.info('an activity with a serviceUrl outside this machine was refused (authentication is off)');
        res.send(403, { error: 'Without authentication, replies go only to the local Direct Line or an Emulator on this machine.' });
        return;
      }
    }
    running++;
    try {
      const invoke = await deps.adapter.processTurn(req.header('authorization') ?? '', activity as unknown as Activity, (context) => deps.onTurn(context));
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (error) {
      const status = error instanceof NotAuthenticatedError || (error as { statusCode?: number }).statusCode === 401 ? 401 : 500;
      // A stranger's bad token is routine, not our failure: one short line, no stack, so it cannot flood the log.
      if (status === 401) deps.logger.info({ err: { name: (error as Error).name } }, 'a request without a valid token was refused');
      else deps.logger.error({ err: { name: (error as Error).name, stack: (error as Error).stack } }, 'a turn could not be processed');
      res.send(status, { error: status === 401 ? 'Not authorised.' : 'Something went wrong on our side. Please try again.' });
    } finally {
      running--;
      if (running === 0) idle.splice(0).forEach((resolve) => resolve());
    }
  });

  // Liveness: the process answers. It touches nothing else, so a slow database never gets the process restarted.
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(closing ? 503 : 200, { status: closing ? 'stopping' : 'ok', version: deps.version, store: { engine: deps.store.engine } });
  });

  // Readiness: send traffic here only when the store answers in time and the content is loaded.
  server.get('/readyz', async (_req: Request, res: Response) => {
    const checks = await deps.readiness();
    const ready = !closing && Object.values(checks).every(Boolean);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
  });

  server.get('/web/:file', async (req: Request, res: Response) => {
    const token = /^([A-Za-z0-9_-]{16,2048})\.png$/.exec(String(req.params.file ?? ''))?.[1];
    const png = token ? await deps.renderWebImage(token) : undefined;
    if (!png) {
      res.send(404, { error: 'No such picture.' });
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'private, max-age=86400', 'X-Robots-Tag': 'noindex' });
    res.end(png);
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.url.replace('[::]', 'localhost').replace('0.0.0.0', 'localhost').replace('127.0.0.1', 'localhost')));
      }),
    async close(timeoutMs) {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      if (running > 0) {
        await Promise.race([new Promise<void>((resolve) => idle.push(resolve)), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      }
      server.server.closeAllConnections?.();
      await stopped;
    },
  };
}
