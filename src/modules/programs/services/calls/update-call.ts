// updateCall outcomes: updated | NOT_FOUND (thrown) | CONFLICT (someone saved first: nothing
// overwritten, the stored row is returned) | INVALID (field messages) | FORM_LOCKED (the call
// has opened and the new form drops a question or changes its kind: the refusals are listed) |
// OPENS_AT_LOCKED (the call has opened: moving its opening would unlock its form).
// A call has opened once it is no longer a draft and its opening time has passed: from then on
// applicants may hold answers keyed by its questions.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZCallFields, type TCallFieldsInput } from '../../contracts';
import { findCallById, updateCallRow, type CallRow } from '../../db/calls.repository';
import { refusedFormChanges, type FormChangeRefusal } from '../../domain/form-change';
import { canManageCalls } from '../../permissions';
import { changeStampOf, invalid, requireCapability, type Invalid, type ClockDeps } from '../common';

export type UpdateCallResult =
  | { ok: true; call: CallRow }
  | { ok: false; reason: 'CONFLICT'; current: CallRow }
  | { ok: false; reason: 'FORM_LOCKED'; refusals: FormChangeRefusal[] }
  | { ok: false; reason: 'OPENS_AT_LOCKED' }
  | Invalid;

export type UpdateCallInput = TCallFieldsInput & { callId: string; expectedVersion: number };

export const hasOpened = (call: Pick<CallRow, 'status' | 'opensAt'>, now: Date) =>
  call.status !== 'draft' && call.opensAt.getTime() <= now.getTime();

export async function updateCall(
  deps: ClockDeps,
  acting: AuditContext,
  input: UpdateCallInput,
): Promise<UpdateCallResult> {
  requireCapability(canManageCalls(acting.actor));
  return deps.database.db.transaction((tx) => updateCallIn(tx, deps, acting, input));
}

/**
 * updateCall in the caller's transaction, for a command of another module that moves a call with
 * its own record (a challenge's corrected window): it writes nothing unless it answers ok, so the
 * caller rolls back its own writes on a refusal, and the call's row stays locked until the caller
 * commits.
 */
export async function updateCallIn(
  tx: Db,
  deps: Pick<ClockDeps, 'clock'>,
  acting: AuditContext,
  input: UpdateCallInput,
): Promise<UpdateCallResult> {
  const { callId: id, expectedVersion } = input;
  requireCapability(canManageCalls(acting.actor));
  const before = await findCallById(tx, id);
  if (!before) throw new AppError('NOT_FOUND');
  const parsed = ZCallFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  // The address is fixed at creation.
  const { slug: _slug, ...fields } = parsed.data;
  if (hasOpened(before, deps.clock())) {
    if (fields.opensAt.getTime() !== before.opensAt.getTime())
      return { ok: false, reason: 'OPENS_AT_LOCKED' };
    const refusals = refusedFormChanges(before.form, fields.form);
    if (refusals.length > 0) return { ok: false, reason: 'FORM_LOCKED', refusals };
  }
  const row = await updateCallRow(tx, id, expectedVersion, fields, changeStampOf(deps, acting));
  if (!row) {
    const current = await findCallById(tx, id);
    if (!current) throw new AppError('NOT_FOUND');
    return { ok: false, reason: 'CONFLICT', current };
  }
  await recordAudit(tx, acting, {
    action: 'programs.call:update',
    entityType: 'call',
    entityId: id,
    before,
    after: row,
  });
  return { ok: true, call: row };
}
