import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Database, HandoverRequestTable } from '../store/schema.js';
import { handoverDetailsSchema, type HandoverDetails } from './details.js';
import { newReference, normalizeReference } from './reference.js';

export type RequestStatus = HandoverRequestTable['status'];
export type Outcome = NonNullable<HandoverRequestTable['outcome']>;

/** How a welfare worker can close a request; the order is the order staff see them in. */
export const OUTCOMES = ['contacted', 'not_reached', 'referred', 'other'] as const satisfies readonly Outcome[];

/** A request as the domain sees it: details and conversation reference parsed, times as ms numbers. */
/**
 * What a follow-up message needs to reach the resident's conversation: its id, the channel's service URL, the
 * channel and the bot. The resident's channel user id and the name a channel gives them are left out (dropped on
 * the way in and on the way out, also for rows stored before).
 */
export const deliveryReferenceSchema = z.object({
  conversation: z.object({ id: z.string().max(1000) }).optional(),
  serviceUrl: z.string().max(1000).optional(),
  channelId: z.string().max(100).optional(),
  bot: z.object({ id: z.string().max(1000) }).optional(),
});
export type DeliveryReference = z.output<typeof deliveryReferenceSchema>;

export interface HandoverRequest {
  id: string;
  reference: string;
  resident: string;
  organisation: string;
  status: RequestStatus;
  details: HandoverDetails;
  /** where a follow-up message goes (a part of botbuilder's ConversationReference; this module stays free of botbuilder) */
  conversationRef: DeliveryReference;
  channelId: string;
  createdAt: number;
  claimedAt?: number;
  claimedBy?: string;
  closedAt?: number;
  outcome?: Outcome;
}

/** What the resident may hear about their request when they ask for its status in the chat. */
export interface RequestStatusView {
  reference: string;
  status: RequestStatus;
  createdAt: number;
  claimedAt?: number;
  closedAt?: number;
}

const newRequestSchema = z.object({
  resident: z.string().min(1).max(64),
  organisation: z.string().trim().min(1).max(255),
  channelId: z.string().min(1).max(64),
  conversationRef: deliveryReferenceSchema,
  details: handoverDetailsSchema,
});

/** Input of createRequest: who asks, for which organisation, how to reach them back, and what they agreed to share. */
export type NewRequest = z.input<typeof newRequestSchema>;

/** Thrown when createRequest gets input that does not match HandoverDetails; the message lists each field. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

/** How many fresh references createRequest tries before it gives up; a clash is already one in a billion. */
const REFERENCE_ATTEMPTS = 5;

/**
 * Stores a new request to talk with a welfare worker and returns its id and the reference the resident
 * can quote. Validates the input (throws InvalidRequestError) and retries with a new reference on a clash.
 */
export async function createRequest(
  db: Kysely<Database>,
  input: NewRequest,
  now: number = Date.now(),
  options: { newReference?: () => string } = {},
): Promise<{ id: string; reference: string }> {
  const parsed = newRequestSchema.safeParse(input);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    throw new InvalidRequestError(`The handover request is not valid: ${fields}`);
  }
  const valid = parsed.data;
  const makeReference = options.newReference ?? newReference;
  for (let attempt = 1; ; attempt++) {
    const id = randomUUID();
    const reference = makeReference();
    try {
      await db
        .insertInto('handover_request')
        .values({
          id,
          reference,
          resident: valid.resident,
          organisation: valid.organisation,
          status: 'open',
          details: JSON.stringify(valid.details),
          conversation_ref: JSON.stringify(valid.conversationRef),
          channel_id: valid.channelId,
          created_at: now,
          claimed_at: null,
          claimed_by: null,
          closed_at: null,
          outcome: null,
        })
        .execute();
      return { id, reference };
    } catch (err) {
      const clash = await db.selectFrom('handover_request').select('id').where('reference', '=', reference).executeTakeFirst();
      if (!clash || attempt >= REFERENCE_ATTEMPTS) throw err;
    }
  }
}

/** When the oldest request nobody claimed yet was made (ms), or undefined when none waits: the queue's age. */
export async function oldestOpenRequestAt(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('handover_request').select(({ fn }) => fn.min('created_at').as('oldest')).where('status', '=', 'open').executeTakeFirst();
  const oldest = row?.oldest;
  return oldest === null || oldest === undefined ? undefined : Number(oldest);
}

/** The resident's most recent request, for "status" in the chat; undefined when they have none. */
export async function statusForResident(db: Kysely<Database>, resident: string): Promise<RequestStatusView | undefined> {
  const row = await db
    .selectFrom('handover_request')
    .select(['reference', 'status', 'created_at', 'claimed_at', 'closed_at'])
    .where('resident', '=', resident)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toStatusView(row) : undefined;
}

/**
 * The status of a request by the reference a resident typed (case, spaces and a missing dash are
 * forgiven). Returns no personal data, so it is safe to answer to whoever knows the reference.
 */
export async function findByReference(db: Kysely<Database>, reference: string): Promise<RequestStatusView | undefined> {
  const normalized = normalizeReference(reference);
  if (!normalized) return undefined;
  const row = await db
    .selectFrom('handover_request')
    .select(['reference', 'status', 'created_at', 'claimed_at', 'closed_at'])
    .where('reference', '=', normalized)
    .executeTakeFirst();
  return row ? toStatusView(row) : undefined;
}

/**
 * One request, only when it belongs to `organisation`: staff of another organisation get undefined,
 * exactly as for a request that does not exist, so they cannot learn that it does.
 */
export async function getRequest(db: Kysely<Database>, id: string, organisation: string): Promise<HandoverRequest | undefined> {
  const row = await db
    .selectFrom('handover_request')
    .selectAll()
    .where('id', '=', id)
    .where('organisation', '=', organisation)
    .executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

/** Any request by id regardless of organisation: for the bot's follow-up message, never for staff pages. */
export async function getRequestById(db: Kysely<Database>, id: string): Promise<HandoverRequest | undefined> {
  const row = await db.selectFrom('handover_request').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

/** Maps a stored row to the domain shape; the JSON columns are parsed again because the database is an edge. */
export function toRequest(row: Selectable<HandoverRequestTable>): HandoverRequest {
  return {
    id: row.id,
    reference: row.reference,
    resident: row.resident,
    organisation: row.organisation,
    status: row.status,
    details: handoverDetailsSchema.parse(JSON.parse(row.details)),
    conversationRef: deliveryReferenceSchema.parse(JSON.parse(row.conversation_ref)),
    channelId: row.channel_id,
    createdAt: Number(row.created_at),
    ...(row.claimed_at !== null && { claimedAt: Number(row.claimed_at) }),
    ...(row.claimed_by !== null && { claimedBy: row.claimed_by }),
    ...(row.closed_at !== null && { closedAt: Number(row.closed_at) }),
    ...(row.outcome !== null && { outcome: row.outcome }),
  };
}

function toStatusView(row: Pick<Selectable<HandoverRequestTable>, 'reference' | 'status' | 'created_at' | 'claimed_at' | 'closed_at'>): RequestStatusView {
  return {
    reference: row.reference,
    status: row.status,
    createdAt: Number(row.created_at),
    ...(row.claimed_at !== null && { claimedAt: Number(row.claimed_at) }),
    ...(row.closed_at !== null && { closedAt: Number(row.closed_at) }),
  };
}
