import type { ColumnType, Generated } from 'kysely';

/**
 * The tables, as Kysely sees them. Times are milliseconds since 1970 (bigint in PostgreSQL, integer in SQLite).
 * A "resident" column holds the pseudonymous resident key (see `residentKey`), never a raw channel user id,
 * so "wis mijn gegevens" can find every row about one resident.
 */
type Millis = ColumnType<number, number, number>;

export interface BotStateTable {
  /** botbuilder storage key, e.g. `r/<resident>/profile` or `r/<resident>/c/<conversation>` */
  key: string;
  resident: string | null;
  etag: string;
  /** JSON of the stored item, without its eTag */
  data: string;
  updated_at: Millis;
}

export interface HandoverRequestTable {
  id: string;
  /** short code the resident can quote, e.g. "K7P-42Q" */
  reference: string;
  resident: string;
  organisation: string;
  status: 'open' | 'claimed' | 'closed';
  /** JSON: what the resident agreed to share (name, contact, scores, marks, own words, activity) */
  details: string;
  /** JSON: botbuilder ConversationReference for the follow-up message */
  conversation_ref: string;
  channel_id: string;
  created_at: Millis;
  claimed_at: Millis | null;
  claimed_by: string | null;
  closed_at: Millis | null;
  outcome: 'contacted' | 'not_reached' | 'referred' | 'other' | null;
}

export interface HandoverNoteTable {
  id: Generated<number>;
  request_id: string;
  staff_id: string;
  text: string;
  created_at: Millis;
}

export interface StaffAccountTable {
  id: string;
  email: string;
  password_hash: string;
  role: 'staff' | 'admin';
  organisation: string;
  failed_logins: number;
  locked_until: Millis | null;
  /** locks in a row without a good login in between; each lasts longer, up to a maximum */
  lock_count: Generated<number>;
  created_at: Millis;
}

/** Login attempts per network address (a hash of it) in a fixed window, counted atomically. */
export interface LoginBrakeTable {
  key: string;
  attempts: number;
  window_start: Millis;
}

export interface StaffSessionTable {
  /** sha256 of the session cookie value */
  id: string;
  staff_id: string;
  csrf: string;
  expires_at: Millis;
}

export interface AuditLogTable {
  id: Generated<number>;
  staff_id: string;
  request_id: string | null;
  action: string;
  at: Millis;
}

/** Anonymous counters: no resident, no text. `metric` e.g. "campaign", "safety", "dimension", "tag", "activity_shown". */
export interface AnonymousCountTable {
  day: string;
  metric: string;
  label: string;
  count: number;
}

export interface Database {
  bot_state: BotStateTable;
  handover_request: HandoverRequestTable;
  handover_note: HandoverNoteTable;
  staff_account: StaffAccountTable;
  staff_session: StaffSessionTable;
  audit_log: AuditLogTable;
  anonymous_count: AnonymousCountTable;
  login_brake: LoginBrakeTable;
}
