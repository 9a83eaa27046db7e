import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';

/** Inserts one handover request with a note and an audit entry, as the handover queue would. */
export async function seedHandover(
  db: Kysely<Database>,
  request: { id: string; reference: string; resident: string; status?: 'open' | 'claimed' | 'closed'; createdAt?: number; closedAt?: number | null },
): Promise<void> {
  const createdAt = request.createdAt ?? Date.now();
  await db.insertInto('handover_request').values({
    id: request.id,
    reference: request.reference,
    resident: request.resident,
    organisation: 'welzijn-west',
    status: request.status ?? 'open',
    details: JSON.stringify({ name: 'Ans', contact: '06-12345678' }),
    conversation_ref: JSON.stringify({ conversation: { id: 'c' } }),
    channel_id: 'webchat',
    created_at: createdAt,
    claimed_at: null,
    claimed_by: null,
    closed_at: request.closedAt ?? null,
    outcome: request.closedAt ? 'contacted' : null,
  }).execute();
  await db.insertInto('handover_note').values({ request_id: request.id, staff_id: 'staff-1', text: 'Gebeld, afspraak gemaakt.', created_at: createdAt }).execute();
  await db.insertInto('audit_log').values({ staff_id: 'staff-1', request_id: request.id, action: 'view', at: createdAt }).execute();
}

/** Row counts of every table that can hold something about a resident. */
export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = ['bot_state', 'handover_request', 'handover_note', 'audit_log', 'staff_session'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
