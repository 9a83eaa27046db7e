import type { Kysely } from 'kysely';
import type { Request, RequestHandler, Response } from 'restify';
import type { Config } from '../../config.js';
import type { Dimension, Locale } from '../../health/dimensions.js';
import type { Logger } from '../../log.js';
import type { Database } from '../../store/schema.js';
import { csrfMatches, resolveSession, type StaffSession } from '../auth.js';
import { parseCookies, SESSION_COOKIE } from '../cookies.js';
import type { Delivery, DeliverToResident, ResidentMessage } from '../delivery.js';
import type { HandoverRequest } from '../requests.js';
import type { LoginThrottle } from '../throttle.js';
import type { InsightRecorder } from '../../store/insight.js';
import type { Activity } from '../../socialmap/model.js';
import { bodyOf, redirect, sameOrigin, sendHtml, sendJson, setSecurityHeaders } from './http.js';
import type { StaffViews } from './views.js';

/** What the staff routes need from the rest of the bot; `index.ts` builds it. */
export interface StaffRouteDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'STAFF_SESSION_HOURS' | 'production' | 'BOT_PUBLIC_URL' | 'ORG_NAME'>;
  logger: Logger;
  /** URL of the spider-web picture for these scores */
  renderWebImage: (scores: Partial<Record<Dimension, number>>, locale: Locale) => string;
  /** sends a message into the resident's conversation (picked up, closed, a worker's words) and says whether it arrived */
  deliver: DeliverToResident;
  /** the anonymous insight counts and what the insight pages compare them with */
  insight: InsightDeps;
  now?: () => number;
  /** waits before answering a wrong password; tests pass a recorder instead of a real wait */
  sleep?: (ms: number) => Promise<void>;
}

/** What the insight pages read: the counts, the active questions, the social map, and the rules for both. */
export interface InsightDeps {
  recorder: Pick<InsightRecorder, 'record' | 'read'>;
  questions: () => readonly { id: string; dimension: Dimension }[];
  activities: () => readonly Activity[];
  /** the smallest group a figure may show */
  minGroup: number;
  /** days after `laatst_gecontroleerd` that an activity is flagged, and that it is no longer suggested */
  staleDays: number;
  hideAfterDays: number;
}

/** Everything a staff route handler uses, built once in registerStaffRoutes. */
export interface StaffContext extends Required<Omit<StaffRouteDeps, 'config'>> {
  config: StaffRouteDeps['config'];
  views: StaffViews;
  throttle: LoginThrottle;
  imageOrigin: string;
}

/** Name and stack frames of an error, without its message: database messages can quote the values involved. */
export function describeError(err: unknown): { name: string; frames?: string } {
  if (!(err instanceof Error)) return { name: 'unknown' };
  return { name: err.name, frames: err.stack?.split('\n').slice(1, 6).join('\n') };
}

/** A page answers a browser (redirects and HTML); an API route answers JSON. */
export type RouteKind = 'page' | 'api';

type Handler = (req: Request, res: Response, session: StaffSession) => Promise<void>;

/** The signed-in session of this request, if any. */
export async function sessionOf(ctx: StaffContext, req: Request): Promise<StaffSession | undefined> {
  const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
  return token ? resolveSession(ctx.db, token, ctx.now()) : undefined;
}

/** Answers a refusal the way the caller understands: JSON for the API, a page for a browser. */
export function refuse(ctx: StaffContext, kind: RouteKind, res: Response, status: 400 | 403 | 404 | 409 | 429, reason: string, session?: StaffSession): void {
  if (kind === 'api') sendJson(res, status, { error: reason });
  else sendHtml(res, status, ctx.views.render('error', { status, reason, session }));
}

/**
 * Wraps a handler with headers and error handling; errors are logged without request content and
 * answered with a plain 500, so a failure never shows personal data or a stack trace.
 */
export function safely(ctx: StaffContext, kind: RouteKind, handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    setSecurityHeaders(res, ctx.imageOrigin);
    handler(req, res).then(
      () => next(),
      (err: unknown) => {
        ctx.logger.error({ error: describeError(err), route: req.getRoute()?.path }, 'a staff route failed');
        if (!res.headersSent) {
          if (kind === 'api') sendJson(res, 500, { error: 'internal' });
          else sendHtml(res, 500, ctx.views.render('error', { status: 500, reason: 'internal' }));
        }
        next();
      },
    );
  };
}

/**
 * Only for signed-in staff: anonymous callers get 401 (API) or the login page (pages). Writes need the
 * session's CSRF token (form field `_csrf` or header `X-CSRF-Token`) and a same-site Origin, else 403;
 * admin-only routes answer 403 to staff. Insight routes are for the insight role and admins only; every other
 * route (but signing out and the session) is closed to the insight role, which never sees a request (its pages send it to the insight page).
 */
export function guarded(ctx: StaffContext, kind: RouteKind, options: { write?: boolean; admin?: boolean; insight?: boolean; everyone?: boolean }, handler: Handler): RequestHandler {
  return safely(ctx, kind, async (req, res) => {
    const session = await sessionOf(ctx, req);
    if (!session) {
      if (kind === 'api') sendJson(res, 401, { error: 'not_signed_in' });
      else redirect(res, '/staff/login');
      return;
    }
    if (options.write) {
      const submitted = kind === 'api' ? req.headers['x-csrf-token'] : (bodyOf(req) as Record<string, unknown>)['_csrf'];
      if (!sameOrigin(req) || !csrfMatches(session, submitted)) return refuse(ctx, kind, res, 403, 'csrf', session);
    }
    if (options.admin && session.staff.role !== 'admin') return refuse(ctx, kind, res, 403, 'admin_only', session);
    const { role } = session.staff;
    if (options.insight && role !== 'insight' && role !== 'admin') return refuse(ctx, kind, res, 403, 'insight_only', session);
    if (!options.insight && !options.everyone && role === 'insight') {
      if (kind === 'page' && req.method === 'GET') return redirect(res, '/staff/insight');
      return refuse(ctx, kind, res, 403, 'not_for_insight', session);
    }
    await handler(req, res, session);
  });
}

/** Sends a message to the resident; a failure is logged (no content) and never undoes the staff action. */
export async function notifyResident(ctx: StaffContext, request: HandoverRequest, message: ResidentMessage): Promise<Delivery> {
  try {
    const delivery = await ctx.deliver(request, message);
    if (!delivery.delivered) ctx.logger.warn({ event: message.kind, reason: delivery.reason }, 'the resident did not get the message about their request');
    return delivery;
  } catch (err) {
    ctx.logger.warn({ event: message.kind, error: err instanceof Error ? err.name : 'unknown' }, 'could not tell the resident about their request');
    return { delivered: false, reason: 'error' };
  }
}
