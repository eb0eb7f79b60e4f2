// withdrawApplication outcomes: withdrawn (audited; submitted versions stay on record) |
// ALREADY_WITHDRAWN | STALE | NOT_FOUND / FORBIDDEN (thrown).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { updateApplicationRow, type ApplicationRow } from '../../db/applications.repository';
import { applicationToEdit } from './applicant';
import type { Refusal } from '../common';
import type { ClockDeps } from '../common';

export type WithdrawApplicationResult =
  { ok: true; application: ApplicationRow } | Refusal<'ALREADY_WITHDRAWN' | 'STALE'>;

export async function withdrawApplication(
  deps: ClockDeps,
  acting: AuditContext,
  input: { applicationId: string; expectedVersion: number },
): Promise<WithdrawApplicationResult> {
  const { application } = await applicationToEdit(deps, acting, input.applicationId);
  if (application.status === 'withdrawn') return { ok: false, reason: 'ALREADY_WITHDRAWN' };
  const userId = acting.actor.kind === 'user' ? acting.actor.user.id : 'system';
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock();
    const withdrawn = await updateApplicationRow(
      tx,
      application.id,
      input.expectedVersion,
      { status: 'withdrawn', withdrawnAt: now },
      { by: userId, now },
    );
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
