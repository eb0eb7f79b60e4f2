// The conversion of problems into challenges, pilots and adoptions, one row per problem brought
// in a period (its cohort), in one query over the problems' own indexes.
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  challengesChallenges as challenges,
  challengesPilots as pilots,
  challengesProblems as problems,
} from './tables';

export interface ProblemConversion {
  problemId: string;
  ownerId: string;
  sector: string | null;
  challenges: number;
  /** The programmes calls that took the challenges' solutions. */
  callIds: string[];
  pilots: number;
  adopted: number;
  contractValueVnd: number;
}

export function conversionOfProblems(db: Db, from: Date, to: Date): Promise<ProblemConversion[]> {
  return db
    .select({
      problemId: problems.id,
      ownerId: problems.ownerOrganizationId,
      sector: problems.sector,
      challenges: sql<number>`count(distinct ${challenges.id})::int`,
      callIds: sql<
        string[]
      >`coalesce(array_agg(distinct ${challenges.callId}) filter (where ${challenges.callId} is not null), '{}')`,
      pilots: sql<number>`count(distinct ${pilots.id})::int`,
      adopted: sql<number>`(count(distinct ${pilots.id}) filter (where ${pilots.outcome} in ('adopted', 'contracted')))::int`,
      contractValueVnd: sql<number>`coalesce(sum(${pilots.contractValueVnd}), 0)::float8`,
    })
    .from(problems)
    .leftJoin(challenges, eq(challenges.problemId, problems.id))
    .leftJoin(pilots, eq(pilots.challengeId, challenges.id))
    .where(and(gte(problems.submittedAt, from), lt(problems.submittedAt, to)))
    .groupBy(problems.id);
}
