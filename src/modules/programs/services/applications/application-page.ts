// Reads behind the applicant's pages: which organisations may apply to a call and why not, and
// the deadline that applies to one applicant (the call's, or its latest extension's).
import type { AuditContext } from '../../../../platform/audit';
import type { DirectoryOrganizationFacts } from '../../../directory';
import { findApplicationOf } from '../../db/applications.repository';
import { findExtensions, type CallRow } from '../../db/calls.repository';
import { closesAtFor, isOpenFor } from '../../domain/call-window';
import { checkEligibility, type TEligibilityReason } from '../../domain/eligibility';
import { applicantOrganizations } from './applicant';
import type { ClockDeps } from '../common';
import type { DbDeps } from '../common';

export interface ApplyOption {
  organization: DirectoryOrganizationFacts;
  /** The organisation's application to this call, when it has started one. */
  applicationId?: string;
  isOpen: boolean;
  closesAt: Date;
  reasons: TEligibilityReason[];
}

/** Each organisation the account acts for, with what stands between it and this call. */
export async function applyOptions(
  deps: ClockDeps,
  acting: AuditContext,
  input: { call: CallRow },
): Promise<ApplyOption[]> {
  const db = deps.database.db;
  const now = deps.clock();
  const { call } = input;
  const organizations = await applicantOrganizations(db, acting.actor);
  return Promise.all(
    organizations.map(async (organization) => {
      const [existing, extensions] = await Promise.all([
        findApplicationOf(db, call.id, organization.id),
        findExtensions(db, call.id, organization.id),
      ]);
      return {
        organization,
        applicationId: existing?.id,
        isOpen: call.status === 'published' && isOpenFor(call, extensions, organization.id, now),
        closesAt: closesAtFor(call, extensions, organization.id),
        reasons: checkEligibility(call.eligibility, organization, now).reasons,
      };
    }),
  );
}

/** When this applicant's submissions close. */
export async function deadlineFor(
  deps: DbDeps,
  acting: AuditContext,
  input: { call: CallRow; organizationId: string },
): Promise<Date> {
  const { call, organizationId } = input;
  const extensions = await findExtensions(deps.database.db, call.id, organizationId);
  return closesAtFor(call, extensions, organizationId);
}
