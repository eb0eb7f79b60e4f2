import type { en } from '../i18n/eligibility';
import type { TEligibilityRules } from './eligibility-rules';
import { vnWallClock } from '../../../platform/i18n';

/**
 * Whether an organisation may apply to a call, with every rule it fails, so an applicant learns
 * all that stands in the way at once (checked before starting a draft and again at submission).
 */

/** What the rules read of an organisation of the directory. */
export type TOrganizationFacts = {
  kind: string;
  provinceCode: string | null;
  sectors: readonly string[];
  stage: string | null;
  /** yyyy-mm-dd, the first business registration (not a later re-registration). */
  firstRegisteredOn: string | null;
};

export type TEligibilityReasonCode = keyof typeof en;
export type TEligibilityReason = {
  code: TEligibilityReasonCode;
  /** Dates dd/mm/yyyy (the convention of both languages); lists are codes joined by ", ". */
  params: Record<string, string | number>;
};
export type TEligibility = { isEligible: boolean; reasons: TEligibilityReason[] };

export function checkEligibility(
  rules: TEligibilityRules,
  organization: TOrganizationFacts,
  now: Date,
): TEligibility {
  const reasons: TEligibilityReason[] = [];
  if (rules.maxOrganizationAgeYears !== undefined) {
    const reason = ageReason(rules.maxOrganizationAgeYears, organization.firstRegisteredOn, now);
    if (reason) reasons.push(reason);
  }
  const listRule = (
    allowed: readonly string[] | undefined,
    actual: readonly string[],
    code: TEligibilityReasonCode,
    missingCode: TEligibilityReasonCode,
  ) => {
    if (!allowed?.length || actual.some((value) => allowed.includes(value))) return;
    reasons.push({
      code: actual.length ? code : missingCode,
      params: { allowed: allowed.join(', '), actual: actual.join(', ') },
    });
  };
  const one = (value: string | null) => (value ? [value] : []);
  listRule(
    rules.provinces,
    one(organization.provinceCode),
    'programs.eligibility.province',
    'programs.eligibility.province_missing',
  );
  listRule(
    rules.sectors,
    organization.sectors,
    'programs.eligibility.sector',
    'programs.eligibility.sector_missing',
  );
  listRule(
    rules.stages,
    one(organization.stage),
    'programs.eligibility.stage',
    'programs.eligibility.stage_missing',
  );
  listRule(
    rules.organizationKinds,
    [organization.kind],
    'programs.eligibility.organization_kind',
    'programs.eligibility.organization_kind',
  );
  return { isEligible: reasons.length === 0, reasons };
}

/**
 * The innovative-startup rule of the directory (Law 04/2017/QH14 Art. 17.1(a)), with the call's
 * number of years: eligible up to and including the anniversary of the first registration,
 * compared as calendar dates in Asia/Ho_Chi_Minh. As there, a registration on 29 February has
 * its anniversary on 1 March of a common year.
 */
function ageReason(
  maxYears: number,
  firstRegisteredOn: string | null,
  now: Date,
): TEligibilityReason | undefined {
  const match = firstRegisteredOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(firstRegisteredOn) : null;
  if (!match) return { code: 'programs.eligibility.registration_missing', params: { maxYears } };
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const local = vnWallClock(now);
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const registered = Date.UTC(y, m - 1, d);
  const lastEligible = Date.UTC(y + maxYears, m - 1, d);
  const shown = { firstRegisteredOn: dayMonthYear(registered), maxYears };
  if (today < registered)
    return { code: 'programs.eligibility.registration_in_future', params: shown };
  if (today > lastEligible) {
    return {
      code: 'programs.eligibility.too_old',
      params: { ...shown, lastEligibleOn: dayMonthYear(lastEligible) },
    };
  }
  return undefined;
}

function dayMonthYear(utcMidnight: number): string {
  const date = new Date(utcMidnight);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
