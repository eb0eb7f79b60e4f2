// A call's dashboard and exports: the funnel in one query, the submitted applicants (whose facts
// the directory gives), and the rows of the exports a part at a time.
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { TAnswers, TCallForm } from '../domain/call-form';
import {
  programsApplications as a,
  programsApplicationVersions as v,
  programsDecisions as d,
  programsReviewAssignments as ra,
  programsReviewRounds as r,
  programsScoreSheets as s,
  type TApplicationStatus,
  type TDecisionOutcome,
} from './tables';

/** Submitted, or reopened for an amendment (its last submission stands meanwhile). */
const isSubmitted = inArray(a.status, ['submitted', 'reopened']);
const n = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

export interface FunnelCounts {
  drafts: number;
  submitted: number;
  withdrawn: number;
  /** Submitted, with at least one reviewer assigned and every assigned sheet submitted. */
  reviewed: number;
  /** Submitted and accepted or awarded a prize. */
  accepted: number;
}

/**
 * The funnel of a call's applications in one pass over them (programs_applications_call_status_idx),
 * with each one's review progress over the call's rounds (through the rounds' index by call).
 */
export async function countFunnel(db: Db, callId: string): Promise<FunnelCounts> {
  const progress = db
    .select({
      applicationId: ra.applicationId,
      isDone: sql<boolean>`bool_and(${s.status} is not distinct from 'submitted')`.as('is_done'),
    })
    .from(ra)
    .innerJoin(r, eq(r.id, ra.roundId))
    .leftJoin(s, eq(s.assignmentId, ra.id))
    .where(eq(r.callId, callId))
    .groupBy(ra.applicationId)
    .as('progress');
  const [row] = await db
    .select({
      drafts: n(eq(a.status, 'draft')),
      submitted: n(isSubmitted),
      withdrawn: n(eq(a.status, 'withdrawn')),
      reviewed: n(and(isSubmitted, sql`${progress.isDone}`)!),
      accepted: n(and(isSubmitted, inArray(d.outcome, ['accepted', 'awarded']))!),
    })
    .from(a)
    .leftJoin(progress, eq(progress.applicationId, a.id))
    .leftJoin(d, eq(d.applicationId, a.id))
    .where(eq(a.callId, callId));
  return row ?? { drafts: 0, submitted: 0, withdrawn: 0, reviewed: 0, accepted: 0 };
}

/** Each submitted application's organisation and when it last submitted. */
export async function findSubmittedApplicants(
  db: Db,
  callId: string,
): Promise<{ organizationId: string; submittedAt: Date | null }[]> {
  return db
    .select({ organizationId: a.organizationId, submittedAt: a.submittedAt })
    .from(a)
    .where(and(eq(a.callId, callId), isSubmitted));
}

export interface ExportRow {
  id: string;
  receiptNumber: string | null;
  status: TApplicationStatus;
  submittedAt: Date | null;
  organizationId: string;
  /** The latest frozen submission and the form it answered; null for a draft. */
  answers: TAnswers | null;
  form: TCallForm | null;
  outcome: TDecisionOutcome | null;
}

/** Every application of a call, submitted ones in receipt order, then drafts; a part at a time. */
export async function findExportRows(
  db: Db,
  callId: string,
  part: { offset: number; limit: number; hasReceipt?: boolean },
): Promise<ExportRow[]> {
  const latest = db
    .select({ answers: v.answers, form: v.form })
    .from(v)
    .where(eq(v.applicationId, a.id))
    .orderBy(sql`${v.number} desc`)
    .limit(1)
    .as('latest');
  return db
    .select({
      id: a.id,
      receiptNumber: a.receiptNumber,
      status: a.status,
      submittedAt: a.submittedAt,
      organizationId: a.organizationId,
      answers: latest.answers,
      form: latest.form,
      outcome: d.outcome,
    })
    .from(a)
    .leftJoinLateral(latest, sql`true`)
    .leftJoin(d, eq(d.applicationId, a.id))
    .where(and(eq(a.callId, callId), part.hasReceipt ? isNotNull(a.receiptNumber) : undefined))
    .orderBy(sql`${a.receiptNumber} asc nulls last`, asc(a.createdAt), asc(a.id))
    .offset(part.offset)
    .limit(part.limit);
}

/** How many applications each of these calls holds submitted (one pass over the calls' index). */
export async function countSubmittedByCalls(
  db: Db,
  callIds: readonly string[],
): Promise<Map<string, number>> {
  if (callIds.length === 0) return new Map();
  const rows = await db
    .select({ callId: a.callId, n: sql<number>`count(*)::int` })
    .from(a)
    .where(and(inArray(a.callId, [...callIds]), isSubmitted))
    .groupBy(a.callId);
  return new Map(rows.map((r) => [r.callId, r.n]));
}
