import { expect } from 'chai';
import pg from 'pg';
import { createTempDatabase, type TempDatabase } from '../support/postgres.js';
import { BotProcess, Resident, stopAllBots } from '../server/process.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/** Ends every other session on the bot's database, as a failover or an operator's pg_terminate_backend does. */
async function terminateBackends(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'select count(pg_terminate_backend(pid))::text as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

(adminUrl ? describe : describe.skip)('security: database faults (real server processes, PostgreSQL)', function () {
  this.timeout(120_000);
  let database: TempDatabase;

  before(async () => {
    database = await createTempDatabase(adminUrl!, 'harden_db');
  });

  after(async function () {
    await stopAllBots(this);
    await database?.drop();
  });

  it('two instances survive two rounds of pg_terminate_backend during turns, and every resident finishes', async function () {
    const bots = [await BotProcess.start({ DATABASE_URL: database.url }), await BotProcess.start({ DATABASE_URL: database.url })];
    const residents = Array.from({ length: 10 }, (_, i) => new Resident(bots[i % 2]!.url));
    const talk = async (resident: Resident) => {
      // A turn that meets a dead connection answers kindly; the resident simply sends again.
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          const replies = await resident.open();
          if (replies.length > 0) return true;
        } catch {
          // a 5xx while the pool replaces its connections; try again
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return false;
    };
    const running = Promise.all(residents.map(talk));
    expect(await terminateBackends(database.url)).to.be.above(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await terminateBackends(database.url);
    expect(await running).to.deep.equal(residents.map(() => true));
    for (const bot of bots) {
      expect(bot.endedByItself, bot.output()).to.equal(false);
      const health = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(1500) });
      expect(health.status).to.equal(200);
      const body = await health.text();
      expect(body).to.not.contain('127.0.0.1').and.not.contain('5432');
      const ready = await fetch(`${bot.url}/readyz`, { signal: AbortSignal.timeout(3000) });
      expect(await ready.text()).to.not.contain('127.0.0.1').and.not.contain('5432');
    }
    // After the faults every instance still serves a whole new turn.
    for (const bot of bots) expect((await new Resident(bot.url).open()).length).to.be.above(0);
  });
});
