// The core's durable job, registered by each owning module under its own prefix: a pool's holds
// are scheduled as `<ownerModule>.reservation-hold-expiry`, so a module's manifest spreads
//   jobs: { ...reservationJobs('events', { onChanges: mailHoldChanges }) }
// and its hooks mail the next party in the transaction that passed the hold on.
import type { AppDeps } from '../deps';
import type { JobHandler } from '../jobs';
import { expireHold } from './claim-hold';
import type { ReservationHooks } from './types';
import { holdExpiryJobName } from './waitlist';

/** What the job itself uses of the process; a manifest's handlers get all of AppDeps. */
export type HoldJobDeps = Pick<AppDeps, 'database' | 'jobs'>;

export function reservationJobs<D extends HoldJobDeps = AppDeps>(
  ownerModule: string,
  hooks: ReservationHooks<D> = {},
): Record<string, JobHandler<D>> {
  const expire: JobHandler<D> = async (job, deps) => {
    const { reservationId } = (job.payload ?? {}) as { reservationId?: unknown };
    if (typeof reservationId !== 'string') return;
    const changes = await deps.database.db.transaction(async (tx) => {
      const moved = await expireHold(tx, reservationId, job.now);
      if (moved.length && hooks.onChanges) await hooks.onChanges(tx, moved, deps);
      return moved;
    });
    // The hooks' mail is due now.
    if (changes.length) deps.jobs.wake();
  };
  return { [holdExpiryJobName(ownerModule)]: expire };
}
