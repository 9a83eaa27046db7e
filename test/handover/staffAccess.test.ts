import { expect } from 'chai';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from '../store/engines.js';
import { addStaff, api, getPage, PASSWORD, postForm, seedRequest, signIn, startStaffServer, type StaffServer } from './helpers.js';

const MINUTE = 60_000;

forEachEngine('staff inbox: who gets in', (openFreshStore) => {
  let store: AppStore;
  let web: StaffServer;
  beforeEach(async () => {
    store = await openFreshStore();
    web = await startStaffServer(store.db);
  });
  afterEach(() => web.close());

  it('sends anonymous visitors of every page to the login page, and gives the API 401', async () => {
    const { id } = await seedRequest(store.db, 'A', web.clock.now);
    for (const path of ['/staff', `/staff/requests/${id}`, '/staff/audit']) {
      const res = await getPage(web.url, path);
      expect(res.status, path).to.equal(303);
      expect(res.headers.get('location'), path).to.equal('/staff/login');
    }
    for (const path of [`/staff/requests/${id}/claim`, `/staff/requests/${id}/notes`, `/staff/requests/${id}/close`, '/staff/logout']) {
      const res = await postForm(web.url, path, { _csrf: 'x', text: 'hoi', outcome: 'contacted' });
      expect(res.status, path).to.equal(303);
      expect(res.headers.get('location'), path).to.equal('/staff/login');
    }
    for (const path of ['/staff/api/requests', `/staff/api/requests/${id}`, '/staff/api/session', '/staff/api/audit']) {
      expect((await api(web.url, 'GET', path)).status, path).to.equal(401);
    }
    for (const path of [`/staff/api/requests/${id}/claim`, `/staff/api/requests/${id}/notes`, `/staff/api/requests/${id}/close`, '/staff/api/logout']) {
      expect((await api(web.url, 'POST', path, undefined, { text: 'hoi', outcome: 'contacted' }, 'x')).status, path).to.equal(401);
    }
    expect((await store.db.selectFrom('handover_request').select('status').executeTakeFirstOrThrow()).status).to.equal('open');
  });

  it('lets a welfare worker in with the right password, with a strict session cookie', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const page = await getPage(web.url, '/staff/login');
    expect(page.status).to.equal(200);
    expect(await page.text()).to.contain('<label for="password">');

    const res = await postForm(web.url, '/staff/login', { email: 'Sam@Welzijn.nl', password: PASSWORD });
    expect(res.status).to.equal(303);
    expect(res.headers.get('location')).to.equal('/staff');
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).to.match(/^sw_staff=[A-Za-z0-9_-]{40,};/);
    expect(cookie).to.contain('HttpOnly').and.contain('SameSite=Strict').and.contain('Path=/staff').and.contain('Max-Age=28800');
    expect(cookie).to.not.contain('Secure');

    const inbox = await getPage(web.url, '/staff', cookie.split(';')[0]);
    expect(inbox.status).to.equal(200);
    expect(await inbox.text()).to.contain('Ingelogd als sam@welzijn.nl');
    expect(web.slept).to.deep.equal([]);
  });

  it('marks the cookie Secure in production', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const production = await startStaffServer(store.db, { production: true });
    try {
      const res = await postForm(production.url, '/staff/login', { email: 'sam@welzijn.nl', password: PASSWORD });
      expect(res.headers.getSetCookie()[0]).to.contain('Secure').and.contain('HttpOnly').and.contain('SameSite=Strict');
    } finally {
      await production.close();
    }
  });

  it('slows down every wrong password and locks the account after five, even for the right password, until the lock ends', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    for (let i = 1; i <= 5; i++) {
      const res = await postForm(web.url, '/staff/login', { email: 'sam@welzijn.nl', password: `fout wachtwoord ${i}` });
      expect(res.status).to.equal(401);
      expect(await res.text()).to.contain('Inloggen lukt niet');
    }
    expect(web.slept).to.have.length(5);
    expect(web.slept.every((ms) => ms > 0)).to.equal(true);

    // The first lock is short, so a stranger who knows the address cannot keep a worker out for long.
    web.clock.now += 0.5 * MINUTE;
    const whileLocked = await postForm(web.url, '/staff/login', { email: 'sam@welzijn.nl', password: PASSWORD });
    expect(whileLocked.status).to.equal(401);
    expect(whileLocked.headers.getSetCookie()).to.deep.equal([]);
    expect(web.slept).to.have.length(6);

    web.clock.now += 1 * MINUTE;
    const afterLock = await postForm(web.url, '/staff/login', { email: 'sam@welzijn.nl', password: PASSWORD });
    expect(afterLock.status).to.equal(303);
    const actions = await store.db.selectFrom('audit_log').select('action').orderBy('id').execute();
    expect(actions.map((a) => a.action)).to.deep.equal([
      'login_failed', 'login_failed', 'login_failed', 'login_failed', 'login_failed', 'locked', 'login_refused', 'login',
    ]);
  });

  it('refuses an unknown e-mail address the same way as a wrong password', async () => {
    const res = await postForm(web.url, '/staff/login', { email: 'niemand@welzijn.nl', password: PASSWORD });
    expect(res.status).to.equal(401);
    expect(await res.text()).to.contain('Inloggen lukt niet');
    expect(web.slept).to.have.length(1);
  });

  it('refuses writes without the right CSRF token, on pages and in the API', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const { id } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    expect((await postForm(web.url, `/staff/requests/${id}/claim`, {}, sam.cookie)).status).to.equal(403);
    expect((await postForm(web.url, `/staff/requests/${id}/claim`, { _csrf: 'geraden' }, sam.cookie)).status).to.equal(403);
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, sam, {}, '')).status).to.equal(403);
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/close`, sam, { outcome: 'other' }, sam.csrf.slice(1))).status).to.equal(403);
    expect((await store.db.selectFrom('handover_request').select('status').executeTakeFirstOrThrow()).status).to.equal('open');
    expect(web.notified).to.deep.equal([]);

    const withToken = await postForm(web.url, `/staff/requests/${id}/claim`, { _csrf: sam.csrf }, sam.cookie);
    expect(withToken.status).to.equal(303);
  });

  it('refuses a form posted from another site, even with a valid token', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const { id } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const res = await fetch(`${web.url}/staff/requests/${id}/claim`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: sam.cookie, origin: 'https://evil.example' },
      body: new URLSearchParams({ _csrf: sam.csrf }).toString(),
    });
    expect(res.status).to.equal(403);
  });

  it('ends the session on logout', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const res = await postForm(web.url, '/staff/logout', { _csrf: sam.csrf }, sam.cookie);
    expect(res.status).to.equal(303);
    expect(res.headers.getSetCookie()[0]).to.contain('Max-Age=0');
    expect((await getPage(web.url, '/staff', sam.cookie)).status).to.equal(303);
    expect((await api(web.url, 'GET', '/staff/api/requests', sam)).status).to.equal(401);
  });

  it('ends a session after STAFF_SESSION_HOURS', async () => {
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    web.clock.now += 8 * 3600 * 1000 + 1;
    expect((await api(web.url, 'GET', '/staff/api/requests', sam)).status).to.equal(401);
  });

  it('shows staff of one organisation nothing of another organisation\'s request', async () => {
    await addStaff(store.db, 'sam@welzijn-a.nl', 'A');
    const other = await seedRequest(store.db, 'B', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn-a.nl');

    expect((await getPage(web.url, `/staff/requests/${other.id}`, sam.cookie)).status).to.equal(404);
    expect((await postForm(web.url, `/staff/requests/${other.id}/claim`, { _csrf: sam.csrf }, sam.cookie)).status).to.equal(404);
    expect((await postForm(web.url, `/staff/requests/${other.id}/close`, { _csrf: sam.csrf, outcome: 'other' }, sam.cookie)).status).to.equal(404);
    expect((await postForm(web.url, `/staff/requests/${other.id}/notes`, { _csrf: sam.csrf, text: 'hoi' }, sam.cookie)).status).to.equal(404);
    expect((await api(web.url, 'GET', `/staff/api/requests/${other.id}`, sam)).status).to.equal(404);
    expect((await api(web.url, 'POST', `/staff/api/requests/${other.id}/claim`, sam, {})).status).to.equal(404);
    expect((await api(web.url, 'POST', `/staff/api/requests/${other.id}/close`, sam, { outcome: 'other' })).status).to.equal(404);
    expect((await api(web.url, 'GET', '/staff/api/requests', sam)).status).to.equal(200);
    expect(await (await api(web.url, 'GET', '/staff/api/requests', sam)).json()).to.deep.equal({ requests: [] });
    expect(await (await getPage(web.url, '/staff', sam.cookie)).text()).to.not.contain(other.reference);

    const row = await store.db.selectFrom('handover_request').select(['status', 'claimed_by']).executeTakeFirstOrThrow();
    expect(row).to.deep.equal({ status: 'open', claimed_by: null });
    expect(await store.db.selectFrom('handover_note').select('id').execute()).to.have.length(0);
    expect(web.notified).to.deep.equal([]);
  });

  it('sets protective headers on every staff page', async () => {
    for (const res of [await getPage(web.url, '/staff/login'), await getPage(web.url, '/staff'), await api(web.url, 'GET', '/staff/api/requests')]) {
      expect(res.headers.get('content-security-policy')).to.contain("default-src 'none'").and.not.contain('script-src');
      expect(res.headers.get('x-frame-options')).to.equal('DENY');
      expect(res.headers.get('referrer-policy'), 'same-origin: forms keep a real Origin header').to.equal('same-origin');
      expect(res.headers.get('cache-control')).to.equal('no-store');
    }
  });
});
