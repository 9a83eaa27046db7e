import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { StaffMember } from './accounts.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Wrong passwords in a row before an account is locked. */
export const MAX_FAILED_LOGINS = 5;
/** The first lock is short; each next lock in a row lasts twice as long, up to MAX_LOCK_MS. */
export const FIRST_LOCK_MS = 60 * 1000;
/** A stranger who knows a worker's e-mail can keep them out for at most this long per round of guesses. */
export const MAX_LOCK_MS = 15 * 60 * 1000;

/** How long the `n`-th lock in a row lasts. */
export function lockDuration(n: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** Math.max(0, n - 1), MAX_LOCK_MS);
}

/** A signed-in staff member, with the CSRF token every write must carry. */
export interface StaffSession {
  staff: StaffMember;
  csrf: string;
  expiresAt: number;
}

/** The outcome of a login attempt; `locked` also means the password was not checked against the account. */
export type LoginResult =
  | { ok: true; token: string; session: StaffSession }
  | { ok: false; reason: 'invalid' | 'locked'; staffId?: string; lockedNow?: boolean };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// A real hash to compare against when there is no account or it is locked, so every answer costs one scrypt.
let decoyHash: Promise<string> | undefined;

async function checkDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await decoyHash);
}

/**
 * Checks e-mail and password. Each attempt first takes a place among the MAX_FAILED_LOGINS an account allows, in
 * one atomic update in the database: parallel guesses and other instances all count, and once the places are
 * used, every further attempt (also the right password) is refused until the lock ends. Unknown, locked and
 * known accounts cost the same (one scrypt). On success the count resets and a session of `sessionHours` starts;
 * the token goes in the cookie, only its sha256 is stored.
 */
export async function login(
  db: Kysely<Database>,
  credentials: { email: string; password: string },
  now: number,
  sessionHours: number,
): Promise<LoginResult> {
  const account = await db
    .selectFrom('staff_account')
    .select(['id', 'email', 'role', 'organisation', 'password_hash'])
    .where('email', '=', credentials.email.trim().toLowerCase())
    .executeTakeFirst();
  if (!account) {
    await checkDecoy(credentials.password);
    return { ok: false, reason: 'invalid' };
  }
  const place = await db
    .updateTable('staff_account')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: null }))
    .where('id', '=', account.id)
    .where('failed_logins', '<', MAX_FAILED_LOGINS)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('failed_logins')
    .executeTakeFirst();
  if (!place) {
    await checkDecoy(credentials.password);
    return { ok: false, reason: 'locked', staffId: account.id };
  }
  if (!(await verifyPassword(credentials.password, account.password_hash))) {
    return { ok: false, reason: 'invalid', staffId: account.id, lockedNow: place.failed_logins >= MAX_FAILED_LOGINS && (await lock(db, account.id, now)) };
  }
  await db.updateTable('staff_account').set({ failed_logins: 0, locked_until: null, lock_count: 0 }).where('id', '=', account.id).execute();
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

/** Locks the account after its last allowed wrong password, for longer with each lock in a row; true when it locked. */
async function lock(db: Kysely<Database>, staffId: string, now: number): Promise<boolean> {
  const row = await db.selectFrom('staff_account').select('lock_count').where('id', '=', staffId).executeTakeFirst();
  const locks = (row?.lock_count ?? 0) + 1;
  const locked = await db
    .updateTable('staff_account')
    .set({ failed_logins: 0, locked_until: now + lockDuration(locks), lock_count: locks })
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
