import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, StaffAccountTable } from '../store/schema.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';

export type Role = StaffAccountTable['role'];

/** staff: the inbox of their organisation; admin: that and the audit log and insight; insight: only the anonymous insight pages. */
export const ROLES = ['staff', 'admin', 'insight'] as const satisfies readonly Role[];

/** A welfare worker's account as the rest of the code sees it: never the password hash. */
export interface StaffMember {
  id: string;
  email: string;
  role: Role;
  organisation: string;
}

/** Thrown when an account cannot be created; the message says what to change. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
}

const newAccountSchema = z.object({
  email: z.email({ message: 'expected an e-mail address' }).transform((e) => e.toLowerCase()),
  password: z.string().min(MIN_PASSWORD_LENGTH, { message: `the password must be at least ${MIN_PASSWORD_LENGTH} characters long` }),
  role: z.enum(ROLES, { message: 'the role must be staff, admin or insight' }),
  organisation: z.string().trim().min(1, { message: 'the organisation must not be empty' }).max(255),
});

/** Creates a staff account with a scrypt-hashed password. Throws AccountError for bad input or an existing e-mail. */
export async function createAccount(
  db: Kysely<Database>,
  input: { email: string; password: string; role: Role; organisation: string },
  now: number = Date.now(),
): Promise<StaffMember> {
  const parsed = newAccountSchema.safeParse({ ...input, email: input.email.trim() });
  if (!parsed.success) throw new AccountError(parsed.error.issues.map((i) => i.message).join('; '));
  const { email, password, role, organisation } = parsed.data;
  const existing = await db.selectFrom('staff_account').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AccountError(`an account for ${email} already exists; remove it first to start again`);
  const id = randomUUID();
  await db
    .insertInto('staff_account')
    .values({ id, email, password_hash: await hashPassword(password), role, organisation, failed_logins: 0, locked_until: null, created_at: now })
    .execute();
  return { id, email, role, organisation };
}

/** Every account, for `npm run staff -- list`. */
export async function listAccounts(db: Kysely<Database>): Promise<(StaffMember & { createdAt: number; lockedUntil?: number })[]> {
  const rows = await db
    .selectFrom('staff_account')
    .select(['id', 'email', 'role', 'organisation', 'created_at', 'locked_until'])
    .orderBy('organisation')
    .orderBy('email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    organisation: r.organisation,
    createdAt: Number(r.created_at),
    ...(r.locked_until !== null && { lockedUntil: Number(r.locked_until) }),
  }));
}

/** Removes an account and ends its sessions at once; the audit log keeps its id. Returns false when no such account. */
export async function removeAccount(db: Kysely<Database>, email: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const account = await trx.selectFrom('staff_account').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!account) return false;
    await trx.deleteFrom('staff_session').where('staff_id', '=', account.id).execute();
    await trx.deleteFrom('staff_account').where('id', '=', account.id).execute();
    return true;
  });
}
