import { expect } from 'chai';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from '../store/engines.js';
import { addStaff, api, getPage, postForm, seedRequest, signIn, startStaffServer, type StaffServer } from './helpers.js';

const DAY = 24 * 3600 * 1000;

forEachEngine('staff inbox: the work', (openFreshStore) => {
  let store: AppStore;
  let web: StaffServer;
  beforeEach(async () => {
    store = await openFreshStore();
    web = await startStaffServer(store.db);
    await addStaff(store.db, 'sam@welzijn.nl', 'A');
    await addStaff(store.db, 'beheer@welzijn.nl', 'A', 'admin');
  });
  afterEach(() => web.close());

  it('lists the organisation\'s requests oldest first with how long each waits', async () => {
    const recent = await seedRequest(store.db, 'A', web.clock.now - 3 * 3600 * 1000);
    const old = await seedRequest(store.db, 'A', web.clock.now - 2 * DAY - 3600 * 1000);
    await seedRequest(store.db, 'A', web.clock.now - 20 * 1000);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const html = await (await getPage(web.url, '/staff', sam.cookie)).text();
    expect(html.indexOf(old.reference)).to.be.greaterThan(-1).and.lessThan(html.indexOf(recent.reference));
    expect(html).to.contain('wacht 2 dagen').and.contain('wacht 3 uur').and.contain('net binnen');
    expect(html).to.not.contain('wacht 0');
    expect(html).to.not.contain('Ans'); // the list shows no names
  });

  it('shows one request in full: picture, scores, marks, chosen dimension, own words, contact wish, times and activity', async () => {
    const { id, reference } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const res = await getPage(web.url, `/staff/requests/${id}`, sam.cookie);
    expect(res.status).to.equal(200);
    const html = await res.text();
    expect(html).to.contain(`Aanvraag ${reference}`);
    expect(html).to.contain('src="http://localhost:3978/web/6-7-3-5-4-8.png"');
    expect(html).to.match(/<th scope="row">Meedoen<\/th>\s*<td>3<\/td>\s*<td>ja<\/td>/);
    expect(html).to.match(/Gekozen onderwerp: <strong>Meedoen<\/strong>/);
    expect(html).to.contain('<li>Mentaal welbevinden (Hoe je je voelt)</li>');
    expect(html).to.contain('Ik zou graag meer mensen leren kennen.');
    expect(html).to.contain('<dd>Ans</dd>');
    expect(html).to.contain('href="tel:+31612345678"');
    expect(html).to.contain('dinsdagochtend');
    expect(html).to.contain('Buurtmaaltijd in De Linde');
    expect(html).to.contain('Ik pak dit op');
  });

  it('claims with "Ik pak dit op", tells the resident, and takes notes and a close with an outcome', async () => {
    const { id, reference } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    const claimed = await postForm(web.url, `/staff/requests/${id}/claim`, { _csrf: sam.csrf }, sam.cookie);
    expect(claimed.headers.get('location')).to.equal(`/staff/requests/${id}?m=claimed`);
    expect(web.notified).to.deep.equal([{ reference, event: 'claimed' }]);
    expect(await (await getPage(web.url, `/staff/requests/${id}?m=claimed`, sam.cookie)).text()).to.contain('Je hebt deze aanvraag opgepakt');

    await postForm(web.url, `/staff/requests/${id}/claim`, { _csrf: sam.csrf }, sam.cookie);
    expect(web.notified).to.have.length(1); // claiming again does not message the resident again

    expect((await postForm(web.url, `/staff/requests/${id}/notes`, { _csrf: sam.csrf, text: '  ' }, sam.cookie)).headers.get('location')).to.contain('m=invalid_note');
    expect((await postForm(web.url, `/staff/requests/${id}/notes`, { _csrf: sam.csrf, text: 'Gebeld, afspraak dinsdag.' }, sam.cookie)).headers.get('location')).to.contain('m=noted');
    expect((await postForm(web.url, `/staff/requests/${id}/close`, { _csrf: sam.csrf, outcome: 'gewoon' }, sam.cookie)).headers.get('location')).to.contain('m=invalid_outcome');
    expect((await postForm(web.url, `/staff/requests/${id}/close`, { _csrf: sam.csrf, outcome: 'contacted' }, sam.cookie)).headers.get('location')).to.contain('m=closed');
    expect(web.notified).to.deep.equal([{ reference, event: 'claimed' }, { reference, event: 'closed' }]);

    const html = await (await getPage(web.url, `/staff/requests/${id}`, sam.cookie)).text();
    expect(html).to.contain('Afgerond: Contact gehad').and.contain('Gebeld, afspraak dinsdag.').and.not.contain('Ik pak dit op');
    expect(await (await getPage(web.url, '/staff', sam.cookie)).text()).to.not.contain(reference);
  });

  it('shows a resident\'s markup as text, never as HTML', async () => {
    const { id } = await seedRequest(store.db, 'A', web.clock.now, {
      name: '<script>alert(1)</script>',
      words: '<img src=x onerror=alert(2)> "quoted" & more',
      preferredTimes: '</dd><script>alert(3)</script>',
      activity: { id: 'x', title: '<b onmouseover=alert(4)>Wandelen</b>' },
    });
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    await postForm(web.url, `/staff/requests/${id}/notes`, { _csrf: sam.csrf, text: '<iframe src=javascript:alert(5)>' }, sam.cookie);
    const html = await (await getPage(web.url, `/staff/requests/${id}`, sam.cookie)).text();
    expect(html).to.not.match(/<script/i);
    expect(html).to.not.match(/<img src=x/i);
    expect(html).to.not.match(/<iframe/i);
    expect(html).to.not.match(/<b onmouseover/i);
    expect(html).to.contain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.contain('&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; more');
    expect(html).to.contain('&lt;iframe src=javascript:alert(5)&gt;');
  });

  it('records every look at a request in the audit log, which only an admin can read', async () => {
    const { id, reference } = await seedRequest(store.db, 'A', web.clock.now);
    const sam = await signIn(web.url, 'sam@welzijn.nl');
    await getPage(web.url, `/staff/requests/${id}`, sam.cookie);
    web.clock.now += 1000;
    await api(web.url, 'GET', `/staff/api/requests/${id}`, sam);
    const views = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'view_request').orderBy('id').execute();
    const samId = (await store.db.selectFrom('staff_account').select('id').where('email', '=', 'sam@welzijn.nl').executeTakeFirstOrThrow()).id;
    expect(views.map((v) => [v.staff_id, v.request_id, Number(v.at)])).to.deep.equal([[samId, id, web.clock.now - 1000], [samId, id, web.clock.now]]);

    expect((await getPage(web.url, '/staff/audit', sam.cookie)).status).to.equal(403);
    expect((await api(web.url, 'GET', '/staff/api/audit', sam)).status).to.equal(403);

    const admin = await signIn(web.url, 'beheer@welzijn.nl');
    const audit = await getPage(web.url, '/staff/audit', admin.cookie);
    expect(audit.status).to.equal(200);
    const html = await audit.text();
    expect(html).to.match(new RegExp(`sam@welzijn.nl</td>\\s*<td>Aanvraag bekeken</td>\\s*<td>${reference}</td>`));
    expect(html).to.contain('href="/staff/audit"');
  });

  it('offers the same work as JSON, with reasons for malformed bodies', async () => {
    const { id, reference } = await seedRequest(store.db, 'A', web.clock.now - DAY);
    const sam = await signIn(web.url, 'sam@welzijn.nl');

    const list = (await (await api(web.url, 'GET', '/staff/api/requests', sam)).json()) as { requests: { reference: string; waitingMs: number }[] };
    expect(list.requests.map((r) => [r.reference, r.waitingMs])).to.deep.equal([[reference, DAY]]);

    const one = (await (await api(web.url, 'GET', `/staff/api/requests/${id}`, sam)).json()) as { request: Record<string, unknown>; notes: unknown[] };
    expect(one.request).to.include({ reference, status: 'open' });
    expect(one.request).to.not.have.any.keys('resident', 'conversationRef');

    const claim = await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, sam, {});
    expect(claim.status).to.equal(200);
    expect(((await claim.json()) as { request: { status: string } }).request.status).to.equal('claimed');
    expect(web.notified).to.deep.equal([{ reference, event: 'claimed' }]);

    const badNote = await api(web.url, 'POST', `/staff/api/requests/${id}/notes`, sam, { note: 'verkeerd veld' });
    expect(badNote.status).to.equal(400);
    expect(((await badNote.json()) as { reason: string }).reason).to.contain('text');
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/notes`, sam, { text: 'Gebeld.' })).status).to.equal(201);

    const badClose = await api(web.url, 'POST', `/staff/api/requests/${id}/close`, sam, { outcome: 'klaar' });
    expect(badClose.status).to.equal(400);
    expect(((await badClose.json()) as { reason: string }).reason).to.contain('outcome');
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/close`, sam, { outcome: 'referred' })).status).to.equal(200);
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/close`, sam, { outcome: 'referred' })).status).to.equal(409);

    const kim = await addStaff(store.db, 'kim@welzijn.nl', 'A');
    const second = await seedRequest(store.db, 'A', web.clock.now);
    await api(web.url, 'POST', `/staff/api/requests/${second.id}/claim`, sam, {});
    const kimClient = await signIn(web.url, kim.email);
    const taken = await api(web.url, 'POST', `/staff/api/requests/${second.id}/claim`, kimClient, {});
    expect(taken.status).to.equal(409);
    expect(await taken.json()).to.deep.equal({ error: 'taken' });
  });
});
