import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { otherRunner, pauseJobs, settleJobs } from '../../../test/support/jobs';
import { ANONYMOUS } from '../../platform/authz';
import { taxCodeFromBase } from './domain/tax-code';
import { directoryModule } from './manifest';
import { createOrganization } from './services/create-organization';

const audit = { actor: ANONYMOUS, label: 'test' };

const TAX_ORG = (() => {
  for (let base = 20_300_000; ; base++) {
    const code = taxCodeFromBase(String(base).padStart(9, '0'));
    if (code) return code;
  }
})();

/**
 * Staff as an office keeps them: semicolons, NFD text (macOS), pre-2025 provinces, languages and
 * roles by name, a phone whose leading zero Excel dropped, and six broken rows.
 */
const SHEET = [
  'STT;Họ và tên;Vai trò;Chuyên môn;Ngôn ngữ;Tỉnh/thành;E-mail;Điện thoại;Website;Giới thiệu;Tổ chức;Chức vụ;Mã tham chiếu',
  `1;Nguyễn Thị Minh Anh;"Nhà sáng lập; Cố vấn";IoT, Nông nghiệp công nghệ cao;"Tiếng Anh; vi";Sóc Trăng;minhanh@example.vn;907123456;minhanh.example.vn;Kỹ sư điện tử.;${TAX_ORG};Giám đốc điều hành;NS-001`,
  '2;Trần Văn Bình;Expert;AI;English;Bình Dương;;;;;vuon-uom-song-han;;NS-002',
  '3;Lê Hoàng Nam;Chuyên gia;;Klingon;Hà Nội;;;;;;;NS-003',
  '4;Phạm Thu Hà;Mentor;;;Atlantis;khong-phai-email;;;;;;NS-004',
  '5;Đỗ Văn Trùng;Chuyên gia;;;;;;;;;;NS-001',
  '6;;Nhà đầu tư;;;;;;;;;;NS-006',
  '7;Võ Thị Tổ;Nhà nghiên cứu;;;;;;;;khong-co-to-chuc-nay;;NS-007',
  '8;Hồ Văn Chức;Chuyên gia;;;;;;;;;CTO;NS-008',
]
  .join('\r\n')
  .normalize('NFD');

describe.each(testEngines)('people import on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  const orgs = { startup: '', incubator: '' };

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@people-import.example', roles: ['staff'] });
    await createUser(t, { email: 'member@people-import.example' });
    staff = await signIn(t, 'staff@people-import.example');
    member = await signIn(t, 'member@people-import.example');
    for (const [key, input] of [
      ['startup', { kind: 'startup', legalName: 'Công ty CP Mê Kông Xanh', taxCode: TAX_ORG }],
      ['incubator', { kind: 'incubator', legalName: 'Vườn ươm Sông Hàn' }],
    ] as const) {
      const created = await createOrganization(t.deps.database.db, audit, input);
      if (!created.ok) throw new Error(JSON.stringify(created.fields));
      orgs[key] = created.organization.id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (browser: BrowserSession, name: string, content: Uint8Array | string) => {
    const form = new FormData();
    form.set('subject', 'people');
    form.set('file', new File([content as BlobPart], name));
    return browser.postMultipart('/directory/import', form);
  };

  async function uploaded(name: string, content: Uint8Array | string) {
    const res = await upload(staff, name, content);
    expect(res.status, await res.clone().text()).toBe(303);
    return res.headers.get('location')!;
  }

  async function step(jobPath: string, action: 'check' | 'run') {
    expect((await staff.post(`${jobPath}/${action}`)).status).toBe(303);
    await settleJobs(t);
    return (await staff.get(jobPath)).text();
  }

  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const count = async (sql: string) => Number((await q<{ n: number }>(sql))[0]!.n);
  const people = () => count('select count(*)::int as n from directory_people');

  it('offers people on the import page, with their own columns and template', async () => {
    const page = await (await staff.get('/directory/import?subject=people')).text();
    expect(page).toContain('<input type="radio" name="subject" value="people" checked=""');
    expect(page).toContain('Các cột được nhận: cá nhân');
    expect(page).toContain('href="/directory/import/template.csv?subject=people"');

    const res = await staff.get('/directory/import/template.csv?subject=people');
    const template = await res.text();
    expect(res.headers.get('content-disposition')).toContain('innohub-import-people-template.csv');
    expect(template.split('\r\n')[0]).toBe(
      'Họ và tên,Vai trò,Chức danh,Chuyên môn,Ngôn ngữ,Tỉnh/thành,E-mail,Điện thoại,Website,Giới thiệu,Giới thiệu tiếng Anh,Tổ chức,Vai trò tại tổ chức,Chức vụ,Mã tham chiếu',
    );
    // Every column of the template is read back as a field of people.
    const job = await uploaded('mau.csv', template);
    const html = await (await staff.get(job)).text();
    expect(html).not.toContain('Bỏ qua');
    expect(html).toContain('<dd>Cá nhân</dd>');
    expect(html).toContain('chỉ cán bộ quản lý thấy');
    expect(html).not.toContain('name="defaultKind"');
    // The English template has the English headers.
    const english = await (
      await staff.get('/directory/import/template.csv?subject=people', {
        cookie: `${staff.cookieHeader}; lang=en`,
      })
    ).text();
    expect(english).toContain('Full name,Roles,Headline,Expertise,Languages,');
  });

  it('dry run reports each broken row by row and column, in the user’s language, and stores nothing', async () => {
    const job = await uploaded('nhan-su.csv', `\uFEFF${SHEET}`);
    const html = await step(job, 'check');
    expect(await people()).toBe(0);
    expect(html).toContain('Kết quả kiểm tra thử (chưa lưu gì)');
    expect(html).toMatch(/Sẽ tạo mới<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/Dòng lỗi<\/dt><dd>6<\/dd>/);
    const row = (n: number, column: string, value: string, message: string) =>
      `<th scope="row">${n}</th><td>${column}</td><td>${value}</td><td>${message}`;
    expect(html).toContain(row(4, 'Ngôn ngữ', 'Klingon', 'Không nhận ra giá trị «Klingon».'));
    expect(html).toContain(row(5, 'Tỉnh/thành', 'Atlantis', 'Không nhận ra tỉnh, thành phố này.'));
    expect(html).toContain(row(5, 'E-mail', 'khong-phai-email', ''));
    expect(html).toContain(row(6, 'Mã tham chiếu', 'NS-001', 'Trùng với dòng 2 trong cùng tệp.'));
    expect(html).toContain(row(7, 'Họ và tên', '', 'Vui lòng nhập trường này.'));
    expect(html).toContain(
      row(8, 'Tổ chức', 'khong-co-to-chuc-nay', 'Không tìm thấy tổ chức «khong-co-to-chuc-nay»'),
    );
    expect(html).toContain(row(9, 'Tổ chức', '', 'Có vai trò hoặc chức vụ tại tổ chức'));

    const english = await (
      await staff.get(job, { cookie: `${staff.cookieHeader}; lang=en` })
    ).text();
    expect(english).toContain('Same as row 2 of this file.');
    expect(english).toContain('No organisation “khong-co-to-chuc-nay” in the directory');
  });

  it('imports the good rows with restrictive contact visibility and their links; the same file again changes nothing', async () => {
    const html = await step(await uploaded('nhan-su.csv', `\uFEFF${SHEET}`), 'run');
    expect(html).toMatch(/Tạo mới<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/Dòng lỗi<\/dt><dd>6<\/dd>/);
    expect(html).toContain('href="/directory/people"');

    const rows = await q(
      `select id, full_name, roles, expertise, languages, province_code, email, phone, website,
              bio_vi, visibility, external_id, created_by
       from directory_people order by external_id`,
    );
    expect(rows.map((r) => r.external_id)).toEqual(['NS-001', 'NS-002']);
    expect(rows[0]).toMatchObject({
      full_name: 'Nguyễn Thị Minh Anh',
      roles: ['founder', 'mentor'],
      expertise: ['IoT', 'Nông nghiệp công nghệ cao'],
      languages: ['en', 'vi'],
      province_code: '92', // Sóc Trăng → Cần Thơ (2025)
      email: 'minhanh@example.vn',
      phone: '0907123456',
      website: 'https://minhanh.example.vn',
      bio_vi: 'Kỹ sư điện tử.',
    });
    // Stored in NFC although the file was NFD.
    expect(String(rows[0]!.full_name)).toBe('Nguyễn Thị Minh Anh'.normalize('NFC'));
    expect(rows[0]!.visibility).toMatchObject({ email: 'staff', phone: 'staff' });
    expect(rows[1]).toMatchObject({ roles: ['expert'], languages: ['en'], province_code: '79' });

    const links = await q(
      `select p.external_id, a.organization_id, a.role, a.title from directory_affiliations a
       join directory_people p on p.id = a.person_id order by p.external_id`,
    );
    expect(links).toEqual([
      {
        external_id: 'NS-001',
        organization_id: orgs.startup,
        role: 'founder',
        title: 'Giám đốc điều hành',
      },
      // No role at the organisation given: the expert advises it.
      { external_id: 'NS-002', organization_id: orgs.incubator, role: 'advisor', title: null },
    ]);
    const [entry] = await q<{ after: Record<string, unknown> }>(
      `select after from platform_audit_log where action = 'directory.import:run'`,
    );
    expect(entry!.after).toMatchObject({ subject: 'people', created: 2, failed: 6 });

    const changes = await count('select count(*)::int as n from directory_changes');
    const versions = await count('select sum(version)::int as n from directory_people');
    const again = await step(await uploaded('nhan-su.csv', `\uFEFF${SHEET}`), 'run');
    expect(again).toMatch(/Tạo mới<\/dt><dd>0<\/dd>/);
    expect(again).toMatch(/Cập nhật<\/dt><dd>0<\/dd>/);
    expect(again).toMatch(/Không thay đổi<\/dt><dd>2<\/dd>/);
    expect(await people()).toBe(2);
    expect(await count('select count(*)::int as n from directory_affiliations')).toBe(2);
    expect(await count('select count(*)::int as n from directory_changes')).toBe(changes);
    expect(await count('select sum(version)::int as n from directory_people')).toBe(versions);
  });

  it('updates by external id from an XLSX with English headers; empty cells keep what is stored', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('People');
    ws.addRow(['External id', 'Full name', 'Expertise', 'Phone', 'Position', 'Organisation']);
    ws.addRow(['NS-001', '', 'Gọi vốn', '', 'CTO', `https://x.example/directory/organizations/x`]);
    ws.addRow(['NS-002', '', '', Number('0905123456'), '', '']);
    ws.addRow(['NS-010', 'Bùi Thị Mới', 'Fintech', '', '', '']);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const job = await uploaded('people.xlsx', bytes);
    // row 2 names an organisation that does not exist: nothing of it is stored
    const first = await step(job, 'check');
    expect(first).toMatch(/Sẽ cập nhật<\/dt><dd>1<\/dd>/);
    expect(first).toMatch(/Sẽ tạo mới<\/dt><dd>1<\/dd>/);
    expect(first).toMatch(/Dòng lỗi<\/dt><dd>1<\/dd>/);

    ws.getCell('F2').value = TAX_ORG;
    const fixed = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const html = await step(await uploaded('people.xlsx', fixed), 'run');
    expect(html).toMatch(/Cập nhật<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/Tạo mới<\/dt><dd>1<\/dd>/);
    const rows = await q(
      `select external_id, full_name, expertise, phone, version, visibility from directory_people
       where external_id in ('NS-001', 'NS-002', 'NS-010') order by external_id`,
    );
    expect(rows).toMatchObject([
      { full_name: 'Nguyễn Thị Minh Anh', expertise: ['Gọi vốn'], phone: '0907123456', version: 2 },
      { full_name: 'Trần Văn Bình', expertise: ['AI'], phone: '0905123456', version: 2 },
      { full_name: 'Bùi Thị Mới', expertise: ['Fintech'], version: 1 },
    ]);
    // The existing link took the new position; no second link.
    expect(
      await q(
        `select a.role, a.title from directory_affiliations a join directory_people p
         on p.id = a.person_id where p.external_id = 'NS-001'`,
      ),
    ).toEqual([{ role: 'founder', title: 'CTO' }]);
  });

  it('two imports of the same people at once store each person once, nothing half-written', async () => {
    const lines = ['Họ và tên,Vai trò,Mã tham chiếu'];
    for (let i = 0; i < 260; i++) lines.push(`Người Song Song ${i},Chuyên gia,SS-${i}`);
    const file = lines.join('\n');
    const jobs = [await uploaded('a.csv', file), await uploaded('b.csv', file)];
    const before = await people();
    const changesBefore = await count('select count(*)::int as n from directory_changes');
    // Two runners, as two processes would have, each taking one of the imports at the same time.
    const resume = await pauseJobs(t);
    await Promise.all(jobs.map((job) => staff.post(`${job}/run`)));
    const runners = [1, 2].map(() => otherRunner(t, directoryModule.jobs!, { batch: 1 }));
    expect(await Promise.all(runners.map((r) => r.runDue()))).toEqual([1, 1]);
    resume();
    const counts = await Promise.all(
      jobs.map(async (job) => {
        const status = (await (await staff.get(`${job}/status`)).json()) as {
          counts: { created: number; unchanged: number; failed: number };
        };
        return status.counts;
      }),
    );
    expect(counts[0]!.created + counts[1]!.created).toBe(260);
    expect(counts.every((c) => c.failed === 0 && c.created + c.unchanged === 260)).toBe(true);
    expect(await people()).toBe(before + 260);
    expect(await count('select count(*)::int as n from directory_changes')).toBe(
      changesBefore + 260,
    );
  });

  it('is for staff only', async () => {
    expect((await upload(member, 'x.csv', SHEET)).status).toBe(404);
    expect((await member.get('/directory/import/template.csv?subject=people')).status).toBe(404);
  });
});
