import { BotState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import { parseStoredItem } from './storage.js';
import type { JsonStorage } from './types.js';

/** A state object as read this turn, with its serialised form at read (or last save) time. */
interface Cached {
  state: StoreItem;
  /** JSON of the state without eTag as last read or saved; '' forces a write */
  snapshot: string;
  /** the storage key it was read under, so a turn works out its keys once */
  key?: string;
}

function isJsonStorage(storage: Storage): storage is JsonStorage {
  const candidate = storage as Partial<JsonStorage>;
  return typeof candidate.readJson === 'function' && typeof candidate.overwriteJson === 'function';
}

/** What is compared to see whether a turn changed a state: exactly what the storage would store. */
function snapshotOf(state: StoreItem): string {
  if (!('eTag' in state)) return JSON.stringify(state);
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/**
 * One BotState of a {@link StatePair}. It behaves like botbuilder's BotState (property accessors, eTag `*` on save,
 * change detection, clear, delete), but loads and saves through its pair, so a turn reads both states in one query
 * and writes both in one storage call.
 */
export class PairedState extends BotState {
  private readonly slot = Symbol('paired state');

  constructor(
    private readonly pair: StatePair,
    private readonly storageRef: Storage,
    /** the storage key of this state for a turn */
    readonly keyOf: (context: TurnContext) => string,
  ) {
    super(storageRef, async (context) => keyOf(context));
  }

  /** @internal the state of this turn as loaded, if it was */
  cached(context: TurnContext): Cached | undefined {
    return context.turnState.get(this.slot) as Cached | undefined;
  }

  /** @internal */
  remember(context: TurnContext, cached: Cached): void {
    context.turnState.set(this.slot, cached);
  }

  /** Loads this state (and its partner, when not loaded yet) in one read; `force` re-reads this state only. */
  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    if (force) await this.pair.load(context, [this]);
    else if (!this.cached(context)) await this.pair.load(context);
    return this.cached(context)!.state;
  }

  /** Saves this state alone when it changed; the bot saves both at once with {@link StatePair.saveChanges}. */
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    await this.pair.saveChanges(context, force, [this]);
  }

  /** @internal drops this turn's copy without touching storage */
  forget(context: TurnContext): void {
    context.turnState.delete(this.slot);
  }

  override async clear(context: TurnContext): Promise<void> {
    this.remember(context, { state: {}, snapshot: '' });
  }

  override async delete(context: TurnContext): Promise<void> {
    this.forget(context);
    await this.storageRef.delete([this.keyOf(context)]);
  }

  override get(context: TurnContext): StoreItem | undefined {
    const cached = this.cached(context);
    return typeof cached?.state === 'object' ? cached.state : undefined;
  }
}

/**
 * Two pieces of turn state that are always used together (the resident's profile and the conversation's dialog
 * stack): one read per turn instead of two, and one write (one transaction, or one statement) instead of two.
 */
export class StatePair {
  readonly first: PairedState;
  readonly second: PairedState;

  /** Set when the storage exchanges JSON: what was read is the snapshot as is, and a write sends the snapshot. */
  private readonly json?: JsonStorage;

  constructor(
    private readonly storage: Storage,
    firstKey: (context: TurnContext) => string,
    secondKey: (context: TurnContext) => string,
  ) {
    this.first = new PairedState(this, storage, firstKey);
    this.second = new PairedState(this, storage, secondKey);
    if (isJsonStorage(storage)) this.json = storage;
  }

  /** Reads the given states (default: those of the pair not loaded yet this turn) in one storage read. */
  async load(context: TurnContext, states?: PairedState[]): Promise<void> {
    const wanted = states ?? [this.first, this.second].filter((s) => !s.cached(context));
    if (wanted.length === 0) return;
    const keys = wanted.map((s) => s.keyOf(context));
    if (this.json) {
      const stored = await this.json.readJson(keys);
      wanted.forEach((s, i) => {
        const key = keys[i]!;
        const data = stored.get(key);
        s.remember(context, data === undefined ? { state: {}, snapshot: '{}', key } : { state: parseStoredItem(data), snapshot: data, key });
      });
      return;
    }
    const items = await this.storage.read(keys);
    wanted.forEach((s, i) => {
      const state = items[keys[i]!] ?? {};
      s.remember(context, { state, snapshot: snapshotOf(state), key: keys[i] });
    });
  }

  /** Writes every state of the pair that changed this turn (all with `force`), with eTag `*`, in one storage write. */
  async saveChanges(context: TurnContext, force = false, states: PairedState[] = [this.first, this.second]): Promise<void> {
    const saved: { state: PairedState; cached: Cached; key: string; snapshot: string }[] = [];
    for (const s of states) {
      const cached = s.cached(context) ?? (force ? { state: {}, snapshot: '' } : undefined);
      if (!cached) continue;
      const snapshot = snapshotOf(cached.state);
      if (!force && snapshot === cached.snapshot) continue;
      saved.push({ state: s, cached, key: cached.key ?? s.keyOf(context), snapshot });
    }
    if (saved.length === 0) return;
    if (this.json) {
      await this.json.overwriteJson(new Map(saved.map((x) => [x.key, x.snapshot])));
    } else {
      for (const x of saved) x.cached.state.eTag = '*';
      await this.storage.write(Object.fromEntries(saved.map((x) => [x.key, x.cached.state])));
    }
    for (const x of saved) {
      x.cached.snapshot = x.snapshot;
      x.state.remember(context, x.cached);
    }
  }

  /** Deletes both states from storage (one call) and forgets them for this turn. */
  async delete(context: TurnContext): Promise<void> {
    const keys = [this.first, this.second].map((s) => s.keyOf(context));
    for (const s of [this.first, this.second]) s.forget(context);
    await this.storage.delete(keys);
  }
}
