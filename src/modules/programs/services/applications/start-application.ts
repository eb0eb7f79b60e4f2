// startApplication outcomes: started (a new draft, audited) | found (the organisation already
// has an application to this call: that one, unchanged) | CALL_CLOSED (not open for this
// organisation now) | NOT_ELIGIBLE (with every rule it fails) | NOT_FOUND (thrown: an
// organisation the account does not act for, or a call it may not see).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  findApplicationOf,
  insertApplication,
  type ApplicationRow,
} from '../../db/applications.repository';
import { findCallById, type CallRow } from '../../db/calls.repository';
import { checkEligibility, type TEligibilityReason } from '../../domain/eligibility';
import { applicantIdOf, getApplicantOrganization } from './applicant';
import { isUuid } from '../../../../platform/input/uuid';
import { isCallOpenFor } from '../calls/calls.queries';
import type { Refusal } from '../common';
import type { ClockDeps } from '../common';

export type StartApplicationResult =
  | { ok: true; application: ApplicationRow; isNew: boolean }
  | Refusal<'CALL_CLOSED'>
  | { ok: false; reason: 'NOT_ELIGIBLE'; reasons: TEligibilityReason[] };

export async function startApplication(
  deps: ClockDeps,
  acting: AuditContext,
  input: {
    callId: string;
    organizationId: string;
    /** The call as the page just read it, so it is not read twice. */
    call?: CallRow;
  },
): Promise<StartApplicationResult> {
  const db = deps.database.db;
  const now = deps.clock();
  const userId = applicantIdOf(acting.actor);
  const organization = await getApplicantOrganization(db, acting.actor, input.organizationId);
  const call =
    input.call?.id === input.callId
      ? input.call
      : isUuid(input.callId)
        ? await findCallById(db, input.callId)
        : undefined;
  if (!call || call.status !== 'published') throw new AppError('NOT_FOUND');
  const existing = await findApplicationOf(db, call.id, organization.id);
  if (existing) return { ok: true, application: existing, isNew: false };
  if (!(await isCallOpenFor(db, call, organization.id, now)))
    return { ok: false, reason: 'CALL_CLOSED' };
  const eligibility = checkEligibility(call.eligibility, organization, now);
  if (!eligibility.isEligible)
    return { ok: false, reason: 'NOT_ELIGIBLE', reasons: eligibility.reasons };
  return db.transaction(async (tx) => {
    const created = await insertApplication(tx, {
      callId: call.id,
      organizationId: organization.id,
      createdBy: userId,
      updatedBy: userId,
    });
    // Another account of the organisation started one a moment ago: that is the one.
    if (!created) {
      const raced = await findApplicationOf(tx, call.id, organization.id);
      if (!raced) throw new AppError('CONFLICT');
      return { ok: true as const, application: raced, isNew: false };
    }
    await recordAudit(tx, acting, {
      action: 'programs.application:start',
      entityType: 'application',
      entityId: created.id,
      after: { callId: call.id, organizationId: organization.id },
    });
    return { ok: true as const, application: created, isNew: true };
  });
}
