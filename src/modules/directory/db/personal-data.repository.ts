// The directory's records about an account: its person profiles (with their affiliations) and
// its claims to manage organisations.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { recordChange } from './organizations.repository';
import {
  directoryAffiliations as a,
  directoryClaims as c,
  directoryOrganizations as o,
  directoryPeople as p,
} from './tables';

export async function personalRecordsOf(db: Db, userId: string) {
  const people = await db
    .select({
      slug: p.slug,
      fullName: p.fullName,
      roles: p.roles,
      headline: p.headline,
      bioVi: p.bioVi,
      bioEn: p.bioEn,
      expertise: p.expertise,
      languages: p.languages,
      provinceCode: p.provinceCode,
      email: p.email,
      phone: p.phone,
      website: p.website,
      links: p.links,
      contactPreference: p.contactPreference,
      visibility: p.visibility,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      archivedAt: p.archivedAt,
    })
    .from(p)
    .where(eq(p.userId, userId));
  const affiliations = await db
    .select({ person: p.slug, organization: o.legalName, role: a.role, title: a.title })
    .from(a)
    .innerJoin(p, eq(p.id, a.personId))
    .innerJoin(o, eq(o.id, a.organizationId))
    .where(eq(p.userId, userId));
  const claims = await db
    .select({
      organization: o.legalName,
      message: c.message,
      status: c.status,
      createdAt: c.createdAt,
      decidedAt: c.decidedAt,
    })
    .from(c)
    .innerJoin(o, eq(o.id, c.organizationId))
    .where(eq(c.userId, userId));
  return { people, affiliations, claims };
}

/**
 * The account's profiles leave the directory: name replaced by the pseudonym, every other
 * personal field emptied, affiliations removed, archived (off every public page), and the change
 * recorded so search indexes and the change feed follow. Claims keep staff's decision, not the
 * message the person wrote.
 */
export async function erasePersonalRecords(
  db: Db,
  input: {
    userId: string;
    pseudonym: string;
    nameKeys: { nameSearch: string; sortKey: string };
    now: Date;
  },
): Promise<void> {
  const people = await db.select({ id: p.id }).from(p).where(eq(p.userId, input.userId));
  const ids = people.map((r) => r.id);
  if (ids.length > 0) {
    await db.delete(a).where(inArray(a.personId, ids));
    await db
      .update(p)
      .set({
        fullName: input.pseudonym,
        ...input.nameKeys,
        bodySearch: '',
        headline: null,
        bioVi: null,
        bioEn: null,
        expertise: [],
        languages: [],
        provinceCode: null,
        email: null,
        phone: null,
        website: null,
        links: {},
        externalId: null,
        contactPreference: 'none',
        archivedAt: input.now,
        updatedAt: input.now,
      })
      .where(inArray(p.id, ids));
    for (const id of ids) await recordChange(db, 'person', id, 'upsert');
  }
  await db.update(c).set({ message: null }).where(eq(c.userId, input.userId));
}
