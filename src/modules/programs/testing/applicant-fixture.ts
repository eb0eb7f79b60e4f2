// An applicant as the applications' tests start from: a directory startup whose profile is
// managed by an account organisation with the given members, as after an approved claim.
import type { TestApp } from '../../../../test/support/app';
import { ANONYMOUS, type Actor, type Role } from '../../../platform/authz';
import { createOrganization } from '../../directory';

/** Members as [account id, role in the account organisation: owner, admin or member]. */
export async function managedStartup(
  t: TestApp,
  legalName: string,
  members: [userId: string, role: string][],
  firstRegisteredOn?: string,
) {
  const q = (sql: string, params: unknown[]) => t.database.query(sql, params);
  const accountOrg = `acc-${Math.random().toString(36).slice(2, 10)}`;
  await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
    accountOrg,
    legalName,
  ]);
  for (const [userId, role] of members) {
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, $4)`,
      [`${accountOrg}-${userId}`, accountOrg, userId, role],
    );
  }
  const r = await createOrganization(
    t.deps.database.db,
    { actor: ANONYMOUS, label: 'test' },
    { kind: 'startup', legalName, firstRegisteredOn },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  await q(`update directory_organizations set managed_by = $1 where id = $2`, [
    accountOrg,
    r.organization.id,
  ]);
  return { ...r.organization, accountOrg };
}

/** The value of a hidden field of a page, e.g. the form's version. */
export const hiddenValue = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

/** A signed-in account with these roles as an actor, to call commands directly. */
export const actorOf = (user: { id: string; email: string }, roles: Role[] = []): Actor => ({
  kind: 'user',
  user: { id: user.id, name: user.email, email: user.email, locale: 'vi', twoFactorEnabled: false },
  roles: new Set<Role>(['member', ...roles]),
});
