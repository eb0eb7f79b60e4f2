// Level-3 controls: a staff or administrator account unused for 45 days is disabled (locked,
// reason "inactive"; only an administrator unlocks it). A durable job does it once a day and
// schedules its next run; the modules' warm-up schedules the first.
import { recordAudit } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { scheduleJob, type JobRun } from '../../../platform/jobs';
import { findInactiveStaff, lockInactive } from '../db/account-locks.repository';

export const INACTIVE_STAFF_JOB = 'identity.disable-inactive-staff';
export const INACTIVE_STAFF_DAYS = 45;
const DAY_MS = 24 * 3600_000;

/** The daily check, unless one is already scheduled. */
export async function scheduleInactiveStaffCheck(deps: Pick<AppDeps, 'database' | 'clock'>) {
  await scheduleJob(deps.database.db, {
    name: INACTIVE_STAFF_JOB,
    key: INACTIVE_STAFF_JOB,
    runAt: deps.clock(),
  });
}

export async function disableInactiveStaff(job: JobRun, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const cutoff = new Date(job.now.getTime() - INACTIVE_STAFF_DAYS * DAY_MS);
  for (const account of await findInactiveStaff(db, cutoff)) {
    await db.transaction(async (tx) => {
      await lockInactive(tx, account.id, job.now);
      await recordAudit(
        tx,
        { actor: ANONYMOUS, label: 'system' },
        {
          action: 'security.account:disable',
          entityType: 'user',
          entityId: account.id,
          after: { reason: 'inactive', days: INACTIVE_STAFF_DAYS },
        },
      );
    });
  }
  await scheduleJob(db, {
    name: INACTIVE_STAFF_JOB,
    key: INACTIVE_STAFF_JOB,
    runAt: new Date(job.now.getTime() + DAY_MS),
    replace: true,
  });
}
