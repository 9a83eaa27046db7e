import { createServer, type Server } from 'node:http';
import type { Activity } from 'botbuilder';

/** A loopback Bot Connector that collects what the bot posts into conversations; `failing` makes it refuse. */
export interface ConnectorStub {
  url: string;
  received: Partial<Activity>[];
  /** while true, every post is answered 400, as a channel does for a conversation it no longer knows */
  failing: boolean;
  close(): Promise<void>;
}

/** Starts a connector stub on a free loopback port. */
export async function connectorStub(): Promise<ConnectorStub> {
  const stub: ConnectorStub = { url: '', received: [], failing: false, close: async () => {} };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (stub.failing) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'unknown conversation' } }));
        return;
      }
      stub.received.push(JSON.parse(body) as Partial<Activity>);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'x' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  stub.url = `http://127.0.0.1:${address.port}`;
  stub.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return stub;
}
