import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pair } from './compare.js';

/** One target of the issue, with the measured value and whether it was met. */
export interface Target {
  name: string;
  goal: string;
  measured: string;
  pass: boolean;
}

/** The figures the targets are judged on. */
export interface TargetInputs {
  load: Pair[];
  readyMedianMs: number;
  maxConcurrentTurns: number;
  stored?: { emptyPeakRssMb: number; seededPeakRssMb: number; seeded: number };
}

/** Allowed extra RSS with 100,000 stored conversations: memory must not grow with the database. */
const STORED_RSS_SLACK_MB = 25;

/** Judges the targets of issue 7 on this run's figures. */
export function judge({ load, readyMedianMs, maxConcurrentTurns, stored }: TargetInputs): Target[] {
  const at = (c: number) => load.find((p) => p.concurrency === c);
  const targets: Target[] = [];
  const c10 = at(10);
  if (c10?.ratio !== undefined) {
    targets.push({ name: 'throughput at 10 residents', goal: '≥ 0.6 × echo bot turns/s (durable SQLite state)', measured: `${c10.ratio} × (${c10.ours.turnsPerSecond} vs ${c10.echo!.turnsPerSecond} turns/s)`, pass: c10.ratio >= 0.6 });
  }
  const c50 = at(50);
  if (c50) targets.push({ name: 'p99 latency at 50 residents', goal: '< 50 ms', measured: `${c50.ours.p99Ms} ms`, pass: c50.ours.p99Ms < 50 });
  const c200 = at(200);
  if (c200) {
    targets.push({ name: 'errors at 200 residents', goal: `0 (MAX_CONCURRENT_TURNS=${maxConcurrentTurns}; 503s counted apart)`, measured: `${c200.ours.errors} errors, ${c200.ours.busy503} × 503`, pass: c200.ours.errors === 0 });
    targets.push({ name: 'peak RSS at 200 residents', goal: '< 250 MB', measured: `${c200.ours.peakRssMb} MB`, pass: c200.ours.peakRssMb < 250 });
  }
  targets.push({ name: 'ready after start', goal: '< 2000 ms npm start → /readyz 200 (median)', measured: `${Math.round(readyMedianMs)} ms`, pass: readyMedianMs < 2000 });
  if (stored) {
    const grew = stored.seededPeakRssMb - stored.emptyPeakRssMb;
    targets.push({ name: 'RSS independent of stored conversations', goal: `${stored.seeded.toLocaleString('en')} stored: ≤ ${STORED_RSS_SLACK_MB} MB above empty, 50 residents`, measured: `${stored.seededPeakRssMb} vs ${stored.emptyPeakRssMb} MB (${grew >= 0 ? '+' : ''}${grew})`, pass: grew <= STORED_RSS_SLACK_MB });
  }
  return targets;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The load table: one line per concurrency, ours and echo side by side. */
export function loadTable(title: string, pairs: Pair[]): string {
  const lines = [title, `${pad('residents', 9)} ${pad('turns/s', 8)} ${pad('p50 ms', 7)} ${pad('p95 ms', 7)} ${pad('p99 ms', 7)} ${pad('errors', 6)} ${pad('503', 5)} ${pad('RSS MB', 6)} ${pad('CPU ms/turn', 11)} | ${pad('echo t/s', 8)} ${pad('echo p99', 8)} ${pad('echo RSS', 8)} ${pad('echo CPU', 8)} ${pad('ratio', 6)}`];
  for (const p of pairs) {
    const o = p.ours;
    lines.push(`${pad(p.concurrency, 9)} ${pad(Math.round(o.turnsPerSecond), 8)} ${pad(o.p50Ms.toFixed(1), 7)} ${pad(o.p95Ms.toFixed(1), 7)} ${pad(o.p99Ms.toFixed(1), 7)} ${pad(o.errors, 6)} ${pad(o.busy503, 5)} ${pad(o.peakRssMb, 6)} ${pad(o.cpuMsPerTurn.toFixed(2), 11)} | ` +
      (p.echo
        ? `${pad(Math.round(p.echo.turnsPerSecond), 8)} ${pad(p.echo.p99Ms.toFixed(1), 8)} ${pad(p.echo.peakRssMb, 8)} ${pad(p.echo.cpuMsPerTurn.toFixed(2), 8)} ${pad(p.ratio!.toFixed(2), 6)}`
        : `${pad('-', 8)} ${pad('-', 8)} ${pad('-', 8)} ${pad('-', 8)} ${pad('-', 6)}`));
  }
  return lines.join('\n');
}

/** The targets as PASS/FAIL lines. */
export function targetLines(targets: Target[]): string {
  return targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured} (goal ${t.goal})`).join('\n');
}

/** Writes `<dir>/<ISO time>.json` and `latest.json` (a soak: `<ISO time>-soak.json` and `soak-latest.json`); returns the first path. */
export function writeResults(dir: string, results: object, kind: 'bench' | 'soak' = 'bench'): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const suffix = kind === 'soak' ? '-soak' : '';
  const file = join(dir, `${stamp}${suffix}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(join(dir, kind === 'soak' ? 'soak-latest.json' : 'latest.json'), text);
  return file;
}
