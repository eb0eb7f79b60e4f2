// reopenApplication outcomes: reopened (staff; the applicant may amend, and the next submission
// becomes a new version beside the earlier ones; audited) | NOT_SUBMITTED | STALE |
// NOT_FOUND (thrown: not staff, or no such application).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  findApplicationById,
  updateApplicationRow,
  type ApplicationRow,
} from '../../db/applications.repository';
import { canReopenApplications } from '../../permissions';
import { isUuid } from '../../../../platform/input/uuid';
import { changeStampOf, requireCapability, type Refusal, type ClockDeps } from '../common';

export type ReopenApplicationResult =
  { ok: true; application: ApplicationRow } | Refusal<'NOT_SUBMITTED' | 'STALE'>;

export async function reopenApplication(
  deps: ClockDeps,
  acting: AuditContext,
  input: { applicationId: string; expectedVersion: number; reason?: string },
): Promise<ReopenApplicationResult> {
  const db = deps.database.db;
  requireCapability(canReopenApplications(acting.actor));
  const application = isUuid(input.applicationId)
    ? await findApplicationById(db, input.applicationId)
    : undefined;
  if (!application) throw new AppError('NOT_FOUND');
  if (application.status !== 'submitted') return { ok: false, reason: 'NOT_SUBMITTED' };
  return db.transaction(async (tx) => {
    const reopened = await updateApplicationRow(
      tx,
      application.id,
      input.expectedVersion,
      { status: 'reopened' },
      changeStampOf(deps, acting),
    );
    if (!reopened) return { ok: false as const, reason: 'STALE' as const };
    await recordAudit(tx, acting, {
      action: 'programs.application:reopen',
      entityType: 'application',
      entityId: application.id,
      before: { status: application.status },
      after: { status: 'reopened', reason: input.reason || undefined },
    });
    return { ok: true as const, application: reopened };
  });
}
