import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tz } from '../db/columns';

/**
 * Durable jobs (decision 009): a row is written in the transaction of the business change that
 * needs it, so a job exists exactly when that change committed.
 */
export const platformJobs = pgTable(
  'platform_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The handler, `<module>.<job>` (e.g. programs.milestone-reminder). */
    name: text('name').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    runAt: tz('run_at').notNull(),
    /** At most one job per key: scheduling the same key again keeps or moves that one. */
    key: text('key'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    /** Set while a runner holds the job; a runner that died lets it go when this passes. */
    lockedUntil: tz('locked_until'),
    doneAt: tz('done_at'),
    /** Given up after max_attempts failures. */
    failedAt: tz('failed_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('platform_jobs_key_uq').on(t.key),
    // The runner's claim: pending jobs in due order.
    index('platform_jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.doneAt} is null and ${t.failedAt} is null`),
  ],
);
