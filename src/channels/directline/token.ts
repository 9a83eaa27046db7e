import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../log.js';
import { createDirectLineCredentials } from './credentials.js';
import { readJsonBody, sendError, sendJson } from './http.js';

/** The Direct Line hosts per region; the page must talk to the same host that issued its token. */
export const DIRECT_LINE_HOSTS = {
  global: 'https://directline.botframework.com',
  europe: 'https://europe.directline.botframework.com',
} as const;

export interface DirectLineTokenOptions {
  /** the Direct Line secret from the Azure portal; stays on the server */
  secret: string;
  region: keyof typeof DIRECT_LINE_HOSTS;
  /** the sites allowed to use a token, e.g. https://www.gemeente.nl */
  trustedOrigins: string[];
  logger: Logger;
  /** URL_SECRET: signs the resident ids the browser keeps, so only ids made here are accepted back */
  urlSecret?: string;
  fetch?: typeof fetch;
  /** replaces the Azure host, for a loopback stub in tests */
  baseUrl?: string;
}

const tokenResponse = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

const AZURE_TIMEOUT_MS = 10_000;

/** What the page may send: the resident id it kept from an earlier visit. */
const tokenRequest = z.object({ userId: z.string().max(100).optional() }).catch({});

/**
 * `POST /api/directline/token`: exchanges the Direct Line secret for a short-lived token for one new
 * conversation, bound to one anonymous resident id (`dl_<random><signature>`), and gives the page only that token
 * and the id. The page keeps the id and sends it back on a later visit (`{"userId": "dl_..."}`); an id this server
 * did not sign is ignored and a new one is made. Answers 502 with a calm reason when Azure does not give a token.
 */
export function registerDirectLineToken(server: Server, options: DirectLineTokenOptions): void {
  const doFetch = options.fetch ?? fetch;
  const url = `${(options.baseUrl ?? DIRECT_LINE_HOSTS[options.region]).replace(/\/+$/, '')}/v3/directline/tokens/generate`;

  const credentials = createDirectLineCredentials(options.urlSecret);

  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const body = await readJsonBody(req, 1024);
    const kept = body.ok ? tokenRequest.parse(body.value ?? {}).userId : undefined;
    const userId = credentials.isResidentId(kept) ? kept : credentials.newResidentId();
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId }, trustedOrigins: options.trustedOrigins }),
        signal: AbortSignal.timeout(AZURE_TIMEOUT_MS),
      });
      if (!response.ok) {
        await response.arrayBuffer();
        throw new Error(`Direct Line answered HTTP ${response.status}`);
      }
      const parsed = tokenResponse.safeParse(await response.json());
      if (!parsed.success) throw new Error('Direct Line answered without a token');
      const { token, conversationId, expires_in } = parsed.data;
      sendJson(res, 200, { token, conversationId, expires_in, userId });
    } catch (error) {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Direct Line token could not be made');
      sendError(res, 502, 'ServiceError', 'The chat cannot start right now. Please try again in a few minutes.');
    }
  });
}
