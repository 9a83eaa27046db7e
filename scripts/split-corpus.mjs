// Splits a corpus of JSON lines into a tuning part (70 %) and a frozen test part (30 %), once, before any tuning.
// Stratified by the fields named, with a fixed seed, so every label, language and category is in both parts.
// Usage: node scripts/split-corpus.mjs [--same=field,...] <out-dir> <seed> <field,field,...> <in.jsonl> [<in.jsonl> ...]
// A row whose text was seen before is dropped; with --same, only when those fields are the same too (the same
// reply to another question is another row).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const sameFlag = args.find((a) => a.startsWith('--same='));
const sameFields = sameFlag ? sameFlag.slice('--same='.length).split(',') : [];
const [outDir, seedText, fieldList, ...inputs] = args.filter((a) => a !== sameFlag);
if (!outDir || !seedText || !fieldList || inputs.length === 0) {
  process.stderr.write('usage: node scripts/split-corpus.mjs <out-dir> <seed> <field,field,...> <in.jsonl>...\n');
  process.exit(2);
}
const fields = fieldList.split(',');

// mulberry32: a small seeded generator, so the same seed gives the same split.
let state = Number(seedText) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const seen = new Set();
const groups = new Map();
for (const file of inputs) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    const key = [row.text.trim(), ...sameFields.map((f) => String(row[f]))].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const group = fields.map((f) => String(row[f])).join('|');
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(row);
  }
}
const tune = [];
const test = [];
for (const rows of groups.values()) {
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const cut = Math.round(rows.length * 0.3);
  test.push(...rows.slice(0, cut));
  tune.push(...rows.slice(cut));
}
mkdirSync(outDir, { recursive: true });
const write = (name, rows) => writeFileSync(join(outDir, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
write('tune.jsonl', tune);
write('test.jsonl', test);
process.stdout.write(`${tune.length} tune, ${test.length} test (${groups.size} strata)\n`);
