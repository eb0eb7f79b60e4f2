// Funded projects (issue 4 item 6): the agreement with one organisation under a programme, its
// budget, milestones, disbursements, the statutory steps and the startup's progress reports.
import {
  bigint,
  check,
  createdAt,
  date,
  id,
  index,
  integer,
  pgTable,
  sql,
  storedFileColumns,
  text,
  tz,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import { programsProgrammes } from './programme-tables';

/** A calendar day in Vietnam, yyyy-mm-dd. */
const day = (name: string) => date(name, { mode: 'string' });
const vnd = (name: string) => bigint(name, { mode: 'bigint' });
const projectRef = () =>
  uuid('project_id')
    .notNull()
    .references(() => programsProjects.id, { onDelete: 'cascade' });

export const programsProjects = pgTable(
  'programs_projects',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programsProgrammes.id, { onDelete: 'restrict' }),
    /** The directory organisation funded. */
    organizationId: uuid('organization_id').notNull(),
    /** The accepted application, once applications lead to projects (no foreign key yet). */
    applicationId: uuid('application_id'),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull().default(''),
    /** The agreement amount, whole đồng, at most the programme's cap. */
    awardVnd: vnd('award_vnd').notNull(),
    durationMonths: integer('duration_months').notNull(),
    /** The sum of the disbursements, kept here so one row lock guards it. */
    paidVnd: vnd('paid_vnd')
      .notNull()
      .default(sql`0`),
    /** active → closed (settled). */
    status: text('status').notNull().default('active'),
    createdAt: createdAt(),
    ...versionColumns(),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
  },
  (t) => [
    // A programme's projects (staff list) and an organisation's projects (the startup's page).
    index('programs_projects_programme_idx').on(t.programmeId, t.createdAt),
    index('programs_projects_organization_idx').on(t.organizationId),
    check('programs_projects_award_ck', sql`${t.awardVnd} > 0`),
    check('programs_projects_duration_ck', sql`${t.durationMonths} > 0`),
    // Never more paid than awarded, whatever the application code does.
    check('programs_projects_paid_ck', sql`${t.paidVnd} >= 0 and ${t.paidVnd} <= ${t.awardVnd}`),
    check('programs_projects_status_ck', sql`${t.status} in ('active', 'closed')`),
  ],
);

export const programsProjectBudgetLines = pgTable(
  'programs_project_budget_lines',
  {
    id: id(),
    projectId: projectRef(),
    label: text('label').notNull(),
    amountVnd: vnd('amount_vnd').notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('programs_project_budget_lines_project_idx').on(t.projectId, t.createdAt),
    check('programs_project_budget_lines_amount_ck', sql`${t.amountVnd} >= 0`),
  ],
);

export const programsProjectMilestones = pgTable(
  'programs_project_milestones',
  {
    id: id(),
    projectId: projectRef(),
    title: text('title').notNull(),
    deliverables: text('deliverables').notNull().default(''),
    dueOn: day('due_on').notNull(),
    /** The due date a reminder was sent for: a moved milestone is reminded again. */
    remindedFor: day('reminded_for'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  // The timeline of a project.
  (t) => [index('programs_project_milestones_project_idx').on(t.projectId, t.dueOn)],
);

export const programsProjectDisbursements = pgTable(
  'programs_project_disbursements',
  {
    id: id(),
    projectId: projectRef(),
    kind: text('kind').notNull(),
    amountVnd: vnd('amount_vnd').notNull(),
    paidOn: day('paid_on').notNull(),
    documentRef: text('document_ref').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('programs_project_disbursements_project_idx').on(t.projectId, t.paidOn),
    // One advance per project.
    uniqueIndex('programs_project_disbursements_advance_uq')
      .on(t.projectId)
      .where(sql`${t.kind} = 'advance'`),
    check('programs_project_disbursements_kind_ck', sql`${t.kind} in ('advance', 'payment')`),
    check('programs_project_disbursements_amount_ck', sql`${t.amountVnd} > 0`),
  ],
);

/** The statutory chain: council decision → agreement → advance → acceptance → settlement. */
export const programsProjectSteps = pgTable(
  'programs_project_steps',
  {
    id: id(),
    projectId: projectRef(),
    kind: text('kind').notNull(),
    happenedOn: day('happened_on').notNull(),
    documentRef: text('document_ref').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('programs_project_steps_uq').on(t.projectId, t.kind),
    check(
      'programs_project_steps_kind_ck',
      sql`${t.kind} in ('council_decision', 'agreement', 'advance', 'acceptance', 'settlement')`,
    ),
  ],
);

export const programsProjectReports = pgTable(
  'programs_project_reports',
  {
    id: id(),
    projectId: projectRef(),
    milestoneId: uuid('milestone_id')
      .notNull()
      .references(() => programsProjectMilestones.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** A document's reference (a file key or a document number), optional. */
    documentRef: text('document_ref'),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: tz('submitted_at').notNull().defaultNow(),
    /** submitted → accepted | changes_requested (then a new report is submitted). */
    status: text('status').notNull().default('submitted'),
    reviewComment: text('review_comment'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: tz('reviewed_at'),
  },
  (t) => [
    // A milestone's reports, newest first.
    index('programs_project_reports_milestone_idx').on(t.milestoneId, t.submittedAt),
    // At most one report waiting for review or accepted per milestone.
    uniqueIndex('programs_project_reports_live_uq')
      .on(t.milestoneId)
      .where(sql`${t.status} in ('submitted', 'accepted')`),
    check(
      'programs_project_reports_status_ck',
      sql`${t.status} in ('submitted', 'accepted', 'changes_requested')`,
    ),
  ],
);

/**
 * Files attached to a progress report, a step of the chain or a disbursement (exactly one of
 * them); the bytes are in the private store, named by their hash, as application attachments.
 */
export const programsProjectFiles = pgTable(
  'programs_project_files',
  {
    id: id(),
    projectId: projectRef(),
    reportId: uuid('report_id').references(() => programsProjectReports.id, {
      onDelete: 'cascade',
    }),
    stepId: uuid('step_id').references(() => programsProjectSteps.id, { onDelete: 'cascade' }),
    disbursementId: uuid('disbursement_id').references(() => programsProjectDisbursements.id, {
      onDelete: 'cascade',
    }),
    ...storedFileColumns(),
  },
  (t) => [
    // A project page reads all its files at once; reports, steps and disbursements are only
    // deleted with their project, so their foreign keys need no index of their own.
    index('programs_project_files_project_idx').on(t.projectId, t.createdAt),
    check(
      'programs_project_files_owner_ck',
      sql`num_nonnulls(${t.reportId}, ${t.stepId}, ${t.disbursementId}) = 1`,
    ),
  ],
);
