import type { Request, Response } from 'restify';

/** Direct Line 3.0 error codes, as the Azure service sends them in `{ error: { code, message } }`. */
export type ErrorCode = 'BadArgument' | 'BadSyntax' | 'MessageSizeTooBig' | 'NotFound' | 'TokenInvalid' | 'Overloaded' | 'BotError' | 'ServiceError';

/** Sends a Direct Line shaped error; `message` is for developers, never holds personal data. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  res.header('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.send(status, { error: { code, message } });
}

/** Sends JSON that must never be cached (tokens, activities). */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; code: ErrorCode; message: string };

/**
 * The JSON body of a request, at most `maxBytes` long. Works with and without restify's bodyParser:
 * uses `req.body` when a parser already read it (object, string or Buffer), otherwise reads the stream itself.
 * An empty body gives `{ ok: true, value: undefined }`.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<BodyResult> {
  const raw: unknown = req.body;
  if (raw !== undefined && raw !== null && typeof raw !== 'string' && !Buffer.isBuffer(raw)) {
    return Buffer.byteLength(JSON.stringify(raw)) > maxBytes ? tooLarge(maxBytes) : { ok: true, value: raw };
  }
  let text: string;
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) {
    text = raw.toString();
    if (Buffer.byteLength(text) > maxBytes) return tooLarge(maxBytes);
  } else if (req.readableEnded) {
    text = '';
  } else {
    const read = await readStream(req, maxBytes);
    if (read === undefined) return tooLarge(maxBytes);
    text = read;
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, status: 400, code: 'BadSyntax', message: `The body is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` };
  }
}

function tooLarge(maxBytes: number): BodyResult {
  return { ok: false, status: 413, code: 'MessageSizeTooBig', message: `The body is larger than ${maxBytes} bytes.` };
}

/** Reads the request stream as text; undefined (and the rest discarded) once it passes `maxBytes`. */
function readStream(req: Request, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/** True when the request comes from this machine: the bot posts its replies over loopback. */
export function isLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
