import { rssMb, type Child } from './child.js';
import { runLoad } from './load.js';

/** What a soak run found. */
export interface SoakResult {
  minutes: number;
  concurrency: number;
  turns: number;
  errors: number;
  busy503: number;
  /** RSS in MB every `sampleSeconds` */
  rssMb: number[];
  sampleSeconds: number;
  middleThirdMb: number;
  lastThirdMb: number;
  flat: boolean;
}

/** Growth still called flat: allocator and JIT settle slowly, a leak grows without end. */
const ALLOWED_GROWTH = { fraction: 0.05, mb: 5 };

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * Keeps `concurrency` residents busy for `minutes`, in slices of `sampleSeconds`, and samples the server's RSS
 * after each slice. Memory is flat when the mean of the last third is at most 5 % (+5 MB) above the middle third.
 */
export async function soak(server: Child, options: { minutes: number; concurrency: number; sampleSeconds: number; runId: string; log(line: string): void }): Promise<SoakResult> {
  const slices = Math.max(3, Math.round((options.minutes * 60) / options.sampleSeconds));
  const rss: number[] = [];
  let turns = 0;
  let errors = 0;
  let busy503 = 0;
  for (let i = 0; i < slices; i++) {
    const { result } = await runLoad({ port: server.port, concurrency: options.concurrency, durationMs: options.sampleSeconds * 1000, runId: `${options.runId}-s${i}`, checkFlow: true });
    turns += result.turns;
    errors += result.errors;
    busy503 += result.busy503;
    rss.push(Math.round(rssMb(server.pid) * 10) / 10);
    options.log(`  ${((i + 1) * options.sampleSeconds).toString().padStart(4)} s: RSS ${rss.at(-1)} MB, ${result.turnsPerSecond} turns/s, p99 ${result.p99Ms} ms, errors ${result.errors}`);
  }
  const third = Math.floor(rss.length / 3);
  const middle = mean(rss.slice(third, 2 * third));
  const last = mean(rss.slice(2 * third));
  return {
    minutes: options.minutes,
    concurrency: options.concurrency,
    turns,
    errors,
    busy503,
    rssMb: rss,
    sampleSeconds: options.sampleSeconds,
    middleThirdMb: Math.round(middle * 10) / 10,
    lastThirdMb: Math.round(last * 10) / 10,
    flat: last <= middle * (1 + ALLOWED_GROWTH.fraction) + ALLOWED_GROWTH.mb,
  };
}
