// withdrawApplication outcomes: withdrawn (audited; submitted versions stay on record) |
// ALREADY_WITHDRAWN | STALE | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { updateApplicationRow, type ApplicationRow } from '../../db/applications.repository';
import { getApplicationInReach } from './applicant';
import type { Refusal } from '../common';

export type WithdrawApplicationResult =
  { ok: true; application: ApplicationRow } | Refusal<'ALREADY_WITHDRAWN' | 'STALE'>;

export async function withdrawApplication(
  db: Db,
  audit: AuditContext,
  input: { applicationId: string; expectedVersion: number },
  now: Date,
): Promise<WithdrawApplicationResult> {
  const { application } = await getApplicationInReach(db, audit.actor, input.applicationId, 'edit');
  if (application.status === 'withdrawn') return { ok: false, reason: 'ALREADY_WITHDRAWN' };
  const userId = audit.actor.kind === 'user' ? audit.actor.user.id : 'system';
  return db.transaction(async (tx) => {
    const withdrawn = await updateApplicationRow(tx, application.id, input.expectedVersion, {
      status: 'withdrawn',
      withdrawnAt: now,
      updatedBy: userId,
    });
    if (!withdrawn) return { ok: false as const, reason: 'STALE' as const };
    await recordAudit(tx, audit, {
      action: 'programs.application:withdraw',
      entityType: 'application',
      entityId: application.id,
      before: { status: application.status },
      after: { status: 'withdrawn' },
    });
    return { ok: true as const, application: withdrawn };
  });
}
