// Claims of directory profiles: open, lock, decide, and the staff queue.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { directoryClaims, directoryOrganizations as o } from './tables';

export type ClaimRow = typeof directoryClaims.$inferSelect;

/** A new open claim; undefined when the user already has one on this organisation. */
export async function insertClaim(
  db: Db,
  row: typeof directoryClaims.$inferInsert,
): Promise<ClaimRow | undefined> {
  const [created] = await db.insert(directoryClaims).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findOpenClaim(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(directoryClaims)
    .where(
      and(
        eq(directoryClaims.organizationId, organizationId),
        eq(directoryClaims.userId, userId),
        eq(directoryClaims.status, 'pending'),
      ),
    );
  return row;
}

export async function lockClaim(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(directoryClaims)
    .where(eq(directoryClaims.id, id))
    .for('update');
  return row;
}

/** Records the decision on a claim still pending; undefined when it was decided meanwhile. */
export async function decideClaim(
  db: Db,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string; decidedAt: Date },
) {
  const [row] = await db
    .update(directoryClaims)
    .set(decision)
    .where(and(eq(directoryClaims.id, id), eq(directoryClaims.status, 'pending')))
    .returning();
  return row;
}

const claimWithOrganization = {
  claim: directoryClaims,
  organization: { id: o.id, slug: o.slug, legalName: o.legalName, managedBy: o.managedBy },
};

/** Pending claims, oldest first (directory_claims_status_idx). */
export async function findPendingClaims(db: Db, params: { limit: number; offset: number }) {
  const pending = eq(directoryClaims.status, 'pending');
  const rows = await db
    .select(claimWithOrganization)
    .from(directoryClaims)
    .innerJoin(o, eq(o.id, directoryClaims.organizationId))
    .where(pending)
    .orderBy(directoryClaims.createdAt, directoryClaims.id)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(directoryClaims)
    .where(pending);
  return { rows, total: count?.n ?? 0 };
}

export async function findClaimWithOrganization(db: Db, id: string) {
  const [row] = await db
    .select(claimWithOrganization)
    .from(directoryClaims)
    .innerJoin(o, eq(o.id, directoryClaims.organizationId))
    .where(eq(directoryClaims.id, id));
  return row;
}
