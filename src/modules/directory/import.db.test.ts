import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { otherRunner, pauseJobs, settleJobs } from '../../../test/support/jobs';
import { taxCodeFromBase } from './domain/tax-code';
import { directoryModule } from './manifest';

/** Valid tax codes (check digit computed), distinct per test. */
const tax = (n: number) => {
  for (let base = n * 1000 + 10_100_000; ; base++) {
    const code = taxCodeFromBase(String(base).padStart(9, '0'));
    if (code) return code;
  }
};

const TAX_A = tax(1);
const TAX_B = tax(2);
const TAX_C = tax(3);

/**
 * A Vietnamese sheet as an office saves it: BOM, semicolons, NFD text (macOS), a pre-2025
 * province name, labels instead of codes, and four broken rows.
 */
const SHEET = [
  'STT;Tên doanh nghiệp;Tên viết tắt;Mã số thuế;Loại hình;Tỉnh/Thành phố;Địa chỉ;Ngày đăng ký lần đầu;Lĩnh vực;Giai đoạn;Website;Email;Điện thoại;Mô tả;Mã tham chiếu',
  `1;Công ty Cổ phần Thủy sản Sóc Trăng Xanh;Thủy sản Xanh;${TAX_A};Doanh nghiệp khởi nghiệp;Sóc Trăng;12 Trần Hưng Đạo;15/03/2022;"Nông nghiệp công nghệ cao; AI";Ươm tạo;thuysanxanh.example.vn;lienhe@thuysanxanh.example.vn;0299 3822 111;Nuôi tôm tuần hoàn;ST-001`,
  `2;Vườn ươm Bình Dương;;${TAX_B};Cơ sở ươm tạo;Bình Dương;;01/07/2019;;;;;;;BD-002`,
  `3;Hợp tác xã Nông nghiệp Đắk Nông;HTX Đắk Nông;;HTX;Đắk Nông;;;agritech;;;;;;DN-003`,
  `4;Sai Mã Số Thuế;;0100109107;startup;Hà Nội;;;;;;;;;X-004`,
  `5;Tỉnh Không Có;;;startup;Atlantis;;;;;;;;;X-005`,
  `6;Trùng Mã Số Thuế;;${TAX_A};startup;Huế;;;;;;;;;X-006`,
  `7;;;${TAX_C};startup;Đà Nẵng;;;;;;;;;X-007`,
]
  .join('\r\n')
  .normalize('NFD');

const GOOD_NAMES = [
  'Công ty Cổ phần Thủy sản Sóc Trăng Xanh',
  'Vườn ươm Bình Dương',
  'Hợp tác xã Nông nghiệp Đắk Nông',
];

describe.each(testEngines)('directory import on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;

  beforeAll(async () => {
    // Raised here so that the import's own 10 MB limit is the one tested.
    t = await createTestApp(engine, { BODY_LIMIT_BYTES: String(20 * 1024 * 1024) });
    await createUser(t, { email: 'staff@import.example', roles: ['staff'] });
    await createUser(t, { email: 'member@import.example' });
    staff = await signIn(t, 'staff@import.example');
    member = await signIn(t, 'member@import.example');
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (browser: BrowserSession, name: string, content: Uint8Array | string) => {
    const form = new FormData();
    form.set('file', new File([content as BlobPart], name));
    return t.app.request('/directory/import', {
      method: 'POST',
      body: form,
      headers: { origin: TEST_ORIGIN, cookie: browser.cookieHeader },
    });
  };

  async function uploaded(name: string, content: Uint8Array | string) {
    const res = await upload(staff, name, content);
    expect(res.status, await res.clone().text()).toBe(303);
    return res.headers.get('location')!;
  }

  async function step(jobPath: string, action: 'check' | 'run', fields = {}) {
    const res = await staff.post(`${jobPath}/${action}`, fields);
    expect(res.status).toBe(303);
    await settleJobs(t);
    return (await staff.get(jobPath)).text();
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.database.query<{ n: number }>(sql, params))[0]!.n);
  const organizations = () => count('select count(*)::int as n from directory_organizations');

  it('previews the detected columns and the first rows', async () => {
    const job = await uploaded('danh-sach.csv', `\uFEFF${SHEET}`);
    const html = await (await staff.get(job)).text();
    expect(html).toContain('CSV (phân cách «;»)');
    expect(html).toContain('Cách đọc các cột của tệp');
    expect(html).toContain('Bỏ qua: cột chỉ để xem'); // STT
    expect(html).toContain('<td>Công ty Cổ phần Thủy sản Sóc Trăng Xanh</td>'); // shown in NFC
    expect(html).toContain('7 dòng đầu trong 7 dòng');
    expect(html).not.toContain('http-equiv="refresh"');
  });

  it('dry run reports each broken row by row and column, in the user’s language, and stores nothing', async () => {
    const before = await organizations();
    const job = await uploaded('danh-sach.csv', `\uFEFF${SHEET}`);
    const html = await step(job, 'check');
    expect(await organizations()).toBe(before);
    expect(html).toContain('Kết quả kiểm tra thử (chưa lưu gì)');
    expect(html).toMatch(/Sẽ tạo mới<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/Dòng lỗi<\/dt><dd>4<\/dd>/);
    // row 5 of the sheet: invalid tax code, in the file's own column name
    expect(html).toContain(
      '<th scope="row">5</th><td>Mã số thuế</td><td>0100109107</td><td>Mã số thuế không hợp lệ',
    );
    expect(html).toContain(
      '<th scope="row">6</th><td>Tỉnh/Thành phố</td><td>Atlantis</td><td>Không nhận ra tỉnh, thành phố này.',
    );
    expect(html).toContain(
      `<th scope="row">7</th><td>Mã số thuế</td><td>${TAX_A}</td><td>Trùng với dòng 2 trong cùng tệp.`,
    );
    expect(html).toContain(
      '<th scope="row">8</th><td>Tên doanh nghiệp</td><td></td><td>Vui lòng nhập trường này.',
    );

    const bytes = await (await staff.get(`${job}/problems.csv`)).arrayBuffer();
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFFDòng,Cột,Giá trị,Lỗi\r\n5,Mã số thuế,0100109107,')).toBe(true);

    const english = await (
      await staff.get(job, { cookie: `${staff.cookieHeader}; lang=en` })
    ).text();
    expect(english).toContain('Same as row 2 of this file.');
    expect(english).toContain('This province or city is not recognised.');
  });

  it('imports the good rows, none of the broken ones, once; the same file again changes nothing', async () => {
    const job = await uploaded('danh-sach.csv', `\uFEFF${SHEET}`);
    const html = await step(job, 'run');
    expect(html).toContain('Kết quả nhập');
    expect(html).toMatch(/Tạo mới<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/Dòng lỗi<\/dt><dd>4<\/dd>/);

    const rows = await t.database.query<Record<string, unknown>>(
      `select legal_name, short_name, tax_code, kind, province_code, first_registered_on::text as d,
              sectors, stage, website, phone, external_id
       from directory_organizations
       order by array_position(array['ST-001', 'BD-002', 'DN-003'], external_id)`,
    );
    expect(rows.map((r) => r.legal_name)).toEqual(GOOD_NAMES);
    expect(rows[0]).toMatchObject({
      short_name: 'Thủy sản Xanh',
      tax_code: TAX_A,
      kind: 'startup',
      province_code: '92', // Sóc Trăng merged into Cần Thơ (2025)
      d: '2022-03-15',
      sectors: ['agritech', 'ai'],
      stage: 'uom_tao',
      website: 'https://thuysanxanh.example.vn',
      external_id: 'ST-001',
    });
    expect(rows[1]).toMatchObject({ kind: 'incubator', province_code: '79' }); // Bình Dương → TP HCM
    expect(rows[2]).toMatchObject({ kind: 'cooperative', province_code: '68' }); // Đắk Nông → Lâm Đồng
    // Stored in NFC although the file was NFD.
    expect(String(rows[0]!.legal_name)).toBe(GOOD_NAMES[0]!.normalize('NFC'));
    expect(
      await count(
        `select count(*)::int as n from directory_organizations where legal_name in
        ('Sai Mã Số Thuế', 'Tỉnh Không Có', 'Trùng Mã Số Thuế') or tax_code = $1`,
        [TAX_C],
      ),
    ).toBe(0);

    const audit = await t.database.query<{ after: Record<string, unknown> }>(
      `select after from platform_audit_log where action = 'directory.import:run'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({
      fileName: 'danh-sach.csv',
      created: 3,
      updated: 0,
      unchanged: 0,
      failed: 4,
    });

    const changes = await count('select count(*)::int as n from directory_changes');
    const versions = await count('select sum(version)::int as n from directory_organizations');
    const again = await step(await uploaded('danh-sach.csv', `\uFEFF${SHEET}`), 'run');
    expect(again).toMatch(/Tạo mới<\/dt><dd>0<\/dd>/);
    expect(again).toMatch(/Cập nhật<\/dt><dd>0<\/dd>/);
    expect(again).toMatch(/Không thay đổi<\/dt><dd>3<\/dd>/);
    expect(await organizations()).toBe(3);
    expect(await count('select count(*)::int as n from directory_changes')).toBe(changes);
    expect(await count('select sum(version)::int as n from directory_organizations')).toBe(
      versions,
    );
  });

  it('updates by tax code or external id; an empty cell keeps what is stored', async () => {
    const sheet = [
      'Mã tham chiếu,Tax code,Legal name,Stage,Website',
      'BD-002,,,Acceleration,',
      `,${TAX_A},,,https://new.example.vn`,
    ].join('\n');
    const html = await step(await uploaded('cap-nhat.csv', sheet), 'run');
    expect(html).toMatch(/Cập nhật<\/dt><dd>2<\/dd>/);
    const rows = await t.database.query<Record<string, unknown>>(
      `select legal_name, stage, website, version from directory_organizations
       where external_id in ('BD-002', 'ST-001') order by external_id`,
    );
    expect(rows).toEqual([
      { legal_name: 'Vườn ươm Bình Dương', stage: 'tang_toc', website: null, version: 2 },
      {
        legal_name: GOOD_NAMES[0],
        stage: 'uom_tao',
        website: 'https://new.example.vn',
        version: 2,
      },
    ]);
  });

  it('imports an XLSX with Excel dates and a tax code that lost its leading zero', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DN');
    ws.addRow([
      'Tên doanh nghiệp',
      'Mã số thuế',
      'Loại hình',
      'Tỉnh/Thành phố',
      'Ngày đăng ký lần đầu',
    ]);
    ws.addRow([
      'Công ty TNHH Phần mềm Vĩnh Yên',
      Number('0100109106'),
      'sme',
      'Vĩnh Phúc',
      new Date(Date.UTC(2020, 0, 31)),
    ]);
    ws.getCell('E2').numFmt = 'dd/mm/yyyy';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const job = await uploaded('doanh-nghiep.xlsx', bytes);
    expect(await (await staff.get(job)).text()).toContain('<dd>XLSX</dd>');
    const html = await step(job, 'run');
    expect(html).toMatch(/Tạo mới<\/dt><dd>1<\/dd>/);
    const [row] = await t.database.query<Record<string, unknown>>(
      `select province_code, first_registered_on::text as d from directory_organizations where tax_code = '0100109106'`,
    );
    expect(row).toEqual({ province_code: '25', d: '2020-01-31' }); // Vĩnh Phúc → Phú Thọ
  });

  it('uses the chosen type for rows that give none, and says what is missing otherwise', async () => {
    const sheet = `Tên doanh nghiệp,Mã tham chiếu\nViện Cơ điện tử,VIEN-1`;
    const job = await uploaded('vien.csv', sheet);
    const first = await step(job, 'check');
    expect(first).toContain('Thiếu loại hình');
    expect(first).toContain('Không có cột loại hình');
    const html = await step(job, 'run', { defaultKind: 'research_institute' });
    expect(html).toMatch(/Tạo mới<\/dt><dd>1<\/dd>/);
    expect(
      await count(
        `select count(*)::int as n from directory_organizations where external_id = 'VIEN-1' and kind = 'research_institute'`,
      ),
    ).toBe(1);
  });

  it('two imports of the same rows at once store each organisation once, nothing half-written', async () => {
    const lines = ['Tên doanh nghiệp,Mã số thuế,Loại hình'];
    for (let i = 0; i < 450; i++) lines.push(`Công ty Song Song ${i},${tax(100 + i)},sme`);
    const file = lines.join('\n');
    const jobs = [await uploaded('a.csv', file), await uploaded('b.csv', file)];
    const before = await organizations();
    const changesBefore = await count('select count(*)::int as n from directory_changes');
    // Two runners, as two processes would have, each taking one of the imports at the same time.
    const resume = await pauseJobs(t);
    await Promise.all(jobs.map((job) => staff.post(`${job}/run`)));
    const runners = [1, 2].map(() => otherRunner(t, directoryModule.jobs!, { batch: 1 }));
    expect(await Promise.all(runners.map((r) => r.runDue()))).toEqual([1, 1]);
    resume();
    const created = await Promise.all(
      jobs.map(async (job) => {
        const status = (await (await staff.get(`${job}/status`)).json()) as {
          counts: { created: number; unchanged: number; failed: number };
        };
        return status.counts;
      }),
    );
    // whichever stored a row first created it; for the other it was already there
    expect(created[0]!.created + created[1]!.created).toBe(450);
    expect(created.every((c) => c.failed === 0 && c.created + c.unchanged === 450)).toBe(true);
    expect(await organizations()).toBe(before + 450);
    // every stored organisation has its change-feed entry, and nothing else was written
    expect(await count('select count(*)::int as n from directory_changes')).toBe(
      changesBefore + 450,
    );
  });

  it('refuses a file that is not a spreadsheet whatever its name, with a clear message', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72,
    ]);
    const res = await upload(staff, 'danh-sach.xlsx', png);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Không nhập được tệp này');
    expect(html).toContain(
      'Tệp «danh-sach.xlsx» không phải bảng tính CSV hay Excel (.xlsx) (nội dung tệp đã được kiểm tra, không dựa vào tên)',
    );
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await (await upload(staff, 'cu.xls', xls)).text()).toContain('Excel 97–2003 (.xls)');
    expect(await (await upload(staff, 'rong.csv', 'Tên doanh nghiệp\n')).text()).toContain(
      'chỉ có dòng tên cột',
    );
    expect(await (await upload(staff, 'trang.csv', '')).text()).toContain('Tệp «trang.csv» trống.');
    const nothing = await upload(staff, '', '');
    expect(nothing.status).toBe(422);
    expect(await nothing.text()).toContain('Hãy chọn một tệp CSV hoặc Excel (.xlsx).');
    const big = new Uint8Array(10_000_001).fill(0x41);
    const tooBig = await upload(staff, 'lon.csv', big);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toContain('Tệp lớn hơn 10 MB');
    // nothing was kept from any of them
    const page = await (await staff.get('/directory/import')).text();
    expect(page).not.toContain('lon.csv');
    expect(page).toContain('Tối đa 10 MB');
  });

  it('is for staff only: members get 404, visitors the log-in page, nobody sees another’s import', async () => {
    const job = await uploaded('danh-sach.csv', `\uFEFF${SHEET}`);
    for (const path of [
      '/directory/import',
      job,
      '/directory/export.csv',
      '/directory/export.xlsx',
    ]) {
      expect((await member.get(path)).status, path).toBe(404);
      const anonymous = await t.app.request(path);
      expect(anonymous.status, path).toBe(302);
      expect(anonymous.headers.get('location')).toMatch(/^\/login\?next=/);
    }
    expect((await upload(member, 'x.csv', SHEET)).status).toBe(404);
    expect((await member.post(`${job}/run`)).status).toBe(404);
    await createUser(t, { email: 'staff2@import.example', roles: ['staff'] });
    const other = await signIn(t, 'staff2@import.example');
    expect((await other.get(job)).status).toBe(404);
  });
});
