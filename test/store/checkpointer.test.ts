import { expect } from 'chai';
import { sql } from 'kysely';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/index.js';

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('SQLite write-ahead log, folded back in the background', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-checkpoint-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('moves written state into the database file while the bot keeps running, so the log stays small', async () => {
    const path = join(dir, 'bot.db');
    const store = await openStore({ sqlitePath: path, poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
    try {
      // The bot's own connection leaves checkpoints to the background thread, so no turn waits for one.
      const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db);
      expect(rows[0]?.wal_autocheckpoint).to.be.at.least(10_000);
      const before = sizeOf(path);
      // About 1 MB of state, a few thousand log pages: far below what makes the bot's own connection checkpoint.
      const data = 'x'.repeat(2000);
      for (let i = 0; i < 500; i++) await store.storage.write({ [`r/resident-${i % 50}/c/${i}`]: { data, eTag: '*' } });
      const folded = await waitFor(() => sizeOf(path) > before + 1024 * 1024, 5000);
      expect(folded, `database file ${sizeOf(path)} bytes, log ${sizeOf(`${path}-wal`)} bytes`).to.equal(true);
      expect((await store.storage.read(['r/resident-7/c/457']))['r/resident-7/c/457']?.data).to.equal(data);
    } finally {
      await store.close();
    }
    // Closed cleanly: a new process finds every row in the file.
    const reopened = await openStore({ sqlitePath: path, poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
    try {
      expect(Object.keys(await reopened.storage.read(['r/resident-0/c/0', 'r/resident-49/c/499']))).to.have.length(2);
    } finally {
      await reopened.close();
    }
  });
});
