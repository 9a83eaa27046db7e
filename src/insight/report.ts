import { DIMENSIONS, type Dimension } from '../health/dimensions.js';
import { BANDS, CHANGES, FUNNEL, REQUEST_OUTCOMES, type FunnelStep } from './events.js';
import type { InsightRow } from '../store/insight.js';
import { difference, quantileOf, verdictOf, wilson, type Interval, type Verdict } from './stats.js';
import { hideSmall, PROTECTING, suppressPartition, suppressTable, type RowRule, type Shown } from './suppress.js';

/** A row of a report table: what it is about (a campaign, question, dimension, area...) and its figures. */
export interface ReportRow {
  key: string;
  cells: Shown[];
  /** for rows whose cells are parts of a whole: that whole, hidden when under k */
  total?: Shown;
}

/** One table of the report; every figure in it has been through suppression. */
export interface ReportTable {
  id: TableId;
  columns: string[];
  rows: ReportRow[];
}

export const TABLE_IDS = ['campaigns', 'dropoff', 'marked', 'scores', 'chosen', 'areas', 'missing', 'missing_areas', 'change', 'requests'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Two campaigns side by side on one step: shares with their Wilson intervals, the difference and the verdict. */
export interface Comparison {
  a: string;
  b: string;
  step: FunnelStep;
  verdict: Verdict;
  shares?: { a: Interval; b: Interval; difference: Interval };
}

export interface Report {
  threshold: number;
  tables: Record<TableId, ReportTable>;
  comparison?: Comparison;
}

/** Rows that are not a campaign or an area of their own: too small, so merged, or nothing given. */
export const OTHER = 'other';
export const NONE = 'none';

interface ReportOptions {
  /** the smallest group that may be shown */
  k: number;
  /** the questions of the active set, in the order they are asked */
  questions: readonly { id: string; dimension: Dimension }[];
  compare?: { a: string; b: string; step: FunnelStep };
}

/** Sums the counts of the rows that pass the filter, per a key made from each row. */
function sumBy(rows: readonly InsightRow[], metric: string, keyOf: (row: InsightRow) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (row.metric !== metric) continue;
    const key = keyOf(row);
    sums.set(key, (sums.get(key) ?? 0) + row.count);
  }
  return sums;
}

const at = (sums: ReadonlyMap<string, number>, ...parts: string[]) => sums.get(parts.join('|')) ?? 0;

/** Groups under k are merged into "other", smallest first, until "other" is empty or at least k too. */
function mergeSmall(sizes: ReadonlyMap<string, number>, k: number): Map<string, string> {
  const target = new Map<string, string>();
  let other = 0;
  const ascending = [...sizes.entries()].sort((a, b) => a[1] - b[1]);
  for (const [key, size] of ascending) {
    if (size < k || (other > 0 && other < k)) {
      target.set(key, OTHER);
      other += size;
    } else target.set(key, key);
  }
  return target;
}

function table(id: TableId, columns: string[], keys: string[], values: number[][], k: number, rule: RowRule, columnsToo: boolean): ReportTable {
  const cells = suppressTable(values, k, rule, columnsToo);
  const total = (i: number) => (rule === 'partition' ? { total: hideSmall((values[i] ?? []).reduce((a, b) => a + b, 0), k) } : {});
  return { id, columns, rows: keys.map((key, i) => ({ key, cells: cells[i] ?? [], ...total(i) })) };
}

/** Rows keyed by a group (campaign or area) merged under k, with the figures of each column summed. */
function mergedMatrix(sums: ReadonlyMap<string, number>, groups: ReadonlyMap<string, string>, columns: readonly string[]): { keys: string[]; values: number[][] } {
  const merged = new Map<string, number[]>();
  for (const [group, target] of groups) {
    const row = merged.get(target) ?? columns.map(() => 0);
    columns.forEach((c, i) => (row[i] = (row[i] ?? 0) + at(sums, group, c)));
    merged.set(target, row);
  }
  const keys = [...merged.keys()].sort((a, b) => (a === OTHER ? 1 : b === OTHER ? -1 : a.localeCompare(b)));
  return { keys, values: keys.map((key) => merged.get(key) ?? []) };
}

function campaigns(rows: readonly InsightRow[], k: number): ReportTable {
  const sums = sumBy(rows, 'step', (r) => `${r.campaign || NONE}|${r.subject}`);
  const sizes = new Map<string, number>();
  for (const row of rows) if (row.metric === 'step' && row.subject === 'started') sizes.set(row.campaign || NONE, (sizes.get(row.campaign || NONE) ?? 0) + row.count);
  for (const row of rows) if (row.metric === 'step' && !sizes.has(row.campaign || NONE)) sizes.set(row.campaign || NONE, 0);
  const { keys, values } = mergedMatrix(sums, mergeSmall(sizes, k), FUNNEL);
  return table('campaigns', [...FUNNEL], keys, values, k, 'nested', true);
}

/**
 * Where residents stop: per question, how many reached it (the first question: everyone who said yes), how many
 * skipped it, and how many stopped there. Reaching is a funnel down the questions, skipping a part of passing.
 */
function dropoff(rows: readonly InsightRow[], options: ReportOptions): ReportTable {
  const { k, questions } = options;
  const steps = sumBy(rows, 'step', (r) => r.subject);
  const passed = sumBy(rows, 'question', (r) => r.subject);
  const skipped = sumBy(rows, 'question', (r) => `${r.subject}|${r.band}`);
  const reachedRaw = [steps.get('consented') ?? 0, ...questions.map((q) => passed.get(q.id) ?? 0)];
  const reached = suppressTable([reachedRaw], k, 'nested', false)[0] ?? [];
  const result: ReportRow[] = questions.map((q, i) => {
    const here = reached[i] ?? null;
    const next = reached[i + 1] ?? null;
    const passedHere = reachedRaw[i + 1] ?? 0;
    const skip = at(skipped, q.id, 'skipped');
    const known = typeof here === 'number' && typeof next === 'number';
    const split = typeof next === 'number' ? suppressPartition([skip, passedHere - skip], k).cells : [null];
    const stopped = known ? here - next : here === null || next === null ? null : PROTECTING;
    return { key: q.id, cells: [here, split[0] ?? null, stopped] };
  });
  return { id: 'dropoff', columns: ['reached', 'skipped', 'stopped'], rows: result };
}

function marked(rows: readonly InsightRow[], k: number): ReportTable {
  const steps = sumBy(rows, 'step', (r) => r.subject);
  const marks = sumBy(rows, 'marked', (r) => r.subject);
  const consented = steps.get('consented') ?? 0;
  return {
    id: 'marked',
    columns: ['marked'],
    rows: DIMENSIONS.map((d) => {
      const n = marks.get(d) ?? 0;
      return { key: d, cells: [suppressPartition([n, Math.max(0, consented - n)], k).cells[0] ?? null] };
    }),
  };
}

function byDimension(id: TableId, rows: readonly InsightRow[], metric: string, columns: readonly string[], k: number): ReportTable {
  const sums = sumBy(rows, metric, (r) => `${r.subject}|${r.band}`);
  return table(id, [...columns], [...DIMENSIONS], DIMENSIONS.map((d) => columns.map((c) => at(sums, d, c))), k, 'partition', false);
}

/** Per postcode area (merged under k into "other"): the dimensions residents chose, or found nothing for. */
function areas(id: TableId, rows: readonly InsightRow[], metric: string, k: number): ReportTable {
  const given = rows.filter((r) => r.metric === metric && r.area !== '');
  const sums = sumBy(given, metric, (r) => `${r.area}|${r.subject}`);
  const sizes = sumBy(given, metric, (r) => r.area);
  const { keys, values } = mergedMatrix(sums, mergeSmall(sizes, k), DIMENSIONS);
  return table(id, [...DIMENSIONS], keys, values, k, 'partition', true);
}

/** Where nothing fitted: dimension and interest, largest first; small combinations are only hidden. */
function missing(rows: readonly InsightRow[], k: number): ReportTable {
  const sums = sumBy(rows, 'missing', (r) => `${r.subject}|${r.band}`);
  const keys = [...sums.keys()].sort((a, b) => (sums.get(b) ?? 0) - (sums.get(a) ?? 0) || a.localeCompare(b)).slice(0, 200);
  return table('missing', ['missing'], keys, keys.map((key) => [sums.get(key) ?? 0]), k, 'single', true);
}

/** Requests per organisation: how many, time to claim in working days (median, 90th percentile), outcomes. */
function requests(rows: readonly InsightRow[], k: number): ReportTable {
  const made = sumBy(rows, 'request', (r) => r.subject);
  const days = new Map<string, Map<number, number>>();
  for (const row of rows) {
    if (row.metric !== 'claim_days') continue;
    const histogram = days.get(row.subject) ?? new Map<number, number>();
    histogram.set(Number(row.band), (histogram.get(Number(row.band)) ?? 0) + row.count);
    days.set(row.subject, histogram);
  }
  const outcomes = sumBy(rows, 'outcome', (r) => `${r.subject}|${r.band}`);
  const organisations = [...new Set([...made.keys(), ...days.keys(), ...[...outcomes.keys()].map((key) => key.split('|')[0] ?? '')])].sort();
  return {
    id: 'requests',
    columns: ['requests', 'claimed', 'median_days', 'p90_days', ...REQUEST_OUTCOMES],
    rows: organisations.map((organisation) => {
      const histogram = days.get(organisation) ?? new Map<number, number>();
      const claimed = [...histogram.values()].reduce((a, b) => a + b, 0);
      const enough = claimed >= k;
      const split = suppressPartition(REQUEST_OUTCOMES.map((o) => at(outcomes, organisation, o)), k).cells;
      return {
        key: organisation,
        cells: [
          hideSmall(made.get(organisation) ?? 0, k),
          hideSmall(claimed, k),
          enough ? quantileOf(histogram, 0.5) ?? null : null,
          enough ? quantileOf(histogram, 0.9) ?? null : null,
          ...split,
        ],
      };
    }),
  };
}

function compare(table: ReportTable, request: { a: string; b: string; step: FunnelStep }): Comparison {
  const column = FUNNEL.indexOf(request.step);
  const figures = (key: string) => {
    const row = table.rows.find((r) => r.key === key);
    const n = row?.cells[0];
    const x = row?.cells[column];
    return typeof n === 'number' && typeof x === 'number' && n > 0 ? { x, n } : undefined;
  };
  const a = figures(request.a);
  const b = figures(request.b);
  if (!a || !b || request.a === request.b || column <= 0) return { ...request, verdict: 'too_few' };
  const diff = difference(a, b);
  return { ...request, verdict: verdictOf(diff), shares: { a: wilson(a.x, a.n), b: wilson(b.x, b.n), difference: diff } };
}

/** The whole report from the counts of a period; pure, so the same counts always give the same figures. */
export function buildReport(rows: readonly InsightRow[], options: ReportOptions): Report {
  const { k } = options;
  const tables: Record<TableId, ReportTable> = {
    campaigns: campaigns(rows, k),
    dropoff: dropoff(rows, options),
    marked: marked(rows, k),
    scores: byDimension('scores', rows, 'score', BANDS, k),
    chosen: table('chosen', ['chosen'], [...DIMENSIONS], [DIMENSIONS.map((d) => sumBy(rows, 'chosen', (r) => r.subject).get(d) ?? 0)].flat().map((n) => [n]), k, 'single', true),
    areas: areas('areas', rows, 'chosen', k),
    missing: missing(rows, k),
    missing_areas: areas('missing_areas', rows, 'unmatched', k),
    change: byDimension('change', rows, 'change', CHANGES, k),
    requests: requests(rows, k),
  };
  return { threshold: k, tables, ...(options.compare && { comparison: compare(tables.campaigns, options.compare) }) };
}
