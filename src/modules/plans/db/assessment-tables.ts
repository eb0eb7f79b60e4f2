// Maturity and assessment frameworks supplied by the Department (levels and their criteria, kept
// as data and edited by staff), and the province's self-assessments against them: one per
// framework and year, frozen with the framework's words when submitted.
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tz } from '../../../platform/db/columns';
import type { CriterionAnswer, FrameworkLevel, FrameworkSnapshot } from '../domain/framework';

const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
};

export const plansFrameworks = pgTable('plans_frameworks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Where the framework comes from: the guidance or decision that sets it. */
  description: text('description').notNull().default(''),
  /** The levels in order, each with its criteria (domain/framework.ts). */
  levels: jsonb('levels')
    .$type<FrameworkLevel[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  ...stamps,
});

export const plansAssessments = pgTable(
  'plans_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => plansFrameworks.id),
    year: integer('year').notNull(),
    /** The level the province claims; required to submit. */
    claimedLevel: integer('claimed_level'),
    note: text('note').notNull().default(''),
    /** By criterion id: met or not, a note and the evidence files. */
    answers: jsonb('answers')
      .$type<Record<string, CriterionAnswer>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    status: text('status').notNull().default('draft'),
    /** The framework's words as they were when submitted: later edits do not move them. */
    framework: jsonb('framework').$type<FrameworkSnapshot>(),
    submittedAt: tz('submitted_at'),
    submittedBy: text('submitted_by'),
    ...stamps,
  },
  (t) => [
    // One self-assessment per framework and year; a second start finds the first.
    uniqueIndex('plans_assessments_year_idx').on(t.frameworkId, t.year),
    check('plans_assessments_status_check', sql`${t.status} in ('draft', 'submitted')`),
    check(
      'plans_assessments_frozen_check',
      sql`${t.status} = 'draft' or (${t.framework} is not null and ${t.claimedLevel} is not null and ${t.submittedAt} is not null)`,
    ),
  ],
);
