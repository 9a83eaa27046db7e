import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Kysely, Transaction } from 'kysely';
import { residentOfKey } from './keys.js';
import type { Database } from './schema.js';

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
 */
export class SqlStorage implements Storage {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Items for the keys that exist; unknown keys are simply absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (!keys || keys.length === 0) return items;
    for (const chunk of chunks([...new Set(keys)])) {
      const rows = await this.db.selectFrom('bot_state').select(['key', 'etag', 'data']).where('key', 'in', chunk).execute();
      for (const row of rows) items[row.key] = { ...parseItem(row.data), eTag: row.etag };
    }
    return items;
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
      const rows = entries.map(([key, item]) => rowOf(key, item, now));
      await this.db
        .insertInto('bot_state')
        .values(rows)
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            resident: eb.ref('excluded.resident'),
            etag: eb.ref('excluded.etag'),
            data: eb.ref('excluded.data'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      for (const [key, item] of entries) await writeItem(trx, key, item, now);
    });
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

/** The bot_state row for an item, with a fresh eTag; refuses anything but a plain object. */
function rowOf(key: string, item: StoreItem, now: number) {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError('Storage.write expects an object for every key');
  }
  const { eTag: _eTag, ...rest } = item;
  return { key, resident: residentOfKey(key), etag: randomUUID(), data: JSON.stringify(rest), updated_at: now };
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

function parseItem(data: string): StoreItem {
  const value: unknown = JSON.parse(data);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('bot_state holds a value that is not an object; the row was not written by this storage');
  }
  return value as StoreItem;
}

function* chunks<T>(list: T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += KEYS_PER_QUERY) yield list.slice(i, i + KEYS_PER_QUERY);
}
