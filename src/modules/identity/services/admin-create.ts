// Outcomes: CREATED (verified account + admin) | GRANTED (existing account made admin) |
// ALREADY_ADMIN | INVALID (field messages) | PASSWORD_REQUIRED (a new account needs one).
// Every change is audited as `identity.admin:create` by the actor "cli".
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { FieldErrors } from '../../../platform/errors';
import type { AppDeps } from '../../../platform/deps';
import { fieldErrors } from '../../../platform/input/validation';
import { ZRegisterForm } from '../contracts';
import { findUserByEmail, grantRole, rolesOf } from '../db/users.repository';
import { createVerifiedUser } from './create-verified-user';
import { sortRoles } from './admin-users.queries';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

/** The operator at the console: no account, labelled "cli" in the audit log. */
export const CLI_AUDIT: AuditContext = { actor: ANONYMOUS, label: 'cli' };

export type CreateAdminResult =
  | {
      ok: true;
      outcome: 'CREATED' | 'GRANTED' | 'ALREADY_ADMIN';
      userId: string;
      verified: boolean;
    }
  | { ok: false; reason: 'INVALID'; fields: FieldErrors }
  | { ok: false; reason: 'PASSWORD_REQUIRED' };

const ZAdminInput = ZRegisterForm.pick({ name: true, email: true });

function passwordErrors(password: string, email: string): FieldErrors | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { password: { key: 'validation.tooShort', params: { min: MIN_PASSWORD_LENGTH } } };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { password: { key: 'validation.tooLong', params: { max: MAX_PASSWORD_LENGTH } } };
  }
  const problem = passwordProblem(password, email);
  return problem ? { password: { key: problem } } : undefined;
}

/** Makes sure an administrator account exists for the e-mail (see the outcomes above). */
export async function createAdmin(
  deps: AppDeps,
  input: { email: string; name: string; password?: string },
): Promise<CreateAdminResult> {
  const parsed = ZAdminInput.safeParse({ name: input.name, email: input.email });
  if (!parsed.success) return { ok: false, reason: 'INVALID', fields: fieldErrors(parsed.error) };
  const email = parsed.data.email.toLowerCase();
  const { db } = deps.database;

  const existing = await findUserByEmail(db, email);
  if (existing) {
    const before = sortRoles(await rolesOf(db, existing.id));
    const base = { ok: true as const, userId: existing.id, verified: existing.emailVerified };
    if (before.includes('admin')) return { ...base, outcome: 'ALREADY_ADMIN' };
    await db.transaction(async (tx) => {
      await grantRole(tx, existing.id, 'admin');
      await recordAudit(tx, CLI_AUDIT, {
        action: 'identity.admin:create',
        entityType: 'user',
        entityId: existing.id,
        before: { roles: before },
        after: { roles: sortRoles([...before, 'admin']) },
      });
    });
    return { ...base, outcome: 'GRANTED' };
  }

  if (input.password === undefined) return { ok: false, reason: 'PASSWORD_REQUIRED' };
  const weak = passwordErrors(input.password, email);
  if (weak) return { ok: false, reason: 'INVALID', fields: weak };

  const { id: userId } = await createVerifiedUser(deps, {
    name: parsed.data.name,
    email,
    password: input.password,
  });
  await db.transaction(async (tx) => {
    await grantRole(tx, userId, 'admin');
    await recordAudit(tx, CLI_AUDIT, {
      action: 'identity.admin:create',
      entityType: 'user',
      entityId: userId,
      before: null,
      after: { email, name: parsed.data.name, emailVerified: true, roles: ['admin'] },
    });
  });
  return { ok: true, outcome: 'CREATED', userId, verified: true };
}
