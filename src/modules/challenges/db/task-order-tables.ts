// The S&T task ordered from a challenge (đặt hàng) and the steps of its statutory chain, each
// with its signed document (bytes in the private store, named by their hash).
import {
  bigint,
  check,
  createdAt,
  date,
  id,
  integer,
  jsonb,
  pgTable,
  sql,
  storedFileColumns,
  text,
  uniqueIndex,
  uuid,
  versionColumns,
} from '../../../platform/db/table-kit';
import type { CouncilMember } from '../domain/task-order';
import { challengesChallenges } from './challenge-tables';

export const challengesTaskOrders = pgTable(
  'challenges_task_orders',
  {
    id: id(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challengesChallenges.id),
    taskName: text('task_name').notNull(),
    objectives: text('objectives').notNull().default(''),
    expectedResults: text('expected_results').notNull().default(''),
    budgetVnd: bigint('budget_vnd', { mode: 'bigint' }),
    durationMonths: integer('duration_months').notNull(),
    /** The ordering body as its documents' header names it, where they are dated, who signs. */
    issuerParent: text('issuer_parent').notNull().default(''),
    issuerName: text('issuer_name').notNull(),
    place: text('place').notNull(),
    signerPosition: text('signer_position').notNull(),
    signerName: text('signer_name').notNull(),
    /** What the advisory council's minutes record: its members and the task as it defined it. */
    councilMembers: jsonb('council_members').$type<CouncilMember[]>().notNull().default([]),
    councilConclusion: text('council_conclusion').notNull().default(''),
    /** How the organisation carrying the task out was chosen, and which (a directory profile). */
    selectionMode: text('selection_mode'),
    performerOrganizationId: uuid('performer_organization_id'),
    /** ordering → accepted (the acceptance closes the path). */
    status: text('status').notNull().default('ordering'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    ...versionColumns(),
  },
  (t) => [
    // One task ordered from a challenge: opening it twice stores one.
    uniqueIndex('challenges_task_orders_challenge_idx').on(t.challengeId),
    check('challenges_task_orders_status_ck', sql`${t.status} in ('ordering', 'accepted')`),
    check(
      'challenges_task_orders_mode_ck',
      sql`${t.selectionMode} in ('open_selection', 'direct_assignment')`,
    ),
    check('challenges_task_orders_budget_ck', sql`${t.budgetVnd} > 0`),
    check('challenges_task_orders_duration_ck', sql`${t.durationMonths} between 1 and 120`),
  ],
);

/** One step of the chain; `uploadedBy` is who recorded it, with its signed document. */
export const challengesTaskOrderSteps = pgTable(
  'challenges_task_order_steps',
  {
    id: id(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => challengesTaskOrders.id, { onDelete: 'cascade' }),
    /** Which step of the chain (the file's own kind is `kind`). */
    step: text('step').notNull(),
    /** The day on the signed document, yyyy-mm-dd. */
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    /** Its number and symbol, "12/QĐ-SKHCN". */
    documentNumber: text('document_number').notNull(),
    note: text('note').notNull().default(''),
    recorderName: text('recorder_name').notNull().default(''),
    ...storedFileColumns(),
  },
  (t) => [
    // Each step once: two people recording the same step store one.
    uniqueIndex('challenges_task_order_steps_idx').on(t.orderId, t.step),
    check(
      'challenges_task_order_steps_kind_ck',
      sql`${t.step} in ('proposal', 'council', 'selection', 'contract', 'acceptance')`,
    ),
  ],
);
