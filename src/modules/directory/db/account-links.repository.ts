// The directory organisations an account's own person profile is affiliated with.
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  directoryAffiliations as a,
  directoryOrganizations as o,
  directoryPeople as p,
} from './tables';

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

const mine = alias(p, 'mine');
const myLinks = alias(a, 'my_links');

/**
 * The live people sharing a live organisation with the account's own live profile, the account's
 * profiles left out: one row per person and organisation, by organisation then name.
 */
export function findColleaguesOfUser(db: Db, userId: string) {
  return db
    .selectDistinct({
      personId: p.id,
      fullName: p.fullName,
      email: p.email,
      userId: p.userId,
      organizationId: o.id,
      organizationName: o.legalName,
      sortKey: p.sortKey,
    })
    .from(mine)
    .innerJoin(myLinks, eq(myLinks.personId, mine.id))
    .innerJoin(o, and(eq(o.id, myLinks.organizationId), isNull(o.archivedAt)))
    .innerJoin(a, eq(a.organizationId, o.id))
    .innerJoin(p, and(eq(p.id, a.personId), isNull(p.archivedAt)))
    .where(
      and(
        eq(mine.userId, userId),
        isNull(mine.archivedAt),
        or(isNull(p.userId), ne(p.userId, userId)),
      ),
    )
    .orderBy(asc(o.legalName), asc(p.sortKey));
}
