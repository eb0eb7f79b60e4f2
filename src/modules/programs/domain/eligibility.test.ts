import { describe, expect, it } from 'vitest';
import * as catalog from '../i18n/eligibility';
import { checkEligibility, type TOrganizationFacts } from './eligibility';
import {
  NO_ELIGIBILITY_RULES,
  ZEligibilityRules,
  type TEligibilityRules,
} from './eligibility-rules';

const startup: TOrganizationFacts = {
  kind: 'startup',
  provinceCode: '48',
  sectors: ['agritech', 'iot'],
  stage: 'uom_tao',
  firstRegisteredOn: '2021-03-15',
};
const rules = (r: Partial<TEligibilityRules>) => ({ ...NO_ELIGIBILITY_RULES, ...r });
/** Noon in Việt Nam on a calendar day there. */
const vnNoon = (day: string) => new Date(`${day}T12:00:00+07:00`);
const codes = (r: TEligibilityRules, org: TOrganizationFacts, now = vnNoon('2025-06-01')) =>
  checkEligibility(r, org, now).reasons.map((x) => x.code);

describe('checkEligibility', () => {
  it('admits everyone when no rule is set', () => {
    expect(
      checkEligibility(
        NO_ELIGIBILITY_RULES,
        { ...startup, provinceCode: null, stage: null, sectors: [], firstRegisteredOn: null },
        new Date(),
      ),
    ).toEqual({
      isEligible: true,
      reasons: [],
    });
  });

  it('lists every failed rule, not just the first', () => {
    const strict = ZEligibilityRules.parse({
      maxOrganizationAgeYears: 5,
      provinces: ['79'],
      sectors: ['fintech'],
      stages: ['y_tuong'],
      organizationKinds: ['sme'],
    });
    const result = checkEligibility(
      strict,
      { ...startup, firstRegisteredOn: '2015-01-01' },
      vnNoon('2025-06-01'),
    );
    expect(result.isEligible).toBe(false);
    expect(result.reasons).toEqual([
      {
        code: 'programs.eligibility.too_old',
        params: { firstRegisteredOn: '01/01/2015', maxYears: 5, lastEligibleOn: '01/01/2020' },
      },
      { code: 'programs.eligibility.province', params: { allowed: '79', actual: '48' } },
      {
        code: 'programs.eligibility.sector',
        params: { allowed: 'fintech', actual: 'agritech, iot' },
      },
      { code: 'programs.eligibility.stage', params: { allowed: 'y_tuong', actual: 'uom_tao' } },
      {
        code: 'programs.eligibility.organization_kind',
        params: { allowed: 'sme', actual: 'startup' },
      },
    ]);
  });

  it('passes each rule the organisation meets; one shared sector is enough', () => {
    const r = rules({
      maxOrganizationAgeYears: 5,
      provinces: ['48', '79'],
      sectors: ['iot', 'ai'],
      stages: ['uom_tao'],
      organizationKinds: ['startup', 'sme'],
    });
    expect(checkEligibility(r, startup, vnNoon('2025-06-01'))).toEqual({
      isEligible: true,
      reasons: [],
    });
  });

  it('names missing facts as reasons of their own', () => {
    const r = rules({
      maxOrganizationAgeYears: 5,
      provinces: ['79'],
      sectors: ['ai'],
      stages: ['y_tuong'],
    });
    const bare = {
      ...startup,
      provinceCode: null,
      sectors: [],
      stage: null,
      firstRegisteredOn: null,
    };
    expect(codes(r, bare)).toEqual([
      'programs.eligibility.registration_missing',
      'programs.eligibility.province_missing',
      'programs.eligibility.sector_missing',
      'programs.eligibility.stage_missing',
    ]);
    expect(codes(r, { ...bare, firstRegisteredOn: 'khoảng 2020' })[0]).toBe(
      'programs.eligibility.registration_missing',
    );
  });

  it('a missing registration date does not matter without an age rule', () => {
    expect(codes(NO_ELIGIBILITY_RULES, { ...startup, firstRegisteredOn: null })).toEqual([]);
  });
});

describe('organisation age, as for the innovative-startup certificate', () => {
  const five = rules({ maxOrganizationAgeYears: 5 });
  const org = { ...startup, firstRegisteredOn: '2020-06-01' };

  it('is eligible up to and including the fifth anniversary, in Việt Nam calendar days', () => {
    expect(codes(five, org, vnNoon('2025-06-01'))).toEqual([]);
    expect(codes(five, org, vnNoon('2025-06-02'))).toEqual(['programs.eligibility.too_old']);
    // 23:59 on 1 June in Hà Nội is still the anniversary, though it is 16:59 UTC.
    expect(codes(five, org, new Date('2025-06-01T23:59:59+07:00'))).toEqual([]);
    // 00:30 on 2 June in Hà Nội is 17:30 UTC on 1 June: already too old.
    expect(codes(five, org, new Date('2025-06-01T17:30:00Z'))).toEqual([
      'programs.eligibility.too_old',
    ]);
  });

  it('takes the call’s number of years', () => {
    const three = rules({ maxOrganizationAgeYears: 3 });
    expect(codes(three, org, vnNoon('2023-06-01'))).toEqual([]);
    expect(codes(three, org, vnNoon('2023-06-02'))).toEqual(['programs.eligibility.too_old']);
  });

  it('a registration on 29 February reaches its anniversary on 1 March of a common year', () => {
    const leap = { ...startup, firstRegisteredOn: '2020-02-29' };
    expect(codes(five, leap, vnNoon('2025-03-01'))).toEqual([]);
    expect(checkEligibility(five, leap, vnNoon('2025-03-02')).reasons).toEqual([
      {
        code: 'programs.eligibility.too_old',
        params: { firstRegisteredOn: '29/02/2020', maxYears: 5, lastEligibleOn: '01/03/2025' },
      },
    ]);
  });

  it('a registration after today is a reason to correct the profile', () => {
    expect(
      codes(five, { ...startup, firstRegisteredOn: '2025-06-02' }, vnNoon('2025-06-01')),
    ).toEqual(['programs.eligibility.registration_in_future']);
    expect(
      codes(five, { ...startup, firstRegisteredOn: '2025-06-01' }, vnNoon('2025-06-01')),
    ).toEqual([]);
  });

  it('over generated dates, agrees with counting whole years of calendar days', () => {
    let state = 11;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let i = 0; i < 2000; i++) {
      const registered = Date.UTC(2010, 0, 1) + Math.floor(next() * 15 * 365) * 86_400_000;
      const today = registered + Math.floor(next() * 8 * 365) * 86_400_000;
      const [y, m, d] = iso(registered).split('-').map(Number) as [number, number, number];
      const [ty, tm, td] = iso(today).split('-').map(Number) as [number, number, number];
      // Whole years completed by today; 29 February counts as reached on 1 March.
      const anniversaryPassed =
        tm > m || (tm === m && td >= d) || (m === 2 && d === 29 && tm === 3 && td === 1);
      const years = ty - y - (anniversaryPassed ? 0 : 1);
      const isFifthAnniversaryOrBefore =
        years < 5 || (years === 5 && iso(Date.UTC(y + 5, m - 1, d)) === iso(today));
      const org = { ...startup, firstRegisteredOn: iso(registered) };
      expect(
        checkEligibility(five, org, vnNoon(iso(today))).isEligible,
        `${iso(registered)} → ${iso(today)}`,
      ).toBe(isFifthAnniversaryOrBefore);
    }
  });
});

describe('catalog', () => {
  it('has every reason in Vietnamese and English, with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalog.vi) as (keyof typeof catalog.vi)[]) {
      expect(params(catalog.en[key]), key).toEqual(params(catalog.vi[key]));
    }
  });
});
