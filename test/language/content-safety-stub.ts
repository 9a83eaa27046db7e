import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stub saw it. */
export interface ContentSafetyRequest {
  method: string;
  url: string;
  key: string | undefined;
  body: { text?: string; categories?: string[]; outputType?: string };
}

/** How the stub answers the next request: a status and JSON body, optionally after a delay. */
export interface ContentSafetyAnswer {
  status: number;
  body: unknown;
  delayMs?: number;
}

/**
 * A loopback stand-in for Azure AI Content Safety that speaks its wire format
 * (POST {endpoint}/contentsafety/text:analyze?api-version=2023-10-01).
 */
export interface ContentSafetyStub {
  endpoint: string;
  requests: ContentSafetyRequest[];
  answer: (request: ContentSafetyRequest) => ContentSafetyAnswer;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A successful text:analyze answer with the given severities, in the order the categories were asked. */
export function severities(selfHarm: number, violence: number): unknown {
  return {
    blocklistsMatch: [],
    categoriesAnalysis: [
      { category: 'SelfHarm', severity: selfHarm },
      { category: 'Violence', severity: violence },
    ],
  };
}

/** An error answer as the service sends it, for example ('TooManyRequests', 'Rate limit is exceeded.'). */
export function serviceError(code: string, message: string): unknown {
  return { error: { code, message, details: [] } };
}

export async function startContentSafetyStub(): Promise<ContentSafetyStub> {
  const stub: ContentSafetyStub = {
    endpoint: '',
    requests: [],
    answer: () => ({ status: 200, body: severities(0, 0) }),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const request: ContentSafetyRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        key: req.headers['ocp-apim-subscription-key'] as string | undefined,
        body: JSON.parse(await readBody(req)) as ContentSafetyRequest['body'],
      };
      stub.requests.push(request);
      const answer = stub.answer(request);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const code = (answer.body as { error?: { code?: unknown } }).error?.code;
      if (typeof code === 'string') headers['x-ms-error-code'] = code;
      res.writeHead(answer.status, headers);
      res.end(JSON.stringify(answer.body));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stub.endpoint = `http://127.0.0.1:${port}`;
  stub.close = () =>
    new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return stub;
}
