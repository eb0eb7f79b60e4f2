import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { createOrganization } from './services/create-organization';

describe('directory pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    const db = t.deps.database.db;
    const audit = { actor: ANONYMOUS, label: 'test' };
    await createOrganization(db, audit, {
      kind: 'startup',
      legalName: 'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      provinceCode: 'Cần Thơ',
      sectors: ['agritech'],
      taxCode: '0301442379',
      phone: '0909 123 456',
      descriptionVi: 'Cảm biến <script>alert("x")</script> cho ruộng lúa.',
      visibility: { phone: 'members' },
    });
    await createOrganization(db, audit, {
      kind: 'incubator',
      legalName: 'Vườn ươm Đà Nẵng',
      provinceCode: 'Đà Nẵng',
    });
  });
  afterAll(() => t.close());

  it('lists organisations with filters that show counts, and keeps the search in the form', async () => {
    const res = await t.app.request('/directory?q=nong+nghiep');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('1 tổ chức cho «nong nghiep»');
    expect(html).toContain('value="nong nghiep"');
    expect(html).toContain('Doanh nghiệp khởi nghiệp (1)');
    expect(html).toContain('Cơ sở ươm tạo (0)');
    expect(html).toContain('href="/directory/organizations/khoi-nghiep-nong-nghiep-xanh"');
  });

  it('says so when nothing matches', async () => {
    const html = await (
      await t.app.request('/directory?q=zzzzqqq', { headers: { cookie: 'lang=en' } })
    ).text();
    expect(html).toContain('No organisation found');
  });

  it('shows a profile with JSON-LD and Open Graph, text escaped, restricted fields hidden from visitors', async () => {
    const res = await t.app.request('/directory/organizations/khoi-nghiep-nong-nghiep-xanh');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(
      '<meta property="og:title" content="Công ty CP Khởi nghiệp Nông nghiệp Xanh"/>',
    );
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld).toMatchObject({
      '@type': 'Organization',
      taxID: '0301442379',
      address: { addressRegion: 'Thành phố Cần Thơ' },
    });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).not.toContain('0909 123 456');

    await createUser(t, { email: 'member@dir.example' });
    const member = await signIn(t, 'member@dir.example');
    expect(
      await (await member.get('/directory/organizations/khoi-nghiep-nong-nghiep-xanh')).text(),
    ).toContain('0909 123 456');
  });

  it('answers 404 for an unknown organisation', async () => {
    expect((await t.app.request('/directory/organizations/khong-co')).status).toBe(404);
  });

  it('refuses an invalid tax code and a duplicate with clear messages, storing nothing', async () => {
    const db = t.deps.database.db;
    const audit = { actor: ANONYMOUS, label: 'test' };
    const bad = await createOrganization(db, audit, {
      kind: 'sme',
      legalName: 'Sai MST',
      taxCode: '0100109107',
      provinceCode: 'Atlantis',
    });
    expect(bad).toEqual({
      ok: false,
      fields: {
        taxCode: { key: 'directory.error.taxCode' },
        provinceCode: { key: 'directory.error.province' },
      },
    });
    const dup = await createOrganization(db, audit, {
      kind: 'sme',
      legalName: 'Trùng MST',
      taxCode: '0301-442-379'.replace(/-/g, ''),
    });
    expect(dup).toEqual({
      ok: false,
      fields: { taxCode: { key: 'directory.error.taxCodeTaken' } },
    });
    const rows = await t.database.query(
      `select 1 from directory_organizations where legal_name in ('Sai MST', 'Trùng MST')`,
    );
    expect(rows).toHaveLength(0);
  });
});
