import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../../boot';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import { testEngines } from '../../../../test/support/db';
import { countDirectoryRecords, seedDirectory, seedDirectoryDemo } from '.';
import { seedDirectoryAtScale } from './scale-seed';

async function counts(t: TestApp) {
  const [row] = await t.database.query<Record<string, number>>(
    `select (select count(*) from directory_organizations)::int as organizations,
            (select count(*) from directory_people)::int as people,
            (select count(*) from directory_affiliations)::int as affiliations,
            (select count(*) from directory_changes)::int as changes,
            (select count(distinct tax_code) from directory_organizations)::int as "taxCodes",
            (select count(tax_code) from directory_organizations)::int as "withTaxCode"`,
  );
  return row!;
}

/** Rows whose stored text differs from its NFC form (there should be none). */
async function notNfc(t: TestApp) {
  const rows = await t.database.query(
    `select legal_name from directory_organizations
      where legal_name <> normalize(legal_name, NFC)
         or coalesce(description_vi, '') <> normalize(coalesce(description_vi, ''), NFC)
         or coalesce(address, '') <> normalize(coalesce(address, ''), NFC)
     union all
     select full_name from directory_people
      where full_name <> normalize(full_name, NFC) or coalesce(bio_vi, '') <> normalize(coalesce(bio_vi, ''), NFC)`,
  );
  return rows.length;
}

const resultCount = (html: string) => /(\d[\d.]*) tổ chức cho «/.exec(html)?.[1];

describe.each(testEngines)('directory demo and scale data on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('loads the demo directory into an empty directory once, and visitors find it', async () => {
    // It runs on every first start: about 0.2 s on PostgreSQL, 0.5 s on PGlite on a busy machine
    // (measured; no timed assertion here).
    expect(await seedDirectoryDemo(t.database)).toBe(true);
    expect(await seedDirectoryDemo(t.database)).toBe(false);
    expect(await counts(t)).toMatchObject({ organizations: 60, people: 40, changes: 100 });
    expect((await counts(t)).affiliations).toBeGreaterThan(20);
    expect(await notNfc(t)).toBe(0);

    const html = await (await t.app.request('/directory?q=nong+nghiep')).text();
    expect(Number(resultCount(html))).toBeGreaterThan(2);
    expect(html).toContain('href="/directory/organizations/nong-nghiep-xanh-me-kong"');
    const fishery = await (await t.app.request('/directory?q=thuỷ+sản')).text();
    expect(fishery).toContain('Hợp tác xã Thủy sản Năm Căn');
    const page = await t.app.request('/directory/organizations/nong-nghiep-xanh-me-kong');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Công ty CP Nông nghiệp Xanh Mê Kông');
  });

  it('adds generated data next to the demo set: unique tax codes and slugs, NFC, searchable', async () => {
    const seen: string[] = [];
    const result = await seedDirectory(t.database, {
      seed: 5,
      organizations: 600,
      people: 700,
      homeProvince: 'Cần Thơ',
      onProgress: (p) => seen.push(p.phase),
    });
    expect(result).toMatchObject({ organizations: 600, people: 700 });
    expect(seen).toEqual(expect.arrayContaining(['organizations', 'people', 'analyze']));
    const c = await counts(t);
    expect(c).toMatchObject({ organizations: 660, people: 740, changes: 1_400 });
    expect(c.taxCodes).toBe(c.withTaxCode);
    expect(await countDirectoryRecords(t.database)).toEqual({ total: 1_400, demo: 100 });
    expect(await notNfc(t)).toBe(0);

    const ai = await (await t.app.request('/directory?q=tri+tue+nhan+tao')).text();
    expect(Number(resultCount(ai))).toBeGreaterThan(10);
    const local = await (await t.app.request('/directory?q=nong+nghiep&province=92')).text();
    expect(Number(resultCount(local))).toBeGreaterThan(10);
  });

  it('refuses scale data on a directory that holds more than the demo set, changing nothing', async () => {
    const said: string[] = [];
    const options = {
      scale: 'province' as const,
      seed: 1,
      force: false,
      say: (line: string) => said.push(line),
      progress: () => undefined,
    };
    await expect(seedDirectoryAtScale(t.deps, options)).rejects.toThrow(
      /already holds 1,300 organisations and people besides the demo set[^]*--force/,
    );
    expect(await countDirectoryRecords(t.database)).toEqual({ total: 1_400, demo: 100 });
    expect(said).toEqual([]);
  });
});

describe.each(testEngines)('first start on %s', (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('loads the demo directory with the demo accounts', async () => {
    t = await createTestApp(engine);
    expect(await prepareData(t.deps)).toEqual({ seeded: true });
    // the directory's demo set; later modules' demo data adds its own organisations (agencies…)
    expect((await countDirectoryRecords(t.database)).demo).toBe(100);
    // the demo founder's account organisation manages its startup's profile, as after a claim
    const managers = await t.database.query<{ slug: string; legal_name: string }>(
      `select i.slug, d.legal_name from directory_organizations d
         join identity_organizations i on i.id = d.managed_by order by i.slug`,
    );
    expect(managers).toEqual([
      { slug: 'nong-nghiep-xanh-me-kong', legal_name: 'Công ty CP Nông nghiệp Xanh Mê Kông' },
      { slug: 'quy-dau-tu-dmst-sai-gon', legal_name: 'Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn' },
      // the demo agency officer's department, linked by the plans demo
      {
        slug: 'so-khcn-hai-phong',
        legal_name: 'Sở Khoa học và Công nghệ thành phố Hải Phòng',
      },
    ]);
  }, 120_000); // seven accounts with password hashes, on a busy 2-core machine
});
