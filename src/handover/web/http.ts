import type { Request, Response } from 'restify';

/**
 * Headers on every staff response: no scripts at all, no framing, no referrer (URLs hold request ids),
 * and no caching of pages full of personal data.
 */
export function setSecurityHeaders(res: Response, imageOrigin: string): void {
  res.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self'; img-src 'self' ${imageOrigin} data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  );
  res.header('X-Frame-Options', 'DENY');
  res.header('Referrer-Policy', 'same-origin');
  res.header('Cache-Control', 'no-store');
  res.header('X-Content-Type-Options', 'nosniff');
}

/** Sends a rendered page. */
export function sendHtml(res: Response, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
  res.end(html);
}

/** Sends JSON from the staff API. */
export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** 303 See Other: after a form POST the browser GETs the target, so a reload does not post again. */
export function redirect(res: Response, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { Location: location, ...headers });
  res.end();
}

/**
 * The address a login attempt came from. Behind a proxy (production on Azure App Service) that is the
 * last X-Forwarded-For hop, which the proxy itself added; locally it is the socket address.
 */
export function clientIp(req: Request, behindProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (behindProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** False when a browser says the POST came from another site (Origin differs from Host). */
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined || origin === 'null') return origin === undefined;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false; // an Origin that is not a URL is not ours
  }
}

/** The parsed body as a plain object (bodyParser gives an object for JSON and forms, nothing for an empty body). */
export function bodyOf(req: Request): unknown {
  const body: unknown = req.body;
  return body && typeof body === 'object' ? body : {};
}
