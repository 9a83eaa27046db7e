import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/support/ports.js';

/** A server under test, running as its own process on 127.0.0.1. */
export interface Child {
  readonly pid: number;
  readonly port: number;
  /** spawn to the first 200 from its ready path (/healthz unless told otherwise), in milliseconds */
  readonly readyMs: number;
  /** performance.now() at spawn, to relate later moments to the process's own clock (e.g. its CPU profile) */
  readonly spawnedAt: number;
  /** stops it with SIGTERM (SIGKILL after 15 s) and resolves when it has exited */
  stop(): Promise<void>;
  /** the last 20 kB of what it wrote to stdout and stderr, for error reports */
  stderr(): string;
  /** throws with the process output when it is no longer running */
  assertAlive(): void;
}

function probe(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, timeout: 1000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    // Refused while the server is still starting: not ready yet.
    req.on('error', () => resolve(0));
  });
}

/**
 * Spawns `command args` with `env` plus PORT and HOST, and polls `readyPath` (default /healthz) every 10 ms until it answers 200.
 * Fails when the process exits first or is not ready within `timeoutMs`.
 */
export async function startChild(command: string, args: string[], env: Record<string, string>, options: StartOptions = {}): Promise<Child> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(command, args, env, options);
    } catch (error) {
      // Another process on this shared machine may take the free port before the child binds it.
      if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
    }
  }
}

class PortTakenError extends Error {}

/** How a child is started and when it counts as ready. */
export interface StartOptions {
  cwd?: string;
  timeoutMs?: number;
  /** polled until it answers 200 (default /healthz) */
  readyPath?: string;
  /** a launcher such as npm that runs the server as its own child: signals go to the whole process group */
  group?: boolean;
}

async function startOnce(command: string, args: string[], env: Record<string, string>, { cwd, timeoutMs = 30_000, readyPath = '/healthz', group = false }: StartOptions): Promise<Child> {
  const port = await freePort();
  const began = performance.now();
  const proc: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  const signal = (name: NodeJS.Signals) => {
    if (group && proc.pid !== undefined) process.kill(-proc.pid, name);
    else proc.kill(name);
  };
  let errText = '';
  const keep = (chunk: Buffer) => {
    errText = (errText + chunk.toString('utf8')).slice(-20_000);
  };
  proc.stderr?.on('data', keep);
  proc.stdout?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    proc.once('exit', (code, signal) => {
      keep(Buffer.from(`[exited with ${signal ?? `code ${code}`}]\n`));
      resolve();
    }));
  let gone = false;
  void exited.then(() => (gone = true));

  const stop = async () => {
    if (gone) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  while (true) {
    if (gone && errText.includes('EADDRINUSE')) throw new PortTakenError(`port ${port} was taken`);
    if (gone) throw new Error(`${command} ${args.join(' ')} exited before it was ready:\n${errText.slice(0, 2000)}`);
    if (performance.now() - began > timeoutMs) {
      await stop();
      throw new Error(`${command} ${args.join(' ')} was not ready within ${timeoutMs} ms:\n${errText.slice(0, 2000)}`);
    }
    if ((await probe(port, readyPath)) === 200) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const assertAlive = () => {
    if (gone) throw new Error(`${command} ${args.join(' ')} stopped during the benchmark:\n${errText.slice(-3000)}`);
  };
  return { pid: proc.pid!, port, readyMs: performance.now() - began, spawnedAt: began, stop, stderr: () => errText, assertAlive };
}

/** The resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb) / 1024;
}

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every common Linux. */
const CLOCK_TICKS = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Samples the RSS of `pid` every `everyMs` until stopped; `stop` returns the peak and all samples. */
export function sampleRss(pid: number, everyMs = 100): { stop(): { peakMb: number; samples: number[] } } {
  const samples: number[] = [];
  const take = () => {
    try {
      samples.push(rssMb(pid));
    } catch (error) {
      // The process may exit between samples at the end of a run; that ends the series.
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakMb: Math.max(0, ...samples), samples };
    },
  };
}
