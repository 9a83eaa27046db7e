import { expect } from 'chai';
import { lockDuration, login, MAX_LOCK_MS } from '../../src/handover/auth.js';
import { ADDRESS_MAX_ATTEMPTS } from '../../src/handover/brake.js';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from '../store/engines.js';
import { addStaff, PASSWORD, startStaffServer, type StaffServer } from '../handover/helpers.js';

async function apiLogin(base: string, email: string, password: string, from = '203.0.113.7'): Promise<Response> {
  return fetch(`${base}/staff/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  });
}

forEachEngine('security: staff lockout under concurrency', (openFreshStore) => {
  let store: AppStore;
  let web: StaffServer;
  beforeEach(async () => {
    store = await openFreshStore();
    // Production reads the address from X-Forwarded-For, so every request here can come from its own address.
    web = await startStaffServer(store.db, { production: true });
  });
  afterEach(() => web.close());

  it('counts 15 parallel wrong passwords, so the right one right after does not log in', async function () {
    this.timeout(120_000);
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const guesses = await Promise.all(Array.from({ length: 15 }, (_, i) => apiLogin(web.url, 'sam@welzijn.nl', `fout ${i}`, `198.51.100.${i}`)));
    expect(guesses.every((r) => r.status === 401)).to.equal(true);
    const right = await apiLogin(web.url, 'sam@welzijn.nl', PASSWORD, '192.0.2.1');
    expect(right.status).to.equal(401);
    expect(right.headers.getSetCookie()).to.deep.equal([]);
    expect(await store.db.selectFrom('staff_session').selectAll().execute()).to.deep.equal([]);
    const actions = (await store.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    expect(actions.filter((a) => a === 'login_failed')).to.have.length(5);
    expect(actions.filter((a) => a === 'locked')).to.have.length(1);
    expect(actions.filter((a) => a === 'login_refused').length).to.equal(11);
  });

  it('gives 429 with Retry-After to parallel logins from one address once past its limit, on every instance', async function () {
    this.timeout(120_000);
    const other = await startStaffServer(store.db, { production: true });
    try {
      const answers = await Promise.all(
        Array.from({ length: ADDRESS_MAX_ATTEMPTS + 10 }, (_, i) => apiLogin(i % 2 ? web.url : other.url, `niemand${i}@welzijn.nl`, 'fout', '203.0.113.9')),
      );
      const limited = answers.filter((r) => r.status === 429);
      expect(limited).to.have.length(10);
      expect(limited.every((r) => Number(r.headers.get('retry-after')) > 0)).to.equal(true);
      // Another address is not held back by this one.
      expect((await apiLogin(web.url, 'niemand@welzijn.nl', 'fout', '203.0.113.10')).status).to.equal(401);
    } finally {
      await other.close();
    }
  });
});

forEachEngine('security: a lock is short and grows', (openFreshStore) => {
  it('lasts a minute at first, doubles per lock in a row, and never more than a quarter of an hour', () => {
    expect(lockDuration(1)).to.equal(60_000);
    expect(lockDuration(2)).to.equal(120_000);
    expect(lockDuration(10)).to.equal(MAX_LOCK_MS);
    void openFreshStore;
  });

  it('answers unknown, locked and known accounts with the same work (one password hash each)', async function () {
    this.timeout(60_000);
    const store = await openFreshStore();
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const now = Date.now();
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      await login(store.db, { email, password: 'fout wachtwoord' }, now, 8);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 5; i++) await time('sam@welzijn.nl'); // now locked
    const locked: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      locked.push(await time('sam@welzijn.nl'));
      unknown.push(await time('niemand@welzijn.nl'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    // Before, a locked account skipped the hash and answered in a few ms; now both pay for one scrypt.
    expect(median(locked)).to.be.above(median(unknown) / 3);
    expect(median(unknown)).to.be.above(median(locked) / 3);
  });
});
