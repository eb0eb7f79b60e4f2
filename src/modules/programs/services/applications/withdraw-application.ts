// withdrawApplication outcomes: withdrawn (audited; submitted versions stay on record) |
// ALREADY_WITHDRAWN | STALE | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { updateApplicationRow, type ApplicationRow } from '../../db/applications.repository';
import { getApplicationInReach } from './applicant';
import type { Refusal } from '../common';
import type { ClockDeps } from '../common';

export type WithdrawApplicationResult =
  { ok: true; application: ApplicationRow } | Refusal<'ALREADY_WITHDRAWN' | 'STALE'>;

export async function withdrawApplication(
  deps: ClockDeps,
  acting: AuditContext,
  input: { applicationId: string; expectedVersion: number },
): Promise<WithdrawApplicationResult> {
  const db = deps.database.db;
  const { application } = await getApplicationInReach(
    db,
    acting.actor,
    input.applicationId,
    'edit',
  );
  if (application.status === 'withdrawn') return { ok: false, reason: 'ALREADY_WITHDRAWN' };
  const userId = acting.actor.kind === 'user' ? acting.actor.user.id : 'system';
  return db.transaction(async (tx) => {
    const withdrawn = await updateApplicationRow(tx, application.id, input.expectedVersion, {
      status: 'withdrawn',
      withdrawnAt: deps.clock(),
      updatedBy: userId,
    });
    if (!withdrawn) return { ok: false as const, reason: 'STALE' as const };
    await recordAudit(tx, acting, {
      action: 'programs.application:withdraw',
      entityType: 'application',
      entityId: application.id,
      before: { status: application.status },
      after: { status: 'withdrawn' },
    });
    return { ok: true as const, application: withdrawn };
  });
}
