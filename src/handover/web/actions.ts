import { z } from 'zod';
import type { StaffSession } from '../auth.js';
import { recordAudit } from '../audit.js';
import type { Delivery } from '../delivery.js';
import { addNote, claimRequest, closeRequest, listNotes, type ActionResult } from '../inbox.js';
import { addWorkerMessage, listMessages, recordDelivery, type RequestMessage, type WriteResult } from '../messages.js';
import { getRequest, OUTCOMES, type HandoverRequest } from '../requests.js';
import { notifyResident, type StaffContext } from './context.js';
import { workingDaysBetween } from '../../insight/events.js';

/** Body of "add a note": free text of a welfare worker. */
export const noteSchema = z.object({ text: z.string().trim().min(1, { message: 'the note is empty' }).max(4000, { message: 'the note is longer than 4000 characters' }) });

/** Body of "close": how it went. */
export const closeSchema = z.object({ outcome: z.enum(OUTCOMES, { message: `outcome must be one of ${OUTCOMES.join(', ')}` }) });

const actorOf = (session: StaffSession) => ({ staffId: session.staff.id, organisation: session.staff.organisation });

/** A staff action's result, with whether the resident got the message about it (absent when none was sent). */
export type TellingResult = ActionResult & { delivery?: Delivery };

/** A request of the staff member's organisation with its notes and messages, recorded in the audit log as a view. */
export async function viewRequest(
  ctx: StaffContext, session: StaffSession, id: string,
): Promise<{ request: HandoverRequest; notes: Awaited<ReturnType<typeof listNotes>>; messages: RequestMessage[] } | undefined> {
  const request = await getRequest(ctx.db, id, session.staff.organisation);
  if (!request) return undefined;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'view_request', requestId: id }, ctx.now());
  return { request, notes: await listNotes(ctx.db, id), messages: await listMessages(ctx.db, id) };
}

/** "Ik pak dit op", audited; the resident hears that someone picked it up, and the result says whether they did. */
export async function claim(ctx: StaffContext, session: StaffSession, id: string): Promise<TellingResult> {
  const before = await getRequest(ctx.db, id, session.staff.organisation);
  const result = await claimRequest(ctx.db, id, actorOf(session), ctx.now());
  if (!result.ok) return result;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'claim', requestId: id }, ctx.now());
  // Only the first claim sends a message; claiming your own request again stays quiet.
  if (before?.status !== 'open') return result;
  ctx.insight.recorder.record({}, { kind: 'claimed', organisation: result.request.organisation, workingDays: workingDaysBetween(result.request.createdAt, ctx.now()) });
  return { ...result, delivery: await notifyResident(ctx, result.request, { kind: 'claimed' }) };
}

/** A worker's message to the resident: stored, audited, sent into the resident's conversation, and its delivery noted. */
export async function writeToResident(ctx: StaffContext, session: StaffSession, id: string, text: string): Promise<WriteResult & { delivery?: Delivery }> {
  const writer = { staffId: session.staff.id, organisation: session.staff.organisation, role: session.staff.role };
  const result = await addWorkerMessage(ctx.db, id, writer, text, ctx.now());
  if (!result.ok) return result;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'message', requestId: id }, ctx.now());
  const delivery = await notifyResident(ctx, result.request, { kind: 'worker', text });
  await recordDelivery(ctx.db, result.messageId, delivery);
  return { ...result, delivery };
}

/** Adds a note, audited. */
export async function note(ctx: StaffContext, session: StaffSession, id: string, text: string): Promise<ActionResult> {
  const result = await addNote(ctx.db, id, actorOf(session), text, ctx.now());
  if (result.ok) await recordAudit(ctx.db, { staffId: session.staff.id, action: 'note', requestId: id }, ctx.now());
  return result;
}

/** Closes with an outcome, audited; the resident hears what the outcome means for them, and the result says whether they did. */
export async function close(ctx: StaffContext, session: StaffSession, id: string, outcome: z.output<typeof closeSchema>['outcome']): Promise<TellingResult> {
  const result = await closeRequest(ctx.db, id, actorOf(session), outcome, ctx.now());
  if (!result.ok) return result;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'close', requestId: id }, ctx.now());
  ctx.insight.recorder.record({}, { kind: 'closed', organisation: result.request.organisation, outcome });
  return { ...result, delivery: await notifyResident(ctx, result.request, { kind: 'closed' }) };
}
