import { describe, expect, it } from 'vitest';
import { isInnovativeStartup } from './innovative-startup';
import { PROVINCES, resolveProvince } from './provinces';
import { checkTaxCode, taxCodeFromBase } from './tax-code';

describe('tax code', () => {
  it('accepts known-valid codes and canonical 13-digit forms', () => {
    expect(checkTaxCode('0100109106')).toEqual({ ok: true, value: '0100109106' });
    expect(checkTaxCode('0301442379')).toEqual({ ok: true, value: '0301442379' });
    expect(checkTaxCode('0100109106-001')).toEqual({ ok: true, value: '0100109106-001' });
    expect(checkTaxCode('0100109106001')).toEqual({ ok: true, value: '0100109106-001' });
    expect(checkTaxCode(' 0301 442 379 ')).toEqual({ ok: true, value: '0301442379' });
    expect(checkTaxCode('079204001234')).toEqual({ ok: true, value: '079204001234' });
  });

  it('refuses a wrong check digit, a 000 branch, zeros and other lengths', () => {
    expect(checkTaxCode('0100109107').ok).toBe(false);
    expect(checkTaxCode('0100109106-000').ok).toBe(false);
    expect(checkTaxCode('0100000000').ok).toBe(false);
    expect(checkTaxCode('12345').ok).toBe(false);
    expect(checkTaxCode('abcdefghij').ok).toBe(false);
  });

  it('builds valid codes for generated data', () => {
    const code = taxCodeFromBase('010010910');
    expect(code).toBe('0100109106');
  });
});

describe('provinces', () => {
  it('has the 34 units with 2-digit string codes and every former code once', () => {
    expect(PROVINCES).toHaveLength(34);
    const former = PROVINCES.flatMap((p) => p.formerProvinces.map((f) => f.code));
    expect(new Set(former).size).toBe(63);
  });

  it('maps new and legacy names, with or without marks, and codes to the current unit', () => {
    expect(resolveProvince('Đà Nẵng')?.code).toBe('48');
    expect(resolveProvince('quang nam')?.code).toBe('48');
    expect(resolveProvince('Bình Dương')?.shortName).toBe('Hồ Chí Minh');
    expect(resolveProvince('TP HCM')?.code).toBe('79');
    expect(resolveProvince('Thừa Thiên Huế')?.code).toBe('46');
    expect(resolveProvince('Khánh Hoà')?.shortName).toBe(resolveProvince('Khánh Hòa')?.shortName);
    expect(resolveProvince('Bắc Giang')?.code).toBe('24');
    expect(resolveProvince('74')?.code).toBe('79');
    expect(resolveProvince('Atlantis')).toBeUndefined();
  });
});

describe('innovative startup (≤ 5 years since first registration)', () => {
  const at = (iso: string) => new Date(iso);
  it('holds up to the fifth anniversary, in Vietnam time', () => {
    const org = { kind: 'startup' as const, firstRegisteredOn: '2021-07-01' };
    expect(isInnovativeStartup(org, at('2026-06-30T16:59:00Z'))).toBe(true); // 30/06 23:59 in Hà Nội
    expect(isInnovativeStartup(org, at('2026-06-30T17:00:00Z'))).toBe(true); // 01/07 00:00, the anniversary
    expect(isInnovativeStartup(org, at('2026-07-01T17:00:00Z'))).toBe(false); // 02/07
  });

  it('needs a registration date and a startup or SME', () => {
    expect(
      isInnovativeStartup({ kind: 'startup', firstRegisteredOn: null }, at('2026-01-01T00:00:00Z')),
    ).toBe(false);
    expect(
      isInnovativeStartup(
        { kind: 'university', firstRegisteredOn: '2024-01-01' },
        at('2026-01-01T00:00:00Z'),
      ),
    ).toBe(false);
  });
});
