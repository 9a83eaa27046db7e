import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isRecord } from '../choiceIds.js';

/** An activity as the local Direct Line keeps it: plain JSON with at least an id and a type. */
export type StoredActivity = Record<string, unknown> & { id: string; type: string };

/** One conversation between one browser and the bot. */
export interface Conversation {
  readonly id: string;
  readonly token: string;
  readonly userId: string;
  /** the address that opened it, for the per-client limit */
  readonly client: string;
  /** activities in order; `sequence` is the watermark of the last one */
  readonly activities: { sequence: number; readonly activity: StoredActivity; size: number }[];
  /** characters of JSON the kept activities take */
  size: number;
  sequence: number;
  /** part of every activity id, new after a restore, so ids from before and after a restart never clash */
  readonly epoch: string;
  /** opened again after a restart: its numbering continues from the first watermark the browser presents */
  rebase: boolean;
  lastTimestamp: number;
  lastUsed: number;
  /** turns to the bot run one after another, as they would for one person typing */
  queue: Promise<void>;
}

export interface ConversationStoreOptions {
  maxConversations: number;
  /** a conversation nobody used for this long is forgotten */
  idleMs: number;
  /** activities kept per conversation; older ones are dropped (the browser has already read them) */
  maxActivities: number;
  /** characters of JSON kept per conversation; older activities are dropped first */
  maxConversationChars: number;
  /** characters of JSON kept over all conversations; past it, no new activities from browsers are taken */
  maxTotalChars: number;
  /** open conversations one client address may have */
  maxPerClient: number;
  /** the token of a conversation for its resident (signed, see credentials.ts) */
  tokenFor(conversationId: string, userId: string): string;
}

/** Random text that is hard to guess, URL-safe. */
export function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * The conversations of the local Direct Line, in memory. Bounded: at most `maxConversations` at once and
 * `maxPerClient` per address, idle ones expire, each keeps at most `maxActivities` and `maxConversationChars`,
 * and all together at most about `maxTotalChars`. Holds no personal data beyond the chat itself,
 * which is gone when the conversation expires or the process stops.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private totalChars = 0;

  constructor(private readonly options: ConversationStoreOptions) {}

  /**
   * A new conversation for this resident from this client address; 'full' when the store is full even after
   * forgetting idle ones, 'client' when this address has its share of open conversations already.
   */
  create(now: number, userId: string, client: string): Conversation | 'full' | 'client' {
    return this.open(randomId(16), userId, now, false, client);
  }

  /**
   * A conversation the browser had before this process started (its token proved it), opened again under the same
   * id and resident; undefined when the store is full. The bot's state for it is in the database, so it goes on.
   */
  restore(id: string, userId: string, now: number, client: string): Conversation | undefined {
    const restored = this.get(id, now) ?? this.open(id, userId, now, true, client);
    return typeof restored === 'string' ? undefined : restored;
  }

  private open(id: string, userId: string, now: number, rebase: boolean, client: string): Conversation | 'full' | 'client' {
    this.expire(now);
    if (this.conversations.size >= this.options.maxConversations || this.totalChars >= this.options.maxTotalChars) return 'full';
    let mine = 0;
    for (const c of this.conversations.values()) if (c.client === client) mine += 1;
    if (mine >= this.options.maxPerClient) return 'client';
    const conversation: Conversation = {
      id,
      token: this.options.tokenFor(id, userId),
      userId,
      client,
      activities: [],
      size: 0,
      sequence: 0,
      epoch: randomId(3),
      rebase,
      lastTimestamp: 0,
      lastUsed: now,
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation with this id if it is still open; touching it keeps it open. */
  get(id: string, now: number): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (now - conversation.lastUsed > this.options.idleMs) {
      this.forget(conversation);
      return undefined;
    }
    conversation.lastUsed = now;
    return conversation;
  }

  /** The open conversation that owns this token (for token refresh), if any. */
  findByToken(token: string, now: number): Conversation | undefined {
    for (const conversation of this.conversations.values()) {
      if (tokenMatches(conversation, token)) return this.get(conversation.id, now);
    }
    return undefined;
  }

  /** How long until the oldest idle conversation expires and a place frees up (whole seconds, at least 1). */
  retryAfterSeconds(now: number): number {
    let oldest = now;
    for (const c of this.conversations.values()) oldest = Math.min(oldest, c.lastUsed);
    return Math.max(1, Math.ceil((oldest + this.options.idleMs - now) / 1000));
  }

  /** Adds an activity with the next id and a server timestamp that never goes backwards; returns it. */
  append(conversation: Conversation, activity: Record<string, unknown> & { type: string }, now: number): StoredActivity {
    conversation.sequence += 1;
    conversation.lastTimestamp = Math.max(now, conversation.lastTimestamp + 1);
    const stored: StoredActivity = {
      ...activity,
      id: `${conversation.id}|${conversation.epoch}${String(conversation.sequence).padStart(7, '0')}`,
      timestamp: new Date(conversation.lastTimestamp).toISOString(),
    };
    const size = JSON.stringify(stored).length;
    conversation.activities.push({ sequence: conversation.sequence, activity: stored, size });
    conversation.size += size;
    this.totalChars += size;
    while (conversation.activities.length > this.options.maxActivities || conversation.size > this.options.maxConversationChars) {
      const dropped = conversation.activities.shift();
      if (!dropped) break;
      conversation.size -= dropped.size;
      this.totalChars -= dropped.size;
    }
    return stored;
  }

  /** True when all conversations together hold as much as they may: new activities from browsers wait. */
  get full(): boolean {
    return this.totalChars >= this.options.maxTotalChars;
  }

  /**
   * Forgets the transcript up to the resident's last message (the bot's answer to it stays, so the page can show
   * that the data was erased): after "wis mijn gegevens" nothing of the chat before stays in memory.
   */
  dropTranscript(conversation: Conversation): void {
    let last = -1;
    conversation.activities.forEach((a, i) => {
      if (isRecord(a.activity.from) && a.activity.from.role === 'user') last = i;
    });
    for (const dropped of conversation.activities.splice(0, last + 1)) {
      conversation.size -= dropped.size;
      this.totalChars -= dropped.size;
    }
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: Conversation, watermark: number): { activities: StoredActivity[]; watermark: string } {
    if (conversation.rebase) {
      // The browser still counts from before the restart: number on from its watermark, so it sees what is new.
      conversation.rebase = false;
      for (const entry of conversation.activities) entry.sequence += watermark;
      conversation.sequence += watermark;
    }
    return {
      activities: conversation.activities.filter((a) => a.sequence > watermark).map((a) => a.activity),
      watermark: String(conversation.sequence),
    };
  }

  private expire(now: number): void {
    for (const c of this.conversations.values()) {
      if (now - c.lastUsed > this.options.idleMs) this.forget(c);
    }
  }

  private forget(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    this.totalChars -= conversation.size;
  }
}

/** Compares a presented token with the conversation's token in constant time. */
export function tokenMatches(conversation: Conversation, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(conversation.token);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
