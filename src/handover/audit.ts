import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** What staff did; every look at a request's details is recorded as view_request. */
export type AuditAction =
  | 'login' | 'logout' | 'locked' | 'login_failed' | 'login_refused'
  | 'view_list' | 'view_request' | 'claim' | 'note' | 'message' | 'close' | 'view_audit' | 'view_insight' | 'export_insight';

/** One line of the audit log as an admin sees it. */
export interface AuditEntry {
  at: number;
  action: string;
  /** e-mail of the staff member, or their id when the account was removed */
  staff: string;
  /** reference of the request, when the action was about one that still exists */
  reference?: string;
}

/** Writes who did what, when, and to which request. No content, only the fact. */
export async function recordAudit(
  db: Kysely<Database>,
  entry: { staffId: string; action: AuditAction; requestId?: string },
  now: number,
): Promise<void> {
  await db.insertInto('audit_log').values({ staff_id: entry.staffId, request_id: entry.requestId ?? null, action: entry.action, at: now }).execute();
}

/**
 * The newest audit entries about one organisation: actions of its staff and actions on its requests.
 */
export async function listAudit(db: Kysely<Database>, organisation: string, limit = 500): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('staff_account', 'staff_account.id', 'audit_log.staff_id')
    .leftJoin('handover_request', 'handover_request.id', 'audit_log.request_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.staff_id', 'staff_account.email', 'handover_request.reference'])
    .where((eb) => eb.or([eb('staff_account.organisation', '=', organisation), eb('handover_request.organisation', '=', organisation)]))
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    at: Number(r.at),
    action: r.action,
    staff: r.email ?? r.staff_id,
    ...(r.reference !== null && { reference: r.reference }),
  }));
}
