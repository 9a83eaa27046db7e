import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Dimension, Locale } from './dimensions.js';
import { createWebImages } from './picture.js';
import { MAX_ANSWER_LENGTH, parseScore } from './answers.js';

/** Timings of the picture endpoint, in milliseconds. */
export interface PictureTimings {
  /** first render of a new picture in a fresh process part: decrypt, draw, render, encode */
  readonly coldMs: number;
  /** mean of a render of a new score set once fonts are loaded */
  readonly warmMs: number;
  /** mean of a repeated request for a picture already in the cache */
  readonly cachedMs: number;
}

const LABELS: Record<Locale, Record<Dimension, string>> = {
  nl: { body: 'Lichaam', daily: 'Dagelijks leven', participation: 'Meedoen', quality: 'Kwaliteit van leven', mind: 'Mentaal', meaning: 'Zingeving' },
  en: { body: 'Body', daily: 'Daily life', participation: 'Participation', quality: 'Quality of life', mind: 'Mind', meaning: 'Meaning' },
};

/**
 * Measures what a resident waits for when Messenger or Web Chat fetches the spider-web picture.
 * Async because rendering runs on the thread pool; timing lives here, never in tests.
 */
export async function benchPicture(rounds = 20): Promise<PictureTimings> {
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 99) {
    throw new RangeError(`benchPicture draws one distinct picture per round; pass 1 to 99 rounds, got ${rounds}`);
  }
  const images = createWebImages({ secret: randomBytes(32).toString('hex'), maxCached: 100, labels: LABELS });
  const token = (seed: number) => {
    const path = images.urlPath({ body: (seed % 100) / 10, daily: 7, participation: 6.5, quality: 8, mind: 5, meaning: 9 }, 'nl');
    return path.slice('/web/'.length);
  };

  const coldMs = await time(() => images.render(token(0)));
  let warm = 0;
  for (let i = 1; i <= rounds; i++) warm += await time(() => images.render(token(i)));
  const cachedToken = token(1);
  let cached = 0;
  for (let i = 0; i < rounds; i++) cached += await time(() => images.render(cachedToken));
  return { coldMs, warmMs: warm / rounds, cachedMs: cached / rounds };
}

async function time(run: () => Promise<Buffer | undefined>): Promise<number> {
  const start = performance.now();
  const png = await run();
  if (!png) throw new Error('The benchmark token was refused; createWebImages is broken');
  return performance.now() - start;
}

/** Timings of reading a typed score, in microseconds per answer. */
export interface ScoreReadingTimings {
  /** mean over everyday answers ("een dikke 7", "gaat wel", "ik ben 82 maar geef een 7") */
  readonly typicalUs: number;
  /** the slowest of the hostile answers at the length limit (all digits, all negations, all emoji, one long word) */
  readonly worstUs: number;
  /** the same hostile answers at half the length: near 0.5 means time grows linearly with length */
  readonly halfLengthRatio: number;
}

/** Measures `parseScore` on everyday answers and on hostile ones at MAX_ANSWER_LENGTH, to show it stays linear. */
export function benchScoreReading(rounds = 2000): ScoreReadingTimings {
  const typical = [
    '7', 'een dikke 7', 'zeven en een half', 'gaat wel', 'ik ben 82 maar ik geef een 7', 'om 8 uur komt de thuiszorg',
    'thuis een 7, buiten een 4', 'niet ongelukkig', 'het loopt als een trein', 'weet ik niet', '👍👍', "I'd say about a 6",
  ];
  const hostile = (length: number) => [
    '1 '.repeat(length / 2), 'niet '.repeat(length / 5), '7 of '.repeat(length / 5), '😀'.repeat(length / 2),
    'a'.repeat(length), 'heel '.repeat(length / 5), "'".repeat(length), '1-'.repeat(length / 2), 'een '.repeat(length / 4),
    'de '.repeat(length / 6) + '7 '.repeat(length / 6), 'weet niet '.repeat(length / 10), '12 7 '.repeat(length / 5),
  ].map((s) => s.slice(0, length));
  // The best of five runs: the machine is shared, and the least disturbed run is the one that measures the code.
  const mean = (texts: string[]) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      for (let r = 0; r < rounds; r++) for (const t of texts) parseScore(t, 'nl');
      best = Math.min(best, ((performance.now() - start) * 1000) / (rounds * texts.length));
    }
    return best;
  };
  const worst = (length: number) => Math.max(...hostile(length).map((t) => mean([t])));
  mean(typical); // warm up
  const typicalUs = mean(typical);
  const full = worst(MAX_ANSWER_LENGTH);
  const half = worst(MAX_ANSWER_LENGTH / 2);
  return { typicalUs, worstUs: full, halfLengthRatio: half / full };
}
