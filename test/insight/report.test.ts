import { expect } from 'chai';
import { DIMENSIONS } from '../../src/health/dimensions.js';
import { keysFor, type InsightEvent, type Whereabouts } from '../../src/insight/events.js';
import { buildReport, OTHER, TABLE_IDS, type Report } from '../../src/insight/report.js';
import { wilson } from '../../src/insight/stats.js';
import { PROTECTING } from '../../src/insight/suppress.js';
import type { InsightRow } from '../../src/store/insight.js';
import { eventsOf, generateResidents } from './residents.js';

const QUESTIONS = DIMENSIONS.map((d) => ({ id: d, dimension: d }));
const K = 10;

/** Counts events the way the recorder does, summed over one period. */
function rowsOf(happenings: readonly { who: Whereabouts; event: InsightEvent }[]): InsightRow[] {
  const rows = new Map<string, InsightRow>();
  for (const { who, event } of happenings) {
    for (const key of keysFor(who, event)) {
      const id = JSON.stringify(key);
      const row = rows.get(id) ?? { ...key, count: 0 };
      row.count += 1;
      rows.set(id, row);
    }
  }
  return [...rows.values()];
}

const times = <T>(n: number, make: () => T[]): T[] => Array.from({ length: n }, make).flat();
const steps = (who: Whereabouts, ...names: ('started' | 'consented' | 'finished')[]) => names.map((step) => ({ who, event: { kind: 'step', step } as InsightEvent }));
const passes = (who: Whereabouts, count: number, skip?: string) =>
  DIMENSIONS.slice(0, count).map((q) => ({ who, event: { kind: 'question', question: q, skipped: q === skip } as InsightEvent }));

const row = (report: Report, table: (typeof TABLE_IDS)[number], key: string) => report.tables[table].rows.find((r) => r.key === key)?.cells;

describe('insight report: figures from anonymous counts', () => {
  it('finds where residents stop: per question who got it, who skipped it and who stopped there', () => {
    const who = { campaign: 'flyer' };
    const happenings = [
      ...times(30, () => [...steps(who, 'started', 'consented'), ...passes(who, 6), ...steps(who, 'finished')]),
      ...times(20, () => [...steps(who, 'started', 'consented'), ...passes(who, 2, 'daily')]),
      ...times(15, () => [...steps(who, 'started', 'consented'), ...passes(who, 4)]),
    ];
    const report = buildReport(rowsOf(happenings), { k: K, questions: QUESTIONS });
    expect(report.tables.dropoff.columns).to.deep.equal(['reached', 'skipped', 'stopped']);
    expect(report.tables.dropoff.rows.map((r) => [r.key, ...r.cells])).to.deep.equal([
      ['body', 65, 0, 0],
      ['daily', 65, 20, 0],
      ['participation', 65, 0, 20],
      ['quality', 45, 0, 0],
      ['mind', 45, 0, 15],
      ['meaning', 30, 0, 0],
    ]);
  });

  it('hides a stop of fewer than ten residents, and the figures it could be worked out from', () => {
    const who = {};
    const happenings = [
      ...times(30, () => [...steps(who, 'started', 'consented'), ...passes(who, 6)]),
      ...times(4, () => [...steps(who, 'started', 'consented'), ...passes(who, 3)]),
    ];
    const report = buildReport(rowsOf(happenings), { k: K, questions: QUESTIONS });
    const reached = report.tables.dropoff.rows.map((r) => r.cells[0]);
    expect(reached).to.deep.equal([34, 34, 34, 34, PROTECTING, PROTECTING]);
    expect(report.tables.dropoff.rows.map((r) => r.cells[2])).to.deep.equal([0, 0, 0, PROTECTING, PROTECTING, PROTECTING]);
  });

  it('compares two campaigns with Wilson intervals and Newcombe’s interval for the difference', () => {
    const a = { campaign: 'huisarts-brief' };
    const b = { campaign: 'facebook-buurt' };
    const happenings = [
      ...times(56, () => steps(a, 'started', 'consented', 'finished')),
      ...times(14, () => steps(a, 'started', 'consented')),
      ...times(48, () => steps(b, 'started', 'consented', 'finished')),
      ...times(32, () => steps(b, 'started', 'consented')),
    ];
    const report = buildReport(rowsOf(happenings), { k: K, questions: QUESTIONS, compare: { a: a.campaign, b: b.campaign, step: 'finished' } });
    expect(row(report, 'campaigns', 'huisarts-brief')?.slice(0, 3)).to.deep.equal([70, 70, 56]);
    const cmp = report.comparison;
    expect(cmp?.verdict).to.equal('a_higher');
    expect(cmp?.shares?.a).to.deep.equal(wilson(56, 70));
    expect(cmp?.shares?.difference.estimate).to.be.closeTo(0.2, 1e-9);
    expect(cmp?.shares?.difference.low).to.be.closeTo(0.0524, 0.0005);
    expect(cmp?.shares?.difference.high).to.be.closeTo(0.3339, 0.0005);
  });

  it('says "too few" for a campaign under the threshold instead of a shaky comparison', () => {
    const happenings = [
      ...times(40, () => steps({ campaign: 'flyer' }, 'started', 'consented', 'finished')),
      ...times(7, () => steps({ campaign: 'poster' }, 'started', 'consented', 'finished')),
      ...times(12, () => steps({ campaign: 'krant' }, 'started', 'consented', 'finished')),
    ];
    const report = buildReport(rowsOf(happenings), { k: K, questions: QUESTIONS, compare: { a: 'flyer', b: 'poster', step: 'finished' } });
    expect(report.comparison?.verdict).to.equal('too_few');
    expect(report.comparison?.shares).to.equal(undefined);
    expect(report.tables.campaigns.rows.map((r) => r.key)).to.not.include('poster');
  });

  it('with 2,000 generated residents, shows no group under ten anywhere, also not by subtraction', () => {
    const residents = generateResidents(2000);
    const report = buildReport(rowsOf(residents.flatMap((r) => eventsOf(r).map((event) => ({ who: r.who, event })))), { k: K, questions: QUESTIONS });
    for (const id of TABLE_IDS) {
      const table = report.tables[id];
      const counts = table.columns.map((c) => !c.endsWith('_days'));
      for (const r of table.rows) {
        r.cells.forEach((c, i) => {
          if (counts[i]) expect(typeof c !== 'number' || c === 0 || c >= K, `${id} ${r.key} ${table.columns[i]}: ${c}`).to.equal(true);
        });
        if (typeof r.total === 'number') {
          const rest = r.total - r.cells.reduce<number>((sum, c) => sum + (typeof c === 'number' ? c : 0), 0);
          expect(rest === 0 || rest >= K, `${id} ${r.key}: the total minus the shown cells is ${rest}`).to.equal(true);
        }
      }
    }
    const areas = report.tables.areas.rows.map((r) => r.key);
    expect(areas).to.include(OTHER).and.not.include('9999');
    expect(report.tables.campaigns.rows.map((r) => r.key).some((key) => key.startsWith('eenmalig'))).to.equal(false);
    // Columns of the campaign table add up to totals other tables show: the hidden part of each is 0 or at least ten.
    report.tables.campaigns.columns.forEach((_, c) => {
      const hidden = report.tables.campaigns.rows.filter((r) => typeof r.cells[c] !== 'number').length;
      if (hidden === 1) expect.fail(`column ${c} hides a single campaign, which a total elsewhere would reveal`);
    });
  });
});
