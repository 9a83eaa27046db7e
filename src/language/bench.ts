import { detectCrisis } from './safety.js';

/**
 * Times the safety net over the given messages: every message once to warm up, then `rounds` passes,
 * each message timed on its own. Returns the median and the 95th percentile in milliseconds per message.
 * `assess` is the rules alone by default; the turn's whole offline net (assessOffline) can be timed the same way.
 */
export function benchSafety(messages: readonly string[], rounds: number, assess: (text: string) => unknown = detectCrisis): { messages: number; medianMs: number; p95Ms: number } {
  for (const m of messages) assess(m);
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const m of messages) {
      const start = performance.now();
      assess(m);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    messages: messages.length,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
  };
}
