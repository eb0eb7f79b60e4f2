import { and, asc, count, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { platformJobs } from './tables';

const j = platformJobs;

export type JobRow = typeof platformJobs.$inferSelect;

export interface NewJob {
  name: string;
  payload?: unknown;
  runAt: Date;
  key?: string;
  maxAttempts?: number;
}

/**
 * The insert of a job; with a key already used, `replace` moves that job (pending again), else
 * keeps it.
 */
export function jobInsert(db: Db, job: NewJob, replace: boolean) {
  const values = {
    name: job.name,
    payload: job.payload ?? {},
    runAt: job.runAt,
    key: job.key,
    maxAttempts: job.maxAttempts ?? 5,
  };
  const insert = db.insert(j).values(values);
  if (!job.key) return insert;
  return replace
    ? insert.onConflictDoUpdate({
        target: j.key,
        set: {
          name: values.name,
          payload: values.payload,
          runAt: values.runAt,
          maxAttempts: values.maxAttempts,
          attempts: 0,
          lastError: null,
          // A runner holding the old job finds its lease gone and leaves the new one pending.
          lockedUntil: null,
          doneAt: null,
          failedAt: null,
          updatedAt: new Date(),
        },
      })
    : insert.onConflictDoNothing({ target: j.key });
}

/** Inserts a job. Only the id comes back: a job is scheduled on hot paths (a registration). */
export async function insertJob(
  db: Db,
  job: NewJob,
  replace: boolean,
): Promise<{ id: string } | undefined> {
  const [row] = await jobInsert(db, job, replace).returning({ id: j.id });
  return row;
}

/** Removes a job not yet done (e.g. the reminder of a deleted milestone). */
export async function deletePendingJob(db: Db, key: string): Promise<boolean> {
  const rows = await db
    .delete(j)
    .where(and(eq(j.key, key), isNull(j.doneAt)))
    .returning({ id: j.id });
  return rows.length > 0;
}

/**
 * Claims up to `limit` due jobs until `lockedUntil`. Rows another runner is claiming are skipped
 * (FOR UPDATE SKIP LOCKED), and a claimed row's lease keeps it from the next claims.
 */
/** Jobs due by `now` and neither done nor given up: the runner's backlog. */
export async function countJobsWaiting(db: Db, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(j)
    .where(and(isNull(j.doneAt), isNull(j.failedAt), lte(j.runAt, now)));
  return row?.n ?? 0;
}

export async function claimDueJobs(
  db: Db,
  now: Date,
  lockedUntil: Date,
  limit: number,
): Promise<JobRow[]> {
  const due = db
    .select({ id: j.id })
    .from(j)
    .where(
      and(
        isNull(j.doneAt),
        isNull(j.failedAt),
        lte(j.runAt, now),
        or(isNull(j.lockedUntil), lt(j.lockedUntil, now)),
      ),
    )
    .orderBy(asc(j.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(j)
    .set({ lockedUntil, attempts: sql`${j.attempts} + 1`, updatedAt: now })
    .where(inArray(j.id, due))
    .returning();
}

/** Both outcomes apply only while the runner still holds its lease (a replaced job is left alone). */
const held = (job: Pick<JobRow, 'id' | 'lockedUntil'>) =>
  and(eq(j.id, job.id), job.lockedUntil ? eq(j.lockedUntil, job.lockedUntil) : sql`false`);

export async function markJobDone(db: Db, job: JobRow, now: Date): Promise<void> {
  await db
    .update(j)
    .set({ doneAt: now, lockedUntil: null, lastError: null, updatedAt: now })
    .where(held(job));
}

/** A failure: run again at `retryAt`, or give up when `retryAt` is undefined. */
export async function markJobFailed(
  db: Db,
  job: JobRow,
  now: Date,
  error: string,
  retryAt: Date | undefined,
): Promise<void> {
  await db
    .update(j)
    .set({
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      updatedAt: now,
      ...(retryAt ? { runAt: retryAt } : { failedAt: now }),
    })
    .where(held(job));
}

/** Moves the lease of a job the runner holds; undefined when it no longer holds it. */
export async function renewJobLease(
  db: Db,
  job: JobRow,
  lockedUntil: Date,
  now: Date,
): Promise<JobRow | undefined> {
  const [row] = await db
    .update(j)
    .set({ lockedUntil, updatedAt: now })
    .where(held(job))
    .returning();
  return row;
}

export async function findJobByKey(db: Db, key: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(j).where(eq(j.key, key));
  return row;
}
