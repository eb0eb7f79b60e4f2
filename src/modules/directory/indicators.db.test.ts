import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS } from '../../platform/authz';
import { indicatorById } from '../../platform/modules/registry';
import { createOrganization } from './services/create-organization';

const vn = (day: string) => new Date(`${day}T00:00:00+07:00`);

describe.each(testEngines)('directory indicators on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const orgs: [string, 'startup' | 'sme' | 'university', string | undefined, string, string][] = [
      // legal name, kind, first registered, province, added to the directory
      ['Công ty Mới Lập', 'startup', '2024-03-01', '48', '2025-06-01'],
      ['Công ty Vừa Đủ Năm Năm', 'sme', '2020-12-31', '48', '2025-06-01'],
      ['Công ty Quá Năm Năm', 'startup', '2020-12-30', '48', '2025-06-01'],
      ['Công ty Chưa Ghi Ngày', 'startup', undefined, '48', '2025-06-01'],
      ['Đại học Kỹ thuật', 'university', '2023-01-01', '48', '2025-06-01'],
      ['Công ty Ở Huế', 'startup', '2023-05-05', '46', '2025-06-01'],
      ['Công ty Vào Sau', 'startup', '2025-09-09', '48', '2026-02-01'],
    ];
    for (const [legalName, kind, firstRegisteredOn, provinceCode, added] of orgs) {
      const r = await createOrganization(
        t.deps.database.db,
        { actor: ANONYMOUS, label: 'test' },
        { kind, legalName, firstRegisteredOn, provinceCode },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.fields));
      await t.database.query(`update directory_organizations set created_at = $1 where id = $2`, [
        vn(added),
        r.organization.id,
      ]);
    }
  });
  afterAll(() => t.close());

  it('counts the innovative startups listed on the last day of the period (≤ 5 years since first registration)', async () => {
    const innovative = indicatorById('directory.innovative_startups')!;
    const db = t.deps.database.db;
    const year2025 = { from: vn('2025-01-01'), to: vn('2026-01-01') };
    // On 31/12/2025: registered on or after 31/12/2020; not the university, not the undated one.
    expect(await innovative.compute(db, { ...year2025, province: '48' })).toBe(2);
    expect(await innovative.compute(db, year2025)).toBe(3);
    // A year later the 2020 SME has lapsed and the one added in 2026 counts.
    const year2026 = { from: vn('2026-01-01'), to: vn('2027-01-01') };
    expect(await innovative.compute(db, { ...year2026, province: '48' })).toBe(2);
  });

  it('counts the organisations added in the period, archived ones left out', async () => {
    const added = indicatorById('directory.organizations_added')!;
    const db = t.deps.database.db;
    expect(await added.compute(db, { from: vn('2025-01-01'), to: vn('2026-01-01') })).toBe(6);
    expect(
      await added.compute(db, { from: vn('2026-01-01'), to: vn('2027-01-01'), province: '48' }),
    ).toBe(1);
    await t.database.query(
      `update directory_organizations set archived_at = now() where legal_name = 'Công ty Ở Huế'`,
    );
    expect(await added.compute(db, { from: vn('2025-01-01'), to: vn('2026-01-01') })).toBe(5);
  });
});
