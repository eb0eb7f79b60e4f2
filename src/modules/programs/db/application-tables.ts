// Applications: the working copy, frozen versions, co-editors, receipts and attachments.
import {
  check,
  createdAt,
  id,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  sql,
  storedFileColumns,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import type { TAnswers, TCallForm } from '../domain/call-form';

import { programsCalls } from './programme-tables';
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
    id: id(),
    callId: uuid('call_id')
      .notNull()
      .references(() => programsCalls.id, { onDelete: 'restrict' }),
    /** The applicant: a directory organisation (read through the directory module's index). */
    organizationId: uuid('organization_id').notNull(),
    status: text('status').$type<TApplicationStatus>().notNull().default('draft'),
    answers: jsonb('answers').$type<TAnswers>().notNull().default({}),
    /** Optimistic concurrency: every write of the working copy or the status raises it. */
    /** Given at the first submission and kept for every later one, e.g. SPEEDUP-2026-000123. */
    receiptNumber: text('receipt_number'),
    /** The latest submission. */
    submittedAt: tz('submitted_at'),
    withdrawnAt: tz('withdrawn_at'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
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
    id: id(),
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
    createdAt: createdAt(),
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
    createdAt: createdAt(),
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
    id: id(),
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
