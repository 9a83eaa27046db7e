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

/** A message in a request's conversation: a welfare worker's message to the resident, or the resident's answer. */
export interface HandoverMessageTable {
  id: Generated<number>;
  request_id: string;
  author: 'worker' | 'resident';
  /** the worker who wrote it; null for the resident's answer */
  staff_id: string | null;
  text: string;
  created_at: Millis;
  /** for a worker's message: 'delivered', or why not ('channel', 'window', 'error'); null while it is being sent */
  delivery: 'delivered' | 'channel' | 'window' | 'error' | null;
}

export interface StaffAccountTable {
  id: string;
  email: string;
  password_hash: string;
  role: 'staff' | 'admin' | 'insight';
  organisation: string;
  failed_logins: number;
  locked_until: Millis | null;
  created_at: Millis;
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

/**
 * Insight for the municipality, counted when something happens: (period, metric, subject, band, area, campaign) -> count.
 * No resident key, no free text, no time finer than the month (`period` is YYYY-MM). Kept past resident retention.
 */
export interface InsightCountTable {
  period: string;
  /** what was counted, e.g. "step", "question", "score", "missing", "claim_days" (see src/insight/events.ts) */
  metric: string;
  /** a step, question id, dimension or organisation; '' when not used */
  subject: string;
  /** a score band, an interest tag, an outcome, a number of working days; '' when not used */
  band: string;
  /** the 4 digits of a postcode the resident gave, or '' */
  area: string;
  /** the invitation the resident came from, or '' */
  campaign: string;
  count: number;
}

export interface Database {
  bot_state: BotStateTable;
  handover_request: HandoverRequestTable;
  handover_note: HandoverNoteTable;
  handover_message: HandoverMessageTable;
  staff_account: StaffAccountTable;
  staff_session: StaffSessionTable;
  audit_log: AuditLogTable;
  anonymous_count: AnonymousCountTable;
  insight_count: InsightCountTable;
}
