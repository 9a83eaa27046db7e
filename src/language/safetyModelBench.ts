import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { safetyModelScore } from './safetyModel.js';

/**
 * Times the safety net's second opinion on every message of the tune split, each timed on its own over
 * `rounds` rounds after a warm-up, for the project benchmark. The goal is a median of at most 0.1 ms.
 */
export function benchSafetyModel(rounds = 5): { messages: number; medianMs: number; p99Ms: number } {
  const texts = readFileSync(join(PROJECT_ROOT, 'test/language/safety/tune.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
  for (const text of texts) safetyModelScore(text);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      safetyModelScore(text);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { messages: texts.length, medianMs: at(0.5), p99Ms: at(0.99) };
}
