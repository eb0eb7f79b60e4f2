// Organisations as the challenges' tests start from: a directory profile managed by an account
// organisation with the given members, as after an approved claim.
import type { TestApp } from '../../../../test/support/app';
import { ANONYMOUS } from '../../../platform/authz';
import { createOrganization } from '../../directory';

/** A directory organisation of this kind managed by an account organisation of these members. */
export async function managedOrganization(
  t: TestApp,
  input: { legalName: string; kind: 'government_agency' | 'enterprise' | 'startup' },
  memberIds: string[],
) {
  const q = (sql: string, params: unknown[]) => t.database.query(sql, params);
  const accountOrg = `acc-${Math.random().toString(36).slice(2, 10)}`;
  await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
    accountOrg,
    input.legalName,
  ]);
  for (const userId of memberIds) {
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'member')`,
      [`${accountOrg}-${userId}`, accountOrg, userId],
    );
  }
  const r = await createOrganization(
    t.deps.database.db,
    { actor: ANONYMOUS, label: 'test' },
    input,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  await q(`update directory_organizations set managed_by = $1 where id = $2`, [
    accountOrg,
    r.organization.id,
  ]);
  return r.organization;
}

/** The value of a hidden field of a page, e.g. the form's version. */
export const hiddenValue = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';
