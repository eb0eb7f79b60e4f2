// The directory organisations an account's own person profile is affiliated with.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryAffiliations as a, directoryPeople as p } from './tables';

/** (user, organisation) pairs of the live profiles belonging to these accounts. */
export async function findAffiliationsOfUsers(
  db: Db,
  userIds: readonly string[],
): Promise<{ userId: string; organizationId: string }[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: p.userId, organizationId: a.organizationId })
    .from(p)
    .innerJoin(a, eq(a.personId, p.id))
    .where(and(inArray(p.userId, [...userIds]), isNull(p.archivedAt)));
  return rows.map((r) => ({ userId: r.userId!, organizationId: r.organizationId }));
}

/** The live profile at this slug, with the account it belongs to (if any). */
export async function findPersonAccountBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ personId: p.id, slug: p.slug, fullName: p.fullName, userId: p.userId })
    .from(p)
    .where(and(eq(p.slug, slug), isNull(p.archivedAt)));
  return row;
}
