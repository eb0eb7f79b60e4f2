// The evidence pack of the provincial innovation index, on the demo year of events, deals and
// funded projects: read back with JSZip (an archive reader independent of the writer), its index
// lists each figure with the value the module's indicator computes and links to files that are
// in the archive; the attendance lists open with mammoth and name the people checked in; the
// lists open with ExcelJS, one row per record counted, numbers as numbers, adding up to the
// figures. Staff only; a bad year or province changes nothing and answers 422.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { vnYearRange } from '../../platform/i18n';
import { indicatorById } from '../../platform/modules/registry';
import { directoryModule } from '../directory';
import { eventsModule } from '../events';
import { identityModule } from '../identity';
import { marketplaceModule } from '../marketplace';
import { programsModule } from '../programs';
import { createAgency, type TestAgency } from './testing/fixtures';

const PACK = '/admin/plans/evidence-pack';
const DA_NANG = '48';
const YEAR = 2026;
const FIGURES = [
  'events.events_held',
  'events.participants',
  'marketplace.deals',
  'marketplace.deals_value',
  'programs.projects_funded',
  'programs.funding_awarded',
];

describe.each(testEngines)('the innovation-index evidence pack on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let officer: TestAgency;
  /** The demo's events are in Đà Nẵng; its deal and projects where their organisations are. */
  const zips = new Map<string, JSZip>();

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-11-20T03:00:00Z'));
    for (const m of [
      identityModule,
      directoryModule,
      programsModule,
      marketplaceModule,
      eventsModule,
    ])
      await m.seeds!.demo!(t.deps);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    officer = await createAgency(t, {
      name: 'Sở GD&ĐT',
      code: 'SGDĐT',
      officer: 'vp@sgddt.example',
    });
    // The programmes' demo funds nothing yet: two projects in Đà Nẵng, as a decision opens them.
    await t.database.query(
      `insert into programs_projects (programme_id, organization_id, title_vi, award_vnd, duration_months, created_at)
       select (select id from programs_programmes order by created_at limit 1), o.id,
              'Dự án ' || o.legal_name, 150000000 * o.n, 12,
              timestamptz '2026-06-01 09:00+07' + o.n * interval '1 day'
         from (select id, legal_name, row_number() over (order by legal_name) as n
                 from directory_organizations where province_code = '${DA_NANG}' limit 2) o`,
    );
    const provinces = await t.database.query<{ code: string }>(
      `select coalesce(o.owner_province, n.owner_province) as code from marketplace_deals d
         join marketplace_introductions i on i.id = d.introduction_id
         left join marketplace_offers o on o.id = i.offer_id
         left join marketplace_needs n on n.id = i.need_id
       union select o.province_code from programs_projects p
         join directory_organizations o on o.id = p.organization_id
       union select '${DA_NANG}'`,
    );
    for (const { code } of provinces) zips.set(code, new JSZip());
  }, 600_000);
  afterAll(() => t.close());

  const figure = (id: string, province: string) =>
    indicatorById(id)!.compute(t.deps.database.db, { ...vnYearRange(YEAR), province });

  it('refuses a bad year or province and hides the pack from non-staff', async () => {
    const bad = await staff.get(`${PACK}/pack.zip?year=26&province=99`);
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Nhập năm từ 2000 đến 2100.');
    expect(html).toContain('Chọn một tỉnh, thành phố.');
    expect((await officer.officer!.get(PACK)).status).toBe(404);
    expect(
      (await officer.officer!.get(`${PACK}/pack.zip?year=${YEAR}&province=${DA_NANG}`)).status,
    ).toBe(404);
  });

  it('streams a ZIP whose index gives each figure as its indicator computes it, with its files', async () => {
    const seen = new Map<string, number>();
    for (const province of zips.keys()) {
      const res = await staff.get(`${PACK}/pack.zip?year=${YEAR}&province=${province}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      const zip = await JSZip.loadAsync(await res.arrayBuffer());
      zips.set(province, zip);
      const index = await zip.file('index.html')!.async('string');
      for (const id of FIGURES) {
        const row = new RegExp(`<tr id="${id.replace('.', '\\.')}">[\\s\\S]*?</tr>`).exec(
          index,
        )?.[0];
        expect(row, id).toBeDefined();
        const value = await figure(id, province);
        expect(row).toContain(`data-value="${value}"`);
        seen.set(id, (seen.get(id) ?? 0) + value);
        for (const [, href] of row!.matchAll(/href="([^"]+)"/g))
          expect(zip.file(href!), `${id} links ${href}`).not.toBeNull();
      }
    }
    // The demo year has something behind every figure, so the files below are not vacuous.
    for (const id of FIGURES) expect(seen.get(id), id).toBeGreaterThan(0);
  }, 180_000);

  const sheetRows = async (zip: JSZip, path: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await zip.file(path)!.async('arraybuffer'));
    const rows: ExcelJS.CellValue[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    // The numbered rows: "1", "2"… in the first column, as numbers.
    return rows.filter((r) => typeof r[0] === 'number');
  };
  const total = (rows: ExcelJS.CellValue[][], column: number) =>
    rows.reduce((n, r) => n + (r[column] as number), 0);

  it('lists one event, deal and project a row, the values as numbers adding up to the figures', async () => {
    for (const [province, zip] of zips) {
      const deals = await sheetRows(zip, 'giao-dich/danh-sach-giao-dich.xlsx');
      expect(deals).toHaveLength(await figure('marketplace.deals', province));
      expect(total(deals, 5)).toBe(await figure('marketplace.deals_value', province));
      const projects = await sheetRows(zip, 'du-an/danh-sach-du-an.xlsx');
      expect(projects).toHaveLength(await figure('programs.projects_funded', province));
      expect(total(projects, 4)).toBe(await figure('programs.funding_awarded', province));
      const events = await sheetRows(zip, 'su-kien/danh-sach-su-kien.xlsx');
      expect(events).toHaveLength(await figure('events.events_held', province));
      expect(total(events, 3)).toBe(await figure('events.participants', province));
    }
  });

  it("holds each event's signed attendance list, in the official layout", async () => {
    const zip = zips.get(DA_NANG)!;
    const lists = Object.keys(zip.files).filter((n) => n.endsWith('-danh-sach-dai-bieu.docx'));
    expect(lists).toHaveLength(await figure('events.events_held', DA_NANG));
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await zip.file(lists[0]!)!.async('uint8array')),
    });
    expect(value).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(value).toContain('DANH SÁCH');
    expect(value).toContain('Ký tên');
  });
});
