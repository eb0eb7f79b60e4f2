import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import type { TOrganizationFieldsInput } from './contracts';
import { createOrganization } from './services/create-organization';
import { findOrganizations, ZDirectoryQuery } from './services/organizations.queries';
import { updateOrganization } from './services/update-organization';

const ORGS: TOrganizationFieldsInput[] = [
  {
    kind: 'startup',
    legalName: 'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
    shortName: 'Nông nghiệp Xanh',
    provinceCode: 'Cần Thơ',
    sectors: ['agritech'],
    stage: 'uom_tao',
    firstRegisteredOn: '2023-03-15',
    descriptionVi: 'Cảm biến độ mặn cho ruộng lúa vùng Đồng bằng sông Cửu Long.',
    taxCode: '0100109106',
  },
  {
    kind: 'startup',
    legalName: 'Công ty TNHH Thuỷ sản Thông minh Cà Mau',
    provinceCode: 'Cà Mau',
    sectors: ['agritech', 'iot'],
    firstRegisteredOn: '2015-01-10',
    descriptionVi: 'Giám sát ao nuôi tôm bằng IoT.',
  },
  {
    kind: 'sme',
    legalName: 'Công ty CP Chế biến Thủy sản Miền Trung',
    provinceCode: 'Quảng Nam',
    descriptionVi: 'Chế biến và xuất khẩu thủy sản.',
  },
  {
    kind: 'incubator',
    legalName: 'Vườn ươm Doanh nghiệp Đà Nẵng',
    provinceCode: 'Đà Nẵng',
    descriptionVi: 'Cơ sở ươm tạo khởi nghiệp công nghệ.',
    certifications: ['iso'],
  },
  {
    kind: 'investor',
    legalName: 'Quỹ Đầu tư Mê Kông Capital',
    provinceCode: 'TP HCM',
    sectors: ['fintech'],
    descriptionVi: 'Quỹ đầu tư giai đoạn hạt giống.',
  },
  {
    kind: 'university',
    legalName: 'Trường Đại học Bách khoa',
    provinceCode: 'Hà Nội',
    descriptionVi: 'Đào tạo kỹ thuật, chuyển giao công nghệ.',
  },
];

describe.each(testEngines)('directory search on %s', (engine) => {
  let t: TestApp;
  const today = new Date('2026-11-21T03:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(engine);
    for (const org of ORGS) {
      const res = await createOrganization(
        t.deps.database.db,
        { actor: ANONYMOUS, label: 'test' },
        org,
      );
      expect(res.ok, JSON.stringify(res)).toBe(true);
    }
  });
  afterAll(() => t.close());

  const search = (q: Record<string, string>) =>
    findOrganizations(
      { database: t.deps.database, clock: () => today },
      { actor: ANONYMOUS },
      ZDirectoryQuery.parse(q),
    );
  const names = async (q: Record<string, string>) => (await search(q)).rows.map((r) => r.legalName);

  it('finds "Khởi nghiệp nông nghiệp" typed without diacritics, ranked first', async () => {
    const found = await names({ q: 'khoi nghiep nong nghiep' });
    expect(found[0]).toBe('Công ty CP Khởi nghiệp Nông nghiệp Xanh');
  });

  it('treats "thuy san", "thủy sản" and "thuỷ sản" the same', async () => {
    const plain = await names({ q: 'thuy san' });
    expect(plain).toHaveLength(2);
    expect(await names({ q: 'thủy sản' })).toEqual(plain);
    expect(await names({ q: 'thuỷ sản' })).toEqual(plain);
  });

  it('matches "đà nẵng" and "da nang", including organisations of merged provinces', async () => {
    const accented = await names({ q: 'đà nẵng' });
    expect(accented).toContain('Vườn ươm Doanh nghiệp Đà Nẵng');
    // Quảng Nam merged into Đà Nẵng in 2025: its organisation is in Đà Nẵng now.
    expect(accented).toContain('Công ty CP Chế biến Thủy sản Miền Trung');
    expect(await names({ q: 'da nang' })).toEqual(accented);
  });

  it('still finds a name with a small typo', async () => {
    expect(await names({ q: 'Mekng Capital' })).toContain('Quỹ Đầu tư Mê Kông Capital');
    expect(await names({ q: 'bach khao' })).toContain('Trường Đại học Bách khoa');
  });

  it('finds by tax code, by sector words and by a word prefix', async () => {
    expect(await names({ q: '0100109106' })).toEqual(['Công ty CP Khởi nghiệp Nông nghiệp Xanh']);
    expect(await names({ q: 'cong nghe tai chinh' })).toEqual(['Quỹ Đầu tư Mê Kông Capital']);
    expect(await names({ q: 'vuon uom' })).toContain('Vườn ươm Doanh nghiệp Đà Nẵng');
  });

  it('filters with counts per value, and computes the innovative-startup certification', async () => {
    const result = await search({ sector: 'agritech' });
    expect(result.total).toBe(2);
    expect(result.facets.kind.get('startup')).toBe(2);
    expect(result.facets.sector.get('iot')).toBe(1);
    const all = await search({});
    expect(all.facets.provinceCode.get('48')).toBe(2);
    expect(all.facets.kind.get('investor')).toBe(1);
    // Only the startup registered in 2023 is ≤ 5 years old on 21/11/2026.
    expect(await names({ certification: 'innovative_startup' })).toEqual([
      'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
    ]);
  });

  it('sorts by name in Vietnamese alphabetical order and paginates', async () => {
    // Sorted under the name after the legal form ("Công ty CP …"), or the short name.
    expect(await names({ sort: 'name' })).toEqual([
      'Công ty CP Chế biến Thủy sản Miền Trung',
      'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      'Quỹ Đầu tư Mê Kông Capital',
      'Công ty TNHH Thuỷ sản Thông minh Cà Mau',
      'Trường Đại học Bách khoa',
      'Vườn ươm Doanh nghiệp Đà Nẵng',
    ]);
    const page2 = await search({ page: '2' });
    expect(page2.rows).toHaveLength(0);
    expect(page2.pages).toBe(1);
  });

  it('ignores nonsense filters instead of failing', async () => {
    expect((await search({ kind: 'pirate', province: '99', page: '-3' })).total).toBe(ORGS.length);
  });
});

describe.each(testEngines)('organisation edits on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('a stale edit gets CONFLICT and loses nothing; the first edit is kept whole', async () => {
    const db = t.deps.database.db;
    const audit = { actor: ANONYMOUS, label: 'test' };
    const created = await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Sửa Đồng Thời',
    });
    if (!created.ok) throw new Error('not created');
    const { id, version } = created.organization;
    const first = await updateOrganization(db, audit, id, version, {
      kind: 'startup',
      legalName: 'Sửa Đồng Thời',
      descriptionVi: 'Bản của người thứ nhất',
    });
    expect(first.ok).toBe(true);
    const second = await updateOrganization(db, audit, id, version, {
      kind: 'startup',
      legalName: 'Sửa Đồng Thời',
      descriptionVi: 'Bản của người thứ hai',
    });
    expect(second).toMatchObject({
      ok: false,
      reason: 'CONFLICT',
      current: { descriptionVi: 'Bản của người thứ nhất', version: version + 1 },
    });
    const changes = await t.database.query<{ op: string }>(
      'select op from directory_changes where entity_id = $1 order by seq',
      [id],
    );
    expect(changes.map((c) => c.op)).toEqual(['upsert', 'upsert']);
  });
});
