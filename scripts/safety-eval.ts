import { readFileSync } from 'node:fs';
import { detectCrisis } from '../src/language/safety.js';
import { matchRules } from '../src/language/safety-match.js';

/** Corpus figures for the safety net; `--misses` lists the tune split's misses (never the test split's). */
const split = process.argv[2] ?? 'tune';
const showMisses = process.argv.includes('--misses') && !split.endsWith('test');
const rows = readFileSync(`test/language/safety/${split}.jsonl`, 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; lang: string; label: string; category: string });
for (const lang of ['nl', 'en', 'all']) {
  const mine = rows.filter((r) => lang === 'all' || r.lang === lang);
  const crisis = mine.filter((r) => r.label === 'crisis');
  const other = mine.filter((r) => r.label !== 'crisis');
  const distress = mine.filter((r) => r.label === 'distress');
  const hit = crisis.filter((r) => detectCrisis(r.text).level === 'crisis').length;
  const fa = other.filter((r) => detectCrisis(r.text).level === 'crisis').length;
  const dd = distress.filter((r) => detectCrisis(r.text).level !== 'none').length;
  const noneDistress = mine.filter((r) => r.label === 'none' && detectCrisis(r.text).level === 'distress').length;
  console.log(`${split} ${lang}: recall ${hit}/${crisis.length} ${(100 * hit / crisis.length).toFixed(1)}%  false alarms ${fa}/${other.length} ${(100 * fa / other.length).toFixed(2)}%  distress ${dd}/${distress.length} ${(100 * dd / distress.length).toFixed(1)}%  none->distress ${noneDistress}`);
}
if (showMisses) {
  for (const r of rows) {
    const got = detectCrisis(r.text).level;
    const bad = (r.label === 'crisis' && got !== 'crisis') || (r.label !== 'crisis' && got === 'crisis') || (r.label === 'distress' && got === 'none');
    const want = process.argv.includes('--fa') ? r.label !== 'crisis' : process.argv.includes('--fn') ? r.label !== 'none' : true;
    if (bad && want) console.log(`${r.label}/${r.category} -> ${got} [${matchRules(r.text)?.pattern ?? ''}]: ${r.text}`);
  }
}
