import { randomBytes, randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../src/store/index.js';
import { createLogger } from '../src/log.js';
import { conversationKey, profileKey } from '../src/store/keys.js';

/** The JSON of a real profile row and a real conversation row, used as the shape of seeded rows. */
export interface RowTemplates {
  profile: string;
  conversation: string;
}

/** Takes the largest profile and the largest conversation row a load run left behind: realistic sizes, on the heavy side. */
export function readTemplates(sqlitePath: string): RowTemplates {
  const db = new BetterSqlite3(sqlitePath, { readonly: true });
  try {
    const pick = (like: string) =>
      (db.prepare("select data from bot_state where key like ? order by length(data) desc limit 1").get(like) as { data: string } | undefined)?.data;
    const profile = pick('r/%/profile');
    const conversation = pick('r/%/c/%');
    if (!profile || !conversation) throw new Error(`no bot_state rows in ${sqlitePath} to copy; run the load first`);
    return { profile, conversation };
  } finally {
    db.close();
  }
}

/**
 * Creates the schema in a new SQLite file (through the store, so migrations are the real ones) and stores
 * `residents` residents, each with a profile and one conversation, updated within the retention period.
 * Returns the number of bytes of JSON written.
 */
export async function seedSqlite(sqlitePath: string, residents: number, templates: RowTemplates): Promise<{ rows: number; jsonBytes: number }> {
  const store = await openStore({ sqlitePath, poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
  await store.close();
  const db = new BetterSqlite3(sqlitePath);
  try {
    const insert = db.prepare('insert into bot_state (key, resident, etag, data, updated_at) values (?, ?, ?, ?, ?)');
    const now = Date.now();
    let jsonBytes = 0;
    const all = db.transaction(() => {
      for (let i = 0; i < residents; i++) {
        const resident = randomBytes(24).toString('base64url').slice(0, 32);
        const updated = now - Math.floor(((i % 1000) / 1000) * 20 * 24 * 3600 * 1000);
        insert.run(profileKey(resident), resident, randomUUID(), templates.profile, updated);
        insert.run(conversationKey(resident, 'directline', `seed-${i}`), resident, randomUUID(), templates.conversation, updated);
        jsonBytes += templates.profile.length + templates.conversation.length;
      }
    });
    all();
    return { rows: residents * 2, jsonBytes };
  } finally {
    db.close();
  }
}
