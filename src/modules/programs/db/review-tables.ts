// Review rounds, pools, conflicts, assignments, score sheets, decisions and published results.
import {
  boolean,
  check,
  createdAt,
  id,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  sql,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';

import { programsApplications } from './application-tables';
import { programsCalls, type Localized, type Prize } from './programme-tables';
// ——— Review and decisions (issue 4, items 4 and 5) ———

export const REVIEW_ROUND_KINDS = ['screening', 'scoring', 'pitch'] as const;
export type TReviewRoundKind = (typeof REVIEW_ROUND_KINDS)[number];

/** A rubric criterion: what domain/ranking scores, with its name in both languages. */
export interface RubricCriterion {
  id: string;
  label: Localized;
  weight: number;
  scale: { min: number; max: number };
}

/** A review round of a call: its rubric, who reviews, and how many reviewers per application. */
export const programsReviewRounds = pgTable(
  'programs_review_rounds',
  {
    id: id(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<TReviewRoundKind>().notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    rubric: jsonb('rubric').$type<RubricCriterion[]>().notNull(),
    reviewersPerApplication: integer('reviewers_per_application').notNull().default(3),
    /** Reviewers see neither the applicant's identity nor one another's scores. */
    isBlind: boolean('is_blind').notNull().default(false),
    /** open: reviewers score; closed: sheets are final. */
    status: text('status').notNull().default('open'),
    /** The automatic assignment's tie-break seed, fixed at creation so a rerun gives the same. */
    seed: text('seed').notNull(),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // A call's rounds, in the order they were created.
    index('programs_review_rounds_call_idx').on(t.callId, t.createdAt),
    check('programs_review_rounds_kind_ck', sql`${t.kind} in ('screening', 'scoring', 'pitch')`),
    check('programs_review_rounds_status_ck', sql`${t.status} in ('open', 'closed')`),
    check('programs_review_rounds_n_ck', sql`${t.reviewersPerApplication} between 1 and 20`),
  ],
);

/** The accounts that may be assigned in a round. */
export const programsReviewPool = pgTable(
  'programs_review_pool',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => programsReviewRounds.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** A reviewer's declared conflict of interest: with an organisation, or with one application. */
export const programsReviewConflicts = pgTable(
  'programs_review_conflicts',
  {
    id: id(),
    userId: text('user_id').notNull(),
    organizationId: uuid('organization_id'),
    applicationId: uuid('application_id').references(() => programsApplications.id, {
      onDelete: 'cascade',
    }),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    // The conflicts of the pool's reviewers, read before each assignment.
    index('programs_review_conflicts_user_idx').on(t.userId),
    uniqueIndex('programs_review_conflicts_org_uq')
      .on(t.userId, t.organizationId)
      .where(sql`organization_id is not null`),
    uniqueIndex('programs_review_conflicts_app_uq')
      .on(t.userId, t.applicationId)
      .where(sql`application_id is not null`),
    check(
      'programs_review_conflicts_one_ck',
      sql`(${t.organizationId} is null) <> (${t.applicationId} is null)`,
    ),
  ],
);

/** A reviewer assigned to an application in a round, by staff (manual) or automatically. */
export const programsReviewAssignments = pgTable(
  'programs_review_assignments',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => programsReviewRounds.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id').notNull(),
    isManual: boolean('is_manual').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('programs_review_assignments_uq').on(t.roundId, t.applicationId, t.reviewerId),
    // "My reviews": a reviewer's assignments, newest first.
    index('programs_review_assignments_reviewer_idx').on(t.reviewerId, t.createdAt),
  ],
);

/** One reviewer's score sheet for one assignment: their own row, version-checked. */
export const programsScoreSheets = pgTable(
  'programs_score_sheets',
  {
    assignmentId: uuid('assignment_id')
      .primaryKey()
      .references(() => programsReviewAssignments.id, { onDelete: 'restrict' }),
    roundId: uuid('round_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    reviewerId: text('reviewer_id').notNull(),
    /** The frozen submission (programs_application_versions.number) the sheet scores. */
    applicationVersion: integer('application_version').notNull(),
    marks: jsonb('marks').$type<Record<string, number | null>>().notNull().default({}),
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    comment: text('comment').notNull().default(''),
    status: text('status').notNull().default('draft'),
    submittedAt: tz('submitted_at'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // A round's sheets (ranking, progress, export).
    index('programs_score_sheets_round_idx').on(t.roundId, t.status),
    check('programs_score_sheets_status_ck', sql`${t.status} in ('draft', 'submitted')`),
  ],
);

export const DECISION_OUTCOMES = ['accepted', 'rejected', 'waitlisted', 'awarded'] as const;
export type TDecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The centre's decision on an application (the latest; earlier ones are in the audit log). */
export const programsDecisions = pgTable(
  'programs_decisions',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    outcome: text('outcome').$type<TDecisionOutcome>().notNull(),
    /** Awarded: the programme's prize (its position and its title when decided). */
    prizeIndex: integer('prize_index'),
    prize: jsonb('prize').$type<Prize>(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    decidedBy: text('decided_by').notNull(),
    decidedAt: tz('decided_at').notNull(),
  },
  (t) => [
    check(
      'programs_decisions_outcome_ck',
      sql`${t.outcome} in ('accepted', 'rejected', 'waitlisted', 'awarded')`,
    ),
    check(
      'programs_decisions_prize_ck',
      sql`(${t.outcome} = 'awarded') = (${t.prizeIndex} is not null)`,
    ),
  ],
);

/** A call whose winners staff made public on the programme's results page. */
export const programsResultPublications = pgTable('programs_result_publications', {
  callId: uuid('call_id')
    .primaryKey()
    .references(() => programsCalls.id, { onDelete: 'cascade' }),
  publishedBy: text('published_by').notNull(),
  publishedAt: tz('published_at').notNull(),
});
