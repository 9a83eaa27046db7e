import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { residentOfKey } from './keys.js';
import { precompile, type Precompiled } from './precompiled.js';
import type { BotStateTable, Database } from './schema.js';

/** Keys per statement, well under the bound-parameter limits of SQLite and PostgreSQL. */
const KEYS_PER_QUERY = 500;

/** Items per multi-row upsert (5 parameters each); larger writes go item by item in a transaction. */
const ROWS_PER_UPSERT = 100;

/** Thrown when an item was changed by someone else since it was read. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
}

/**
 * botbuilder Storage over table `bot_state`, with the eTag rules of botbuilder's own storages:
 * an item without eTag, or with `*`, overwrites; an item with an eTag only replaces the version it was read
 * as, otherwise the write rejects and nothing of that call is stored. Nothing is cached in the process.
 * The read and the overwrite of a turn are compiled once per number of keys.
 */
export class SqlStorage implements Storage {
  private readonly selects = new Map<number, Precompiled<string, { key: string; etag: string; data: string }>>();
  private readonly upserts = new Map<number, Precompiled<string, unknown>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Items for the keys that exist; unknown keys are simply absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const row of await this.rows(keys)) {
      const item = parseStoredItem(row.data);
      item.eTag = row.etag;
      items[row.key] = item;
    }
    return items;
  }

  /** The stored JSON (without eTag) of the keys that exist, for a caller that parses and compares it itself. */
  async readJson(keys: string[]): Promise<Map<string, string>> {
    return new Map((await this.rows(keys)).map((row) => [row.key, row.data]));
  }

  /** Overwrites (as eTag `*`) each key with the given JSON of a plain object, in one statement (at most 100 keys). */
  async overwriteJson(items: ReadonlyMap<string, string>): Promise<void> {
    if (items.size === 0) return;
    if (items.size > ROWS_PER_UPSERT) throw new RangeError(`overwriteJson writes at most ${ROWS_PER_UPSERT} items at once, got ${items.size}`);
    const now = this.clock();
    await this.upsert([...items].map(([key, data]) => rowOfJson(key, data, now)));
  }

  /**
   * Writes all items at once: either every item is stored, or (on an eTag conflict) none. Items that overwrite
   * (eTag `*` or none, as BotState saves) go in one multi-row upsert, which is atomic on its own; items with
   * an eTag are checked one by one inside a transaction.
   */
  async write(changes: StoreItems): Promise<void> {
    const entries = changes ? Object.entries(changes) : [];
    if (entries.length === 0) return;
    const now = this.clock();
    if (entries.length <= ROWS_PER_UPSERT && entries.every(([, item]) => overwrites(item))) {
      await this.upsert(entries.map(([key, item]) => rowOf(key, item, now)));
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      for (const [key, item] of entries) await writeItem(trx, key, item, now);
    });
  }

  private async rows(keys: string[]): Promise<{ key: string; etag: string; data: string }[]> {
    if (!keys || keys.length === 0) return [];
    const found = [];
    for (const chunk of chunks([...new Set(keys)])) {
      const { rows } = await this.selectFor(chunk.length)(Object.fromEntries(chunk.map((key, i) => [`k${i}`, key])));
      found.push(...rows);
    }
    return found;
  }

  /** One atomic multi-row upsert that overwrites whatever is stored under the rows' keys. */
  private async upsert(rows: BotStateRow[]): Promise<void> {
    const values: Record<string, unknown> = {};
    rows.forEach((row, i) => {
      values[`key${i}`] = row.key;
      values[`resident${i}`] = row.resident;
      values[`etag${i}`] = row.etag;
      values[`data${i}`] = row.data;
      values[`updated_at${i}`] = row.updated_at;
    });
    await this.upsertFor(rows.length)(values);
  }

  /** `select ... where key in (k0, k1, ...)` for `count` keys. */
  private selectFor(count: number) {
    let query = this.selects.get(count);
    if (!query) {
      const names = Array.from({ length: count }, (_, i) => `k${i}`);
      query = precompile(this.db, names, (slot) => this.db.selectFrom('bot_state').select(['key', 'etag', 'data']).where('key', 'in', names.map((n) => slot[n]!)));
      this.selects.set(count, query);
    }
    return query;
  }

  /** One multi-row upsert of `count` rows that overwrites whatever is stored (eTag `*`). */
  private upsertFor(count: number) {
    let query = this.upserts.get(count);
    if (!query) {
      const columns = ['key', 'resident', 'etag', 'data', 'updated_at'] as const;
      const names = Array.from({ length: count }, (_, i) => columns.map((c) => `${c}${i}`)).flat();
      query = precompile(this.db, names, (slot) =>
        this.db
          .insertInto('bot_state')
          .values(Array.from({ length: count }, (_, i) => Object.fromEntries(columns.map((c) => [c, slot[`${c}${i}`]!])) as Record<(typeof columns)[number], never>))
          // A key always belongs to the same resident: leaving `resident` out spares SQLite its index on every write.
          .onConflict((oc) =>
            oc.column('key').doUpdateSet((eb) => ({
              etag: eb.ref('excluded.etag'),
              data: eb.ref('excluded.data'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          ),
      );
      this.upserts.set(count, query);
    }
    return query;
  }

  /** Removes the keys; keys that do not exist are fine. */
  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    for (const chunk of chunks([...new Set(keys)])) {
      await this.db.deleteFrom('bot_state').where('key', 'in', chunk).execute();
    }
  }
}

/** True when an item replaces whatever is stored: no eTag, an empty one, or `*`. */
function overwrites(item: StoreItem): boolean {
  const eTag: unknown = item?.eTag;
  return typeof eTag !== 'string' || eTag === '' || eTag === '*';
}

type BotStateRow = Selectable<BotStateTable>;

/** The bot_state row for an item, with a fresh eTag; refuses anything but a plain object. */
function rowOf(key: string, item: StoreItem, now: number): BotStateRow {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError('Storage.write expects an object for every key');
  }
  const { eTag: _eTag, ...rest } = item;
  return rowOfJson(key, JSON.stringify(rest), now);
}

/** The bot_state row for an item's JSON, with a fresh eTag and the resident its key belongs to. */
function rowOfJson(key: string, data: string, now: number): BotStateRow {
  return { key, resident: residentOfKey(key), etag: randomUUID(), data, updated_at: now };
}

async function writeItem(trx: Transaction<Database>, key: string, item: StoreItem, now: number): Promise<void> {
  const row = rowOf(key, item, now);
  const changed = { resident: row.resident, etag: row.etag, data: row.data, updated_at: now };
  const eTag = item.eTag;
  if (overwrites(item) || typeof eTag !== 'string') {
    await trx.insertInto('bot_state').values(row).onConflict((oc) => oc.column('key').doUpdateSet(changed)).execute();
    return;
  }
  const updated = await trx.updateTable('bot_state').set(changed).where('key', '=', key).where('etag', '=', eTag).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return;
  // Like botbuilder's MemoryStorage: an item that no longer exists is created again.
  const inserted = await trx.insertInto('bot_state').values(row).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return;
  throw new ETagConflictError('Storage: eTag conflict, the item was changed by another turn since it was read.');
}

/** A stored item (without eTag) from its JSON; refuses anything that is not an object, as no row of ours is. */
export function parseStoredItem(data: string): StoreItem {
  const value: unknown = JSON.parse(data);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('bot_state holds a value that is not an object; the row was not written by this storage');
  }
  return value as StoreItem;
}

function* chunks<T>(list: T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += KEYS_PER_QUERY) yield list.slice(i, i + KEYS_PER_QUERY);
}
