import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../paths.js';
import type { SafetyLevel } from './safety.js';
import { FEATURE_BITS, MAX_MODEL_CHARS, MIN_FEATURE_NORM, MIN_MODEL_WORDS, messageFeatures } from './safetyModelFeatures.js';

const ClassModel = z.object({
  bias: z.number(),
  scale: z.number().positive(),
  threshold: z.number().gt(0).lt(1),
  features: z.number().int().nonnegative(),
  buckets: z.string(),
  weights: z.string(),
});
const ModelFile = z.object({
  featureBits: z.literal(FEATURE_BITS),
  maxChars: z.literal(MAX_MODEL_CHARS),
  minFeatureNorm: z.literal(MIN_FEATURE_NORM),
  minWords: z.literal(MIN_MODEL_WORDS),
  crisis: ClassModel,
  distress: ClassModel,
});

/** One logistic regression ready to score: a dense table of quantised weights. */
interface Scorer {
  bias: number;
  scale: number;
  threshold: number;
  weights: Int8Array;
}

/** Unpacks the delta-encoded buckets and their weights; refuses a file whose parts do not fit together. */
function unpack(model: z.infer<typeof ClassModel>): Scorer {
  const bytes = Buffer.from(model.buckets, 'base64');
  const quantised = new Int8Array(Buffer.from(model.weights, 'base64'));
  const weights = new Int8Array(1 << FEATURE_BITS);
  let bucket = 0;
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let delta = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++] ?? 0;
      delta |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    bucket += delta;
    if (bucket >= weights.length || index >= quantised.length) throw new Error('safety-model.json is damaged: run scripts/train-safety-model.ts again');
    weights[bucket] = quantised[index++] ?? 0;
  }
  if (index !== model.features || quantised.length !== model.features) throw new Error('safety-model.json is damaged: run scripts/train-safety-model.ts again');
  return { bias: model.bias, scale: model.scale, threshold: model.threshold, weights };
}

const file = ModelFile.parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/language/safety-model.json'), 'utf8')));
const crisisModel = unpack(file.crisis);
const distressModel = unpack(file.distress);

/** The thresholds chosen by cross-validation on the tune split (at most 1 % of ordinary messages raised to a crisis, 0.5 % to low mood). */
export const SAFETY_MODEL_THRESHOLDS: Readonly<{ crisis: number; distress: number }> = {
  crisis: crisisModel.threshold,
  distress: distressModel.threshold,
};

/**
 * The statistical second opinion of the safety net: how likely a message is a crisis and how likely it is
 * feeling very low, each between 0 and 1. Pure, synchronous, offline, and linear in the length of the text
 * (it reads the first 2,000 characters). Messages of fewer than four words score 0: they are left to the rules.
 */
export function safetyModelScore(text: string): { crisis: number; distress: number } {
  const { buckets: seen, words } = messageFeatures(text);
  if (words < MIN_MODEL_WORDS) return { crisis: 0, distress: 0 };
  // Each feature counts once, scaled as in training.
  const value = 1 / Math.sqrt(Math.max(seen.size, MIN_FEATURE_NORM));
  let crisis = 0;
  let distress = 0;
  for (const bucket of seen) {
    crisis += crisisModel.weights[bucket] ?? 0;
    distress += distressModel.weights[bucket] ?? 0;
  }
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  return {
    crisis: sigmoid(crisisModel.bias + crisis * crisisModel.scale * value),
    distress: sigmoid(distressModel.bias + distress * distressModel.scale * value),
  };
}

/**
 * The second opinion as a level. Meant to be OR-ed with `detectCrisis`: it may raise the level the rules give,
 * never lower it.
 */
export function modelLevel(text: string): SafetyLevel {
  const score = safetyModelScore(text);
  if (score.crisis >= crisisModel.threshold) return 'crisis';
  if (score.distress >= distressModel.threshold) return 'distress';
  return 'none';
}

const RANK: Readonly<Record<SafetyLevel, number>> = { none: 0, distress: 1, crisis: 2 };

/** The more worrying of two levels: how a second opinion is combined with the rules, so it can only raise. */
export function strongerLevel(a: SafetyLevel, b: SafetyLevel): SafetyLevel {
  return RANK[b] > RANK[a] ? b : a;
}
