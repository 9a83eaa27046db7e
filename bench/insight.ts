import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../src/log.js';
import { openStore } from '../src/store/index.js';
import { createInsightRecorder } from '../src/store/insight.js';
import { addStaff, getPage, signIn, startStaffServer } from '../test/handover/helpers.js';
import { eventsOf, generateResidents } from '../test/insight/residents.js';

/**
 * The insight page with a year of counts for 100,000 residents (SQLite file): the residents are spread over
 * twelve months and counted as the dialogs would; then GET /staff/insight is timed end to end (session, query,
 * report, suppression, charts, template). Writes one JSON line.
 */
const RESIDENTS = Number(process.env.INSIGHT_BENCH_RESIDENTS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'spinnenweb-insight-bench-'));
const store = await openStore({ sqlitePath: join(dir, 'insight.sqlite'), poolSize: 1, retentionDays: 30, handoverRetentionDays: 90, logger: createLogger('silent') });
try {
  const month = { now: Date.UTC(2025, 6, 15) };
  const recorder = createInsightRecorder(store.db, createLogger('silent'), () => month.now);
  const residents = generateResidents(RESIDENTS, 2026);
  const started = performance.now();
  residents.forEach((resident, i) => {
    month.now = Date.UTC(2025, 6 + Math.floor((i * 12) / residents.length), 15);
    for (const event of eventsOf(resident)) recorder.record(resident.who, event);
  });
  await recorder.flush();
  const countMs = performance.now() - started;
  const rows = (await store.db.selectFrom('insight_count').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  const web = await startStaffServer(store.db, { start: Date.UTC(2026, 5, 20) });
  await addStaff(store.db, 'beleid@gemeente.nl', 'Gemeente', 'insight');
  const client = await signIn(web.url, 'beleid@gemeente.nl');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    const res = await getPage(web.url, '/staff/insight?from=2025-07&to=2026-06', client.cookie);
    bytes = (await res.text()).length;
    if (res.status !== 200) throw new Error(`the insight page answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  await web.close();
  const sorted = [...times].sort((a, b) => a - b);
  const result = { residents: RESIDENTS, rows: Number(rows), countMs: Math.round(countMs), pageBytes: bytes, firstMs: times[0], medianMs: sorted[Math.floor(sorted.length / 2)], p90Ms: sorted[Math.floor(sorted.length * 0.9)] };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
