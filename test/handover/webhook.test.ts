import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { notifyWebhook } from '../../src/handover/webhook.js';

/** A loopback webhook receiver that answers with the given statuses in turn and keeps every body. */
async function receiver(statuses: number[]) {
  const bodies: unknown[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(raw));
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?token=geheim`;
  return { url, bodies, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function capturedLogger() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(chunk.toString()); done(); } });
  return { logger: createLogger('info', sink), lines };
}

describe('the new-request webhook', () => {
  it('posts the reference, organisation and inbox link, and nothing about the resident', async () => {
    const hook = await receiver([200]);
    try {
      // A careless caller passes more than it should; only the three fields may leave.
      const payload = { reference: 'K7P-42Q', organisation: 'Welzijn West', inboxUrl: 'https://bot.example.nl/staff', name: 'Ans', phone: '+31612345678', words: 'ik voel me alleen' };
      const delivered = await notifyWebhook(hook.url, payload, { logger: capturedLogger().logger });
      expect(delivered).to.equal(true);
      expect(hook.bodies).to.deep.equal([{ event: 'handover.created', reference: 'K7P-42Q', organisation: 'Welzijn West', inboxUrl: 'https://bot.example.nl/staff' }]);
    } finally {
      await hook.close();
    }
  });

  it('tries again after a failure, then gives up and logs without content', async () => {
    const hook = await receiver([500, 503, 502, 200]);
    const { logger, lines } = capturedLogger();
    try {
      const payload = { reference: 'K7P-42Q', organisation: 'Welzijn West', inboxUrl: 'https://bot.example.nl/staff' };
      expect(await notifyWebhook(hook.url, payload, { logger, attempts: 3, retryDelayMs: 1 })).to.equal(false);
      expect(hook.bodies).to.have.length(3);
      const log = lines.join('');
      expect(log).to.contain('gave up on the handover webhook');
      expect(log).to.not.contain('K7P-42Q').and.not.contain('geheim').and.not.contain('Welzijn West');
    } finally {
      await hook.close();
    }
  });

  it('survives an address where nobody listens', async () => {
    const { logger, lines } = capturedLogger();
    const payload = { reference: 'K7P-42Q', organisation: 'Welzijn West', inboxUrl: 'https://bot.example.nl/staff' };
    expect(await notifyWebhook('http://127.0.0.1:9/hook', payload, { logger, attempts: 2, retryDelayMs: 1 })).to.equal(false);
    expect(lines.join('')).to.contain('could not be reached');
  });
});
