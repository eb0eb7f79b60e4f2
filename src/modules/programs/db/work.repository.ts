// Counts behind the module's work waiting and its indicators.
import { and, count, eq, gte, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { programsProjects } from './project-tables';
import {
  programsApplications as a,
  programsDecisions as d,
  programsReviewAssignments as ra,
  programsReviewRounds as r,
  programsScoreSheets as s,
} from './tables';

/** Sheets of open rounds the reviewer has not submitted yet. */
export async function countSheetsWaiting(db: Db, reviewerId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(ra)
    .innerJoin(r, eq(r.id, ra.roundId))
    .leftJoin(s, eq(s.assignmentId, ra.id))
    .where(
      and(
        eq(ra.reviewerId, reviewerId),
        eq(r.status, 'open'),
        or(isNull(s.status), ne(s.status, 'submitted')),
      ),
    );
  return row?.n ?? 0;
}

/** Submitted applications with no decision yet. */
export async function countUndecided(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(a)
    .leftJoin(d, eq(d.applicationId, a.id))
    .where(and(eq(a.status, 'submitted'), isNull(d.applicationId)));
  return row?.n ?? 0;
}

/** Drafts (and reopened applications) of these organisations, not yet sent. */
export async function countDrafts(db: Db, organizationIds: readonly string[]): Promise<number> {
  if (organizationIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(a)
    .where(
      and(
        inArray(a.organizationId, [...organizationIds]),
        inArray(a.status, ['draft', 'reopened']),
      ),
    );
  return row?.n ?? 0;
}

/** The applicants of applications whose latest submission falls in [from, to), not withdrawn. */
export async function applicantsSubmittedBetween(db: Db, from: Date, to: Date) {
  return db
    .select({ organizationId: a.organizationId })
    .from(a)
    .where(and(gte(a.submittedAt, from), lt(a.submittedAt, to), ne(a.status, 'withdrawn')));
}

/** Funded projects created in [from, to): which, who and how much. */
export async function projectsCreatedBetween(db: Db, from: Date, to: Date) {
  return db
    .select({
      id: programsProjects.id,
      titleVi: programsProjects.titleVi,
      createdAt: programsProjects.createdAt,
      organizationId: programsProjects.organizationId,
      awardVnd: programsProjects.awardVnd,
    })
    .from(programsProjects)
    .where(and(gte(programsProjects.createdAt, from), lt(programsProjects.createdAt, to)));
}
