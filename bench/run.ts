import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Child } from './child.js';
import { compare, warmUp, type Pair } from './compare.js';
import { createTempDatabase } from '../test/support/postgres.js';
import { summariseProfile, type ProfileSummary } from './profile.js';
import { judge, loadTable, targetLines, writeResults } from './report.js';
import { readTemplates, seedSqlite } from './seed.js';
import { build, ROOT, startEcho, startFlags, startOurs, startViaNpm, startViaTsxCli, type StartMode } from './servers.js';
import { soak } from './soak.js';

/**
 * `npm run bench`: the real server, started as `npm start` does (compiled, from dist/, built first; `--mode tsx` runs
 * the source through tsx instead), against a botbuilder echo bot on this machine, measured in alternation,
 * plus start-up time, memory with 100,000 stored conversations, the picture and matching micro-benchmarks,
 * a CPU profile, and PostgreSQL when DATABASE_URL is set. `npm run bench -- --soak [--minutes 1]` runs a soak.
 */
const { values: args } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    minutes: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,10,50,200' },
    stored: { type: 'string', default: '100000' },
    mode: { type: 'string', default: 'dist' },
    'no-build': { type: 'boolean', default: false },
    'dist-dir': { type: 'string', default: join(ROOT, 'dist') },
    'no-profile': { type: 'boolean', default: false },
  },
});

const number = (name: string, value: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} expects a number from ${min} to ${max}, got ${value}`);
  return n;
};
const mode = args.mode as StartMode;
const distDir = args['dist-dir'];
if (mode !== 'tsx' && mode !== 'dist') throw new Error(`--mode expects tsx or dist (dist needs a build in dist/), got ${args.mode}`);
const rounds = number('rounds', args.rounds, 1, 20);
const durationMs = number('seconds', args.seconds, 1, 120) * 1000;
const concurrencies = args.concurrency.split(',').map((c) => number('concurrency', c, 1, 1000));
const storedConversations = number('stored', args.stored, 0, 1_000_000);
const maxConcurrentTurns = Math.max(256, ...concurrencies.map((c) => c + 16));
const runId = `b${Date.now().toString(36)}`;
const log = (line: string) => process.stdout.write(`${line}\n`);
const dir = mkdtempSync(join(os.tmpdir(), 'spinnenweb-bench-'));
const resultsDir = join(ROOT, 'bench/results');
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', memoryMb: Math.round(os.totalmem() / 2 ** 20), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
}

/** Runs `task` with a server, and always stops the server afterwards. */
async function withServer<T>(start: () => Promise<Child>, task: (child: Child) => Promise<T>): Promise<T> {
  const child = await start();
  try {
    return await task(child);
  } finally {
    await child.stop();
  }
}

async function readiness() {
  const ours: number[] = [];
  const npmStart: number[] = [];
  const tsxCli: number[] = [];
  for (let i = 0; i < 3; i++) {
    ours.push(Math.round(await withServer(() => startOurs({ dir, sqlitePath: join(dir, `ready-${i}.sqlite`), maxConcurrentTurns, mode, distDir }), async (c) => c.readyMs)));
    if (mode === 'dist' && distDir === join(ROOT, 'dist')) npmStart.push(Math.round(await withServer(() => startViaNpm({ sqlitePath: join(dir, `npm-${i}.sqlite`) }), async (c) => c.readyMs)));
    if (mode === 'tsx') tsxCli.push(Math.round(await withServer(() => startViaTsxCli(dir), async (c) => c.readyMs)));
  }
  log(`ready on Node ${process.version} (spawn → /healthz 200): ${mode === 'tsx' ? 'node --import tsx' : `node ${[...startFlags(), 'dist/index.js'].join(' ')}`} ${ours.join(', ')} ms`
    + (npmStart.length ? `; npm start → /readyz 200 ${npmStart.join(', ')} ms` : '') + (tsxCli.length ? `; tsx CLI (npm run dev) ${tsxCli.join(', ')} ms` : ''));
  // What a user waits for is `npm start`; the bare node figure stays for comparison with earlier runs.
  const userMs = npmStart.length ? median(npmStart) : median(ours);
  return { mode, node: process.version, runsMs: ours, medianMs: userMs, nodeMedianMs: median(ours), ...(npmStart.length ? { npmStartRunsMs: npmStart } : {}), ...(tsxCli.length ? { tsxCliRunsMs: tsxCli, tsxCliMedianMs: median(tsxCli) } : {}) };
}

async function micro() {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/micro.ts')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const parsed = JSON.parse(out.trim().split('\n').at(-1)!) as { picture: { coldMs: number; warmMs: number; cachedMs: number }; matching: { activities: number; msPerRequest: number }; safety: { messages: number; medianMs: number; p95Ms: number }; safetyNet: { messages: number; medianMs: number; p95Ms: number }; safetyModel: { messages: number; medianMs: number; p99Ms: number }; scores: { typicalUs: number; worstUs: number; halfLengthRatio: number } };
  log(`picture: cold ${parsed.picture.coldMs.toFixed(1)} ms, new ${parsed.picture.warmMs.toFixed(1)} ms, cached ${parsed.picture.cachedMs.toFixed(3)} ms; matching over ${parsed.matching.activities} activities: ${parsed.matching.msPerRequest.toFixed(3)} ms/request`);
  log(`safety net rules over ${parsed.safety.messages} messages: median ${parsed.safety.medianMs.toFixed(3)} ms, p95 ${parsed.safety.p95Ms.toFixed(3)} ms per message; the whole offline net (rules, then the second opinion on what they read): median ${parsed.safetyNet.medianMs.toFixed(3)} ms, p95 ${parsed.safetyNet.p95Ms.toFixed(3)} ms; second opinion alone (reading the concepts itself) over ${parsed.safetyModel.messages} messages: median ${parsed.safetyModel.medianMs.toFixed(4)} ms, p99 ${parsed.safetyModel.p99Ms.toFixed(4)} ms`);
  log(`typed scores: ${parsed.scores.typicalUs.toFixed(1)} µs per everyday answer, ${parsed.scores.worstUs.toFixed(1)} µs for the slowest hostile answer at the length limit (half the length: ${(parsed.scores.halfLengthRatio * 100).toFixed(0)} % of that time)`);
  return parsed;
}

/** The insight page with a year of counts for 100,000 residents, in a fresh process (bench/insight.ts); the target is < 200 ms. */
async function insightPage() {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/insight.ts')], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  const parsed = JSON.parse(out.trim().split('\n').at(-1)!) as { residents: number; rows: number; medianMs: number; p90Ms: number; firstMs: number };
  log(`insight page over a year of ${parsed.residents.toLocaleString('en')} residents (${parsed.rows.toLocaleString('en')} count rows): median ${parsed.medianMs.toFixed(1)} ms, p90 ${parsed.p90Ms.toFixed(1)} ms, first ${parsed.firstMs.toFixed(1)} ms (target < 200 ms: ${parsed.p90Ms < 200 ? 'met' : 'NOT met'})`);
  return parsed;
}

/** Peak RSS at 50 residents on an empty database and on one with `count` stored conversations, fresh processes, alternated. */
async function storedRun(count: number, templateDb: string) {
  const seededPath = join(dir, 'seeded.sqlite');
  const templates = readTemplates(templateDb);
  const seed = await seedSqlite(seededPath, count, templates);
  log(`seeded ${count.toLocaleString('en')} conversations (${seed.rows.toLocaleString('en')} rows, ${(seed.jsonBytes / 2 ** 20).toFixed(0)} MB JSON; profile ${templates.profile.length} B, conversation ${templates.conversation.length} B)`);
  const empty: Pair[] = [];
  const seeded: Pair[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [list, path] of [[empty, join(dir, `empty-${round}.sqlite`)], [seeded, seededPath]] as const) {
      const pairs = await withServer(() => startOurs({ dir, sqlitePath: path, maxConcurrentTurns, mode, distDir }), async (child) => {
        await warmUp(child, `${runId}-st${round}`, true);
        return compare(child, undefined, { concurrencies: [50], rounds: 1, durationMs, runId: `${runId}-st${round}-${list === empty ? 'e' : 's'}`, log: () => undefined });
      });
      list.push(...pairs);
    }
  }
  const peak = (l: Pair[]) => Math.max(...l.map((p) => p.ours.peakRssMb));
  const result = {
    seeded: count,
    rows: seed.rows,
    jsonMb: Math.round(seed.jsonBytes / 2 ** 20),
    emptyPeakRssMb: peak(empty),
    seededPeakRssMb: peak(seeded),
    empty: empty.map((p) => ({ turnsPerSecond: p.ours.turnsPerSecond, p99Ms: p.ours.p99Ms, peakRssMb: p.ours.peakRssMb, errors: p.ours.errors })),
    withStored: seeded.map((p) => ({ turnsPerSecond: p.ours.turnsPerSecond, p99Ms: p.ours.p99Ms, peakRssMb: p.ours.peakRssMb, errors: p.ours.errors })),
  };
  log(`RSS at 50 residents: empty ${result.emptyPeakRssMb} MB, with ${count.toLocaleString('en')} stored ${result.seededPeakRssMb} MB`);
  return result;
}

/** The server under `node --cpu-prof` for one 50-resident run; start-up and warm-up are left out of the summary. */
async function profileRun(): Promise<ProfileSummary> {
  const profDir = join(dir, 'cpu-profile');
  let skipMs = 0;
  await withServer(() => startOurs({ dir, sqlitePath: join(dir, 'profile.sqlite'), maxConcurrentTurns, mode, distDir, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] }), async (child) => {
    await warmUp(child, `${runId}-prof`, true);
    skipMs = performance.now() - child.spawnedAt;
    await compare(child, undefined, { concurrencies: [50], rounds: 1, durationMs: Math.max(durationMs, 5000), runId: `${runId}-prof`, log });
  });
  const summary = summariseProfile(profDir, 15, skipMs);
  log(`CPU profile of the load at 50 residents (${summary.busyMs} ms busy of ${summary.totalMs} ms), top self time:`);
  for (const f of summary.functions.slice(0, 10)) log(`  ${f.percent.toString().padStart(5)} %  ${f.name}`);
  log('  by area: ' + summary.areas.slice(0, 8).map((a) => `${a.name} ${a.percent} %`).join(', '));
  return summary;
}

async function postgresRun(baseUrl: string, echo: Child) {
  const database = await createTempDatabase(baseUrl, 'spinnenweb_bench');
  try {
    return await withServer(() => startOurs({ dir, databaseUrl: database.url, maxConcurrentTurns, mode, distDir }), async (child) => {
      await warmUp(child, `${runId}-pg`, true);
      return compare(child, echo, { concurrencies, rounds: 1, durationMs, runId: `${runId}-pg`, log });
    });
  } finally {
    await database.drop();
  }
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  if (args.soak) {
    const minutes = number('minutes', args.minutes, 1, 120);
    log(`soak: ${minutes} min at 20 residents, RSS every 10 s`);
    const result = await withServer(() => startOurs({ dir, maxConcurrentTurns, mode, distDir }), (child) => soak(child, { minutes, concurrency: 20, sampleSeconds: 10, runId, log }));
    log(`${result.flat ? 'PASS' : 'FAIL'}  memory flat: last third ${result.lastThirdMb} MB vs middle third ${result.middleThirdMb} MB; ${result.turns} turns, ${result.errors} errors, ${result.busy503} × 503`);
    const file = writeResults(resultsDir, { kind: 'soak', startedAt, finishedAt: new Date().toISOString(), machine: machine(), mode, soak: result }, 'soak');
    log(`results: ${file}`);
    return;
  }

  if (mode === 'dist' && !args['no-build'] && distDir === join(ROOT, 'dist')) build();
  log(`spinnenweb bench on Node ${process.version}, ${os.cpus().length} cores, ${rounds} rounds × ${durationMs / 1000} s per concurrency, MAX_CONCURRENT_TURNS=${maxConcurrentTurns}, start mode ${mode}`);
  const ready = await readiness();
  const microResults = await micro();
  const insightResults = await insightPage();

  log('load, ours against the echo bot in alternation:');
  const loadDb = join(dir, 'load.sqlite');
  const load = await withServer(() => startOurs({ dir, sqlitePath: loadDb, maxConcurrentTurns, mode, distDir }), (ours) =>
    withServer(startEcho, async (echo) => {
      await warmUp(ours, runId, true);
      await warmUp(echo, runId, false);
      return compare(ours, echo, { concurrencies, rounds, durationMs, runId, log });
    }));

  const stored = storedConversations > 0 ? await storedRun(storedConversations, loadDb) : undefined;
  const profile = args['no-profile'] ? undefined : await profileRun();

  let postgres: Pair[] | { skipped: string };
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (databaseUrl) {
    log('PostgreSQL (a temporary database on DATABASE_URL), ours against the echo bot:');
    postgres = await withServer(startEcho, (echo) => postgresRun(databaseUrl, echo));
  } else {
    postgres = { skipped: 'DATABASE_URL is not set' };
  }

  const targets = judge({ load, readyMedianMs: ready.medianMs, maxConcurrentTurns, stored });
  log('');
  log(loadTable('SQLite (durable state), ours | echo bot:', load));
  if (Array.isArray(postgres)) log(loadTable('PostgreSQL, ours | echo bot:', postgres));
  log('');
  log(targetLines(targets));
  const file = writeResults(resultsDir, {
    kind: 'bench',
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machine(),
    settings: { rounds, secondsPerRound: durationMs / 1000, concurrencies, maxConcurrentTurns, mode, nodeFlags: mode === 'dist' ? startFlags() : ['--import', 'tsx'], turnsPerConversation: 15 },
    ready,
    load,
    stored,
    micro: microResults,
    insight: insightResults,
    profile,
    postgres,
    targets,
  });
  log(`results: ${file}`);
  if (targets.some((t) => !t.pass)) process.exitCode = 1;
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
