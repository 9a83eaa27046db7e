import { expect } from 'chai';
import type { AppStore } from '../../src/store/index.js';
import { forEachEngine } from '../store/engines.js';
import { activity } from '../socialmap/fixtures.js';
import { addStaff, api, getPage, seedRequest, signIn, startStaffServer, type StaffServer } from '../handover/helpers.js';
import { eventsOf, generateResidents } from './residents.js';

const K = 10;
const DAY = 86_400_000;

/** True for a figure a reader could take as a group of 1..9 residents. */
const small = (cell: unknown) => typeof cell === 'number' ? cell > 0 && cell < K : typeof cell === 'string' && /^[1-9]$/.test(cell.trim());

forEachEngine('insight pages: who may see them, and what they show', (openFreshStore) => {
  let store: AppStore;
  let web: StaffServer;
  beforeEach(async () => {
    store = await openFreshStore();
    const now = Date.UTC(2026, 5, 15, 9);
    web = await startStaffServer(store.db, {
      start: now,
      activities: [
        activity('OLD', { checkedOn: '2023-01-10', organisation: { name: 'Buurthuis' } }),
        activity('RECENT', { checkedOn: '2026-05-01', dimensions: ['body', 'mind'] }),
        activity('UNDATED'),
      ],
    });
    await addStaff(store.db, 'beleid@gemeente.nl', 'Gemeente', 'insight');
    await addStaff(store.db, 'sam@welzijn.nl', 'Welzijn');
    await addStaff(store.db, 'admin@welzijn.nl', 'Welzijn', 'admin');
  });
  afterEach(() => web.close());

  it('opens for the insight role and admins, and stays closed to welfare workers', async () => {
    const policy = await signIn(web.url, 'beleid@gemeente.nl');
    const worker = await signIn(web.url, 'sam@welzijn.nl');
    const admin = await signIn(web.url, 'admin@welzijn.nl');
    expect((await getPage(web.url, '/staff/insight', policy.cookie)).status).to.equal(200);
    expect((await api(web.url, 'GET', '/staff/api/insight', policy)).status).to.equal(200);
    expect((await getPage(web.url, '/staff/insight', admin.cookie)).status).to.equal(200);
    expect((await getPage(web.url, '/staff/insight', worker.cookie)).status).to.equal(403);
    expect((await api(web.url, 'GET', '/staff/api/insight', worker)).status).to.equal(403);
    expect((await getPage(web.url, '/staff/insight/scores.csv', worker.cookie)).status).to.equal(403);
    expect((await api(web.url, 'GET', '/staff/api/insight')).status).to.equal(401);
  });

  it('never shows the insight role a request: the inbox sends it to insight, the request API refuses', async () => {
    const { id } = await seedRequest(store.db, 'Gemeente', web.clock.now);
    const policy = await signIn(web.url, 'beleid@gemeente.nl');
    const inbox = await getPage(web.url, '/staff', policy.cookie);
    expect(inbox.status).to.equal(303);
    expect(inbox.headers.get('location')).to.equal('/staff/insight');
    expect((await getPage(web.url, `/staff/requests/${id}`, policy.cookie)).status).to.equal(303);
    expect((await api(web.url, 'GET', '/staff/api/requests', policy)).status).to.equal(403);
    expect((await api(web.url, 'GET', `/staff/api/requests/${id}`, policy)).status).to.equal(403);
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, policy)).status).to.equal(403);
  });

  it('with 1,500 generated residents, shows no group under ten on the page, in JSON or in any CSV', async () => {
    for (const resident of generateResidents(1500, 7)) for (const event of eventsOf(resident)) web.insight.record(resident.who, event);
    const policy = await signIn(web.url, 'beleid@gemeente.nl');
    const json = (await (await api(web.url, 'GET', '/staff/api/insight', policy)).json()) as {
      tables: Record<string, { columns: string[]; rows: { key: string; cells: (number | string)[] }[] }>;
      hidden: string;
    };
    expect(json.hidden).to.equal('< 10');
    let hidden = 0;
    for (const [id, table] of Object.entries(json.tables)) {
      for (const row of table.rows) {
        row.cells.forEach((cell, i) => {
          if (cell === '< 10') hidden++;
          if (!table.columns[i]?.endsWith('_days')) expect(small(cell), `${id} ${row.key} ${table.columns[i]}: ${cell}`).to.equal(false);
        });
      }
      const csv = await (await getPage(web.url, `/staff/insight/${id}.csv`, policy.cookie)).text();
      for (const line of csv.split('\r\n').slice(1)) {
        for (const cell of line.split(';').slice(1)) expect(small(cell), `${id}.csv: ${line}`).to.equal(false);
      }
    }
    expect(hidden, 'some figures are small enough to hide').to.be.greaterThan(0);
    const html = await (await getPage(web.url, '/staff/insight', policy.cookie)).text();
    const figures = html.slice(0, html.indexOf('id="coverage"'));
    expect(figures).to.contain('&lt; 10');
    expect(figures.match(/<td>[1-9]<\/td>/g) ?? []).to.deep.equal([]);
    expect(figures).to.contain('<svg').and.contain('role="img"');
  });

  it('shows the social map per neighbourhood and dimension, and flags what was not checked for long', async () => {
    const policy = await signIn(web.url, 'beleid@gemeente.nl');
    const { coverage } = (await (await api(web.url, 'GET', '/staff/api/insight', policy)).json()) as {
      coverage: { total: number; unchecked: number; stale: { id: string; hidden: boolean }[]; organisations: { rows: { key: string; cells: number[] }[] } };
    };
    expect(coverage.total).to.equal(3);
    expect(coverage.unchecked).to.equal(1);
    expect(coverage.stale).to.have.length(1);
    expect(coverage.stale[0]).to.include({ id: 'OLD', hidden: true });
    expect(coverage.organisations.rows.find((r) => r.key === 'Buurthuis')).to.exist;
    const csv = await (await getPage(web.url, '/staff/insight/organisations.csv', policy.cookie)).text();
    expect(csv).to.contain('Buurthuis');
  });

  it('counts claims per organisation in working days, and outcomes, without a request-level row', async () => {
    const worker = await signIn(web.url, 'sam@welzijn.nl');
    const friday = Date.UTC(2026, 5, 12, 10);
    web.clock.now = friday;
    const { id } = await seedRequest(store.db, 'Welzijn', friday);
    web.clock.now = friday + 3 * DAY;
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/claim`, worker)).status).to.equal(200);
    expect((await api(web.url, 'POST', `/staff/api/requests/${id}/close`, worker, { outcome: 'referred' })).status).to.equal(200);
    const rows = await web.insight.read('2026-01', '2026-12');
    expect(rows.map(({ metric, subject, band, count }) => ({ metric, subject, band, count }))).to.have.deep.members([
      { metric: 'claim_days', subject: 'Welzijn', band: '1', count: 1 },
      { metric: 'outcome', subject: 'Welzijn', band: 'referred', count: 1 },
    ]);
    const stored = await store.db.selectFrom('insight_count').selectAll().execute();
    expect(Object.keys(stored[0] ?? {}).sort()).to.deep.equal(['area', 'band', 'campaign', 'count', 'metric', 'period', 'subject']);
  });
});
