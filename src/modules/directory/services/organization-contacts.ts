// What another module may print about an organisation on a document its sides file (the address,
// the enterprise code, phone and e-mail), each field only when this actor may see it on the
// profile: a field kept for staff stays out of a member's document.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { isUuid } from '../../../platform/input/uuid';
import { findContactsByIds } from '../db/organization-contacts.repository';
import { withVisibleFields } from './visibility';

export interface DirectoryOrganizationContacts {
  address: string | null;
  /** The enterprise code (mã số doanh nghiệp), which is its tax code. */
  taxCode: string | null;
  phone: string | null;
  email: string | null;
}

/** By organisation id; unknown ids are left out. */
export async function organizationContacts(
  db: Db,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, DirectoryOrganizationContacts>> {
  const rows = await findContactsByIds(db, [...new Set(ids)].filter(isUuid));
  return new Map(
    rows.map((row) => {
      const { address, taxCode, phone, email } = withVisibleFields(row, actor);
      return [row.id, { address, taxCode, phone, email }];
    }),
  );
}
