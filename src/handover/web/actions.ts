import { z } from 'zod';
import type { StaffSession } from '../auth.js';
import { recordAudit } from '../audit.js';
import { addNote, claimRequest, closeRequest, listNotes, type ActionResult } from '../inbox.js';
import { getRequest, OUTCOMES, type HandoverRequest } from '../requests.js';
import { notifyResident, type StaffContext } from './context.js';
import { workingDaysBetween } from '../../insight/events.js';

/** Body of "add a note": free text of a welfare worker. */
export const noteSchema = z.object({ text: z.string().trim().min(1, { message: 'the note is empty' }).max(4000, { message: 'the note is longer than 4000 characters' }) });

/** Body of "close": how it went. */
export const closeSchema = z.object({ outcome: z.enum(OUTCOMES, { message: `outcome must be one of ${OUTCOMES.join(', ')}` }) });

const actorOf = (session: StaffSession) => ({ staffId: session.staff.id, organisation: session.staff.organisation });

/** A request of the staff member's organisation with its notes, recorded in the audit log as a view. */
export async function viewRequest(ctx: StaffContext, session: StaffSession, id: string): Promise<{ request: HandoverRequest; notes: Awaited<ReturnType<typeof listNotes>> } | undefined> {
  const request = await getRequest(ctx.db, id, session.staff.organisation);
  if (!request) return undefined;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'view_request', requestId: id }, ctx.now());
  return { request, notes: await listNotes(ctx.db, id) };
}

/** "Ik pak dit op", audited; the resident hears that someone picked it up. */
export async function claim(ctx: StaffContext, session: StaffSession, id: string): Promise<ActionResult> {
  const before = await getRequest(ctx.db, id, session.staff.organisation);
  const result = await claimRequest(ctx.db, id, actorOf(session), ctx.now());
  if (!result.ok) return result;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'claim', requestId: id }, ctx.now());
  // Only the first claim sends a message; claiming your own request again stays quiet.
  if (before?.status === 'open') {
    ctx.insight.recorder.record({}, { kind: 'claimed', organisation: result.request.organisation, workingDays: workingDaysBetween(result.request.createdAt, ctx.now()) });
    await notifyResident(ctx, result.request, 'claimed');
  }
  return result;
}

/** Adds a note, audited. */
export async function note(ctx: StaffContext, session: StaffSession, id: string, text: string): Promise<ActionResult> {
  const result = await addNote(ctx.db, id, actorOf(session), text, ctx.now());
  if (result.ok) await recordAudit(ctx.db, { staffId: session.staff.id, action: 'note', requestId: id }, ctx.now());
  return result;
}

/** Closes with an outcome, audited; the resident hears that the request is done. */
export async function close(ctx: StaffContext, session: StaffSession, id: string, outcome: z.output<typeof closeSchema>['outcome']): Promise<ActionResult> {
  const result = await closeRequest(ctx.db, id, actorOf(session), outcome, ctx.now());
  if (!result.ok) return result;
  await recordAudit(ctx.db, { staffId: session.staff.id, action: 'close', requestId: id }, ctx.now());
  ctx.insight.recorder.record({}, { kind: 'closed', organisation: result.request.organisation, outcome });
  await notifyResident(ctx, result.request, 'closed');
  return result;
}
