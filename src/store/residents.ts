import type { Kysely } from 'kysely';
import type { Database, HandoverRequestTable } from './schema.js';

/**
 * "Wis mijn gegevens": removes every row about one resident in one transaction: their bot state, their
 * handover requests, and the notes, messages and audit entries of those requests. Returns the number of rows removed.
 */
export async function eraseResident(db: Kysely<Database>, resident: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const requestIds = trx.selectFrom('handover_request').select('id').where('resident', '=', resident);
    // Notes and audit entries first: they are found through the requests.
    const removed = [
      await trx.deleteFrom('handover_note').where('request_id', 'in', requestIds).executeTakeFirst(),
      await trx.deleteFrom('handover_message').where('request_id', 'in', requestIds).executeTakeFirst(),
      await trx.deleteFrom('audit_log').where('request_id', 'in', requestIds).executeTakeFirst(),
      await trx.deleteFrom('handover_request').where('resident', '=', resident).executeTakeFirst(),
      await trx.deleteFrom('bot_state').where('resident', '=', resident).executeTakeFirst(),
    ];
    return removed.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);
  });
}

/** One request to a welfare worker as "mijn gegevens" shows it to the resident it is about. */
export interface StoredRequest {
  reference: string;
  status: HandoverRequestTable['status'];
  /** JSON of what the resident agreed to share; the caller parses it */
  details: string;
}

/** "Mijn gegevens": how many state items we keep about a resident, and their handover requests with what they hold. */
export async function describeResident(db: Kysely<Database>, resident: string): Promise<{ states: number; requests: StoredRequest[] }> {
  const states = await db
    .selectFrom('bot_state')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resident', '=', resident)
    .executeTakeFirstOrThrow();
  const requests = await db
    .selectFrom('handover_request')
    .select(['reference', 'status', 'details'])
    .where('resident', '=', resident)
    .orderBy('created_at')
    .execute();
  return { states: Number(states.n), requests };
}
