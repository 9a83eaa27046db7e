import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/ports.js';

/**
 * Runs the real bot (`node --import tsx src/index.ts`) as a child process for the browser tests, with its own
 * SQLite file in a temp dir, and runs the staff CLI against the same database.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_DEADLINE_MS = 60_000;
const STOP_DEADLINE_MS = 15_000;

/** The environment of both the bot and the CLI: only what node needs, so a developer's .env cannot leak in. */
function environment(port: number, sqlitePath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: sqlitePath,
    LOG_LEVEL: 'warn',
    URL_SECRET: 'browser-test-secret-browser-test-secret-42',
    HUISARTSENPOST_PHONE: '088-1234567',
    LOCAL_DIRECT_LINE: 'true',
    BOT_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Present but empty: dotenv never overrides a variable that exists, and '' reads as "not set".
    DATABASE_URL: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    AZURE_LANGUAGE_ENDPOINT: '',
    AZURE_LANGUAGE_KEY: '',
    HANDOVER_WEBHOOK_URL: '',
  };
}

/** The result of one CLI run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bot as a child process on loopback; `url` is where a browser finds it. */
export class BotServer {
  private output = '';
  private exited: Promise<void>;

  private constructor(
    private child: ChildProcess,
    private readonly dir: string,
    private readonly env: Record<string, string>,
    /** e.g. http://127.0.0.1:43121 */
    readonly url: string,
  ) {
    const keep = (chunk: string) => (this.output = (this.output + chunk).slice(-20_000));
    child.stdout?.setEncoding('utf8').on('data', keep);
    child.stderr?.setEncoding('utf8').on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /**
   * Starts the bot on a free port with a fresh database and waits until it says it is ready and GET /healthz
   * answers 200. Tries another port when the chosen one was taken in the meantime by another process.
   */
  static async start(): Promise<BotServer> {
    const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-browser-'));
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const env = environment(port, join(dir, 'db.sqlite'));
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const server = new BotServer(child, dir, env, `http://127.0.0.1:${port}`);
      try {
        await server.waitUntilReady();
        return server;
      } catch (error) {
        lastError = error;
        await server.halt();
        if (!server.output.includes('EADDRINUSE')) break;
      }
    }
    rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  // Our own "ready" line first: a /healthz answer alone could come from another process on a reused port.
  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_DEADLINE_MS;
    let gone = false;
    void this.exited.then(() => (gone = true));
    while (Date.now() < deadline) {
      if (gone) throw new Error(`the bot exited before it was ready:\n${this.output}`);
      if (this.output.includes('spinnenweb is ready')) {
        const healthy = await fetch(`${this.url}/healthz`).then((res) => res.status === 200, () => false);
        if (healthy) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the bot was not ready within ${READY_DEADLINE_MS} ms:\n${this.output}`);
  }

  /** The SQLite file the bot uses, for a test that puts data in beside it (WAL mode allows both). */
  get sqlitePath(): string {
    return this.env.SQLITE_PATH ?? '';
  }

  /** What the bot wrote to stdout and stderr (the last 20,000 characters), for failure messages. */
  log(): string {
    return this.output;
  }

  /** Runs the staff CLI (`src/handover/cli.ts`) against the same database, with `stdin` piped in. */
  async cli(args: string[], stdin = ''): Promise<CliResult> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/handover/cli.ts', ...args], { cwd: ROOT, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end(stdin);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    return { code, stdout, stderr };
  }

  /** Creates a staff or admin account with the CLI; fails with the CLI's own words when it refuses. */
  async addAccount(email: string, password: string, role: 'staff' | 'admin' | 'insight'): Promise<void> {
    const result = await this.cli(['add', email, '--role', role], `${password}\n`);
    if (result.code !== 0) throw new Error(`the staff CLI could not add ${email} (exit ${result.code}):\n${result.stderr}${result.stdout}`);
  }

  /**
   * Stops the bot and starts it again on the same port with the same database, as a deploy does: what the bot
   * kept in memory (the local Direct Line's conversations) is gone, what it stored is not.
   */
  async restart(): Promise<void> {
    await this.halt();
    this.output = '';
    this.child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: string) => (this.output = (this.output + chunk).slice(-20_000));
    this.child.stdout?.setEncoding('utf8').on('data', keep);
    this.child.stderr?.setEncoding('utf8').on('data', keep);
    const child = this.child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    await this.waitUntilReady();
  }

  /** Stops the bot (SIGTERM, then SIGKILL after a deadline) and removes its temp dir. */
  async stop(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async halt(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_DEADLINE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
