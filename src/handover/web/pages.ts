import type { Request, Server } from 'restify';
import { z } from 'zod';
import { DIMENSIONS } from '../../health/dimensions.js';
import { listAudit, recordAudit } from '../audit.js';
import { listOpenRequests } from '../inbox.js';
import { OUTCOMES } from '../requests.js';
import type { Delivery } from '../delivery.js';
import { messageSchema } from '../messages.js';
import { claim, close, closeSchema, note, noteSchema, viewRequest, writeToResident } from './actions.js';
import { guarded, refuse, safely, type StaffContext } from './context.js';
import { bodyOf, redirect, sendHtml } from './http.js';

/** Messages the request page may show after an action; anything else in `?m=` is ignored. */
const FLASHES = [
  'claimed', 'taken', 'closed', 'already_closed', 'noted', 'invalid_note', 'invalid_outcome',
  'message_sent', 'message_not_sent', 'invalid_message', 'not_claimed', 'not_yours',
] as const;

/** Why the resident did not get the message about the action just done, as `?untold=` carries it. */
const UNTOLD = ['channel', 'window', 'error'] as const;

const idOf = (req: Request) => String(req.params.id ?? '');
const back = (id: string, flash: (typeof FLASHES)[number], delivery?: Delivery) =>
  `/staff/requests/${encodeURIComponent(id)}?m=${flash}${delivery && !delivery.delivered ? `&untold=${delivery.reason}` : ''}`;

/** The staff inbox pages: the list, one request, the actions on it, and the audit log for admins. */
export function registerPages(server: Server, ctx: StaffContext): void {
  server.get('/staff/static/staff.css', safely(ctx, 'page', async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' });
    res.end(ctx.views.stylesheet);
  }));

  server.get('/staff', guarded(ctx, 'page', {}, async (_req, res, session) => {
    const requests = await listOpenRequests(ctx.db, session.staff.organisation, ctx.now());
    sendHtml(res, 200, ctx.views.render('inbox', { session, requests }));
  }));

  server.get('/staff/requests/:id', guarded(ctx, 'page', {}, async (req, res, session) => {
    const found = await viewRequest(ctx, session, idOf(req));
    if (!found) return refuse(ctx, 'page', res, 404, 'not_found', session);
    const query = req.query as Record<string, unknown> | undefined;
    const flash = z.enum(FLASHES).safeParse(query?.['m']);
    const untold = z.enum(UNTOLD).safeParse(query?.['untold']);
    const { details } = found.request;
    sendHtml(res, 200, ctx.views.render('request', {
      session,
      ...found,
      webImage: ctx.renderWebImage(details.scores, details.locale),
      outcomes: OUTCOMES,
      dimensions: DIMENSIONS,
      flash: flash.success ? flash.data : undefined,
      untold: untold.success ? untold.data : undefined,
      mayWrite: found.request.status === 'claimed' && (found.request.claimedBy === session.staff.id || session.staff.role === 'admin'),
    }));
  }));

  server.post('/staff/requests/:id/claim', guarded(ctx, 'page', { write: true }, async (req, res, session) => {
    const result = await claim(ctx, session, idOf(req));
    if (!result.ok && result.reason === 'not_found') return refuse(ctx, 'page', res, 404, 'not_found', session);
    redirect(res, result.ok ? back(idOf(req), 'claimed', result.delivery) : back(idOf(req), result.reason === 'taken' ? 'taken' : 'already_closed'));
  }));

  server.post('/staff/requests/:id/notes', guarded(ctx, 'page', { write: true }, async (req, res, session) => {
    const body = noteSchema.safeParse(bodyOf(req));
    if (!body.success) return redirect(res, back(idOf(req), 'invalid_note'));
    const result = await note(ctx, session, idOf(req), body.data.text);
    if (!result.ok) return refuse(ctx, 'page', res, 404, 'not_found', session);
    redirect(res, back(idOf(req), 'noted'));
  }));

  server.post('/staff/requests/:id/close', guarded(ctx, 'page', { write: true }, async (req, res, session) => {
    const body = closeSchema.safeParse(bodyOf(req));
    if (!body.success) return redirect(res, back(idOf(req), 'invalid_outcome'));
    const result = await close(ctx, session, idOf(req), body.data.outcome);
    if (!result.ok && result.reason === 'not_found') return refuse(ctx, 'page', res, 404, 'not_found', session);
    redirect(res, result.ok ? back(idOf(req), 'closed', result.delivery) : back(idOf(req), 'already_closed'));
  }));

  server.post('/staff/requests/:id/messages', guarded(ctx, 'page', { write: true }, async (req, res, session) => {
    const body = messageSchema.safeParse(bodyOf(req));
    if (!body.success) return redirect(res, back(idOf(req), 'invalid_message'));
    const result = await writeToResident(ctx, session, idOf(req), body.data.text);
    if (!result.ok) {
      if (result.reason === 'not_found') return refuse(ctx, 'page', res, 404, 'not_found', session);
      return redirect(res, back(idOf(req), result.reason === 'closed' ? 'already_closed' : result.reason));
    }
    redirect(res, back(idOf(req), result.delivery?.delivered === false ? 'message_not_sent' : 'message_sent', result.delivery));
  }));

  server.get('/staff/audit', guarded(ctx, 'page', { admin: true }, async (_req, res, session) => {
    await recordAudit(ctx.db, { staffId: session.staff.id, action: 'view_audit' }, ctx.now());
    const entries = await listAudit(ctx.db, session.staff.organisation);
    sendHtml(res, 200, ctx.views.render('audit', { session, entries }));
  }));
}
