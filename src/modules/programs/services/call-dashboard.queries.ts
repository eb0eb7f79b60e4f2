// A call's dashboard for staff: the funnel from draft to decision, and the submitted
// applications by the applicants' sector, province and kind. Anyone else finds nothing (404).
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { CallRow } from '../db/calls.repository';
import {
  countByFacet,
  countBySector,
  countFunnel,
  findSubmittedApplicants,
  type BreakdownCount,
  type FunnelCounts,
} from '../db/dashboard.repository';
import type { ProgrammeRow } from '../db/programmes.repository';
import { checkEligibility } from '../domain/eligibility';
import { canManageCalls } from '../permissions';
import { getCall } from './calls.queries';
import { requireCapability } from './common';

export interface CallDashboard {
  programme: ProgrammeRow;
  call: CallRow;
  funnel: FunnelCounts & { eligible: number };
  bySector: BreakdownCount[];
  byProvince: BreakdownCount[];
  byKind: BreakdownCount[];
}

/** A call the actor may manage, or NOT_FOUND: the dashboard and the exports start here. */
export async function getManagedCall(
  db: Db,
  actor: Actor,
  programmeSlug: string,
  callSlug: string,
): Promise<{ programme: ProgrammeRow; call: CallRow }> {
  requireCapability(canManageCalls(actor));
  return getCall(db, actor, programmeSlug, callSlug);
}

/**
 * Submitted applications whose applicant meets the call's rules. Submission refuses anyone who
 * does not, so this is recomputed rather than stored: with the directory's facts as they are
 * now (a profile may have moved province or corrected its registration date since) and the
 * organisation's age counted at its last submission, which is what the rules were checked at.
 */
async function countEligible(db: Db, call: CallRow): Promise<number> {
  const applicants = await findSubmittedApplicants(db, call.id);
  return applicants.filter(
    (facts) =>
      facts.submittedAt && checkEligibility(call.eligibility, facts, facts.submittedAt).isEligible,
  ).length;
}

export async function getCallDashboard(
  db: Db,
  actor: Actor,
  programmeSlug: string,
  callSlug: string,
): Promise<CallDashboard> {
  const { programme, call } = await getManagedCall(db, actor, programmeSlug, callSlug);
  const [funnel, eligible, bySector, byProvince, byKind] = await Promise.all([
    countFunnel(db, call.id),
    countEligible(db, call),
    countBySector(db, call.id),
    countByFacet(db, call.id, 'province'),
    countByFacet(db, call.id, 'kind'),
  ]);
  return { programme, call, funnel: { ...funnel, eligible }, bySector, byProvince, byKind };
}
