// People pages for the API, the change feed and the sitemap.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  directoryAffiliations,
  directoryOrganizations as o,
  directoryPeople as peopleTable,
} from './tables';
import { withoutSearchTexts } from './organizations.repository';

export type PersonRecord = typeof peopleTable.$inferSelect;

const pt = peopleTable;

export async function findPeopleByIds(db: Db, ids: readonly string[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  return db
    .select(withoutSearchTexts(pt))
    .from(pt)
    .where(inArray(pt.id, [...ids]));
}

export interface PersonLink {
  personId: string;
  organizationId: string;
  role: string;
  title: string | null;
}

/** The links of these people to organisations still listed (directory_affiliations pk). */
export async function linksOfPeople(db: Db, personIds: readonly string[]): Promise<PersonLink[]> {
  if (personIds.length === 0) return [];
  const l = directoryAffiliations;
  return db
    .select({
      personId: l.personId,
      organizationId: l.organizationId,
      role: l.role,
      title: l.title,
    })
    .from(l)
    .innerJoin(o, eq(o.id, l.organizationId))
    .where(and(inArray(l.personId, [...personIds]), isNull(o.archivedAt), isNull(o.mergedInto)))
    .orderBy(l.personId, l.organizationId, l.role);
}

/** People with a public page (all but archived ones). */
export async function countListedPeople(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pt)
    .where(isNull(pt.archivedAt));
  return Number(row?.n ?? 0);
}

/** Slugs and last changes of listed people, in id order (primary key), one part at a time. */
export async function listedPeopleSlugs(
  db: Db,
  params: { offset: number; limit: number },
): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: pt.slug, updatedAt: pt.updatedAt })
    .from(pt)
    .where(isNull(pt.archivedAt))
    .orderBy(pt.id)
    .limit(params.limit)
    .offset(params.offset);
}
