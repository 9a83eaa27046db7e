import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One line of a self-time table. */
export interface SelfTime {
  name: string;
  ms: number;
  percent: number;
}

/** The top self-time functions and the same time grouped by where the code lives. */
export interface ProfileSummary {
  totalMs: number;
  /** time not idle: what the server spent CPU on */
  busyMs: number;
  functions: SelfTime[];
  areas: SelfTime[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL: a package in node_modules, a folder of ours, node internals, or V8's own buckets. */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/work\/[^/]+\/(?:dist\/)?((?:src\/[^/]+|dialogs|bench))/.exec(url)?.[1] ?? /\/((?:src\/[^/]+|dialogs))/.exec(url)?.[1];
  return ours ? ours.replace(/\.(ts|js)$/, '') : url;
}

/**
 * Reads the largest `.cpuprofile` in `dir` (the main thread: tsx's loader thread writes a small one beside it)
 * and sums self time per function and per area, leaving out the first `skipMs` of the recording.
 */
export function summariseProfile(dir: string, top = 15, skipMs = 0): ProfileSummary {
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => ({ f, size: statSync(join(dir, f)).size })).sort((a, b) => b.size - a.size)[0]?.f;
  if (!file) throw new Error(`no .cpuprofile in ${dir}; did the server exit cleanly under --cpu-prof?`);
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfUs = new Map<number, number>();
  let clockUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clockUs += delta;
    // Samples before skipMs belong to start-up and warm-up, not to the load being profiled.
    if (clockUs >= skipMs * 1000) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });

  const functions = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!;
    total += us;
    if (frame.functionName === '(idle)') idle += us;
    const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/work\/[^/]+\//, '')}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const busy = total - idle;
  const table = (m: Map<string, number>) =>
    [...m].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, percent: Math.round((us / busy) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), busyMs: Math.round(busy / 1000), functions: table(functions), areas: table(areas) };
}
