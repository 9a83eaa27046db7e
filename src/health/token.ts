import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DIMENSIONS, LOCALES, type Dimension, type Locale } from './dimensions.js';

/** What a picture token carries: the scores and the language of the labels, nothing that names a person. */
export interface PictureRequest {
  readonly scores: Partial<Record<Dimension, number>>;
  readonly locale: Locale;
  /** earlier scores to draw under these (then and now), when there are any */
  readonly earlier?: Partial<Record<Dimension, number>>;
  /** when the token was made, in whole minutes since 1970 */
  readonly issuedMinute: number;
}

/** Encrypts and opens picture tokens; the same secret on every instance makes any instance able to open them. */
export interface TokenBox {
  seal(request: Omit<PictureRequest, 'issuedMinute'>, now: number): string;
  /** undefined for anything not sealed with this secret, changed, or malformed */
  open(token: string): PictureRequest | undefined;
}

/** Version 1 carries one set of scores; version 2 also the earlier set. Both are still opened. */
const VERSION = 1;
const VERSION_THEN_AND_NOW = 2;
const MISSING = 255;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PLAIN_BYTES = 2 + 4 + DIMENSIONS.length;
const PLAIN_BYTES_THEN_AND_NOW = PLAIN_BYTES + DIMENSIONS.length;
const charsFor = (plain: number) => Math.ceil(((IV_BYTES + plain + TAG_BYTES) * 4) / 3);
const TOKEN_RE = new RegExp(`^(?:[A-Za-z0-9_-]{${charsFor(PLAIN_BYTES)}}|[A-Za-z0-9_-]{${charsFor(PLAIN_BYTES_THEN_AND_NOW)}})$`);
const AAD = Buffer.from('spinnenweb picture v1');
/** Shortest secret accepted; matches URL_SECRET in config.ts. */
export const MIN_SECRET_LENGTH = 32;

/**
 * AES-256-GCM under a key derived from the secret with HKDF: the token is unreadable and cannot be made or
 * changed without the secret. A random IV per token means equal scores do not give equal URLs.
 */
export function createTokenBox(secret: string): TokenBox {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The picture secret must be at least ${MIN_SECRET_LENGTH} characters; set URL_SECRET to a long random text (e.g. openssl rand -hex 32)`);
  }
  const key = Buffer.from(hkdfSync('sha256', secret, 'spinnenweb', 'picture-token-key', 32));

  return {
    seal(request, now) {
      const plain = encode({ ...request, issuedMinute: Math.floor(now / 60_000) });
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(AAD);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return sealed.toString('base64url');
    },
    open(token) {
      if (!TOKEN_RE.test(token)) return undefined;
      const sealed = Buffer.from(token, 'base64url');
      const iv = sealed.subarray(0, IV_BYTES);
      const tag = sealed.subarray(sealed.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(AAD).setAuthTag(tag);
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        // A failed authentication is the expected answer to a forged or changed token: refuse it.
        return undefined;
      }
      return decode(plain);
    },
  };
}

/** Scores are stored as tenths (0..100) so one-decimal dimension means survive the round trip. */
function encode(request: PictureRequest): Buffer {
  const earlier = request.earlier && Object.values(request.earlier).some((v) => typeof v === 'number') ? request.earlier : undefined;
  const plain = Buffer.alloc(earlier ? PLAIN_BYTES_THEN_AND_NOW : PLAIN_BYTES);
  plain.writeUInt8(earlier ? VERSION_THEN_AND_NOW : VERSION, 0);
  plain.writeUInt8(LOCALES.indexOf(request.locale), 1);
  plain.writeUInt32BE(Math.max(0, Math.min(0xffffffff, request.issuedMinute)), 2);
  writeScores(plain, 6, request.scores);
  if (earlier) writeScores(plain, PLAIN_BYTES, earlier);
  return plain;
}

function writeScores(plain: Buffer, at: number, scores: Partial<Record<Dimension, number>>): void {
  DIMENSIONS.forEach((d, i) => {
    const v = scores[d];
    const tenths = typeof v === 'number' && Number.isFinite(v) ? Math.round(Math.min(10, Math.max(0, v)) * 10) : MISSING;
    plain.writeUInt8(tenths, at + i);
  });
}

function decode(plain: Buffer): PictureRequest | undefined {
  const version = plain.readUInt8(0);
  const thenAndNow = version === VERSION_THEN_AND_NOW && plain.length === PLAIN_BYTES_THEN_AND_NOW;
  if (!thenAndNow && (version !== VERSION || plain.length !== PLAIN_BYTES)) return undefined;
  const locale = LOCALES[plain.readUInt8(1)];
  if (locale === undefined) return undefined;
  const scores = readScores(plain, 6);
  const earlier = thenAndNow ? readScores(plain, PLAIN_BYTES) : {};
  if (!scores || !earlier) return undefined;
  return { scores, locale, issuedMinute: plain.readUInt32BE(2), ...(thenAndNow && { earlier }) };
}

function readScores(plain: Buffer, at: number): Partial<Record<Dimension, number>> | undefined {
  const scores: Partial<Record<Dimension, number>> = {};
  for (const [i, d] of DIMENSIONS.entries()) {
    const tenths = plain.readUInt8(at + i);
    if (tenths === MISSING) continue;
    if (tenths > 100) return undefined;
    scores[d] = tenths / 10;
  }
  return scores;
}
