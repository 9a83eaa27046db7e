import { readFileSync } from 'node:fs';
import { assessOffline } from '../src/language/index.js';
import { detectCrisis } from '../src/language/safety.js';
import { matchRules } from '../src/language/safety-match.js';

/**
 * Corpus figures for the safety net, for the rules alone and for the offline net the turn uses (rules raised by the
 * second opinion). Usage: npx tsx scripts/safety-eval.ts [split ...] [--misses] [--fa] [--fn]
 * `--misses` lists the misses of tune splits only: a test split is never listed, only counted.
 */
const splits = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
type Row = { text: string; lang: string; label: string; category: string };
const percent = (part: number, all: number) => `${(100 * part / Math.max(all, 1)).toFixed(1)}%`;

for (const split of splits.length ? splits : ['tune']) {
  const rows = readFileSync(`test/language/safety/${split}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  for (const [name, level] of [['rules', (t: string) => detectCrisis(t).level], ['net', (t: string) => assessOffline(t).level]] as const) {
    const got = rows.map((r) => level(r.text));
    const count = (keep: (r: Row, l: string) => boolean) => rows.filter((r, i) => keep(r, got[i] ?? 'none')).length;
    const recall = ['nl', 'en'].map((lang) => `${lang} ${percent(count((r, l) => r.lang === lang && r.label === 'crisis' && l === 'crisis'), count((r) => r.lang === lang && r.label === 'crisis'))}`);
    const other = count((r) => r.label !== 'crisis');
    const falseAlarms = count((r, l) => r.label !== 'crisis' && l === 'crisis');
    const low = count((r) => r.label === 'distress');
    const helped = count((r, l) => r.label === 'distress' && l !== 'none');
    const noisy = count((r, l) => r.label === 'none' && l === 'distress');
    console.log(`${split} ${name}: recall ${recall.join(' ')}  false alarms ${falseAlarms}/${other} ${percent(falseAlarms, other)}  low mood helped ${percent(helped, low)}  ordinary -> Luisterlijn ${noisy}`);
  }
  if (!flags.has('--misses') || split.endsWith('test')) continue;
  for (const r of rows) {
    const got = assessOffline(r.text).level;
    const bad = (r.label === 'crisis' && got !== 'crisis') || (r.label !== 'crisis' && got === 'crisis') || (r.label === 'distress' && got === 'none');
    const want = flags.has('--fa') ? r.label !== 'crisis' : flags.has('--fn') ? r.label !== 'none' : true;
    if (bad && want) console.log(`${r.label}/${r.category} -> ${got} [${matchRules(r.text)?.pattern ?? ''}]: ${r.text}`);
  }
}
