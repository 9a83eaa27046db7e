import { existsSync } from 'node:fs';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { DIMENSIONS, type Dimension, type Locale } from './dimensions.js';
import { createTokenBox, type PictureRequest } from './token.js';
import { spiderWebSvg, type WebColours } from './web.js';

/** The font the labels are drawn in; Debian package fonts-dejavu-core. */
export const LABEL_FONT_FAMILY = 'DejaVu Sans';
const DEJAVU_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

/**
 * Font options for resvg. Loading two known files is much faster than scanning every system font on each render;
 * without DejaVu we fall back to the system fonts. With no fonts at all the picture still renders, without labels.
 */
function renderOptions(): ResvgRenderOptions {
  const files = DEJAVU_FILES.filter((f) => existsSync(f));
  const font =
    files.length === DEJAVU_FILES.length
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: LABEL_FONT_FAMILY }
      : { loadSystemFonts: true, defaultFontFamily: LABEL_FONT_FAMILY };
  return { font, fitTo: { mode: 'original' }, background: '#ffffff' };
}

let cachedOptions: ResvgRenderOptions | undefined;
const options = () => (cachedOptions ??= renderOptions());

/** Renders an SVG to PNG on the calling thread; fine for scripts and tests. */
export function renderPng(svg: string): Buffer {
  return new Resvg(svg, options()).render().asPng();
}

/** Renders an SVG to PNG on the libuv thread pool, so a busy bot keeps answering other turns meanwhile. */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, options());
  return image.asPng();
}

/** Settings for the picture endpoint; `labels` and `titles` come from prompts/. */
export interface WebImagesOptions {
  /** URL_SECRET: the same value on every instance, at least 32 characters */
  readonly secret: string;
  /** how many rendered PNGs to keep in memory; 0 turns the cache off */
  readonly maxCached: number;
  readonly labels: Record<Locale, Record<Dimension, string>>;
  /** heading of the picture's text alternative per language, e.g. "Jouw spinnenweb" */
  readonly titles?: Partial<Record<Locale, string>>;
  /** the legend's words per language for a then-and-now picture, e.g. { now: "Nu", earlier: "Eerder" } */
  readonly legends?: Partial<Record<Locale, { now: string; earlier: string }>>;
  readonly colours?: Partial<WebColours>;
  /** refuse tokens older than this; default: they never expire */
  readonly maxAgeMs?: number;
  /** the clock, for tests */
  readonly now?: () => number;
}

/** Makes private picture URLs and renders the PNG behind them. */
export interface WebImages {
  /** `/web/<token>.png`; the token is the encrypted scores and locale (and earlier scores), so the URL reveals nothing */
  urlPath(scores: Partial<Record<Dimension, number>>, locale: Locale, earlier?: Partial<Record<Dimension, number>>): string;
  /** the PNG for a token (with or without ".png"), or undefined when the token is not genuine or has expired */
  render(token: string): Promise<Buffer | undefined>;
}

/**
 * Stateless picture URLs: any instance with the same secret can render any URL, also after a restart.
 * Facebook needs a public HTTPS image URL (no SVG, no data URI); the encryption keeps that URL private.
 */
export function createWebImages(options: WebImagesOptions): WebImages {
  const box = createTokenBox(options.secret);
  const now = options.now ?? Date.now;
  const cache = new Map<string, Promise<Buffer>>();
  const maxCached = Math.max(0, Math.floor(options.maxCached));

  const draw = (request: PictureRequest): Promise<Buffer> => {
    const earlier = request.earlier;
    const key = `${request.locale}:${DIMENSIONS.map((d) => request.scores[d] ?? '-').join(',')}${earlier ? `:${DIMENSIONS.map((d) => earlier[d] ?? '-').join(',')}` : ''}`;
    const hit = cache.get(key);
    if (hit) {
      // Re-insert to mark as most recently used.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const svg = spiderWebSvg(request.scores, options.labels[request.locale], {
      locale: request.locale,
      title: options.titles?.[request.locale],
      colours: options.colours,
      ...(earlier && { earlier, legend: options.legends?.[request.locale] }),
    });
    const png = renderPngAsync(svg);
    if (maxCached === 0) return png;
    // Cache the promise so simultaneous requests for one picture render it once; forget it if rendering fails.
    cache.set(key, png);
    png.catch(() => cache.delete(key));
    while (cache.size > maxCached) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return png;
  };

  return {
    urlPath(scores, locale, earlier) {
      return `/web/${box.seal({ scores, locale, ...(earlier && { earlier }) }, now())}.png`;
    },
    async render(token) {
      const request = box.open(token.replace(/\.png$/, ''));
      if (!request) return undefined;
      if (options.maxAgeMs !== undefined && now() - request.issuedMinute * 60_000 > options.maxAgeMs + 60_000) return undefined;
      return draw(request);
    },
  };
}
