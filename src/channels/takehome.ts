import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DIMENSIONS, LOCALES, type Dimension, type Locale } from '../health/dimensions.js';
import { MIN_SECRET_LENGTH } from '../health/token.js';

/** What a take-home page shows: scores (and earlier ones), the activities shown or chosen, and the reference code. */
export interface TakeHome {
  readonly locale: Locale;
  readonly scores: Partial<Record<Dimension, number>>;
  readonly earlier?: Partial<Record<Dimension, number>>;
  /** activity ids from the social map, at most MAX_ACTIVITIES */
  readonly activityIds: readonly string[];
  /** the reference code of a request to a welfare worker */
  readonly reference?: string;
  /** when the page was made, ms since 1970 */
  readonly issuedAt: number;
}

export const MAX_ACTIVITIES = 6;
const MAX_TOKEN_CHARS = 1500;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AAD = Buffer.from('spinnenweb takehome v1');

const score = z.number().min(0).max(10);
const scoresSchema = z.partialRecord(z.enum(DIMENSIONS), score);
/** The sealed JSON, with short keys to keep the URL short. */
const sealedSchema = z.object({
  l: z.enum(LOCALES),
  s: scoresSchema,
  e: scoresSchema.optional(),
  a: z.array(z.string().min(1).max(80)).max(MAX_ACTIVITIES),
  r: z.string().regex(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/).optional(),
  t: z.number().int().nonnegative(),
});

/** Seals and opens take-home tokens: AES-256-GCM under a key from URL_SECRET, so the URL reveals nothing. */
export interface TakeHomeBox {
  seal(takeHome: TakeHome): string;
  /** undefined for anything not sealed with this secret, changed, too old or malformed */
  open(token: string, now: number): TakeHome | undefined;
}

/** `maxAgeMs`: a take-home link stops working after this long (it holds health scores). */
export function createTakeHomeBox(secret: string, maxAgeMs: number): TakeHomeBox {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The take-home secret must be at least ${MIN_SECRET_LENGTH} characters; set URL_SECRET`);
  const key = Buffer.from(hkdfSync('sha256', secret, 'spinnenweb', 'takehome-token-key', 32));
  return {
    seal(takeHome) {
      const plain = Buffer.from(JSON.stringify({
        l: takeHome.locale,
        s: takeHome.scores,
        ...(takeHome.earlier && { e: takeHome.earlier }),
        a: takeHome.activityIds.slice(0, MAX_ACTIVITIES),
        ...(takeHome.reference && { r: takeHome.reference }),
        t: takeHome.issuedAt,
      }));
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(AAD);
      return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]).toString('base64url');
    },
    open(token, now) {
      if (token.length > MAX_TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
      const sealed = Buffer.from(token, 'base64url');
      if (sealed.length <= IV_BYTES + TAG_BYTES) return undefined;
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES })
        .setAAD(AAD)
        .setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      let text: string;
      try {
        text = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        // A failed authentication is the expected answer to a forged or changed token.
        return undefined;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return undefined;
      }
      const parsed = sealedSchema.safeParse(json);
      if (!parsed.success || now - parsed.data.t > maxAgeMs) return undefined;
      const { l, s, e, a, r, t } = parsed.data;
      return { locale: l, scores: s, ...(e && { earlier: e }), activityIds: a, ...(r && { reference: r }), issuedAt: t };
    },
  };
}
