import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { openStore, type AppStore } from '../../src/store/index.js';
import { profileKey } from '../../src/store/keys.js';

/** Which of `needles` still appear in any file of `dir`, read as raw bytes. */
function foundIn(dir: string, needles: string[]): string[] {
  const bytes = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
  return needles.filter((needle) => bytes.some((b) => b.includes(Buffer.from(needle))));
}

describe('security: erase means gone from the SQLite files', function () {
  this.timeout(20_000);
  let dir: string;
  let store: AppStore | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spinnenweb-erase-'));
  });

  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves none of the resident\'s strings in the database folder, while open and after a clean stop', async () => {
    store = await openStore({ sqlitePath: join(dir, 'bot.db'), poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
    const name = 'Zwaantje Qwertyuiop';
    const phone = '0687654321';
    const answer = 'ik-mis-mijn-hond-Boefje-xyz';
    await store.storage.write({ [profileKey('ans')]: { note: answer, scores: { body: 7 } } });
    await store.db.insertInto('handover_request').values({
      id: 'req-1', reference: 'K7P-42Q', resident: 'ans', organisation: 'welzijn', status: 'open',
      details: JSON.stringify({ name, contact: { kind: 'phone', phone } }), conversation_ref: '{}', channel_id: 'webchat',
      created_at: Date.now(), claimed_at: null, claimed_by: null, closed_at: null, outcome: null,
    }).execute();
    // A second write of the same row leaves an older copy of the page behind, as a real conversation does.
    await store.storage.write({ [profileKey('ans')]: { note: answer, scores: { body: 8 } } });
    // Someone else's data stays, so the test would notice a wiped file.
    await store.storage.write({ [profileKey('bert')]: { note: 'bert-blijft-hier' } });
    expect(foundIn(dir, [name, phone, answer])).to.not.deep.equal([]);

    expect(await store.eraseResident('ans')).to.be.above(0);
    expect(foundIn(dir, [name, phone, answer])).to.deep.equal([]);

    await store.close();
    store = undefined;
    expect(foundIn(dir, [name, phone, answer])).to.deep.equal([]);
    expect(foundIn(dir, ['bert-blijft-hier'])).to.deep.equal(['bert-blijft-hier']);
  });
});
