import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { Dimension, Locale } from '../../src/health/dimensions.js';
import { createWebImages, renderPng } from '../../src/health/picture.js';
import { spiderWebSvg } from '../../src/health/web.js';

const labels: Record<Locale, Record<Dimension, string>> = {
  nl: { body: 'Lichaam', daily: 'Dagelijks leven', participation: 'Meedoen', quality: 'Kwaliteit van leven', mind: 'Mentaal', meaning: 'Zingeving' },
  en: { body: 'Body', daily: 'Daily life', participation: 'Participation', quality: 'Quality of life', mind: 'Mind', meaning: 'Meaning' },
};
const scores = { body: 7, daily: 5.5, participation: 8, quality: 6.3, mind: 4 };
const secret = () => randomBytes(32).toString('hex');
const tokenOf = (path: string) => /^\/web\/([A-Za-z0-9_-]+)\.png$/.exec(path)?.[1] ?? '';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').to.equal(true);
  expect(png.toString('latin1', 12, 16), 'first chunk').to.equal('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('spider-web picture (PNG and private URL)', () => {
  it('renders the SVG to a real 800×800 PNG', () => {
    const png = renderPng(spiderWebSvg(scores, labels.nl));
    expect(pngSize(png)).to.deep.equal({ width: 800, height: 800 });
  });

  it('makes a /web/<token>.png path whose token reveals no score', () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const path = images.urlPath(scores, 'nl');
    expect(path).to.match(/^\/web\/[A-Za-z0-9_-]{40,80}\.png$/);
    expect(Buffer.from(tokenOf(path), 'base64url').includes(Buffer.from([70, 55, 80]))).to.equal(false);
  });

  it('renders the picture behind a token it made (round trip), with or without ".png"', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const token = tokenOf(images.urlPath(scores, 'en'));
    const png = await images.render(token);
    expect(png && pngSize(png)).to.deep.equal({ width: 800, height: 800 });
    expect((await images.render(`${token}.png`))?.equals(png!)).to.equal(true);
  });

  it('renders after a restart: another instance with the same secret opens the token', async () => {
    const shared = secret();
    const token = tokenOf(createWebImages({ secret: shared, maxCached: 0, labels }).urlPath(scores, 'nl'));
    const png = await createWebImages({ secret: shared, maxCached: 0, labels }).render(token);
    expect(png).to.be.instanceOf(Buffer);
  });

  it('draws the same picture as the SVG of those scores and labels', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const png = await images.render(tokenOf(images.urlPath(scores, 'nl')));
    expect(png?.equals(renderPng(spiderWebSvg(scores, labels.nl, { locale: 'nl' })))).to.equal(true);
  });

  it('refuses a token made with another secret', async () => {
    const token = tokenOf(createWebImages({ secret: secret(), maxCached: 10, labels }).urlPath(scores, 'nl'));
    expect(await createWebImages({ secret: secret(), maxCached: 10, labels }).render(token)).to.equal(undefined);
  });

  it('refuses a token with one character changed, anywhere', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const token = tokenOf(images.urlPath(scores, 'nl'));
    for (const at of [0, 14, 20, token.length - 2]) {
      const flipped = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
      expect(await images.render(flipped), `changed at ${at}`).to.equal(undefined);
    }
  });

  it('refuses malformed tokens without throwing', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    for (const bad of ['', 'abc', '../../etc/passwd', 'x'.repeat(54), '%00'.repeat(20), 'A'.repeat(5000)]) {
      expect(await images.render(bad), JSON.stringify(bad.slice(0, 20))).to.equal(undefined);
    }
  });

  it('gives different tokens for different scores, and for the same scores twice', () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const a = images.urlPath(scores, 'nl');
    const b = images.urlPath({ ...scores, body: 8 }, 'nl');
    const c = images.urlPath(scores, 'nl');
    expect(new Set([a, b, c]).size).to.equal(3);
  });

  it('draws Dutch and English labels from the token locale', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels });
    const nl = await images.render(tokenOf(images.urlPath(scores, 'nl')));
    const en = await images.render(tokenOf(images.urlPath(scores, 'en')));
    expect(nl?.equals(en!)).to.equal(false);
  });

  it('refuses an expired token when a maximum age is set', async () => {
    let now = Date.UTC(2026, 0, 1);
    const images = createWebImages({ secret: secret(), maxCached: 10, labels, maxAgeMs: 24 * 3600_000, now: () => now });
    const token = tokenOf(images.urlPath(scores, 'nl'));
    now += 23 * 3600_000;
    expect(await images.render(token)).to.be.instanceOf(Buffer);
    now += 2 * 3600_000;
    expect(await images.render(token)).to.equal(undefined);
  });

  it('keeps serving the right picture after older ones left the full cache', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 2, labels });
    const paths = [1, 2, 3].map((body) => images.urlPath({ ...scores, body }, 'nl'));
    const first = await images.render(tokenOf(paths[0]!));
    await images.render(tokenOf(paths[1]!));
    await images.render(tokenOf(paths[2]!));
    const again = await images.render(tokenOf(paths[0]!));
    expect(again?.equals(first!)).to.equal(true);
    expect(again?.equals(renderPng(spiderWebSvg({ ...scores, body: 1 }, labels.nl, { locale: 'nl' })))).to.equal(true);
  });

  it('refuses a short secret with a message that says what to set', () => {
    expect(() => createWebImages({ secret: 'short', maxCached: 10, labels })).to.throw(/URL_SECRET/);
  });

  it('carries earlier scores in the token and draws then and now from it', async () => {
    const images = createWebImages({ secret: secret(), maxCached: 10, labels, legends: { nl: { now: 'Nu', earlier: 'Vorige keer' } } });
    const now = await images.render(tokenOf(images.urlPath(scores, 'nl')));
    const thenAndNow = await images.render(tokenOf(images.urlPath(scores, 'nl', { body: 2, daily: 3 })));
    expect(thenAndNow?.equals(renderPng(spiderWebSvg(scores, labels.nl, { locale: 'nl', earlier: { body: 2, daily: 3 }, legend: { now: 'Nu', earlier: 'Vorige keer' } })))).to.equal(true);
    expect(thenAndNow?.equals(now ?? Buffer.alloc(0))).to.equal(false);
  });
});
