import type { SQL } from 'drizzle-orm';
import { placeholdersOf, placeholderValues } from '../db/built-once';
import type { Db } from '../db/client';
import { deletePendingJob, insertJob, jobInsert } from './jobs.repository';
import { platformJobs } from './tables';

export interface ScheduleJob {
  /** The handler's name, `<module>.<job>`. */
  name: string;
  /** Plain JSON (no bigint, no Date: pass ISO strings). */
  payload?: unknown;
  runAt: Date;
  /** Deduplication: one job per key. */
  key?: string;
  /** With a key already scheduled: move that job (true) or keep it as it is (false, default). */
  replace?: boolean;
  maxAttempts?: number;
}

/**
 * Schedules a job. Pass the command's transaction: the job then exists exactly when the business
 * change committed. Returns the job's id, or undefined when a job with that key was kept.
 */
export async function scheduleJob(db: Db, job: ScheduleJob): Promise<string | undefined> {
  const row = await insertJob(db, job, job.replace ?? false);
  return row?.id;
}

/**
 * The statement that schedules a job, for a data-modifying CTE of the command's one statement
 * (`requestReservationAlongside`): the job exists exactly when that statement committed.
 */
export const scheduleJobStatement = (db: Db, job: ScheduleJob): SQL =>
  jobInsert(db, job, job.replace ?? false)
    .returning({ id: platformJobs.id })
    .getSQL();

const JOB_FIELDS = ['payload', 'runAt', 'key', 'maxAttempts'] as const;

/**
 * The same for a statement built once (`statementBuiltOnce`): a job of `name` whose payload, due
 * time, key and attempts are the placeholders `${prefix}.…` that scheduledJobValues fills. A key
 * already scheduled keeps its job (no row returned).
 */
export function scheduleJobPlaceholders(db: Db, name: string, prefix: string): SQL {
  const p = placeholdersOf(prefix, JOB_FIELDS);
  return db
    .insert(platformJobs)
    .values({ name, ...p })
    .onConflictDoNothing({ target: platformJobs.key })
    .returning({ id: platformJobs.id })
    .getSQL();
}

/** The values of scheduleJobPlaceholders' placeholders for this job. */
export const scheduledJobValues = (prefix: string, job: Omit<ScheduleJob, 'name' | 'replace'>) =>
  placeholderValues(prefix, JOB_FIELDS, {
    payload: job.payload ?? {},
    runAt: job.runAt,
    key: job.key,
    maxAttempts: job.maxAttempts ?? 5,
  });

/** Cancels the job with this key unless it already ran; true when one was cancelled. */
export const cancelJob = (db: Db, key: string): Promise<boolean> => deletePendingJob(db, key);
