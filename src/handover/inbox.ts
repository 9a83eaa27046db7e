import type { Kysely } from 'kysely';
import type { Dimension } from '../health/dimensions.js';
import type { Database } from '../store/schema.js';
import type { HandoverContact } from './details.js';
import { getRequest, toRequest, type HandoverRequest, type Outcome, type RequestStatus } from './requests.js';

/** One line in the staff inbox: enough to choose what to pick up, without the resident's name or words. */
export interface InboxItem {
  id: string;
  reference: string;
  status: Exclude<RequestStatus, 'closed'>;
  createdAt: number;
  /** how long the resident has been waiting, in ms, at the time of listing */
  waitingMs: number;
  contactKind: HandoverContact['kind'];
  chosenDimension?: Dimension;
  claimedAt?: number;
  /** e-mail address of the welfare worker who picked it up */
  claimedBy?: string;
  /** true when the newest message on the request is the resident's answer, so a worker should read it */
  residentAnswered: boolean;
}

/** A note a welfare worker wrote on a request. */
export interface RequestNote {
  id: number;
  text: string;
  createdAt: number;
  /** e-mail address of the author, or undefined when the account was removed */
  author?: string;
}

/** The result of a staff action: done, or why not (not_found also covers another organisation's request). */
export type ActionResult = { ok: true; request: HandoverRequest } | { ok: false; reason: 'not_found' | 'taken' | 'closed' };

/** Who acts: a staff account and the organisation it belongs to. */
export interface Actor {
  staffId: string;
  organisation: string;
}

/** Open and claimed requests of one organisation, oldest first, so the longest wait is on top. */
export async function listOpenRequests(db: Kysely<Database>, organisation: string, now: number): Promise<InboxItem[]> {
  const rows = await db
    .selectFrom('handover_request')
    .leftJoin('staff_account', 'staff_account.id', 'handover_request.claimed_by')
    .selectAll('handover_request')
    .select('staff_account.email as claimed_by_email')
    .select((eb) => eb
      .selectFrom('handover_message')
      .select('handover_message.author')
      .whereRef('handover_message.request_id', '=', 'handover_request.id')
      .orderBy('handover_message.created_at', 'desc')
      .orderBy('handover_message.id', 'desc')
      .limit(1)
      .as('last_author'))
    .where('handover_request.organisation', '=', organisation)
    .where('handover_request.status', 'in', ['open', 'claimed'])
    .orderBy('handover_request.created_at', 'asc')
    .execute();
  return rows.map((row) => {
    const request = toRequest(row);
    return {
      id: request.id,
      reference: request.reference,
      status: request.status === 'claimed' ? 'claimed' : 'open',
      createdAt: request.createdAt,
      waitingMs: Math.max(0, now - request.createdAt),
      contactKind: request.details.contact.kind,
      ...(request.details.chosenDimension && { chosenDimension: request.details.chosenDimension }),
      ...(request.claimedAt !== undefined && { claimedAt: request.claimedAt }),
      ...(row.claimed_by_email !== null && { claimedBy: row.claimed_by_email }),
      residentAnswered: row.last_author === 'resident',
    };
  });
}

/**
 * "Ik pak dit op": marks an open request as picked up by this welfare worker. Claiming your own
 * request again is fine; a request someone else picked up or that is closed is refused.
 */
export async function claimRequest(db: Kysely<Database>, id: string, actor: Actor, now: number): Promise<ActionResult> {
  const updated = await db
    .updateTable('handover_request')
    .set({ status: 'claimed', claimed_at: now, claimed_by: actor.staffId })
    .where('id', '=', id)
    .where('organisation', '=', actor.organisation)
    .where('status', '=', 'open')
    .executeTakeFirst();
  const request = await getRequest(db, id, actor.organisation);
  if (!request) return { ok: false, reason: 'not_found' };
  if (Number(updated.numUpdatedRows) === 1) return { ok: true, request };
  if (request.status === 'closed') return { ok: false, reason: 'closed' };
  return request.claimedBy === actor.staffId ? { ok: true, request } : { ok: false, reason: 'taken' };
}

/** Adds a note to a request of the actor's organisation; notes on closed requests are allowed, for the record. */
export async function addNote(db: Kysely<Database>, id: string, actor: Actor, text: string, now: number): Promise<ActionResult> {
  const request = await getRequest(db, id, actor.organisation);
  if (!request) return { ok: false, reason: 'not_found' };
  await db.insertInto('handover_note').values({ request_id: id, staff_id: actor.staffId, text, created_at: now }).execute();
  return { ok: true, request };
}

/** Closes a request with how it went; an open request may be closed directly (e.g. after a walk-in). */
export async function closeRequest(db: Kysely<Database>, id: string, actor: Actor, outcome: Outcome, now: number): Promise<ActionResult> {
  const updated = await db
    .updateTable('handover_request')
    .set((eb) => ({
      status: 'closed',
      closed_at: now,
      outcome,
      claimed_by: eb.fn.coalesce('claimed_by', eb.val(actor.staffId)),
      claimed_at: eb.fn.coalesce('claimed_at', eb.val(now)),
    }))
    .where('id', '=', id)
    .where('organisation', '=', actor.organisation)
    .where('status', 'in', ['open', 'claimed'])
    .executeTakeFirst();
  const request = await getRequest(db, id, actor.organisation);
  if (!request) return { ok: false, reason: 'not_found' };
  return Number(updated.numUpdatedRows) === 1 ? { ok: true, request } : { ok: false, reason: 'closed' };
}

/** The notes of one request, oldest first. Callers check the organisation first (getRequest). */
export async function listNotes(db: Kysely<Database>, requestId: string): Promise<RequestNote[]> {
  const rows = await db
    .selectFrom('handover_note')
    .leftJoin('staff_account', 'staff_account.id', 'handover_note.staff_id')
    .select(['handover_note.id', 'handover_note.text', 'handover_note.created_at', 'staff_account.email'])
    .where('handover_note.request_id', '=', requestId)
    .orderBy('handover_note.created_at', 'asc')
    .orderBy('handover_note.id', 'asc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    createdAt: Number(r.created_at),
    ...(r.email !== null && { author: r.email }),
  }));
}
