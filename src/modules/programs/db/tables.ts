import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import { storedFileColumns } from './file-columns';
import type { TAnswers, TCallForm } from '../domain/call-form';
import type { TEligibilityRules } from '../domain/eligibility-rules';

/** A text in both languages; English may be empty (shown in Vietnamese then). */
export interface Localized {
  vi: string;
  en: string;
}
export interface FaqEntry {
  question: Localized;
  answer: Localized;
}
export interface Prize {
  title: Localized;
  /** Whole đồng, as a decimal string (jsonb has no bigint). */
  amountVnd?: string;
}

const editable = {
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const programsProgrammes = pgTable(
  'programs_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    goalsVi: text('goals_vi').notNull().default(''),
    goalsEn: text('goals_en').notNull().default(''),
    benefitsVi: text('benefits_vi').notNull().default(''),
    benefitsEn: text('benefits_en').notNull().default(''),
    eligibilityVi: text('eligibility_vi').notNull().default(''),
    eligibilityEn: text('eligibility_en').notNull().default(''),
    faq: jsonb('faq').$type<FaqEntry[]>().notNull().default([]),
    /** Whole đồng; SpeedUP: at most 2,000,000,000 per project. */
    fundingCapVnd: bigint('funding_cap_vnd', { mode: 'bigint' }),
    maxDurationMonths: integer('max_duration_months'),
    /** Competitions: the categories entries compete in, and the prizes. */
    categories: jsonb('categories').$type<Localized[]>().notNull().default([]),
    prizes: jsonb('prizes').$type<Prize[]>().notNull().default([]),
    /** Challenges: the directory organisation (agency or enterprise) that posts the problem. */
    postingOrganizationId: uuid('posting_organization_id'),
    publishedAt: tz('published_at'),
    ...editable,
  },
  (t) => [
    uniqueIndex('programs_programmes_slug_uq').on(t.slug),
    // The public list: published programmes of a kind, newest first.
    index('programs_programmes_list_idx').on(t.status, t.kind, t.publishedAt),
    check(
      'programs_programmes_kind_ck',
      sql`${t.kind} in ('incubation', 'acceleration', 'funding', 'competition', 'challenge')`,
    ),
    check('programs_programmes_status_ck', sql`${t.status} in ('draft', 'published', 'archived')`),
    check('programs_programmes_cap_ck', sql`${t.fundingCapVnd} is null or ${t.fundingCapVnd} >= 0`),
  ],
);

export const programsCalls = pgTable(
  'programs_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programsProgrammes.id, { onDelete: 'restrict' }),
    slug: text('slug').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    opensAt: tz('opens_at').notNull(),
    /** The first instant at which a submission is refused (a submission at closes_at is late). */
    closesAt: tz('closes_at').notNull(),
    form: jsonb('form').$type<TCallForm>().notNull(),
    eligibility: jsonb('eligibility').$type<TEligibilityRules>().notNull(),
    ...editable,
  },
  (t) => [
    uniqueIndex('programs_calls_slug_uq').on(t.programmeId, t.slug),
    // The timeline of a programme's calls, in opening order.
    index('programs_calls_programme_idx').on(t.programmeId, t.opensAt),
    check('programs_calls_window_ck', sql`${t.opensAt} < ${t.closesAt}`),
    check('programs_calls_status_ck', sql`${t.status} in ('draft', 'published', 'archived')`),
  ],
);

export const programsCallExtensions = pgTable(
  'programs_call_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'cascade' }),
    /** The applicant: a directory organisation. */
    organizationId: uuid('organization_id').notNull(),
    closesAt: tz('closes_at').notNull(),
    grantedBy: text('granted_by').notNull(),
    reason: text('reason').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // The latest grant for one applicant of a call, read at every submission.
    index('programs_call_extensions_lookup_idx').on(t.callId, t.organizationId, t.createdAt),
  ],
);

/**
 * Documents staff attach to a programme (guidelines, the founding decision, templates to fill),
 * listed on its page in `position` order. The bytes are in the private store: served by a route
 * that shows a draft programme's documents to staff only.
 */
export const programsProgrammeDocuments = pgTable(
  'programs_programme_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programsProgrammes.id, { onDelete: 'cascade' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    position: integer('position').notNull(),
    ...storedFileColumns(),
  },
  (t) => [
    // A programme's documents in their order (its page, moving one up or down).
    index('programs_programme_documents_programme_idx').on(t.programmeId, t.position),
    check(
      'programs_programme_documents_kind_ck',
      sql`${t.kind} in ('pdf', 'docx', 'xlsx', 'pptx', 'zip')`,
    ),
  ],
);

export const APPLICATION_STATUSES = ['draft', 'submitted', 'withdrawn', 'reopened'] as const;
export type TApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * One directory organisation's application to one call. `answers` is the working copy (the
 * draft, or the amendment after staff reopen it); what was submitted is frozen in
 * programs_application_versions.
 */
export const programsApplications = pgTable(
  'programs_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'restrict' }),
    /** The applicant: a directory organisation (read through the directory module's index). */
    organizationId: uuid('organization_id').notNull(),
    status: text('status').$type<TApplicationStatus>().notNull().default('draft'),
    answers: jsonb('answers').$type<TAnswers>().notNull().default({}),
    /** Optimistic concurrency: every write of the working copy or the status raises it. */
    version: integer('version').notNull().default(1),
    /** Given at the first submission and kept for every later one, e.g. SPEEDUP-2026-000123. */
    receiptNumber: text('receipt_number'),
    /** The latest submission. */
    submittedAt: tz('submitted_at'),
    withdrawnAt: tz('withdrawn_at'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One application per organisation per call; a second "Apply" finds the first.
    uniqueIndex('programs_applications_call_org_uq').on(t.callId, t.organizationId),
    uniqueIndex('programs_applications_receipt_uq').on(t.receiptNumber),
    // "My applications": the applications of the organisations an account acts for.
    index('programs_applications_org_idx').on(t.organizationId, t.updatedAt),
    // A call's applications by state (staff lists, the funnel).
    index('programs_applications_call_status_idx').on(t.callId, t.status),
    check(
      'programs_applications_status_ck',
      sql`${t.status} in ('draft', 'submitted', 'withdrawn', 'reopened')`,
    ),
  ],
);

/** Every submission, frozen with the form it answered; an amendment is the next number. */
export const programsApplicationVersions = pgTable(
  'programs_application_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    answers: jsonb('answers').$type<TAnswers>().notNull(),
    /** The call's version when submitted, and its form as it was then. */
    formVersion: integer('form_version').notNull(),
    form: jsonb('form').$type<TCallForm>().notNull(),
    submittedAt: tz('submitted_at').notNull(),
    submittedBy: text('submitted_by').notNull(),
  },
  (t) => [uniqueIndex('programs_application_versions_number_uq').on(t.applicationId, t.number)],
);

/** Accounts of the applying organisation that may edit the draft besides its creator. */
export const programsApplicationCoEditors = pgTable(
  'programs_application_co_editors',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    addedBy: text('added_by').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.userId] }),
    // "My applications" for a co-editor.
    index('programs_application_co_editors_user_idx').on(t.userId),
  ],
);

/**
 * A submit's idempotency key: a double click or a retry with the same key finds the
 * submission the first one produced instead of making another.
 */
export const programsIdempotencyKeys = pgTable(
  'programs_idempotency_keys',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** The next receipt number of each call (one row per call, raised in the submit transaction). */
export const programsReceiptCounters = pgTable('programs_receipt_counters', {
  callId: uuid('call_id')
    .primaryKey()
    .references(() => programsCalls.id, { onDelete: 'cascade' }),
  lastNumber: integer('last_number').notNull().default(0),
});

/** Files uploaded for an application's file questions; the bytes are in the private store. */
export const programsApplicationAttachments = pgTable(
  'programs_application_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    ...storedFileColumns(),
  },
  (t) => [
    // The files of one application (status page, serving a file, export as ZIP).
    index('programs_application_attachments_app_idx').on(t.applicationId, t.questionId),
  ],
);

export * from './project-tables';

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
    id: uuid('id').primaryKey().defaultRandom(),
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
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
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
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** A reviewer's declared conflict of interest: with an organisation, or with one application. */
export const programsReviewConflicts = pgTable(
  'programs_review_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').notNull(),
    organizationId: uuid('organization_id'),
    applicationId: uuid('application_id').references(() => programsApplications.id, {
      onDelete: 'cascade',
    }),
    reason: text('reason').notNull().default(''),
    createdAt: tz('created_at').notNull().defaultNow(),
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
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => programsReviewRounds.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programsApplications.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id').notNull(),
    isManual: boolean('is_manual').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
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
    version: integer('version').notNull().default(1),
    submittedAt: tz('submitted_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
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

export * from './voting-tables';
