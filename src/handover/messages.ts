import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, HandoverMessageTable, StaffAccountTable } from '../store/schema.js';
import type { Delivery } from './delivery.js';
import { getRequest, type HandoverRequest } from './requests.js';

/** The longest message a worker or a resident can write: a few short paragraphs. */
export const MAX_MESSAGE_LENGTH = 1000;

/** Body of "write to the resident": the worker's own words. */
export const messageSchema = z.object({
  text: z.string().trim().min(1, { message: 'the message is empty' }).max(MAX_MESSAGE_LENGTH, { message: `the message is longer than ${MAX_MESSAGE_LENGTH} characters` }),
});

/** One message of a request's conversation as the inbox shows it. */
export interface RequestMessage {
  id: number;
  author: HandoverMessageTable['author'];
  text: string;
  createdAt: number;
  /** e-mail address of the worker who wrote it (undefined for the resident, or when the account was removed) */
  staff?: string;
  /** for a worker's message: whether it reached the resident, and if not why */
  delivery?: NonNullable<HandoverMessageTable['delivery']>;
}

/** Who writes: a staff account, its role and organisation. */
export interface Writer {
  staffId: string;
  organisation: string;
  role: StaffAccountTable['role'];
}

/** Result of a worker's message: stored (and then sent), or why it may not be written. */
export type WriteResult =
  | { ok: true; request: HandoverRequest; messageId: number }
  | { ok: false; reason: 'not_found' | 'not_claimed' | 'not_yours' | 'closed' };

/**
 * Stores a worker's message to the resident of a request. Only for a request that is picked up, and only by the
 * worker who picked it up or an admin of the organisation; a closed request takes no more messages.
 */
export async function addWorkerMessage(db: Kysely<Database>, id: string, writer: Writer, text: string, now: number): Promise<WriteResult> {
  const request = await getRequest(db, id, writer.organisation);
  if (!request) return { ok: false, reason: 'not_found' };
  if (request.status === 'open') return { ok: false, reason: 'not_claimed' };
  if (request.status === 'closed') return { ok: false, reason: 'closed' };
  if (request.claimedBy !== writer.staffId && writer.role !== 'admin') return { ok: false, reason: 'not_yours' };
  const row = await db
    .insertInto('handover_message')
    .values({ request_id: id, author: 'worker', staff_id: writer.staffId, text, created_at: now, delivery: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ok: true, request, messageId: Number(row.id) };
}

/** Notes whether a worker's message reached the resident. */
export async function recordDelivery(db: Kysely<Database>, messageId: number, delivery: Delivery): Promise<void> {
  await db
    .updateTable('handover_message')
    .set({ delivery: delivery.delivered ? 'delivered' : delivery.reason })
    .where('id', '=', messageId)
    .execute();
}

/** The messages of one request, oldest first. Callers check the organisation first (getRequest). */
export async function listMessages(db: Kysely<Database>, requestId: string): Promise<RequestMessage[]> {
  const rows = await db
    .selectFrom('handover_message')
    .leftJoin('staff_account', 'staff_account.id', 'handover_message.staff_id')
    .select(['handover_message.id', 'handover_message.author', 'handover_message.text', 'handover_message.created_at', 'handover_message.delivery', 'staff_account.email'])
    .where('handover_message.request_id', '=', requestId)
    .orderBy('handover_message.created_at', 'asc')
    .orderBy('handover_message.id', 'asc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    author: r.author,
    text: r.text,
    createdAt: Number(r.created_at),
    ...(r.email !== null && { staff: r.email }),
    ...(r.delivery !== null && { delivery: r.delivery }),
  }));
}

/**
 * The request a resident can answer: their newest picked-up request in which a worker wrote to them.
 * Undefined when there is none, so the conversation can say so instead of storing words nobody reads.
 */
export async function answerableRequest(db: Kysely<Database>, resident: string): Promise<{ id: string; reference: string } | undefined> {
  return db
    .selectFrom('handover_request')
    .select(['handover_request.id', 'handover_request.reference'])
    .where('handover_request.resident', '=', resident)
    .where('handover_request.status', '=', 'claimed')
    .where((eb) => eb.exists(eb.selectFrom('handover_message').select('handover_message.id').whereRef('handover_message.request_id', '=', 'handover_request.id').where('handover_message.author', '=', 'worker')))
    .orderBy('handover_request.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Stores the resident's answer on their request; returns the request's reference, or undefined when there is none to answer. */
export async function addResidentAnswer(db: Kysely<Database>, resident: string, text: string, now: number): Promise<string | undefined> {
  const request = await answerableRequest(db, resident);
  if (!request) return undefined;
  await db.insertInto('handover_message').values({ request_id: request.id, author: 'resident', staff_id: null, text, created_at: now, delivery: null }).execute();
  return request.reference;
}

/** How many messages each of a resident's requests holds, by reference, for "mijn gegevens". */
export async function countMessages(db: Kysely<Database>, resident: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('handover_message')
    .innerJoin('handover_request', 'handover_request.id', 'handover_message.request_id')
    .select((eb) => ['handover_request.reference', eb.fn.countAll<number>().as('n')])
    .where('handover_request.resident', '=', resident)
    .groupBy('handover_request.reference')
    .execute();
  return new Map(rows.map((r) => [r.reference, Number(r.n)]));
}
