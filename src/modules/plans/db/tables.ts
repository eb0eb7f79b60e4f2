// The province's plans (kế hoạch) with their tree of tasks, the revisions kept when a later
// decision amends a plan, task-appendix imports, numeric targets (chỉ tiêu) with their yearly
// values, and the register of outgoing documents (sổ văn bản đi).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import type { OfficialDocument } from '../../../platform/documents';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { ReportContent } from '../domain/report-content';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

/** The agencies (directory organisations) that lead or co-ordinate tasks, with their symbol. */
export const plansAgencies = pgTable(
  'plans_agencies',
  {
    /** The directory organisation's id. */
    organizationId: uuid('organization_id').primaryKey(),
    /** The abbreviation used in document symbols and task appendices: SKHCN, SKHĐT… */
    code: text('code').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('plans_agencies_code_idx').on(t.code)],
);

export const plansPlans = pgTable(
  'plans_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The decision in force: the approving one, or the latest amending one. */
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    goals: text('goals').notNull().default(''),
    /** 1 as approved; each amendment adds one and keeps the previous state in plans_plan_revisions. */
    revision: integer('revision').notNull().default(1),
    ...stamps,
  },
  (t) => [check('plans_plans_period_check', sql`${t.periodStart} <= ${t.periodEnd}`)],
);

/** A plan as it stood before an amendment: its fields, tasks and targets, frozen. */
export const plansPlanRevisions = pgTable(
  'plans_plan_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    snapshot: jsonb('snapshot').$type<PlanSnapshot>().notNull(),
    /** The decision that replaced this state, and why. */
    amendedByNumber: text('amended_by_number').notNull(),
    amendedByDate: date('amended_by_date').notNull(),
    note: text('note').notNull().default(''),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('plans_plan_revisions_plan_idx').on(t.planId, t.revision)],
);

export const plansTasks = pgTable(
  'plans_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => plansTasks.id, {
      onDelete: 'cascade',
    }),
    /** The appendix's numbering, 1 / 1.2 / 1.2.3: its depth is the level. */
    code: text('code').notNull(),
    level: text('level').notNull(),
    title: text('title').notNull(),
    leadAgencyId: uuid('lead_agency_id'),
    coordinatingAgencyIds: uuid('coordinating_agency_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    startsOn: date('starts_on'),
    dueOn: date('due_on'),
    deliverables: text('deliverables').notNull().default(''),
    status: text('status').notNull().default('not_started'),
    percentDone: integer('percent_done').notNull().default(0),
    progressNote: text('progress_note').notNull().default(''),
    /** Appendix order among all the plan's tasks. */
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [
    uniqueIndex('plans_tasks_code_idx').on(t.planId, t.code),
    // An agency's own tasks.
    index('plans_tasks_lead_idx').on(t.leadAgencyId),
    check('plans_tasks_percent_check', sql`${t.percentDone} between 0 and 100`),
  ],
);

/** How much each source funds a task, in whole đồng. */
export const plansTaskBudgets = pgTable(
  'plans_task_budgets',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => plansTasks.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.source] }),
    check('plans_task_budgets_amount_check', sql`${t.amountVnd} >= 0`),
  ],
);

/** An uploaded task appendix between its preview and its import (applied once). */
export const plansImports = pgTable('plans_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => plansPlans.id, { onDelete: 'cascade' }),
  fileHash: text('file_hash').notNull(),
  fileName: text('file_name').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  appliedAt: tz('applied_at'),
  taskCount: integer('task_count'),
});

/** The last number an issuing body gave in a year: locked and moved by each issue. */
export const plansRegisterCounters = pgTable(
  'plans_register_counters',
  {
    issuer: text('issuer').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.year] })],
);

/** The register of outgoing documents (sổ văn bản đi): one row a number, never reused. */
export const plansRegisterEntries = pgTable(
  'plans_register_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issuer: text('issuer').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    docType: text('doc_type').notNull(),
    /** As printed after "Số:", e.g. 15/BC-SKHCN. */
    symbol: text('symbol').notNull(),
    title: text('title').notNull(),
    issuedOn: date('issued_on').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [
    // The database's guarantee that a number is given once per body and year.
    uniqueIndex('plans_register_number_idx').on(t.issuer, t.year, t.number),
  ],
);

/**
 * A report the platform wrote and numbered, kept as the document's description so its DOCX, XLSX
 * and PDF are regenerated from it and all carry the one number; the form's key (one per page
 * load) makes a double click or a retry find this row instead of taking a second number.
 */
export const plansIssuedReports = pgTable(
  'plans_issued_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    registerEntryId: uuid('register_entry_id')
      .notNull()
      .references(() => plansRegisterEntries.id),
    formKey: text('form_key').notNull(),
    period: text('period').notNull(),
    document: jsonb('document').$type<OfficialDocument>().notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('plans_issued_reports_key_idx').on(t.formKey)],
);

export const plansTargets = pgTable(
  'plans_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baseline: bigint('baseline', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
    /** entered (by staff or agencies) or indicator (computed from a module's indicator). */
    source: text('source').notNull(),
    indicatorId: text('indicator_id'),
    /** The province the indicator is computed for; none: the whole instance. */
    province: text('province'),
    /** Staff chose it for the public page of the province's headline targets. */
    isPublic: boolean('is_public').notNull().default(false),
    /** An entered target's figure comes from this agency's periodic reports (accepted ones). */
    reportingAgencyId: uuid('reporting_agency_id'),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [
    uniqueIndex('plans_targets_code_idx').on(t.planId, t.code),
    check('plans_targets_unit_check', sql`${t.unit} in ('count', 'percent', 'vnd')`),
    check(
      'plans_targets_source_check',
      sql`(${t.source} = 'entered' and ${t.indicatorId} is null) or (${t.source} = 'indicator' and ${t.indicatorId} is not null)`,
    ),
  ],
);

/** A target's value for a year, and the value entered for it when it is not computed. */
export const plansTargetYears = pgTable(
  'plans_target_years',
  {
    targetId: uuid('target_id')
      .notNull()
      .references(() => plansTargets.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    targetValue: bigint('target_value', { mode: 'bigint' }).notNull(),
    enteredValue: bigint('entered_value', { mode: 'bigint' }),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.year] })],
);

/** When a plan's agencies report: how often, and the day of the period's last month it is due. */
export const plansReportSchedules = pgTable(
  'plans_report_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    frequency: text('frequency').notNull(),
    dueDay: integer('due_day').notNull().default(15),
    createdAt: tz('created_at').notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('plans_report_schedules_plan_idx').on(t.planId, t.frequency),
    check('plans_report_schedules_day_check', sql`${t.dueDay} between 1 and 28`),
  ],
);

/** One agency's report for one period of a schedule: its working draft and where it stands. */
export const plansReports = pgTable(
  'plans_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => plansReportSchedules.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plansPlans.id, { onDelete: 'cascade' }),
    agencyId: uuid('agency_id').notNull(),
    periodKey: text('period_key').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<ReportContent>().notNull(),
    /** When the reminder before the due date and the overdue notice went out (each once). */
    remindedAt: tz('reminded_at'),
    escalatedAt: tz('escalated_at'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('plans_reports_period_idx').on(t.scheduleId, t.periodKey, t.agencyId),
    // An agency's reports, and the board of a plan.
    index('plans_reports_agency_idx').on(t.agencyId, t.dueOn),
  ],
);

/** Each submission of a report, frozen; a returned one stays beside the next. */
export const plansReportSubmissions = pgTable(
  'plans_report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => plansReports.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    submittedAt: tz('submitted_at').notNull(),
    submittedBy: text('submitted_by'),
    /** pending, returned or accepted. */
    outcome: text('outcome').notNull().default('pending'),
    comment: text('comment').notNull().default(''),
    reviewedAt: tz('reviewed_at'),
    reviewedBy: text('reviewed_by'),
  },
  (t) => [uniqueIndex('plans_report_submissions_number_idx').on(t.reportId, t.number)],
);
export * from './assessment-tables';
