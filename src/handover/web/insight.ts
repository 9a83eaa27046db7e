import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { DIMENSIONS, isDimension } from '../../health/dimensions.js';
import { barChart, stackedChart } from '../../insight/charts.js';
import { coverageOf, neighbourhoodsByArea, type Coverage } from '../../insight/coverage.js';
import { toCsv } from '../../insight/csv.js';
import { FUNNEL } from '../../insight/events.js';
import { buildReport, NONE, OTHER, TABLE_IDS, type Report, type ReportTable, type TableId } from '../../insight/report.js';
import { hiddenLabel, show } from '../../insight/suppress.js';
import { periodOf } from '../../store/insight.js';
import { recordAudit } from '../audit.js';
import type { StaffSession } from '../auth.js';
import { guarded, refuse, type StaffContext } from './context.js';
import { sendHtml, sendJson } from './http.js';

const month = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/);
const campaign = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** What the insight page may be asked: a range of months and, optionally, two campaigns to compare on a step. */
const querySchema = z.object({
  from: month.optional().catch(undefined),
  to: month.optional().catch(undefined),
  a: campaign.optional().catch(undefined),
  b: campaign.optional().catch(undefined),
  step: z.enum(FUNNEL).exclude(['started']).optional().catch(undefined),
});

/** The last twelve months up to this one, unless the query asks for others (at most five years back). */
function periodFrom(query: z.output<typeof querySchema>, now: number): { from: string; to: string } {
  const to = query.to ?? periodOf(now);
  const [year = 2000, m = 1] = to.split('-').map(Number);
  const yearBefore = `${m === 12 ? year : year - 1}-${String((m % 12) + 1).padStart(2, '0')}`;
  const from = query.from && query.from <= to ? query.from : yearBefore;
  return { from, to };
}

/** How long the counts of a range of months are reused: the page is about months, a minute old is fresh enough. */
const CACHE_MS = 60_000;
/** Figures up to this old are still shown while newer ones are built behind them; older ones are waited for. */
const STALE_MS = 10 * CACHE_MS;
const CACHE_ENTRIES = 24;
type Loaded = Awaited<ReturnType<typeof build>>;
interface Entry { at: number; loaded: Promise<Loaded>; refreshing?: boolean }
const cache = new WeakMap<StaffContext, Map<string, Entry>>();

/**
 * The report for a query, built at most once a minute per query: reading a year of counts and suppressing them is
 * the slow part, and the figures are about months.
 */
function load(ctx: StaffContext, req: Request): Promise<Loaded> {
  const parsed = querySchema.safeParse(req.query ?? {});
  const query = parsed.success ? parsed.data : {};
  const entries = cache.get(ctx) ?? new Map<string, Entry>();
  cache.set(ctx, entries);
  const key = JSON.stringify([query.from, query.to, query.a, query.b, query.step]);
  const now = ctx.now();
  const hit = entries.get(key);
  if (hit && now - hit.at >= 0 && now - hit.at < CACHE_MS) return hit.loaded;
  if (hit && now - hit.at >= 0 && now - hit.at < STALE_MS) {
    // A minute old: answer with these figures and build the new ones behind them, so nobody waits for a rebuild.
    if (!hit.refreshing) {
      hit.refreshing = true;
      const next = build(ctx, query);
      next.then(() => entries.set(key, { at: ctx.now(), loaded: next }), () => { hit.refreshing = false; });
    }
    return hit.loaded;
  }
  const loaded = build(ctx, query);
  loaded.catch(() => entries.delete(key));
  if (entries.size >= CACHE_ENTRIES) entries.delete(entries.keys().next().value ?? '');
  entries.set(key, { at: now, loaded });
  return loaded;
}

/** The report and the social map's coverage for one request; every figure of the report is suppressed already. */
async function build(ctx: StaffContext, query: z.output<typeof querySchema>) {
  const period = periodFrom(query, ctx.now());
  const rows = await ctx.insight.recorder.read(period.from, period.to);
  const compare = query.a && query.b ? { a: query.a, b: query.b, step: query.step ?? 'finished' } : undefined;
  const report = buildReport(rows, { k: ctx.insight.minGroup, questions: ctx.insight.questions(), compare });
  const activities = ctx.insight.activities();
  const coverage = coverageOf(activities, ctx.now(), ctx.insight.staleDays, ctx.insight.hideAfterDays);
  return { period, query, report, coverage, areas: neighbourhoodsByArea(activities) };
}

const audit = (ctx: StaffContext, session: StaffSession, action: 'view_insight' | 'export_insight') => recordAudit(ctx.db, { staffId: session.staff.id, action }, ctx.now());

/** The report as JSON: hidden figures are the text "< k", never a number. */
function reportJson(report: Report, coverage: Coverage, period: { from: string; to: string }) {
  const k = report.threshold;
  const tables = Object.fromEntries(
    TABLE_IDS.map((id) => [id, { columns: report.tables[id].columns, rows: report.tables[id].rows.map((r) => ({ key: r.key, cells: r.cells.map((c) => show(c, k)) })) }]),
  );
  return { period, threshold: k, hidden: hiddenLabel(k), tables, comparison: report.comparison, coverage };
}

/** Names a row for people: a dimension, a question, a campaign, an area with its neighbourhoods. */
function rowLabel(ctx: StaffContext, id: TableId, key: string, areas: ReadonlyMap<string, string>): string {
  const { dimensions, insight } = ctx.views.labels;
  if (key === OTHER || key === NONE) return insight[`row.${key}`] ?? key;
  if (id === 'missing') {
    const [dimension = '', interest = ''] = key.split('|');
    return `${dimensions[dimension] ?? dimension}: ${insight[`interest.${interest}`] ?? interest}`;
  }
  if (id === 'dropoff') {
    const question = ctx.insight.questions().find((q) => q.id === key);
    return question ? `${dimensions[question.dimension] ?? question.dimension}${question.id === question.dimension ? '' : ` (${question.id})`}` : key;
  }
  if (isDimension(key)) return dimensions[key] ?? key;
  if (id === 'areas' || id === 'missing_areas') return areas.has(key) ? `${key} (${areas.get(key)})` : key;
  return key;
}

const columnLabel = (ctx: StaffContext, column: string) => ctx.views.labels.insight[`column.${column}`] ?? ctx.views.labels.dimensions[column] ?? column;

/** A table with people's words for its rows and columns, and its figures as shown ("< 10" for hidden ones). */
function labelled(ctx: StaffContext, table: ReportTable, k: number, areas: ReadonlyMap<string, string>) {
  const partition = table.rows.some((row) => row.total !== undefined);
  const header = [ctx.views.labels.insight[`column.key.${table.id}`] ?? '', ...table.columns.map((c) => columnLabel(ctx, c)), ...(partition ? [columnLabel(ctx, 'total')] : [])];
  const rows = table.rows.map((row) => [
    rowLabel(ctx, table.id, row.key, areas),
    ...row.cells.map((c) => show(c, k)),
    ...(partition ? [show(row.total ?? null, k)] : []),
  ]);
  return { header, rows };
}

function section(ctx: StaffContext, report: Report, id: TableId, areas: ReadonlyMap<string, string>) {
  const table = report.tables[id];
  const k = report.threshold;
  const { insight } = ctx.views.labels;
  const title = insight[`table.${id}`] ?? id;
  const text = { title, description: 'De tabel onder de grafiek geeft dezelfde cijfers.', hidden: hiddenLabel(k) };
  let chart = '';
  if (id === 'scores' || id === 'change') {
    chart = stackedChart(`chart-${id}`, text, table.columns.map((c) => columnLabel(ctx, c)), table.rows.map((r) => ({
      label: rowLabel(ctx, id, r.key, areas),
      cells: r.cells,
      total: r.total ?? null,
    })));
  } else if (table.columns.length >= 1 && id !== 'requests' && id !== 'areas' && id !== 'missing_areas') {
    const column = id === 'campaigns' ? FUNNEL.indexOf('finished') : 0;
    chart = barChart(`chart-${id}`, { ...text, title: `${title}: ${columnLabel(ctx, table.columns[column] ?? '')}` }, table.rows.map((r) => ({ label: rowLabel(ctx, id, r.key, areas), value: r.cells[column] ?? null })));
  }
  return { id, title, intro: insight[`intro.${id}`] ?? '', chart, table: labelled(ctx, table, k, areas), empty: table.rows.length === 0 };
}

/** The insight pages, their JSON and one CSV per table: for the insight role and admins only. */
export function registerInsight(server: Server, ctx: StaffContext): void {
  server.get('/staff/insight', guarded(ctx, 'page', { insight: true }, async (req, res, session) => {
    const { period, query, report, coverage, areas } = await load(ctx, req);
    await audit(ctx, session, 'view_insight');
    const sections = TABLE_IDS.map((id) => section(ctx, report, id, areas));
    const campaigns = report.tables.campaigns.rows.map((r) => r.key).filter((key) => key !== OTHER && key !== NONE);
    sendHtml(res, 200, ctx.views.render('insight', { session, period, query, report, sections, coverage, campaigns, steps: FUNNEL.slice(1), dimensions: DIMENSIONS }));
  }));

  server.get('/staff/api/insight', guarded(ctx, 'api', { insight: true }, async (req, res, session) => {
    const { period, report, coverage } = await load(ctx, req);
    await audit(ctx, session, 'view_insight');
    sendJson(res, 200, reportJson(report, coverage, period));
  }));

  server.get('/staff/insight/:table', guarded(ctx, 'page', { insight: true }, async (req, res, session) => {
    const name = String(req.params.table ?? '').replace(/\.csv$/, '');
    const id = TABLE_IDS.find((t) => t === name);
    const coverageTable = name === 'coverage' ? 'neighbourhoods' : name === 'organisations' ? 'organisations' : undefined;
    if (!id && !coverageTable) return refuse(ctx, 'page', res, 404, 'not_found', session);
    const { period, report, coverage, areas } = await load(ctx, req);
    await audit(ctx, session, 'export_insight');
    let csv: string;
    if (id) {
      const { header, rows } = labelled(ctx, report.tables[id], report.threshold, areas);
      csv = toCsv(header, rows);
    } else {
      const table = coverage[coverageTable ?? 'neighbourhoods'];
      csv = toCsv(['', ...table.columns.map((c) => columnLabel(ctx, c))], table.rows.map((r) => [r.key, ...r.cells]));
    }
    sendCsv(res, `inzicht-${name}-${period.from}-${period.to}.csv`, csv);
  }));
}

function sendCsv(res: Response, filename: string, body: string): void {
  res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` });
  res.end(body);
}
