import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Reads a JSON-lines corpus file, checking every row against its schema. */
export function readCorpus<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** How a group of corpus rows fared. */
export interface Tally {
  total: number;
  right: number;
}

/** "412/433 (95.2 %)" */
export function share(t: Tally): string {
  return `${t.right}/${t.total} (${t.total === 0 ? '-' : ((100 * t.right) / t.total).toFixed(1)} %)`;
}

/** Counts rows per group, where `isRight` says whether the outcome for a row was the expected one. */
export function tally<T>(rows: readonly T[], groupOf: (row: T) => string, isRight: (row: T) => boolean): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const row of rows) {
    const right = isRight(row);
    for (const group of ['all', groupOf(row)]) {
      const t = groups.get(group) ?? { total: 0, right: 0 };
      t.total++;
      if (right) t.right++;
      groups.set(group, t);
    }
  }
  return groups;
}

/**
 * Prints the figures of a corpus run. The test split prints figures only: its misses stay unseen, so it keeps
 * measuring how well the reader does on messages nobody tuned it for. `SHOW_MISSES=1` lists the tuning split's misses.
 */
export function report(title: string, groups: Map<string, Tally>, misses: readonly string[], split: 'tune' | 'test'): void {
  const lines = [...groups.entries()].map(([group, t]) => `    ${group.padEnd(24)} ${share(t)}`);
  process.stdout.write(`\n  ${title} (${split} split)\n${lines.join('\n')}\n`);
  if (split === 'tune' && process.env.SHOW_MISSES === '1') process.stdout.write(`${misses.map((m) => `    miss: ${m}`).join('\n')}\n`);
}
