// Published challenges, their public list and the solvers' acceptances of their agreements.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { EditablePatch } from '../../../platform/db/editable';
import { nextVersion, updateAtVersion, type ChangeStamp } from '../../../platform/db/versioned';
import {
  challengesAgreementAcceptances as acceptances,
  challengesChallenges as challenges,
} from './tables';

export type ChallengeRow = typeof challenges.$inferSelect;
export type NewChallengeRow = typeof challenges.$inferInsert;
export type ChallengePatch = EditablePatch<
  typeof challenges,
  'problemId' | 'slug' | 'ownerOrganizationId'
>;
export type AcceptanceRow = typeof acceptances.$inferSelect;

export async function insertChallenge(db: Db, row: NewChallengeRow): Promise<ChallengeRow> {
  const [created] = await db.insert(challenges).values(row).returning();
  return created!;
}

export async function findChallengeBySlug(db: Db, slug: string): Promise<ChallengeRow | undefined> {
  const [row] = await db.select().from(challenges).where(eq(challenges.slug, slug));
  return row;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: challenges.id })
    .from(challenges)
    .where(eq(challenges.slug, slug));
  return Boolean(row);
}

export function challengesOfProblem(db: Db, problemId: string): Promise<ChallengeRow[]> {
  return db
    .select()
    .from(challenges)
    .where(eq(challenges.problemId, problemId))
    .orderBy(asc(challenges.publishedAt));
}

export const updateChallengeAtVersion = (
  db: Db,
  id: string,
  version: number,
  patch: ChallengePatch,
  stamp: ChangeStamp,
) => updateAtVersion(db, challenges, eq(challenges.id, id), version, patch, stamp);

export interface PublicFilter {
  statuses: readonly string[];
  ownerId?: string;
  sector?: string;
  /** Words as searchKey gives them; each must appear. */
  words?: readonly string[];
  /** Who sees confidential challenges: everyone's (the centre), or those of these problems and owners. */
  confidential: 'all' | { problemIds: readonly string[]; ownerIds: readonly string[] };
}

function confidentialWhere(f: PublicFilter): SQL | undefined {
  if (f.confidential === 'all') return undefined;
  const { problemIds, ownerIds } = f.confidential;
  return or(
    eq(challenges.isConfidential, false),
    problemIds.length > 0 ? inArray(challenges.problemId, [...problemIds]) : undefined,
    ownerIds.length > 0 ? inArray(challenges.ownerOrganizationId, [...ownerIds]) : undefined,
  );
}

const publicWhere = (f: PublicFilter): SQL | undefined =>
  and(
    inArray(challenges.status, [...f.statuses]),
    confidentialWhere(f),
    f.ownerId ? eq(challenges.ownerOrganizationId, f.ownerId) : undefined,
    f.sector ? eq(challenges.sector, f.sector) : undefined,
    ...(f.words ?? []).map((w) => ilike(challenges.searchKey, `%${w}%`)),
  );

/** Newest published first. */
export function listPublic(db: Db, f: PublicFilter, limit: number, offset: number) {
  return db
    .select()
    .from(challenges)
    .where(publicWhere(f))
    .orderBy(desc(challenges.publishedAt), asc(challenges.id))
    .limit(limit)
    .offset(offset);
}

export async function countPublic(db: Db, f: PublicFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(challenges).where(publicWhere(f));
  return row?.n ?? 0;
}

/** How many challenges the filter finds for each owner or each sector: the collections' index. */
export function countPublicBy(db: Db, f: PublicFilter, by: 'owner' | 'sector') {
  const key = by === 'owner' ? challenges.ownerOrganizationId : challenges.sector;
  return db
    .select({ key, n: count() })
    .from(challenges)
    .where(and(publicWhere(f), by === 'sector' ? isNotNull(challenges.sector) : undefined))
    .groupBy(key);
}

/** The owners and sectors that have public challenges: the list's filter choices. */
export function publicFacets(db: Db) {
  return db
    .selectDistinct({ ownerId: challenges.ownerOrganizationId, sector: challenges.sector })
    .from(challenges)
    .where(eq(challenges.isConfidential, false));
}

/** Challenges open at an instant: published, not closed, within their window. */
export async function countOpenAt(db: Db, at: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(challenges)
    .where(
      and(
        eq(challenges.status, 'open'),
        sql`${challenges.opensAt} <= ${at}`,
        sql`${challenges.closesAt} > ${at}`,
      ),
    );
  return row?.n ?? 0;
}

export async function countPublishedBetween(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(challenges)
    .where(and(gte(challenges.publishedAt, from), lt(challenges.publishedAt, to)));
  return row?.n ?? 0;
}

/** Records an acceptance once per solver and agreement version; the existing one otherwise. */
export async function insertAcceptance(
  db: Db,
  row: typeof acceptances.$inferInsert,
): Promise<{ row: AcceptanceRow; isNew: boolean }> {
  const [created] = await db.insert(acceptances).values(row).onConflictDoNothing().returning();
  if (created) return { row: created, isNew: true };
  const [existing] = await db
    .select()
    .from(acceptances)
    .where(
      and(
        eq(acceptances.challengeId, row.challengeId),
        eq(acceptances.organizationId, row.organizationId),
        eq(acceptances.agreementVersion, row.agreementVersion),
      ),
    );
  return { row: existing!, isNew: false };
}

/** The acceptances of these solvers for this challenge's agreement version. */
export function findAcceptances(
  db: Db,
  challengeId: string,
  agreementVersion: number,
  organizationIds: readonly string[],
): Promise<AcceptanceRow[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(acceptances)
    .where(
      and(
        eq(acceptances.challengeId, challengeId),
        eq(acceptances.agreementVersion, agreementVersion),
        inArray(acceptances.organizationId, [...organizationIds]),
      ),
    );
}

/** The challenge's solver is known: it moves to the archive. */
export async function markSolved(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(challenges)
    .set({ status: 'solved', solvedAt: at, ...nextVersion(challenges, { now: at }) })
    .where(eq(challenges.id, id));
}

/** Every challenge anyone may see, by slug: a few hundred a province at most. */
export function publicChallengesForSitemap(db: Db) {
  return db
    .select({ slug: challenges.slug, updatedAt: challenges.updatedAt })
    .from(challenges)
    .where(eq(challenges.isConfidential, false))
    .orderBy(asc(challenges.slug));
}
