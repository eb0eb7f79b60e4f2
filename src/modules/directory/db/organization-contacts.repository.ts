import { inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryOrganizations as o } from './tables';

/** The postal and registration facts of organisations, with who may see each field. */
export async function findContactsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: o.id,
      address: o.address,
      taxCode: o.taxCode,
      phone: o.phone,
      email: o.email,
      visibility: o.visibility,
    })
    .from(o)
    .where(inArray(o.id, [...ids]));
}
