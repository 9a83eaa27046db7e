import { cpuMs, sampleRss, type Child } from './child.js';
import { runLoad, summarise, type LoadResult, type LoadRun } from './load.js';

/** One server's figures at one concurrency, pooled over the rounds. */
export interface Side extends LoadResult {
  /** peak RSS of the server process during these rounds, MB */
  peakRssMb: number;
  /** turns/s of each round, in order */
  roundTurnsPerSecond: number[];
  /** CPU time the server process used per turn (user + system), ms: steadier than turns/s on a busy machine */
  cpuMsPerTurn: number;
}

/** Ours against the echo baseline at one concurrency. */
export interface Pair {
  concurrency: number;
  ours: Side;
  echo?: Side;
  /** median over rounds of (our turns/s ÷ echo turns/s in the same round pair) */
  ratio?: number;
}

/** How the alternation runs. */
export interface CompareOptions {
  concurrencies: readonly number[];
  rounds: number;
  durationMs: number;
  runId: string;
  log(line: string): void;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Measured {
  run: LoadRun;
  peakRssMb: number;
  cpuMs: number;
}

async function measure(server: Child, concurrency: number, durationMs: number, runId: string, checkFlow: boolean): Promise<Measured> {
  const sampler = sampleRss(server.pid, 100);
  const cpuBefore = cpuMs(server.pid);
  const run = await runLoad({ port: server.port, concurrency, durationMs, runId, checkFlow });
  server.assertAlive();
  return { run, peakRssMb: sampler.stop().peakMb, cpuMs: cpuMs(server.pid) - cpuBefore };
}

function pool(runs: Measured[], concurrency: number): Side {
  const all = new Float64Array(runs.reduce((n, r) => n + r.run.latencies.length, 0));
  let at = 0;
  for (const r of runs) {
    all.set(r.run.latencies, at);
    at += r.run.latencies.length;
  }
  all.sort();
  const sum = (pick: (x: LoadResult) => number) => runs.reduce((n, r) => n + pick(r.run.result), 0);
  const pooled = summarise(
    concurrency,
    sum((x) => x.seconds),
    sum((x) => x.turns),
    sum((x) => x.conversations),
    sum((x) => x.errors),
    sum((x) => x.busy503),
    runs.flatMap((r) => r.run.result.errorSamples).slice(0, 5),
    all,
  );
  const cpu = runs.reduce((n, r) => n + r.cpuMs, 0);
  return {
    ...pooled,
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))),
    roundTurnsPerSecond: runs.map((r) => r.run.result.turnsPerSecond),
    cpuMsPerTurn: Math.round((cpu / Math.max(1, pooled.turns)) * 1000) / 1000,
  };
}

/** A short warm-up so the first measured round does not pay for lazy loading and JIT. */
export async function warmUp(server: Child, runId: string, checkFlow: boolean): Promise<void> {
  await runLoad({ port: server.port, concurrency: 10, durationMs: 1500, runId: `${runId}-warm`, checkFlow });
  server.assertAlive();
}

/**
 * Measures ours and the echo bot in alternation (ours, echo, ours, echo, ...) for each concurrency, so a busy
 * moment on the machine hits both about equally. Without `echo` only ours is measured.
 */
export async function compare(ours: Child, echo: Child | undefined, options: CompareOptions): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (const concurrency of options.concurrencies) {
    const mine: Measured[] = [];
    const theirs: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const id = `${options.runId}-c${concurrency}-r${round}`;
      mine.push(await measure(ours, concurrency, options.durationMs, `${id}-ours`, true));
      if (echo) theirs.push(await measure(echo, concurrency, options.durationMs, `${id}-echo`, false));
      const last = mine.at(-1)!.run.result;
      const base = theirs.at(-1)?.run.result;
      options.log(`  c=${concurrency} round ${round + 1}/${options.rounds}: ours ${last.turnsPerSecond} turns/s p99 ${last.p99Ms} ms errors ${last.errors} 503 ${last.busy503}` +
        (base ? ` | echo ${base.turnsPerSecond} turns/s p99 ${base.p99Ms} ms` : ''));
    }
    const pair: Pair = { concurrency, ours: pool(mine, concurrency) };
    if (echo) {
      pair.echo = pool(theirs, concurrency);
      pair.ratio = Math.round(median(mine.map((m, i) => m.run.result.turnsPerSecond / theirs[i]!.run.result.turnsPerSecond)) * 1000) / 1000;
    }
    pairs.push(pair);
  }
  return pairs;
}
