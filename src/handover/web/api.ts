import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import { listAudit, recordAudit } from '../audit.js';
import { listOpenRequests, type ActionResult } from '../inbox.js';
import type { HandoverRequest } from '../requests.js';
import { messageSchema } from '../messages.js';
import { claim, close, closeSchema, note, noteSchema, viewRequest, writeToResident, type TellingResult } from './actions.js';
import { guarded, refuse, type StaffContext } from './context.js';
import { bodyOf, sendJson } from './http.js';

const idOf = (req: Request) => String(req.params.id ?? '');

/** A request as the API shows it: without the resident key and the conversation reference, which are internal. */
function publicView(request: HandoverRequest) {
  const { resident: _resident, conversationRef: _ref, channelId: _channel, ...rest } = request;
  return rest;
}

function sendResult(ctx: StaffContext, res: Response, result: ActionResult | TellingResult, okStatus = 200): void {
  if (result.ok) return sendJson(res, okStatus, { request: publicView(result.request), ...('delivery' in result && result.delivery && { delivery: result.delivery }) });
  if (result.reason === 'not_found') return refuse(ctx, 'api', res, 404, 'not_found');
  refuse(ctx, 'api', res, 409, result.reason);
}

function invalid(res: Response, error: z.ZodError): void {
  sendJson(res, 400, { error: 'invalid_body', reason: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
}

/** The JSON API: the same sign-in and rules as the pages, for an organisation's own tools. */
export function registerApi(server: Server, ctx: StaffContext): void {
  server.get('/staff/api/requests', guarded(ctx, 'api', {}, async (_req, res, session) => {
    sendJson(res, 200, { requests: await listOpenRequests(ctx.db, session.staff.organisation, ctx.now()) });
  }));

  server.get('/staff/api/requests/:id', guarded(ctx, 'api', {}, async (req, res, session) => {
    const found = await viewRequest(ctx, session, idOf(req));
    if (!found) return refuse(ctx, 'api', res, 404, 'not_found');
    sendJson(res, 200, { request: publicView(found.request), notes: found.notes, messages: found.messages });
  }));

  server.post('/staff/api/requests/:id/claim', guarded(ctx, 'api', { write: true }, async (req, res, session) => {
    sendResult(ctx, res, await claim(ctx, session, idOf(req)));
  }));

  server.post('/staff/api/requests/:id/notes', guarded(ctx, 'api', { write: true }, async (req, res, session) => {
    const body = noteSchema.safeParse(bodyOf(req));
    if (!body.success) return invalid(res, body.error);
    sendResult(ctx, res, await note(ctx, session, idOf(req), body.data.text), 201);
  }));

  server.post('/staff/api/requests/:id/messages', guarded(ctx, 'api', { write: true }, async (req, res, session) => {
    const body = messageSchema.safeParse(bodyOf(req));
    if (!body.success) return invalid(res, body.error);
    const result = await writeToResident(ctx, session, idOf(req), body.data.text);
    if (result.ok) return sendJson(res, 201, { message: { id: result.messageId, delivery: result.delivery } });
    if (result.reason === 'not_found') return refuse(ctx, 'api', res, 404, 'not_found');
    refuse(ctx, 'api', res, result.reason === 'not_yours' ? 403 : 409, result.reason);
  }));

  server.post('/staff/api/requests/:id/close', guarded(ctx, 'api', { write: true }, async (req, res, session) => {
    const body = closeSchema.safeParse(bodyOf(req));
    if (!body.success) return invalid(res, body.error);
    sendResult(ctx, res, await close(ctx, session, idOf(req), body.data.outcome));
  }));

  server.get('/staff/api/audit', guarded(ctx, 'api', { admin: true }, async (_req, res, session) => {
    await recordAudit(ctx.db, { staffId: session.staff.id, action: 'view_audit' }, ctx.now());
    sendJson(res, 200, { entries: await listAudit(ctx.db, session.staff.organisation) });
  }));
}
