import { createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP listener that accepts connections and never answers: pointed to as the Azure AI Language endpoint,
 * it holds a turn open until the language timeout, and `connections` tells the test that a turn is running.
 */
export class BlackHole {
  connections = 0;
  private readonly sockets = new Set<Socket>();
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: Server, readonly port: number) {
    server.on('connection', (socket) => {
      this.connections += 1;
      this.sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => this.sockets.delete(socket));
      this.waiters.splice(0).forEach((resolve) => resolve());
    });
  }

  static async open(): Promise<BlackHole> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('could not read the port of the black hole');
    return new BlackHole(server, address.port);
  }

  /** Environment that makes the bot call "Azure" here and wait `timeoutMs` before its offline fallback. */
  env(timeoutMs: number): Record<string, string> {
    return {
      AZURE_LANGUAGE_ENDPOINT: `https://127.0.0.1:${this.port}/`,
      AZURE_LANGUAGE_KEY: 'not-a-real-key',
      AZURE_LANGUAGE_TIMEOUT_MS: String(timeoutMs),
    };
  }

  /** Resolves at the next connection (or at once if one arrived since `since`). */
  async nextConnection(since: number, deadlineMs = 10_000): Promise<void> {
    if (this.connections > since) return;
    const arrived = new Promise<void>((resolve) => this.waiters.push(resolve));
    const timer = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no call to the language endpoint within ${deadlineMs} ms`)), deadlineMs).unref(),
    );
    await Promise.race([arrived, timer]);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
