import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TAnswers, TCallForm } from '../domain/call-form';
import type { TEligibilityRules } from '../domain/eligibility-rules';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

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
    /** sha256 of the bytes, hex: the private store's name for them. */
    contentHash: text('content_hash').notNull(),
    originalName: text('original_name').notNull(),
    /** The kind read from the bytes (pdf, docx…), and its media type. */
    kind: text('kind').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // The files of one application (status page, serving a file, export as ZIP).
    index('programs_application_attachments_app_idx').on(t.applicationId, t.questionId),
  ],
);

export * from './project-tables';
