import type { Request, Server } from 'restify';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import { login, logout, type StaffSession } from '../auth.js';
import { countAddressAttempt } from '../brake.js';
import { parseCookies, SESSION_COOKIE, sessionCookie } from '../cookies.js';
import { guarded, safely, sessionOf, type StaffContext } from './context.js';
import { bodyOf, clientIp, redirect, sameOrigin, sendHtml, sendJson } from './http.js';

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(255),
  password: z.string().min(1).max(1024),
});

type Attempt =
  | { kind: 'ok'; token: string; session: StaffSession }
  | { kind: 'blocked'; retryAfterSeconds: number }
  | { kind: 'refused' | 'malformed' | 'cross_site' };

/** One login attempt with every brake: same-site check, per-address block, per-account lock, and a delay after each miss. */
async function attempt(ctx: StaffContext, req: Request): Promise<Attempt> {
  if (!sameOrigin(req)) return { kind: 'cross_site' };
  const parsed = credentialsSchema.safeParse(bodyOf(req));
  if (!parsed.success) return { kind: 'malformed' };
  const ip = clientIp(req, ctx.config.production);
  const now = ctx.now();
  const brake = await countAddressAttempt(ctx.db, ip, now);
  if (!brake.allowed) {
    ctx.logger.warn('login attempts from one address were refused: too many in a short time');
    return { kind: 'blocked', retryAfterSeconds: brake.retryAfterSeconds };
  }
  const result = await login(ctx.db, parsed.data, now, ctx.config.STAFF_SESSION_HOURS);
  if (result.ok) {
    await recordAudit(ctx.db, { staffId: result.session.staff.id, action: 'login' }, now);
    return { kind: 'ok', token: result.token, session: result.session };
  }
  if (result.staffId) {
    await recordAudit(ctx.db, { staffId: result.staffId, action: result.reason === 'locked' ? 'login_refused' : 'login_failed' }, now);
  }
  if (result.lockedNow && result.staffId) {
    // The worker sees this in the audit log; the lock is short, so a stranger cannot keep them out for long.
    await recordAudit(ctx.db, { staffId: result.staffId, action: 'locked' }, now);
    ctx.logger.warn('a staff account was locked for a short while after too many wrong passwords');
  }
  await ctx.sleep(ctx.throttle.recordFailure(ip, now));
  return { kind: 'refused' };
}

function cookieFor(ctx: StaffContext, token: string): string {
  return sessionCookie(token, ctx.config.STAFF_SESSION_HOURS * 3600, ctx.config.production);
}

async function endSession(ctx: StaffContext, req: Request, session: StaffSession): Promise<string> {
  const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
  if (token) await logout(ctx.db, token);
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'logout' }, ctx.now());
  return sessionCookie('', 0, ctx.config.production);
}

function retryAfter(result: Attempt): Record<string, string> {
  return result.kind === 'blocked' ? { 'Retry-After': String(result.retryAfterSeconds) } : {};
}

const STATUS = { refused: 401, blocked: 429, malformed: 400, cross_site: 403 } as const;

/** Login and logout, as a form for browsers and as JSON for API clients. */
export function registerLoginRoutes(server: Server, ctx: StaffContext): void {
  server.get('/staff/login', safely(ctx, 'page', async (req, res) => {
    if (await sessionOf(ctx, req)) return redirect(res, '/staff');
    sendHtml(res, 200, ctx.views.render('login', {}));
  }));

  server.post('/staff/login', safely(ctx, 'page', async (req, res) => {
    const result = await attempt(ctx, req);
    if (result.kind === 'ok') return redirect(res, '/staff', { 'Set-Cookie': cookieFor(ctx, result.token) });
    const email = z.object({ email: z.string().max(255) }).safeParse(bodyOf(req));
    sendHtml(res, STATUS[result.kind], ctx.views.render('login', { error: result.kind, email: email.success ? email.data.email : '' }), retryAfter(result));
  }));

  server.post('/staff/logout', guarded(ctx, 'page', { write: true, everyone: true }, async (req, res, session) => {
    redirect(res, '/staff/login', { 'Set-Cookie': await endSession(ctx, req, session) });
  }));

  server.post('/staff/api/login', safely(ctx, 'api', async (req, res) => {
    const result = await attempt(ctx, req);
    if (result.kind !== 'ok') return sendJson(res, STATUS[result.kind], { error: result.kind }, retryAfter(result));
    const { staff, csrf, expiresAt } = result.session;
    sendJson(res, 200, { csrfToken: csrf, expiresAt, staff: { email: staff.email, role: staff.role, organisation: staff.organisation } }, {
      'Set-Cookie': cookieFor(ctx, result.token),
    });
  }));

  server.get('/staff/api/session', guarded(ctx, 'api', { everyone: true }, async (_req, res, session) => {
    const { staff, csrf, expiresAt } = session;
    sendJson(res, 200, { csrfToken: csrf, expiresAt, staff: { email: staff.email, role: staff.role, organisation: staff.organisation } });
  }));

  server.post('/staff/api/logout', guarded(ctx, 'api', { write: true, everyone: true }, async (req, res, session) => {
    sendJson(res, 200, { ok: true }, { 'Set-Cookie': await endSession(ctx, req, session) });
  }));
}
