import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/ports.js';

/**
 * Helpers to test the real bot as an operator runs it: `node --import tsx src/index.ts` as a child process,
 * talked to over loopback HTTP with `deliveryMode: "expectReplies"`, so every reply comes back in the response.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_DEADLINE_MS = 30_000;
const EXIT_DEADLINE_MS = 20_000;

/** The secret every test server signs picture URLs with; the same on every instance, as in production. */
export const TEST_URL_SECRET = 'test-url-secret-test-url-secret-0123456789';

/** Only what node needs from the parent, so a developer's own .env values or shell variables cannot leak in. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot'];
  const env: Record<string, string> = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    URL_SECRET: TEST_URL_SECRET,
    HUISARTSENPOST_PHONE: '088-1234567',
    // Present but empty: dotenv never overrides a variable that exists, and '' reads as "not set".
    DATABASE_URL: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    AZURE_LANGUAGE_ENDPOINT: '',
    AZURE_LANGUAGE_KEY: '',
  };
}

/** Every bot process a test started and did not stop yet; `stopAllBots` ends them even after a failure. */
const running = new Set<BotProcess>();
/** Every bot process started since the last `stopAllBots`, for the report of a failed test. */
const started: BotProcess[] = [];

/** How a child process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A bot server running as a child process, with its output kept for error messages and assertions. */
export class BotProcess {
  private out = '';
  private err = '';
  readonly exited: Promise<Exit>;
  private exit: Exit | undefined;
  private signalled = false;

  private constructor(private readonly child: ChildProcess, readonly port: number) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.out += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.err += chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then((exit) => {
      this.exit = exit;
      running.delete(this);
    });
  }

  /**
   * Starts `src/index.ts` on a free port with the test environment plus `env`, and waits until /healthz
   * answers 200; with `{ built: true }` as `npm start` runs it: scripts/start.mjs, which builds dist/ when the
   * sources changed and runs the bundle. Fails with the process output when it exits or is not ready in time.
   */
  static async start(env: Record<string, string>, options: { built?: boolean } = {}): Promise<BotProcess> {
    const port = await freePort();
    const entry = options.built ? ['scripts/start.mjs'] : ['--import', 'tsx', 'src/index.ts'];
    const bot = new BotProcess(
      spawn(process.execPath, entry, {
        cwd: ROOT,
        env: { ...baseEnv(), HOST: '127.0.0.1', PORT: String(port), BOT_PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      port,
    );
    running.add(bot);
    started.push(bot);
    await bot.waitUntilReady();
    return bot;
  }

  /** The base URL of this instance, e.g. http://127.0.0.1:40123. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Everything the process wrote to stdout so far. */
  get stdout(): string {
    return this.out;
  }

  /** Everything the process wrote to stderr so far (warnings and pino lines at LOG_LEVEL=warn). */
  get stderr(): string {
    return this.err;
  }

  /** SIGTERM, as an orchestrator stops a container; resolves with how the process ended. */
  stop(): Promise<Exit> {
    return this.signal('SIGTERM');
  }

  /** SIGKILL: the process gets no chance to finish anything, as in a crash or an OOM kill. */
  kill(): Promise<Exit> {
    return this.signal('SIGKILL');
  }

  /** SIGKILL without waiting, for the exit handler where nothing asynchronous runs. */
  killNow(): void {
    this.signalled = true;
    this.child.kill('SIGKILL');
  }

  /** Sends a signal and waits for the exit; a process that hangs is killed and reported. */
  async signal(signal: NodeJS.Signals): Promise<Exit> {
    this.signalled = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), EXIT_DEADLINE_MS).unref());
    const result = await Promise.race([this.exited, timer]);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      await this.exited;
      throw new Error(`the bot did not exit within ${EXIT_DEADLINE_MS} ms after ${signal}\n${this.output()}`);
    }
    return result;
  }

  /** stdout and stderr, for a failure message. */
  output(): string {
    return `--- stdout ---\n${this.out}\n--- stderr ---\n${this.err}`;
  }

  /** Which process this is and whether (and how) it ended: an unexpected signal points outside the test. */
  describe(): string {
    const state = this.exit ? `exited (code ${this.exit.code}, signal ${this.exit.signal})` : 'running';
    return `bot pid ${this.child.pid} on port ${this.port}: ${state}${this.endedByItself ? ' WITHOUT being stopped by the test' : ''}`;
  }

  /** True when the process ended although the test never stopped it: a crash, or a signal from elsewhere. */
  get endedByItself(): boolean {
    return this.exit !== undefined && !this.signalled;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_DEADLINE_MS;
    while (Date.now() < deadline) {
      if (this.exit) throw new Error(`the bot exited during start-up (code ${this.exit.code}, signal ${this.exit.signal})\n${this.output()}`);
      // Refused connections are expected until the server listens: they count as "not ready yet".
      const status = await fetch(`${this.url}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.kill();
    throw new Error(`the bot was not ready within ${READY_DEADLINE_MS} ms\n${this.output()}`);
  }
}

/**
 * Kills every bot process still running; for `after`/`afterEach` hooks, so a failed test leaves nothing behind.
 * Pass the hook's `this` to print, when a test of the suite failed, how each bot ended and what it wrote.
 */
export async function stopAllBots(context?: Mocha.Context): Promise<void> {
  const suite = context?.currentTest?.parent ?? context?.test?.parent;
  const failed = context?.currentTest?.state === 'failed' || (suite?.tests.some((t) => t.state === 'failed') ?? false);
  if (failed || started.some((bot) => bot.endedByItself)) {
    for (const bot of started) process.stderr.write(`\n${bot.describe()}\n${bot.output()}\n`);
  }
  started.length = 0;
  await Promise.all([...running].map((bot) => bot.kill()));
}

// A last resort when mocha exits early (--exit): no orphaned servers.
process.once('exit', () => {
  for (const bot of running) bot.killNow();
});

/** A bot process that ran to its end, with what it wrote. */
export interface FinishedRun extends Exit {
  stdout: string;
  stderr: string;
}

/** Starts the bot with `env` and waits for it to exit by itself: for configurations it must refuse. */
export async function runUntilExit(env: Record<string, string>): Promise<FinishedRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...baseEnv(), HOST: '127.0.0.1', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_DEADLINE_MS);
  const exit = await exited;
  clearTimeout(timer);
  return { ...exit, stdout, stderr };
}

/** A Bot Framework activity as a test sends it. */
export type Activity = Record<string, unknown> & { id: string; type: string };

/** An activity the bot sent back (only the fields the tests read). */
export interface Reply {
  type?: string;
  text?: string;
  suggestedActions?: { actions?: { title?: string; value?: unknown }[] };
  attachments?: { contentType?: string; contentUrl?: string; name?: string }[];
}

/** The HTTP answer to one posted activity. */
export interface Posted {
  status: number;
  headers: Headers;
  /** the bot's replies; empty when there were none or the status was not 200 */
  activities: Reply[];
  /** the raw body, for error statuses */
  body: string;
}

/** Posts one activity to `/api/messages` with `deliveryMode: "expectReplies"` and returns the replies in the body. */
export async function post(baseUrl: string, activity: Activity): Promise<Posted> {
  return postRaw(baseUrl, JSON.stringify({ deliveryMode: 'expectReplies', ...activity }));
}

/** Posts any body, as a misbehaving client would. */
export async function postRaw(baseUrl: string, body: string, contentType = 'application/json'): Promise<Posted> {
  const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await response.text();
  let activities: Reply[] = [];
  if (response.status === 200 && text) {
    const parsed = JSON.parse(text) as { activities?: Reply[] };
    activities = parsed.activities ?? [];
  }
  return { status: response.status, headers: response.headers, activities, body: text };
}

/** The texts of a turn's replies, joined, for `include`/`match` assertions. */
export function textOf(activities: readonly Reply[]): string {
  return activities.map((a) => a.text ?? '').filter(Boolean).join('\n---\n');
}

/** The URL of the first image attachment in the replies, if any. */
export function pictureUrl(activities: readonly Reply[]): string | undefined {
  return activities.flatMap((a) => a.attachments ?? []).find((x) => x.contentType?.startsWith('image/'))?.contentUrl;
}

/**
 * One resident chatting through HTTP: keeps the user id, the conversation and fresh activity ids.
 * `server` decides where each turn goes, so turns can alternate between instances.
 */
export class Resident {
  readonly conversationId: string;
  /** the replies of the latest turn, with attachments and choices */
  last: Reply[] = [];
  private turn = 0;

  constructor(
    private readonly server: string | (() => string),
    readonly userId = `resident-${randomUUID()}`,
    readonly channelId = 'test',
    conversationId?: string,
  ) {
    this.conversationId = conversationId ?? `conversation-${randomUUID()}`;
  }

  /** The same resident in another conversation (a new chat window, a new day). */
  inNewConversation(server: string | (() => string) = this.server): Resident {
    return new Resident(server, this.userId, this.channelId);
  }

  /** The same resident and conversation, talking to another server (after a restart on a new port). */
  via(server: string | (() => string)): Resident {
    const again = new Resident(server, this.userId, this.channelId, this.conversationId);
    again.turn = this.turn;
    return again;
  }

  /** The user and bot join: what Web Chat sends when the chat opens. Returns the reply texts. */
  open(): Promise<string[]> {
    return this.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: this.userId }, { id: 'bot' }],
    });
  }

  /** Types a message. */
  say(text: string): Promise<string[]> {
    return this.send({ type: 'message', text });
  }

  /** Presses a button, as Web Chat's messageBack does: the id in `value.choice`. */
  pick(choice: string): Promise<string[]> {
    return this.send({ type: 'message', text: choice, value: { choice } });
  }

  /** A complete activity from this resident, with a fresh id unless one is given. */
  activity(fields: Record<string, unknown> & { type: string }, id = this.nextId()): Activity {
    return {
      id,
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:9/unused',
      conversation: { id: this.conversationId },
      from: { id: this.userId },
      recipient: { id: 'bot' },
      locale: 'nl-NL',
      timestamp: new Date().toISOString(),
      ...fields,
    };
  }

  /** Posts one activity to this resident's server; throws with the body on anything but 200. */
  async deliver(activity: Activity, server = this.target()): Promise<string[]> {
    const posted = await post(server, activity);
    if (posted.status !== 200) throw new Error(`POST /api/messages answered ${posted.status}: ${posted.body}`);
    this.last = posted.activities;
    return posted.activities.map((a) => a.text ?? '').filter(Boolean);
  }

  /** A new activity id, unique for this resident across servers and restarts. */
  nextId(): string {
    this.turn += 1;
    return `${this.conversationId}-${this.turn}`;
  }

  private send(fields: Record<string, unknown> & { type: string }): Promise<string[]> {
    return this.deliver(this.activity(fields));
  }

  private target(): string {
    return typeof this.server === 'string' ? this.server : this.server();
  }
}
