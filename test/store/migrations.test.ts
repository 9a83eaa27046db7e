import { expect } from 'chai';
import { sql } from 'kysely';
import { DatabaseTooNewError } from '../../src/store/index.js';
import { forEachEngine } from './engines.js';

forEachEngine('schema migrations', (openFreshStore, target) => {
  it('creates every table on a fresh database', async () => {
    const store = await openFreshStore();
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    expect(tables).to.include.members([
      'bot_state', 'handover_request', 'handover_note',
      'staff_account', 'staff_session', 'audit_log', 'anonymous_count', 'insight_count',
    ]);
    // Handled activities live in each conversation's state since 0002.
    expect(tables).to.not.include('handled_activity');
  });

  it('numbers notes and audit entries by itself', async () => {
    const { db } = await openFreshStore();
    await db.insertInto('handover_note').values([
      { request_id: 'q1', staff_id: 's1', text: 'eerste', created_at: 1 },
      { request_id: 'q1', staff_id: 's1', text: 'tweede', created_at: 2 },
    ]).execute();
    await db.insertInto('audit_log').values({ staff_id: 's1', request_id: 'q1', action: 'claim', at: 3 }).execute();
    const ids = (await db.selectFrom('handover_note').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).to.have.length(2);
    expect(ids[0]).to.be.a('number').and.be.below(ids[1]!);
  });

  it('returns millisecond times as numbers', async () => {
    const { db } = await openFreshStore();
    const at = Date.UTC(2030, 0, 1);
    await db.insertInto('staff_session').values({ id: 'h', staff_id: 's1', csrf: 'c', expires_at: at }).execute();
    const row = await db.selectFrom('staff_session').select('expires_at').executeTakeFirstOrThrow();
    expect(row.expires_at).to.equal(at);
  });

  if (target.persistent) {
    it('opens an already migrated database again without changes, keeping its data', async () => {
      const applied = async (db: Awaited<ReturnType<typeof openFreshStore>>['db']) =>
        (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name);
      const first = await openFreshStore();
      await first.storage.write({ 'r/res-1/profile': { locale: 'nl' } });
      const before = await applied(first.db);
      await first.close();
      const second = await target.reopen();
      expect((await second.storage.read(['r/res-1/profile']))['r/res-1/profile']?.locale).to.equal('nl');
      expect(before).to.include('0001_initial');
      expect(await applied(second.db)).to.deep.equal(before);
    });

    it('refuses a database written by a newer version, with a message that says what to do', async () => {
      const store = await openFreshStore();
      await sql`insert into kysely_migration (name, timestamp) values (${'9999_from_the_future'}, ${new Date().toISOString()})`.execute(store.db);
      await store.close();
      const reopening = target.reopen();
      await reopening.then(
        () => expect.fail('a newer database must be refused'),
        (err: Error) => {
          expect(err).to.be.instanceOf(DatabaseTooNewError);
          expect(err.message).to.contain('9999_from_the_future').and.contain('newer version');
        },
      );
    });
  }

  it('reports itself healthy while open, and unhealthy once closed', async () => {
    const store = await openFreshStore();
    expect(await store.health()).to.deep.equal({ ok: true, engine: target.engine });
    await store.close();
    const after = await store.health();
    // Unhealthy says only that: no error text, which could name the host or port.
    expect(after).to.deep.equal({ ok: false, engine: target.engine });
  });

  if (target.engine === 'sqlite' && target.persistent) {
    it('writes the SQLite file in WAL mode with a busy timeout', async () => {
      const { db } = await openFreshStore();
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
      expect(mode.rows[0]?.journal_mode).to.equal('wal');
      expect(busy.rows[0]?.timeout).to.be.above(0);
    });
  }
});
