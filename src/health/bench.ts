import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Dimension, Locale } from './dimensions.js';
import { createWebImages } from './picture.js';

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
