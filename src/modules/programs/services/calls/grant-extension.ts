// grantExtension outcomes: granted | NOT_FOUND (thrown: unknown call, or not the actor's to
// grant) | INVALID (field messages: unknown organisation, a time not after the call's closing
// or already past, no reason). A later grant for the same applicant replaces an earlier one.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZExtension, type TExtensionInput } from '../../contracts';
import { findCallById, insertExtension, type ExtensionRow } from '../../db/calls.repository';
import { findOrganizationRefById } from '../../db/programmes.repository';
import { canGrantExtensions } from '../../permissions';
import { actorIdOf, invalid, requireCapability, type Invalid, type ClockDeps } from '../common';

export type GrantExtensionResult = { ok: true; extension: ExtensionRow } | Invalid;

export async function grantExtension(
  deps: ClockDeps,
  acting: AuditContext,
  input: TExtensionInput,
): Promise<GrantExtensionResult> {
  const db = deps.database.db;
  requireCapability(canGrantExtensions(acting.actor));
  const parsed = ZExtension.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { callId, organizationId, closesAt, reason } = parsed.data;
  const call = await findCallById(db, callId);
  if (!call) throw new AppError('NOT_FOUND');
  if (!(await findOrganizationRefById(db, organizationId)))
    return invalid({ organizationId: { key: 'programs.error.organizationUnknown' } });
  if (closesAt.getTime() <= call.closesAt.getTime())
    return invalid({ closesAt: { key: 'programs.error.extensionNotLater' } });
  if (closesAt.getTime() <= deps.clock().getTime())
    return invalid({ closesAt: { key: 'programs.error.extensionPast' } });
  const extension = await db.transaction(async (tx) => {
    const created = await insertExtension(tx, {
      callId,
      organizationId,
      closesAt,
      reason,
      grantedBy: actorIdOf(acting),
    });
    await recordAudit(tx, acting, {
      action: 'programs.call:extend',
      entityType: 'call',
      entityId: callId,
      after: created,
    });
    return created;
  });
  return { ok: true, extension };
}
