import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log.js';
import { FORGET_BROWSER_EVENT } from '../presenter.js';
import { botActivitySchema, clientActivitySchema, conversationStartSchema, firstIssue } from './activities.js';
import { ConversationStore, randomId, tokenMatches, type Conversation, type StoredActivity } from './conversations.js';
import { createDirectLineCredentials } from './credentials.js';
import { bearerToken, isLoopback, readJsonBody, sendError, sendJson } from './http.js';

/** Options of the local Direct Line. A string or a function, so a server on port 0 can answer after it listens. */
export interface LocalDirectLineOptions {
  /** the bot's own /api/messages, over loopback */
  botEndpoint: string | (() => string);
  /** this server's own base URL as the bot should reach it (the bot posts replies to `{serviceUrl}/v3/conversations/...`) */
  serviceUrl: string | (() => string);
  maxConversations: number;
  logger: Logger;
  /** URL_SECRET: signs resident ids and tokens, so a browser keeps its resident and conversation across restarts */
  secret?: string;
  /** minutes nobody polled or wrote before a conversation is forgotten (default 5; Web Chat polls every second) */
  idleMinutes?: number;
  /** open conversations one client address may have (default 20) */
  maxPerClient?: number;
  /** characters of JSON kept per conversation (default 256,000) and over all conversations (default 32,000,000) */
  maxConversationChars?: number;
  maxTotalChars?: number;
  /** the largest body accepted, in bytes (default 64 kB) */
  maxBodyBytes?: number;
  /** how the bot is called in activities (default 'bot') */
  botId?: string;
  /** the clock; tests pass their own */
  now?: () => number;
}

const DEFAULT_IDLE_MINUTES = 5;
const DEFAULT_PER_CLIENT = 20;
const DEFAULT_CONVERSATION_CHARS = 256_000;
const DEFAULT_TOTAL_CHARS = 32_000_000;
const DEFAULT_MAX_BODY = 64 * 1024;
const MAX_ACTIVITIES = 500;
const BOT_TIMEOUT_MS = 30_000;
const PREFIX = '/v3/directline';

/**
 * A Direct Line 3.0 compatible polling endpoint inside the bot, so Web Chat works locally without Azure
 * (`createDirectLine({ domain: <origin>/v3/directline, webSocket: false })`). It also serves the
 * Bot Connector reply routes the bot's CloudAdapter posts to when `serviceUrl` points here.
 *
 * Only for LOCAL_DIRECT_LINE with authentication off: it sends the bot unsigned requests, and accepts
 * bot replies only over loopback. Needs no body parser, but works with restify's bodyParser
 * (`mapParams: false`) and queryParser when the server uses them.
 */
export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): void {
  const now = options.now ?? Date.now;
  const idleMs = (options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const bot = { id: options.botId ?? 'bot', name: options.botId ?? 'bot', role: 'bot' };
  const credentials = createDirectLineCredentials(options.secret);
  const store = new ConversationStore({
    maxConversations: options.maxConversations,
    idleMs,
    maxActivities: MAX_ACTIVITIES,
    tokenFor: credentials.tokenFor,
    maxPerClient: options.maxPerClient ?? DEFAULT_PER_CLIENT,
    maxConversationChars: options.maxConversationChars ?? DEFAULT_CONVERSATION_CHARS,
    maxTotalChars: options.maxTotalChars ?? DEFAULT_TOTAL_CHARS,
  });
  const resolve = (value: string | (() => string)) => (typeof value === 'function' ? value() : value);
  const log = options.logger;

  const describe = (c: Conversation) => ({ conversationId: c.id, token: c.token, expires_in: Math.floor(idleMs / 1000), userId: c.userId });

  /** The open conversation with this id, or the one a genuine token names (opened again after a restart). */
  const find = (req: Request, id: string, token: string | undefined): Conversation | undefined => {
    const open = store.get(id, now());
    if (open) return open;
    const proven = credentials.readToken(token);
    return proven?.conversationId === id ? store.restore(id, proven.residentId, now(), req.socket.remoteAddress ?? '') : undefined;
  };

  /** Sends one activity to the bot, after the previous turn of this conversation finished. */
  const toBot = (conversation: Conversation, activity: Record<string, unknown>): Promise<void> => {
    const run = conversation.queue.then(async () => {
      const response = await fetch(resolve(options.botEndpoint), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(BOT_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
    });
    conversation.queue = run.catch(() => undefined);
    return run;
  };

  const envelope = (conversation: Conversation) => ({
    channelId: 'directline',
    serviceUrl: resolve(options.serviceUrl),
    conversation: { id: conversation.id },
    from: { id: conversation.userId, role: 'user' },
    recipient: bot,
  });

  /** The conversation named in the URL, if the request may use it; otherwise answers 404 or 403 itself. */
  const authorised = (req: Request, res: Response): Conversation | undefined => {
    const conversation = find(req, String(req.params.conversationId ?? ''), bearerToken(req));
    if (!conversation) {
      sendError(res, 404, 'NotFound', 'This conversation does not exist or has expired. Start a new one.');
      return undefined;
    }
    if (!tokenMatches(conversation, bearerToken(req))) {
      sendError(res, 403, 'TokenInvalid', 'This token does not belong to this conversation.');
      return undefined;
    }
    return conversation;
  };

  server.post(`${PREFIX}/conversations`, async (req: Request, res: Response) => {
    // Our chat page may say, when it opens the conversation, which language and campaign to greet with.
    const body = await readJsonBody(req, maxBody);
    if (!body.ok) {
      sendError(res, body.status, body.code, body.message);
      return;
    }
    const opening = conversationStartSchema.safeParse(body.value ?? {});
    if (!opening.success) {
      sendError(res, 400, 'BadArgument', `The conversation start is not valid: ${firstIssue(opening.error)}`);
      return;
    }
    // The browser's own resident id when this server signed it; otherwise a new one, which the page then keeps.
    const userId = credentials.isResidentId(opening.data.userId) ? opening.data.userId : credentials.newResidentId();
    const conversation = store.create(now(), userId, req.socket.remoteAddress ?? '');
    if (conversation === 'client') {
      sendError(res, 429, 'Overloaded', 'This client has too many open conversations. Close one or try again later.', {
        'Retry-After': String(Math.ceil(idleMs / 1000)),
      });
      return;
    }
    if (conversation === 'full') {
      sendError(res, 503, 'Overloaded', 'Too many open conversations. Try again shortly.', {
        'Retry-After': String(store.retryAfterSeconds(now())),
      });
      return;
    }
    // Both members at once, so the bot's welcome fires before the resident types.
    const update = {
      ...envelope(conversation),
      type: 'conversationUpdate',
      id: randomId(12),
      timestamp: new Date(now()).toISOString(),
      membersAdded: [bot, { id: conversation.userId, role: 'user' }],
      ...(opening.data.locale && { locale: opening.data.locale }),
      ...(opening.data.campaign && { channelData: { campaign: opening.data.campaign } }),
    };
    try {
      await toBot(conversation, update);
    } catch (error) {
      // The conversation still works; the resident can type and the bot answers once it is back.
      log.warn({ err: errorText(error) }, 'local Direct Line: the bot did not take the conversationUpdate');
    }
    sendJson(res, 201, describe(conversation));
  });

  server.get(`${PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (conversation) sendJson(res, 200, describe(conversation));
  });

  server.post(`${PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    const token = bearerToken(req);
    const proven = credentials.readToken(token);
    const conversation = token === undefined ? undefined : (store.findByToken(token, now()) ?? (proven && store.restore(proven.conversationId, proven.residentId, now(), req.socket.remoteAddress ?? '')));
    if (!conversation) {
      sendError(res, 403, 'TokenInvalid', 'This token is unknown or has expired.');
      return;
    }
    sendJson(res, 200, describe(conversation));
  });

  server.get(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    const raw = new URL(req.url ?? '', 'http://local').searchParams.get('watermark') ?? '';
    if (raw !== '' && !/^\d{1,12}$/.test(raw)) {
      sendError(res, 400, 'BadArgument', 'The watermark must be a whole number from an earlier answer.');
      return;
    }
    sendJson(res, 200, store.since(conversation, raw === '' ? 0 : Number(raw)));
  });

  server.post(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res);
    if (!conversation) return;
    const body = await readJsonBody(req, maxBody);
    if (!body.ok) {
      sendError(res, body.status, body.code, body.message);
      return;
    }
    const parsed = clientActivitySchema.safeParse(body.value);
    if (!parsed.success) {
      sendError(res, 400, 'BadArgument', body.value === undefined ? 'Expected an activity as JSON.' : firstIssue(parsed.error));
      return;
    }
    if (store.full) {
      sendError(res, 503, 'Overloaded', 'The chat holds too much at the moment. Try again shortly.', { 'Retry-After': '60' });
      return;
    }
    // Stored first: the browser sees its own message (the echo) before the bot's answer.
    const stored = store.append(conversation, { ...parsed.data, ...envelope(conversation) }, now());
    try {
      await toBot(conversation, stored);
    } catch (error) {
      log.warn({ err: errorText(error) }, 'local Direct Line: the bot did not take an activity');
      sendError(res, 502, 'BotError', 'The bot could not be reached. Try again shortly.');
      return;
    }
    sendJson(res, 200, { id: stored.id });
  });

  const fromBot = async (req: Request, res: Response) => {
    if (!isLoopback(req)) {
      sendError(res, 403, 'TokenInvalid', 'Replies are only accepted from the bot on this machine.');
      return;
    }
    const conversation = store.get(String(req.params.conversationId ?? ''), now());
    if (!conversation) {
      sendError(res, 404, 'NotFound', 'This conversation does not exist or has expired.');
      return;
    }
    const body = await readJsonBody(req, maxBody);
    if (!body.ok) {
      sendError(res, body.status, body.code, body.message);
      return;
    }
    const parsed = botActivitySchema.safeParse(body.value);
    if (!parsed.success) {
      sendError(res, 400, 'BadArgument', firstIssue(parsed.error));
      return;
    }
    // After "wis mijn gegevens" the chat before it is dropped; the event itself still reaches the page.
    if (parsed.data.type === 'event' && parsed.data.name === FORGET_BROWSER_EVENT) store.dropTranscript(conversation);
    const stored: StoredActivity = store.append(
      conversation,
      { from: bot, ...parsed.data, channelId: 'directline', conversation: { id: conversation.id } },
      now(),
    );
    sendJson(res, 200, { id: stored.id });
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
