import { expect } from 'chai';
import pg from 'pg';
import { profileKey, residentKey } from '../../src/store/keys.js';
import { createTempDatabase, type TempDatabase } from '../support/postgres.js';
import { BotProcess, post, Resident, stopAllBots, textOf, type Posted } from './process.js';

/** Admin URL of a PostgreSQL server; the test creates its own database there and drops it afterwards. */
const adminUrl = process.env.TEST_DATABASE_URL;

/** The answers of a resident's check-in as the bot stored them in PostgreSQL. */
async function storedCheckIn(databaseUrl: string, resident: Resident): Promise<{ answers: Record<string, number | 'skipped'>; position: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const key = profileKey(residentKey(resident.channelId, resident.userId));
    const { rows } = await client.query<{ data: string }>('select data from bot_state where key = $1', [key]);
    expect(rows, `no profile stored under ${key}`).to.have.length(1);
    const stored = JSON.parse(rows[0]!.data) as { profile: { checkIn: { answers: Record<string, number | 'skipped'>; position: number } } };
    return stored.profile.checkIn;
  } finally {
    await client.end();
  }
}

/** "Vraag 4 van 6" → 4, or undefined when the turn asked no numbered question. */
function questionNumber(posted: Posted): number | undefined {
  const match = /Vraag (\d) van 6/.exec(textOf(posted.activities));
  return match ? Number(match[1]) : undefined;
}

if (!adminUrl) {
  describe('scale-out: two server processes on one PostgreSQL database', function () {
    it.skip('was skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run it');
  });
} else {
  describe('scale-out: two server processes on one PostgreSQL database', function () {
    this.timeout(90_000);
    let database: TempDatabase;
    let databaseUrl: string;
    let a: BotProcess;
    let b: BotProcess;

    before(async function () {
      database = await createTempDatabase(adminUrl, 'spinnenweb_scale');
      databaseUrl = database.url;
      // Both start at once, as two containers of one deployment do: the migrations must not trip over each other.
      [a, b] = await Promise.all([BotProcess.start({ DATABASE_URL: databaseUrl }), BotProcess.start({ DATABASE_URL: databaseUrl })]);
      const health = (await (await fetch(`${b.url}/healthz`)).json()) as { store: { engine: string } };
      expect(health.store.engine).to.equal('postgres');
    });

    after(async function () {
      await stopAllBots(this);
      await database?.drop();
    });

    it('keeps one check-in when every turn goes to the other instance', async function () {
      let turn = 0;
      const resident = new Resident(() => (turn++ % 2 === 0 ? a.url : b.url));
      expect((await resident.open()).join('\n')).to.include('geen mens');
      expect((await resident.pick('start')).join('\n')).to.include('Vraag 1 van 6');
      expect((await resident.pick('score:3')).join('\n')).to.include('Vraag 2 van 6');
      expect((await resident.say('acht')).join('\n')).to.include('Vraag 3 van 6');
      expect((await resident.pick('score:6')).join('\n')).to.include('Vraag 4 van 6');
      expect((await resident.say('5')).join('\n')).to.include('Vraag 5 van 6');
      expect((await resident.pick('score:9')).join('\n')).to.include('Vraag 6 van 6');
      const summary = (await resident.pick('score:2')).join('\n');
      expect(summary).to.include(
        'Je lichaam: 3 van 10. Dagelijks leven: 8 van 10. Meedoen: 6 van 10. Genieten: 5 van 10. Hoe je je voelt: 9 van 10. Zin in het leven: 2 van 10.',
      );
    });

    it('handles a burst of one repeated and several different messages on both instances once each, in turn', async function () {
      let turn = 0;
      const resident = new Resident(() => (turn++ % 2 === 0 ? a.url : b.url));
      await resident.open();
      await resident.pick('start');
      await resident.pick('score:7');
      expect((await resident.pick('score:6')).join('\n')).to.include('Vraag 3 van 6');

      const repeated = resident.activity({ type: 'message', text: '4', value: { choice: 'score:4' } });
      const burst = await Promise.all([
        post(a.url, repeated),
        post(b.url, repeated),
        post(a.url, resident.activity({ type: 'message', text: '8' })),
        post(b.url, resident.activity({ type: 'message', text: '9', value: { choice: 'score:9' } })),
        post(a.url, resident.activity({ type: 'message', text: 'vijf' })),
      ]);

      expect(burst.map((r) => r.status), burst.map((r) => r.body).join('\n')).to.deep.equal([200, 200, 200, 200, 200]);
      const [first, second, ...others] = burst;
      // Both deliveries of the repeated id get the replies of its one turn (a channel repeats when it lost them).
      expect(textOf(second!.activities), 'both deliveries of the repeated id get the same replies').to.equal(textOf(first!.activities));
      // One turn at a time: each later question is asked once, and one turn ends with the summary.
      const answered = [first!, ...others].filter((r) => r.activities.length > 0);
      expect(answered.map(questionNumber).filter((n) => n !== undefined).sort()).to.deep.equal([4, 5, 6]);
      expect(answered.filter((r) => textOf(r.activities).includes('Dit gaat goed bij jou:'))).to.have.length(1);

      const checkIn = await storedCheckIn(databaseUrl, resident);
      expect(checkIn.position).to.equal(6);
      expect(checkIn.answers.body).to.equal(7);
      expect(checkIn.answers.daily).to.equal(6);
      const later = ['participation', 'quality', 'mind', 'meaning'].map((q) => checkIn.answers[q]);
      expect([...later].sort()).to.deep.equal([4, 5, 8, 9]);
    });
  });
}
