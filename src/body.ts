import { createGunzip, createInflate, type Gunzip, type Inflate } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'restify';

/** The body kinds a route can accept: JSON for the bot and the APIs, a plain form for the staff pages. */
export type BodyKind = 'json' | 'form';

export interface BodyReaderOptions {
  /** the largest body after decoding, in bytes; a compressed body is counted by what it inflates to */
  maxBytes: number;
  /** which kinds a request path may send; anything else is refused with 415 */
  accepts(path: string): readonly BodyKind[];
}

/** The largest request body after decoding; a Bot Framework activity or a staff form is far smaller. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The staff pages post plain forms; everything else (bot, Direct Line, staff API) posts JSON. */
export function bodyKindsFor(path: string): readonly BodyKind[] {
  return path.startsWith('/staff/') && !path.startsWith('/staff/api/') ? ['form'] : ['json'];
}

const KIND_OF: Record<string, BodyKind> = {
  'application/json': 'json',
  'application/x-www-form-urlencoded': 'form',
};

/** Why a body was refused; the message is for developers and never quotes the body. */
class BodyRefused extends Error {
  override readonly name = 'BodyRefused';
  constructor(readonly status: 400 | 413 | 415, message: string) {
    super(message);
  }
}

/**
 * Reads and parses every request body itself, instead of restify's bodyParser: the limit counts decoded bytes
 * (so a gzip bomb stops at `maxBytes`), only gzip and deflate are decoded (other encodings get 415), only JSON
 * or a form is parsed, and where a route expects the other kind, or multipart, it is refused. Nothing is
 * written to disk. Sets `req.body` to the parsed value, or leaves it undefined for an empty body.
 */
export function readBody(options: BodyReaderOptions): RequestHandler {
  return (req: Request, res: Response, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !hasBody(req)) {
      next();
      return;
    }
    parse(req, options).then(
      (body) => {
        if (body !== undefined) req.body = body;
        next();
      },
      (err: unknown) => {
        const refused = err instanceof BodyRefused ? err : new BodyRefused(400, 'The body could not be read.');
        res.send(refused.status, { error: refused.message });
        next(false);
      },
    );
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

async function parse(req: Request, options: BodyReaderOptions): Promise<unknown> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = KIND_OF[mediaType];
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  if (kind === undefined || !options.accepts(path).includes(kind)) {
    discard(req);
    throw new BodyRefused(415, `This address accepts ${options.accepts(path).map((k) => (k === 'json' ? 'application/json' : 'application/x-www-form-urlencoded')).join(' or ')} only.`);
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > options.maxBytes * 4) {
    discard(req);
    throw new BodyRefused(413, `The body is larger than ${options.maxBytes} bytes.`);
  }
  const text = await readDecoded(req, options.maxBytes);
  if (text.trim() === '') return undefined;
  if (kind === 'form') return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyRefused(400, 'The body is not valid JSON.');
  }
}

/** Bytes of a refused body read and dropped, so the client sees the answer; past this the connection is cut. */
const MAX_DISCARD_BYTES = 1024 * 1024;

/** Reads the rest of a refused body without keeping it. */
function discard(req: Request): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DISCARD_BYTES) req.destroy();
  });
  req.resume();
}

/** The body as text, inflated when it says so; stops reading (and refuses) once the decoded size passes `maxBytes`. */
function readDecoded(req: Request, maxBytes: number): Promise<string> {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let decoder: Gunzip | Inflate | undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = createGunzip();
  else if (encoding === 'deflate') decoder = createInflate();
  else if (encoding !== 'identity' && encoding !== '') {
    discard(req);
    return Promise.reject(new BodyRefused(415, 'Only gzip and deflate bodies are accepted.'));
  }
  // The compressed side is bounded too, so a body that inflates to little cannot be sent forever.
  const source = req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let decoded = 0;
    let raw = 0;
    let done = false;
    const finish = (error?: BodyRefused) => {
      if (done) return;
      done = true;
      source.removeAllListeners('data');
      if (error) {
        decoder?.destroy();
        discard(source);
        reject(error);
      } else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const take = (chunk: Buffer) => {
      decoded += chunk.length;
      if (decoded > maxBytes) finish(new BodyRefused(413, `The body is larger than ${maxBytes} bytes.`));
      else chunks.push(chunk);
    };
    source.on('data', (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > maxBytes) return finish(new BodyRefused(413, `The body is larger than ${maxBytes} bytes.`));
      if (decoder) decoder.write(chunk);
      else take(chunk);
    });
    source.on('error', () => finish(new BodyRefused(400, 'The body could not be read.')));
    if (decoder) {
      decoder.on('data', take);
      decoder.on('error', () => finish(new BodyRefused(400, 'The body is not valid gzip or deflate.')));
      decoder.on('end', () => finish());
      source.on('end', () => decoder.end());
    } else {
      source.on('end', () => finish());
    }
  });
}
