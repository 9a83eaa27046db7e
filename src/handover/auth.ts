import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { StaffMember } from './accounts.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Wrong passwords in a row before an account is locked. */
export const MAX_FAILED_LOGINS = 5;
/** How long a locked account refuses every password, also the right one. */
export const LOCK_MS = 15 * 60 * 1000;

/** A signed-in staff member, with the CSRF token every write must carry. */
export interface StaffSession {
  staff: StaffMember;
  csrf: string;
  expiresAt: number;
}

/** The outcome of a login attempt; `locked` also means the password was not even checked. */
export type LoginResult =
  | { ok: true; token: string; session: StaffSession }
  | { ok: false; reason: 'invalid' | 'locked'; staffId?: string; lockedNow?: boolean };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// A real hash to compare against for unknown e-mails, so their answer takes as long as a known one's.
let decoyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password. Counts wrong passwords per account in the database (so the count holds
 * across instances) and locks the account for LOCK_MS after MAX_FAILED_LOGINS. On success it resets the
 * count and starts a session that lasts `sessionHours`; the token goes in the cookie, only its sha256 is stored.
 */
export async function login(
  db: Kysely<Database>,
  credentials: { email: string; password: string },
  now: number,
  sessionHours: number,
): Promise<LoginResult> {
  const account = await db
    .selectFrom('staff_account')
    .selectAll()
    .where('email', '=', credentials.email.trim().toLowerCase())
    .executeTakeFirst();
  if (!account) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(credentials.password, await decoyHash);
    return { ok: false, reason: 'invalid' };
  }
  if (account.locked_until !== null && Number(account.locked_until) > now) {
    return { ok: false, reason: 'locked', staffId: account.id };
  }
  if (!(await verifyPassword(credentials.password, account.password_hash))) {
    return { ok: false, reason: 'invalid', staffId: account.id, lockedNow: await countFailure(db, account.id, now) };
  }
  await db.updateTable('staff_account').set({ failed_logins: 0, locked_until: null }).where('id', '=', account.id).execute();
  await db.deleteFrom('staff_session').where('expires_at', '<=', now).execute();
  const token = randomBytes(32).toString('base64url');
  const session: StaffSession = {
    staff: { id: account.id, email: account.email, role: account.role, organisation: account.organisation },
    csrf: randomBytes(24).toString('base64url'),
    expiresAt: now + sessionHours * 3600 * 1000,
  };
  await db.insertInto('staff_session').values({ id: sha256(token), staff_id: account.id, csrf: session.csrf, expires_at: session.expiresAt }).execute();
  return { ok: true, token, session };
}

/** Adds one wrong attempt atomically and locks the account when it reaches the limit; true when it locked now. */
async function countFailure(db: Kysely<Database>, staffId: string, now: number): Promise<boolean> {
  await db
    .updateTable('staff_account')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', staffId)
    .execute();
  const locked = await db
    .updateTable('staff_account')
    .set({ failed_logins: 0, locked_until: now + LOCK_MS })
    .where('id', '=', staffId)
    .where('failed_logins', '>=', MAX_FAILED_LOGINS)
    .executeTakeFirst();
  return Number(locked.numUpdatedRows) > 0;
}

/** The session behind a cookie token, or undefined when it is unknown, expired or its account was removed. */
export async function resolveSession(db: Kysely<Database>, token: string, now: number): Promise<StaffSession | undefined> {
  if (!token) return undefined;
  const row = await db
    .selectFrom('staff_session')
    .innerJoin('staff_account', 'staff_account.id', 'staff_session.staff_id')
    .select(['staff_session.csrf', 'staff_session.expires_at', 'staff_account.id', 'staff_account.email', 'staff_account.role', 'staff_account.organisation'])
    .where('staff_session.id', '=', sha256(token))
    .where('staff_session.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    staff: { id: row.id, email: row.email, role: row.role, organisation: row.organisation },
    csrf: row.csrf,
    expiresAt: Number(row.expires_at),
  };
}

/** Ends the session behind a cookie token. */
export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('staff_session').where('id', '=', sha256(token)).execute();
}

/** Compares a submitted CSRF token with the session's in constant time. */
export function csrfMatches(session: StaffSession, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
