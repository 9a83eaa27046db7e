/** Name of the staff session cookie. */
export const SESSION_COOKIE = 'sw_staff';

/** Reads the cookies of a Cookie header into a map; malformed pairs are skipped. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      if (!cookies.has(name)) cookies.set(name, decodeURIComponent(raw));
    } catch {
      continue; // a cookie that is not valid percent-encoding cannot be ours
    }
  }
  return cookies;
}

/**
 * The Set-Cookie value for the session: HttpOnly so scripts cannot read it, SameSite=Strict so other sites
 * cannot send it, Path=/staff so the chat never sees it, Secure in production. maxAgeSeconds 0 deletes it.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
