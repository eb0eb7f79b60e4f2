// A call's dashboard for staff: the funnel from draft to decision, and the submitted
// applications by the applicants' sector, province and kind. Anyone else finds nothing (404).
import type { AuditContext } from '../../../../platform/audit';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../../directory';
import type { CallRow } from '../../db/calls.repository';
import {
  countFunnel,
  findSubmittedApplicants,
  type FunnelCounts,
} from '../../db/dashboard.repository';
import type { ProgrammeRow } from '../../db/programmes.repository';
import { checkEligibility } from '../../domain/eligibility';
import { canManageCalls } from '../../permissions';
import { getCall } from './calls.queries';
import { requireCapability, type DbDeps } from '../common';

/** A code (sector, province, kind) and how many submitted applications have it; null: none. */
export interface BreakdownCount {
  value: string | null;
  n: number;
}

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
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string },
): Promise<{ programme: ProgrammeRow; call: CallRow }> {
  requireCapability(canManageCalls(acting.actor));
  return getCall(deps, acting, input);
}

interface Applicant {
  facts: DirectoryOrganizationFacts;
  submittedAt: Date | null;
}

/**
 * Submitted applications whose applicant meets the call's rules. Submission refuses anyone who
 * does not, so this is recomputed rather than stored: with the directory's facts as they are
 * now (a profile may have moved province or corrected its registration date since) and the
 * organisation's age counted at its last submission, which is what the rules were checked at.
 */
const countEligible = (call: CallRow, applicants: Applicant[]) =>
  applicants.filter(
    ({ facts, submittedAt }) =>
      submittedAt && checkEligibility(call.eligibility, facts, submittedAt).isEligible,
  ).length;

/** How many applicants hold each value; an applicant without any counts once under null. */
function breakdown(
  applicants: Applicant[],
  valuesOf: (facts: DirectoryOrganizationFacts) => readonly (string | null)[],
): BreakdownCount[] {
  const counts = new Map<string | null, number>();
  for (const { facts } of applicants) {
    const values = valuesOf(facts).filter((v): v is string => Boolean(v));
    for (const value of values.length ? new Set(values) : [null])
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, n]) => ({ value, n }));
}

/**
 * A call's funnel and its submitted applicants by sector, province and kind. A call has at most
 * some thousands of applications: their facts come from the directory in one read by id.
 */
export async function getCallDashboard(
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeSlug: string; callSlug: string },
): Promise<CallDashboard> {
  const db = deps.database.db;
  const { programme, call } = await getManagedCall(deps, acting, input);
  const [funnel, submitted] = await Promise.all([
    countFunnel(db, call.id),
    findSubmittedApplicants(db, call.id),
  ]);
  const facts = await organizationFactsByIds(
    db,
    submitted.map((s) => s.organizationId),
  );
  const applicants = submitted.flatMap(({ organizationId, submittedAt }) => {
    const found = facts.get(organizationId);
    return found ? [{ facts: found, submittedAt }] : [];
  });
  return {
    programme,
    call,
    funnel: { ...funnel, eligible: countEligible(call, applicants) },
    bySector: breakdown(applicants, (f) => f.sectors),
    byProvince: breakdown(applicants, (f) => [f.provinceCode]),
    byKind: breakdown(applicants, (f) => [f.kind]),
  };
}
