// Trains the safety net's second opinion (src/language/safety-model.json) on the tune splits only (the *-tune.jsonl files), with ordinary
// replies to the bot (tune-replies.jsonl, and the typed replies of the tune splits of the button and score corpora) as extra ordinary
// messages.
// Two logistic regressions over hashed character n-grams, words, the safety net's concepts (each concept and each
// pair of concepts near each other in a sentence) and pairs of words as the rules read them: crisis against the rest, distress against the rest. Thresholds come
// from 5-fold cross-validation over whole corpora, so that at most 1 % of the safety corpora's ordinary messages in the held-out
// folds is raised. Deterministic: the same corpus and seed give the same file.
// Usage: npx tsx scripts/train-safety-model.ts [--out <file>] [--seed <n>]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../src/paths.js';
import { detectCrisis } from '../src/language/safety.js';
import { FEATURE_BITS, MAX_MODEL_CHARS, MIN_FEATURE_NORM, MIN_MODEL_WORDS, messageFeatures } from '../src/language/safetyModelFeatures.js';

// Every tune split (*-tune.jsonl and tune.jsonl), our own short examples of the wording families (own*.jsonl) and ordinary
// replies to the bot itself (tune-replies.jsonl), in name order; the frozen test splits are never read here.
const SAFETY_CORPUS = join(PROJECT_ROOT, 'test/language/safety');
const TUNE = readdirSync(SAFETY_CORPUS)
  .filter((name) => /^(?:.+-tune|tune|tune-replies|own\d*)\.jsonl$/.test(name))
  .sort()
  .map((name) => `test/language/safety/${name}`);
/**
 * Typed replies to the bot's own questions, from the tune splits of the button corpora (`test/language/choices/`, the consent
 * corpus `test/language/replies/tune.jsonl`) and of the score corpus (`test/health/answers/`): ordinary messages of the kind a
 * resident types all through a conversation ("same as last time", "hangt ervan af", "ik wil niet alleen gaan", "I'd rather not
 * say"), which the safety corpora hold few of. A reply the rules read as a crisis or as low mood, and every reply to the question
 * after a crisis answer, is left out: those are the safety net's to judge, not ordinary examples.
 */
const REPLY_CORPORA = ['test/language/choices', 'test/language/replies', 'test/health/answers'].flatMap((dir) => readdirSync(join(PROJECT_ROOT, dir))
  .filter((name) => /^(?:.+-tune|tune)\.jsonl$/.test(name))
  .sort()
  .map((name) => `${dir}/${name}`));
const FOLDS = 5;
// Chosen by the held-out folds of the cross-validation below (crisis found at 0.5 % false alarms): 20 epochs at 0.05 with
// L2 1e-5 found 55.8 %, 40 epochs at 0.1 with L2 1e-6 found 60.9 %.
const EPOCHS = 40;
const LEARNING_RATE = 0.1;
const L2 = 1e-6;
/**
 * The most ordinary messages the crisis threshold may raise in the held-out folds: 1 %. Chosen on five tune splits
 * the rules had not yet been tuned on (t, u, v, w, x): from 0.5 % to 1 % the net found 1.3 to 6 points more crises
 * there for 0.3 to 1.2 points more false alarms; a missed crisis weighs more than a kind answer given once too often.
 */
const CRISIS_BUDGET = 0.01;
/**
 * The most ordinary messages the distress threshold may raise: 1 %. Low mood is answered with a listening line beside the
 * question, not an alarm; in folds over whole corpora this finds 74 % of low mood alone instead of 68 % at 0.5 %.
 */
const DISTRESS_BUDGET = 0.01;
const CLASSES = ['crisis', 'distress'] as const;
type ModelClass = (typeof CLASSES)[number];

const Row = z.object({ text: z.string(), lang: z.string(), label: z.enum(['crisis', 'distress', 'none']) });
type Row = z.infer<typeof Row>;

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** mulberry32: a small seeded generator, so the same seed gives the same shuffles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** A message as sparse features: each feature present once, scaled so long messages do not shout and short ones whisper. */
interface Example {
  buckets: Int32Array;
  values: Float64Array;
  words: number;
  label: Row['label'];
}

function toExample(row: Row): Example {
  const features = messageFeatures(row.text);
  const buckets = Int32Array.from([...features.buckets].sort((a, b) => a - b));
  const values = new Float64Array(buckets.length).fill(1 / Math.sqrt(Math.max(buckets.length, MIN_FEATURE_NORM)));
  return { buckets, values, words: features.words, label: row.label };
}

/** Weights of one logistic regression, quantised to whole numbers of `scale`. */
interface Quantised {
  bias: number;
  scale: number;
  weights: Int8Array;
}

/** Logistic regression with AdaGrad and a small L2 penalty; the order of examples is shuffled with `seed`. */
function train(examples: readonly Example[], positive: ModelClass, seed: number): Quantised {
  const size = 1 << FEATURE_BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  let bias = 0;
  let biasG2 = 0;
  const next = random(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, next);
    for (const index of order) {
      const ex = examples[index];
      if (!ex) continue;
      let z = bias;
      for (let i = 0; i < ex.buckets.length; i++) z += (w[ex.buckets[i] ?? 0] ?? 0) * (ex.values[i] ?? 0);
      const y = ex.label === positive ? 1 : 0;
      const error = 1 / (1 + Math.exp(-z)) - y;
      for (let i = 0; i < ex.buckets.length; i++) {
        const b = ex.buckets[i] ?? 0;
        const grad = error * (ex.values[i] ?? 0) + L2 * (w[b] ?? 0);
        g2[b] = (g2[b] ?? 0) + grad * grad;
        w[b] = (w[b] ?? 0) - (LEARNING_RATE * grad) / (Math.sqrt(g2[b] ?? 0) + 1e-8);
      }
      biasG2 += error * error;
      bias -= (LEARNING_RATE * error) / (Math.sqrt(biasG2) + 1e-8);
    }
  }
  let largest = 0;
  for (const v of w) largest = Math.max(largest, Math.abs(v));
  const scale = largest / 127 || 1;
  const weights = Int8Array.from(w, (v) => Math.round(v / scale));
  return { bias, scale, weights };
}

function score(model: Quantised, ex: Example): number {
  if (ex.words < MIN_MODEL_WORDS) return 0;
  let z = model.bias;
  for (let i = 0; i < ex.buckets.length; i++) z += (model.weights[ex.buckets[i] ?? 0] ?? 0) * model.scale * (ex.values[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The lowest threshold (rounded up to 4 decimals) that raises at most the budget of ordinary messages. */
function thresholdFor(noneScores: number[], budget: number): number {
  const allowed = Math.floor(noneScores.length * budget);
  const sorted = [...noneScores].sort((a, b) => b - a);
  const highestAllowed = sorted[allowed] ?? 0;
  return Math.min(0.9999, Number(((Math.floor(highestAllowed * 10000) + 1) / 10000).toFixed(4)));
}

/** Sorted buckets as deltas in LEB128 varints, then base64: a compact, exact text form. */
function encodeBuckets(buckets: number[]): string {
  const bytes: number[] = [];
  let previous = 0;
  for (const bucket of buckets) {
    let delta = bucket - previous;
    previous = bucket;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return Buffer.from(bytes).toString('base64');
}

function serialise(model: Quantised, threshold: number) {
  const buckets: number[] = [];
  const weights: number[] = [];
  model.weights.forEach((q, bucket) => {
    if (q !== 0) {
      buckets.push(bucket);
      weights.push(q);
    }
  });
  return {
    bias: Number(model.bias.toFixed(6)),
    scale: Number(model.scale.toPrecision(8)),
    threshold,
    features: buckets.length,
    buckets: encodeBuckets(buckets),
    weights: Buffer.from(Int8Array.from(weights).buffer).toString('base64'),
  };
}

const rate = (hits: number, total: number) => (total === 0 ? 0 : Number((hits / total).toFixed(4)));

const seed = Number(arg('seed', '20261202'));
const out = arg('out', join(PROJECT_ROOT, 'src/language/safety-model.json'));
const sources: number[] = [];
const rows = TUNE.flatMap((path, source) =>
  readFileSync(join(PROJECT_ROOT, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      sources.push(source);
      return Row.parse(JSON.parse(line));
    }),
);
const Reply = z.object({ text: z.string(), lang: z.string(), question: z.string().optional() });
const ordinaryReplies = REPLY_CORPORA.map((path, k) => ({
  source: TUNE.length + k,
  rows: readFileSync(join(PROJECT_ROOT, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Reply.parse(JSON.parse(line)))
    .filter((r) => r.question !== 'safetyAfter' && detectCrisis(r.text).level === 'none')
    .map((r): Row => ({ text: r.text, lang: r.lang, label: 'none' })),
}));
for (const { source, rows: replies } of ordinaryReplies) {
  for (const row of replies) {
    sources.push(source);
    rows.push(row);
  }
}
const examples = rows.map(toExample);

// Each fold holds whole corpora, so the held-out figures and the thresholds say how the model does on authors it never
// read, as on the messages of a resident (folds that mix every author's messages find 2 points more than that, and
// would set thresholds too low).
const fold = Int32Array.from(sources, (source) => source % FOLDS);

// Out-of-fold scores: every tune message scored by a model that did not see it.
const held: Record<ModelClass, Float64Array> = { crisis: new Float64Array(examples.length), distress: new Float64Array(examples.length) };
for (let k = 0; k < FOLDS; k++) {
  const trainSet = examples.filter((_, i) => fold[i] !== k);
  for (const cls of CLASSES) {
    const model = train(trainSet, cls, seed + k);
    examples.forEach((ex, i) => {
      if (fold[i] === k) held[cls][i] = score(model, ex);
    });
  }
}
// The thresholds and the figures count the safety corpora only: the typed replies teach the model what ordinary talk with the bot
// looks like, but they are easy, and counting them would spend the false-alarm budget on the hard ordinary messages of the corpora.
const inCorpora = (i: number) => (sources[i] ?? 0) < TUNE.length;
const noneIndex = examples.map((ex, i) => (ex.label === 'none' && inCorpora(i) ? i : -1)).filter((i) => i >= 0);
const crisisThreshold = thresholdFor(noneIndex.map((i) => held.crisis[i] ?? 0), CRISIS_BUDGET);
// Distress only counts for messages the crisis threshold leaves alone, with its own budget.
const distressThreshold = thresholdFor(noneIndex.filter((i) => (held.crisis[i] ?? 0) < crisisThreshold).map((i) => held.distress[i] ?? 0), DISTRESS_BUDGET);

const levelOf = (i: number) =>
  (held.crisis[i] ?? 0) >= crisisThreshold ? 'crisis' : (held.distress[i] ?? 0) >= distressThreshold ? 'distress' : 'none';
const perFold = Array.from({ length: FOLDS }, (_, k) => {
  const inFold = examples.map((ex, i) => ({ label: ex.label, level: levelOf(i), fold: fold[i], corpus: inCorpora(i) })).filter((e) => e.fold === k && e.corpus);
  const count = (label: string, level: string) => inFold.filter((e) => e.label === label && e.level === level).length;
  const total = (label: string) => inFold.filter((e) => e.label === label).length;
  return {
    crisisRecall: rate(count('crisis', 'crisis'), total('crisis')),
    falseAlarms: rate(count('none', 'crisis'), total('none')),
    noneToDistress: rate(count('none', 'distress'), total('none')),
    distressFound: rate(count('distress', 'distress'), total('distress')),
  };
});

const pooledCount = (label: string, level: string) => examples.filter((ex, i) => inCorpora(i) && ex.label === label && levelOf(i) === level).length;
const pooledTotal = (label: string) => examples.filter((ex, i) => inCorpora(i) && ex.label === label).length;
const pooled = {
  crisisRecall: rate(pooledCount('crisis', 'crisis'), pooledTotal('crisis')),
  falseAlarms: rate(pooledCount('none', 'crisis'), pooledTotal('none')),
  noneToDistress: rate(pooledCount('none', 'distress'), pooledTotal('none')),
  distressFound: rate(pooledCount('distress', 'distress'), pooledTotal('distress')),
  // held-out typed replies to the bot's questions raised to a crisis
  repliesToCrisis: rate(examples.filter((_, i) => !inCorpora(i) && levelOf(i) === 'crisis').length, examples.filter((_, i) => !inCorpora(i)).length),
};

const finals = Object.fromEntries(CLASSES.map((cls) => [cls, train(examples, cls, seed)])) as Record<ModelClass, Quantised>;
const file = {
  about: 'Second opinion of the safety net: hashed character 2-5-grams, words, word pairs, pairs of words one apart, the concepts of the safety net and their pairs per sentence, and pairs of words as the safety net reads them, logistic regression. Trained by scripts/train-safety-model.ts; do not edit by hand.',
  trainedOn: [...TUNE, ...REPLY_CORPORA],
  examples: examples.length,
  seed,
  featureBits: FEATURE_BITS,
  maxChars: MAX_MODEL_CHARS,
  minFeatureNorm: MIN_FEATURE_NORM,
  minWords: MIN_MODEL_WORDS,
  crossValidation: { folds: FOLDS, falseAlarmBudget: { crisis: CRISIS_BUDGET, distress: DISTRESS_BUDGET }, pooled, perFold },
  crisis: serialise(finals.crisis, crisisThreshold),
  distress: serialise(finals.distress, distressThreshold),
};
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`${out}: crisis threshold ${crisisThreshold}, distress threshold ${distressThreshold}\n${JSON.stringify(pooled)}\n`);
