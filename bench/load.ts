import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { activityFor, CONVERSATION, type BotReply } from './resident.js';

/** What one load run measured from the client side. */
export interface LoadResult {
  concurrency: number;
  seconds: number;
  turns: number;
  turnsPerSecond: number;
  conversations: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** transport failures, 4xx/5xx other than 503, and replies that left the expected conversation */
  errors: number;
  /** answers "busy, try again" from the load shedding; the resident retries the same turn */
  busy503: number;
  /** the first few error descriptions, for the report */
  errorSamples: string[];
}

/** A load result with its raw latencies, so rounds can be pooled before taking percentiles. */
export interface LoadRun {
  result: LoadResult;
  /** turn latencies in ms, sorted ascending */
  latencies: Float64Array;
}

/** How to drive one server. */
export interface LoadOptions {
  port: number;
  concurrency: number;
  /** measured time; workers stop at the first turn boundary after it */
  durationMs: number;
  /** a run-unique prefix, so residents never repeat across runs */
  runId: string;
  /** check each reply against the conversation script (our bot) or only for a non-empty answer (echo) */
  checkFlow: boolean;
  /** hard stop on turns, so a loop can never run away */
  maxTurns?: number;
}

interface Answer {
  status: number;
  body: string;
}

/** One POST over a keep-alive agent; resolves with the status and body, rejects only on transport errors. */
function post(agent: http.Agent, port: number, path: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('request timed out after 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The p-th percentile (0..100) of sorted values, nearest-rank. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Runs `concurrency` simulated residents at once, each going through whole conversations one turn after the
 * other (a resident waits for the answer before the next message, like a person), until the time is up.
 */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  const serviceUrl = `http://127.0.0.1:${options.port}`;
  const maxTurns = options.maxTurns ?? 500_000;
  const latencies = new Float64Array(maxTurns);
  let turns = 0;
  let conversations = 0;
  let errors = 0;
  let busy503 = 0;
  const errorSamples: string[] = [];
  const fail = (message: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(message);
  };
  const start = performance.now();
  const deadline = start + options.durationMs;
  const timeUp = () => performance.now() >= deadline || turns >= maxTurns;

  const worker = async (index: number) => {
    for (let round = 0; !timeUp(); round++) {
      const resident = `${options.runId}-${index}-${round}`;
      let turn = 0;
      for (; turn < CONVERSATION.length && !timeUp(); turn++) {
        const step = CONVERSATION[turn]!;
        const body = JSON.stringify(activityFor(step, resident, turn, serviceUrl));
        let answered = false;
        for (let attempt = 0; attempt < 50 && !answered && !timeUp(); attempt++) {
          const began = performance.now();
          let answer: Answer;
          try {
            answer = await post(agent, options.port, '/api/messages', body);
          } catch (error) {
            fail(`transport: ${error instanceof Error ? error.message : String(error)}`);
            break;
          }
          const took = performance.now() - began;
          if (answer.status === 503) {
            busy503++;
            await new Promise((r) => setTimeout(r, 20));
            continue;
          }
          answered = true;
          if (turns < maxTurns) latencies[turns] = took;
          turns++;
          if (answer.status !== 200) {
            fail(`HTTP ${answer.status} at turn ${turn}: ${answer.body.slice(0, 160)}`);
            continue;
          }
          const replies = (JSON.parse(answer.body) as { activities?: BotReply[] }).activities ?? [];
          const ok = options.checkFlow ? (step.expect?.(replies) ?? true) : replies.length > 0;
          if (!ok) fail(`unexpected reply at turn ${turn}: ${replies.map((r) => r.text ?? '').join(' | ').slice(0, 160)}`);
        }
        if (!answered) break;
      }
      if (turn === CONVERSATION.length) conversations++;
    }
  };

  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.slice(0, Math.min(turns, maxTurns)).sort();
  return { result: summarise(options.concurrency, seconds, turns, conversations, errors, busy503, errorSamples, sorted), latencies: sorted };
}

/** Turns counts and sorted latencies into a LoadResult (also used to pool several rounds). */
export function summarise(concurrency: number, seconds: number, turns: number, conversations: number, errors: number, busy503: number, errorSamples: string[], sorted: Float64Array): LoadResult {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    concurrency,
    seconds: round(seconds),
    turns,
    turnsPerSecond: round(turns / seconds),
    conversations,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.length ? sorted[sorted.length - 1]! : 0),
    errors,
    busy503,
    errorSamples,
  };
}
