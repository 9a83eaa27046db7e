import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { buildParts, loadContent, type Parts } from '../../src/app.js';
import type { Prompts } from '../../src/content/prompts.js';
import { LOCALES } from '../../src/health/dimensions.js';
import type { AppStore } from '../../src/store/types.js';

/** The environment every conversation test starts from: embedded store in memory, offline language. */
export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    SQLITE_PATH: ':memory:',
    LOG_LEVEL: 'silent',
    URL_SECRET: 'test-secret-test-secret-test-secret-1234',
    HUISARTSENPOST_PHONE: '088-1234567',
    HANDOVER_WALK_IN: 'dinsdag 10:00-12:00 in Huis van de Buurt De Linde',
    // The test channel stands for a chat page: a worker's message can reach it later.
    HANDOVER_CHAT_CHANNELS: 'webchat,directline,facebook,emulator,test',
    ...extra,
  });
}

/** The real prompts, noting the key of every sentence the bot looks up, so tests can check what was said by key. */
class KeyedPrompts implements Prompts {
  readonly used: string[] = [];
  constructor(private readonly inner: Prompts) {}
  t(...args: Parameters<Prompts['t']>): string {
    this.used.push(args[1]);
    return this.inner.t(...args);
  }
  has(...args: Parameters<Prompts['has']>): boolean {
    return this.inner.has(...args);
  }
  keys(...args: Parameters<Prompts['keys']>): string[] {
    return this.inner.keys(...args);
  }
}

const keyedPrompts = new WeakMap<Parts, KeyedPrompts>();

/** What the bot said in answer to one resident turn. */
export class Said {
  constructor(
    readonly activities: Partial<Activity>[],
    /** the prompt keys of every sentence and button of this turn */
    readonly keys: readonly string[] = [],
  ) {}

  /** Every text of this turn, joined, to match with chai's `match`/`include`. */
  get text(): string {
    return this.activities.map((a) => [a.text, ...(a.attachments ?? []).map((x) => JSON.stringify(x.content ?? x.name ?? ''))].filter(Boolean).join('\n')).join('\n---\n');
  }

  /** Titles of the choices offered last in this turn. */
  get choices(): string[] {
    return this.lastChoices().map((c) => c.title);
  }

  lastChoices(): { id: string; title: string }[] {
    for (const activity of [...this.activities].reverse()) {
      const actions = activity.suggestedActions?.actions ?? [];
      if (actions.length > 0) {
        return actions.map((a) => ({ id: String((a.value as { choice?: string } | undefined)?.choice ?? a.value), title: a.title ?? '' }));
      }
    }
    return [];
  }

  /** The prompt key of the check-in question asked in this turn, if one was. */
  get question(): string | undefined {
    return this.keys.find((key) => /^questions\..+\.ask$/.test(key));
  }

  get pictures(): { url: string; alt: string }[] {
    return this.activities.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === 'image/png').map((x) => ({ url: x.contentUrl ?? '', alt: x.name ?? '' })));
  }
}

/**
 * A resident chatting with the real bot (real dialogs, prompts, store, offline language) through
 * botbuilder's TestAdapter. Several Chats can share one set of Parts, as several visits to one server.
 */
export class Chat {
  private readonly adapter: TestAdapter;
  private said = new Said([]);
  private latestQuestion?: string;
  /** The check-in question asked last before the latest turn: "(same question)" and "(next question)" compare with it. */
  questionBefore?: string;
  private lastSent?: Partial<Activity>;
  private nextId = 1;

  constructor(readonly parts: Parts, readonly user = 'resident-1', conversation = `conv-${user}-${Math.random().toString(36).slice(2)}`, readonly channelId = 'test') {
    this.adapter = new TestAdapter(TestAdapter.createConversation(conversation, user));
    this.adapter.conversation.channelId = channelId;
  }

  /** What the bot said in answer to the resident's last turn. */
  get last(): Said {
    return this.said;
  }

  /** Opens the chat the way Web Chat does: both members join. */
  open(): Promise<Said> {
    return this.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: this.user, name: this.user }, { id: 'bot', name: 'bot' }] });
  }

  /** The resident types a message. */
  say(text: string): Promise<Said> {
    return this.send({ type: ActivityTypes.Message, text });
  }

  /** The resident presses the button with this title (or id) among the choices offered last. */
  pick(titleOrId: string): Promise<Said> {
    const choice = this.said.lastChoices().find((c) => c.title === titleOrId || c.id === titleOrId);
    if (!choice) throw new Error(`No choice "${titleOrId}" was offered. Offered: ${this.said.choices.join(' | ')}`);
    return this.send({ type: ActivityTypes.Message, text: choice.title, value: { choice: choice.id } });
  }

  /** Sends any activity (Facebook-shaped ones, events); fills in the conversation fields. */
  async send(activity: Partial<Activity>): Promise<Said> {
    return this.deliver(this.complete(activity), 1);
  }

  /** The channel delivers the resident's last activity again, with the same id (as channels do after a timeout). */
  resend(): Promise<Said> {
    if (!this.lastSent) throw new Error('Nothing was sent yet to deliver again');
    return this.send(this.lastSent);
  }

  /** The channel delivers one message twice at the same moment; returns what the bot said to both together. */
  sayTwiceAtOnce(text: string): Promise<Said> {
    return this.deliver(this.complete({ type: ActivityTypes.Message, text }), 2);
  }

  private complete(activity: Partial<Activity>): Partial<Activity> {
    const ref = this.adapter.conversation;
    return {
      id: `a${this.nextId++}`,
      channelId: this.channelId,
      from: ref.user,
      recipient: ref.bot,
      conversation: ref.conversation,
      serviceUrl: ref.serviceUrl,
      timestamp: new Date(),
      ...activity,
    };
  }

  private async deliver(activity: Partial<Activity>, times: number): Promise<Said> {
    this.lastSent = activity;
    const used = keyedPrompts.get(this.parts)?.used;
    used?.splice(0);
    await Promise.all(Array.from({ length: times }, () => this.adapter.processActivity({ ...activity }, (context) => this.parts.handle(context))));
    this.said = new Said(this.adapter.activeQueue.splice(0), [...(used ?? [])]);
    this.questionBefore = this.latestQuestion;
    this.latestQuestion = this.said.question ?? this.latestQuestion;
    return this.said;
  }

  /**
   * Answers the check-in question by question, whatever the question set holds: `scoreOf` gives the score for a
   * question's dimension. Stops when no question is waiting any more, or when the question for `until` is asked.
   */
  async answerEvery(scoreOf: (dimension: string) => number, until?: string): Promise<Said> {
    const { questions } = this.parts.content.questions;
    for (let asked = 0; asked <= questions.length * 2; asked++) {
      const id = this.said.keys.map((key) => /^questions\.(.+)\.ask$/.exec(key)?.[1]).find((found) => found !== undefined);
      const question = questions.find((q) => q.id === id);
      if (!question || question.dimension === until) return this.said;
      await this.pick(`score:${scoreOf(question.dimension)}`);
    }
    throw new Error('The check-in kept asking: more questions than the set holds');
  }

  /** The title a prompt key gives a button, in whichever language the bot speaks to this resident. */
  titleOf(key: string): string {
    const titles = LOCALES.map((locale) => this.parts.content.prompts.t(locale, key));
    const offered = this.said.choices.find((title) => titles.includes(title));
    if (offered === undefined) throw new Error(`No button for "${key}" was offered. Offered: ${this.said.choices.join(' | ')}`);
    return offered;
  }
}

/** Builds the whole bot around a fresh in-memory store (or the given one). Close it in `after`. */
export async function startParts(extra: Record<string, string> = {}, store?: AppStore, logger = createLogger('silent')): Promise<Parts> {
  const config = testConfig(extra);
  const content = loadContent();
  const prompts = new KeyedPrompts(content.prompts);
  const parts = await buildParts(config, logger, { store, content: { ...content, prompts } });
  keyedPrompts.set(parts, prompts);
  return parts;
}
