// A call's evaluation as another module shows it to someone it has already allowed to read it
// (a challenge's problem owner): per round and application, each criterion's mean over the
// submitted sheets, the reviewers' words without their names, the rank, and the decision once it
// is no longer held back. A blind round never names the applicant, and its scores wait until the
// round is closed, so a reviewer among the readers cannot see another's sheet while scoring.
import type { Db } from '../../../../platform/db/client';
import { organizationFactsByIds } from '../../../directory';
import { findCallById } from '../../db/calls.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import {
  findDecisionsOfCall,
  findRoundApplications,
  findRoundsOfCall,
  findSheetsOfRound,
  type DecisionRow,
  type RoundRow,
  type SheetRow,
} from '../../db/review.repository';
import type { RubricCriterion } from '../../db/review-tables';
import { rankApplications } from '../../domain/ranking';
import { areResultsHeld } from '../decisions/held-results';
import type { DbDeps } from '../common';

export interface EvaluatedApplication {
  applicationId: string;
  receiptNumber: string | null;
  /** Left out in a blind round. */
  organizationName?: string;
  /** Each rubric criterion's mean mark over the submitted sheets (undefined when none). */
  means: Record<string, number | undefined>;
  /** What each reviewer wrote: per criterion and overall, in no reviewer's name. */
  reviews: { comments: Record<string, string>; comment: string }[];
  sheetCount: number;
  /** Rank among the application's round (domain/ranking), when it has a complete sheet. */
  rank?: number;
  /** Raw mean, 0–100. */
  rawMean?: number;
  /** The outcome only: the note is the feedback written for the applicant alone. */
  decision?: Pick<DecisionRow, 'outcome' | 'prize'>;
}

export interface EvaluatedRound {
  id: string;
  title: { vi: string; en: string };
  isBlind: boolean;
  isClosed: boolean;
  rubric: RubricCriterion[];
  /** False for an open blind round: its scores are not shown yet. */
  areScoresShown: boolean;
  applications: EvaluatedApplication[];
}

export interface CallEvaluation {
  rounds: EvaluatedRound[];
  /** The call's decisions stay with staff (a challenge's results not yet published). */
  areDecisionsHeld: boolean;
}

/** The caller has checked that the actor may read this call's evaluation. */
export async function callEvaluation(
  deps: DbDeps,
  input: { callId: string },
): Promise<CallEvaluation> {
  const db = deps.database.db;
  const call = await findCallById(db, input.callId);
  const programme = call && (await findProgrammeById(db, call.programmeId));
  if (!call || !programme) return { rounds: [], areDecisionsHeld: true };
  const areDecisionsHeld = await areResultsHeld(db, call, programme);
  const [rounds, applications, decisions] = await Promise.all([
    findRoundsOfCall(db, call.id),
    findRoundApplications(db, call.id),
    areDecisionsHeld ? Promise.resolve([]) : findDecisionsOfCall(db, call.id),
  ]);
  const names = await organizationFactsByIds(db, [
    ...new Set(applications.map((a) => a.organizationId)),
  ]);
  const decided = new Map(decisions.map(({ decision }) => [decision.applicationId, decision]));
  const evaluated: EvaluatedRound[] = [];
  for (const round of rounds) {
    const areScoresShown = !round.isBlind || round.status === 'closed';
    const sheets = areScoresShown ? await submittedSheets(db, round) : [];
    evaluated.push({
      id: round.id,
      title: { vi: round.titleVi, en: round.titleEn },
      isBlind: round.isBlind,
      isClosed: round.status === 'closed',
      rubric: round.rubric,
      areScoresShown,
      applications: evaluateApplications(round, applications, sheets).map((e) => {
        const app = applications.find((a) => a.id === e.applicationId)!;
        const decision = decided.get(e.applicationId);
        return {
          ...e,
          organizationName: round.isBlind ? undefined : names.get(app.organizationId)?.name,
          decision: decision && { outcome: decision.outcome, prize: decision.prize },
        };
      }),
    });
  }
  return { rounds: evaluated, areDecisionsHeld };
}

async function submittedSheets(db: Db, round: RoundRow) {
  return (await findSheetsOfRound(db, round.id)).filter((s) => s.status === 'submitted');
}

type Application = Awaited<ReturnType<typeof findRoundApplications>>[number];

function evaluateApplications(
  round: RoundRow,
  applications: Application[],
  sheets: SheetRow[],
): Omit<EvaluatedApplication, 'organizationName' | 'decision'>[] {
  const ranking = rankApplications({
    rubric: { criteria: round.rubric },
    applications: applications.map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt ?? new Date(0),
    })),
    sheets: sheets.map((s) => ({
      applicationId: s.applicationId,
      reviewerId: s.reviewerId,
      scores: s.marks,
    })),
  });
  const ranked = new Map(ranking.ranked.map((r) => [r.applicationId, r]));
  return applications.map((app) => {
    const own = sheets.filter((s) => s.applicationId === app.id);
    const place = ranked.get(app.id);
    return {
      applicationId: app.id,
      receiptNumber: app.receiptNumber,
      means: Object.fromEntries(round.rubric.map((c) => [c.id, meanMark(own, c.id)])),
      reviews: own
        .map((s) => ({ comments: s.comments, comment: s.comment }))
        .filter((r) => r.comment || Object.values(r.comments).some(Boolean)),
      sheetCount: own.length,
      rank: place?.rank,
      rawMean: place?.rawMean,
    };
  });
}

function meanMark(sheets: SheetRow[], criterionId: string): number | undefined {
  const marks = sheets
    .map((s) => s.marks[criterionId])
    .filter((m): m is number => typeof m === 'number' && Number.isFinite(m));
  return marks.length ? marks.reduce((sum, m) => sum + m, 0) / marks.length : undefined;
}
