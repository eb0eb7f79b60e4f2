// A technology-transfer office brings its existing asset list from a spreadsheet: a preview
// names each row's problems and imports nothing while any remains (even when the import is
// posted by hand); a corrupt or oversize file is refused with a message and leaves nothing; a
// valid list is imported in one go, once; another university's office cannot import into it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { managedOrganization } from './testing/fixture';

/** A multipart form with the file, as the import page sends it. */
function fileForm(name: string, bytes: Uint8Array): FormData {
  const form = new FormData();
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
}

const HEADER = [
  'Mã nội bộ',
  'Tên tài sản',
  'Loại',
  'Giai đoạn',
  'Số đơn',
  'Ngày nộp đơn',
  'Nơi nộp đơn',
  'Số văn bằng',
  'Ngày cấp',
  'Ngân sách nhà nước',
];

async function listXlsx(rows: (string | Date)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh mục');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const GOOD: (string | Date)[][] = [
  [
    'SC-2019-02',
    'Phương pháp nhân giống lan kim tuyến in vitro',
    'Sáng chế',
    'Đã cấp văn bằng',
    '1-2019-04512',
    '12/06/2019',
    'Việt Nam',
    '1-0031245',
    new Date(Date.UTC(2023, 2, 9)),
    'x',
  ],
  [
    'GPHI-2022-01',
    'Máy sấy cà phê bằng năng lượng mặt trời',
    'Utility solution',
    'filed',
    '2-2022-00871',
    '2022-11-30',
    'Việt Nam',
    '',
    '',
    '',
  ],
  [
    'BQ-01',
    'Quy trình lên men ca cao',
    'bi_quyet_cong_nghe',
    'Công bố nội bộ',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

describe.each(testEngines)('importing an IP portfolio on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let otherOffice: BrowserSession;
  let slug: string;

  const assets = async () =>
    (
      await t.database.query<{ n: number }>('select count(*)::int as n from marketplace_ip_assets')
    )[0]!.n;
  const preview = (who: BrowserSession, bytes: Uint8Array) =>
    who.postMultipart(`/marketplace/portfolio/${slug}/import`, fileForm('danh-muc.xlsx', bytes));

  beforeAll(async () => {
    t = await createTestApp(engine);
    const o = await createUser(t, { email: 'ttcg@dhtn.example' });
    const x = await createUser(t, { email: 'ttcg@dhdl.example' });
    slug = (
      await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [[o.id, 'owner']])
    ).slug;
    await managedOrganization(t, 'university', 'Trường Đại học Đà Lạt', [[x.id, 'owner']]);
    office = await signIn(t, 'ttcg@dhtn.example');
    otherOffice = await signIn(t, 'ttcg@dhdl.example');
  });
  afterAll(() => t.close());

  it('names the problems of each row and imports nothing while any remains', async () => {
    const xlsx = await listXlsx([
      ...GOOD,
      ['SC-2019-02', 'Bản trùng mã', 'Sáng chế', 'Đã nộp đơn', '', '', '', '', '', ''],
      ['X-9', 'Giống cà phê TN9', 'Giống cây', 'Đã cấp văn bằng', '', '', '', '', '', ''],
    ]);
    const res = await preview(office, xlsx);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tệp còn lỗi, chưa dòng nào được nhập.');
    expect(html).toContain('Dòng 5, cột Mã nội bộ: Mã &quot;SC-2019-02&quot; đã có trong danh mục');
    expect(html).toContain('Dòng 5, cột Số đơn: Giai đoạn đã chọn cần thông tin này.');
    expect(html).toContain('Dòng 6, cột Loại tài sản trí tuệ:');
    expect(html).not.toContain('Nhập 3 tài sản');
    const [{ id }] = (await t.database.query<{ id: string }>(
      'select id from marketplace_ip_imports',
    )) as [{ id: string }];
    const forced = await office.post(`/marketplace/portfolio/${slug}/import/${id}`);
    expect(forced.status).toBe(422);
    expect(await assets()).toBe(0);
  });

  it('refuses a corrupt or oversize file with a message, storing nothing', async () => {
    const xlsx = await listXlsx(GOOD);
    const corrupt = await preview(office, xlsx.slice(0, 300));
    expect(corrupt.status).toBe(422);
    expect(await corrupt.text()).toContain('Tệp này không phải bảng tính XLSX.');
    const oversize = new Uint8Array(2_050_000);
    oversize.set(xlsx);
    const big = await preview(office, oversize);
    expect(big.status).toBe(422);
    expect(await big.text()).toContain('Tệp quá lớn (tối đa 2 MB).');
    const uploads = await t.database.query<{ n: number }>(
      'select count(*)::int as n from marketplace_ip_imports',
    );
    expect(uploads[0]!.n).toBe(1);
    expect(await assets()).toBe(0);
  });

  it("imports a valid list once, into the office's own portfolio only", async () => {
    const xlsx = await listXlsx(GOOD);
    expect((await preview(otherOffice, xlsx)).status).toBe(404);
    const res = await preview(office, xlsx);
    const html = await res.text();
    expect(html).toContain('Tệp hợp lệ: 3 tài sản sẵn sàng để nhập.');
    const action = /action="(\/marketplace\/portfolio\/[^"]+\/import\/[0-9a-f-]{36})"/.exec(
      html,
    )![1]!;
    expect((await otherOffice.post(action)).status).toBe(404);
    const done = await office.post(action);
    expect(done.headers.get('location')).toBe(`/marketplace/portfolio/${slug}?done=imported`);
    expect((await office.post(action)).status).toBe(303);
    const rows = await t.database.query<{
      reference: string;
      ip_kind: string;
      stage: string;
      granted_on: string | null;
      is_state_funded: boolean;
    }>(
      `select reference, ip_kind, stage, granted_on::text, is_state_funded from marketplace_ip_assets order by reference`,
    );
    expect(rows).toEqual([
      {
        reference: 'BQ-01',
        ip_kind: 'bi_quyet_cong_nghe',
        stage: 'disclosed',
        granted_on: null,
        is_state_funded: false,
      },
      {
        reference: 'GPHI-2022-01',
        ip_kind: 'giai_phap_huu_ich',
        stage: 'filed',
        granted_on: null,
        is_state_funded: false,
      },
      {
        reference: 'SC-2019-02',
        ip_kind: 'sang_che',
        stage: 'granted',
        granted_on: '2023-03-09',
        is_state_funded: true,
      },
    ]);
    const page = await (await office.get(done.headers.get('location')!)).text();
    expect(page).toContain('Đã nhập danh mục từ tệp.');
    expect(page).toContain('Phương pháp nhân giống lan kim tuyến in vitro');
  });
});
