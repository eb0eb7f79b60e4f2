// Importing a guest list (issue 13, item 7): an XLSX written by ExcelJS and a CSV are previewed
// row by row with their problems, then the valid rows are registered through the reservation core
// (seats while there are any, the waitlist after), once however often the form is confirmed; no
// mail unless "send tickets" is ticked; a broken, oversize or bomb file changes nothing.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { xlsxBomb } from '../../../test/support/bombs';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import {
  checkInByEmail,
  createMember,
  publishEvent,
  register,
  seedOrganization,
  type TestEvent,
  signInStaff,
} from './testing/back-office';

async function xlsxOf(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Khách mời');
  rows.forEach((r) => sheet.addRow(r));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? '';

describe.each(testEngines)('guest list import on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let event: TestEvent;
  let importPath: string;
  let ha: BrowserSession;

  async function upload(bytes: Uint8Array, name: string, who = staff) {
    const form = new FormData();
    form.append('file', new File([bytes.slice()], name));
    return who.postMultipart(importPath, form);
  }

  async function confirm(preview: string, sendTickets = false) {
    return staff.post(`${importPath}/confirm`, {
      file: hidden(preview, 'file'),
      key: hidden(preview, 'key'),
      ...(sendTickets ? { sendTickets: 'yes' } : {}),
    });
  }

  const seats = () =>
    t.database.query<{ email: string; status: string; ticket: string }>(
      `select r.email, p.status, tt.name_vi as ticket from events_registrations r
         join platform_reservations p on p.id = r.reservation_id
         join events_ticket_types tt on tt.id = r.ticket_type_id
        where r.event_id = $1 order by r.email`,
      [event.id],
    );
  const mailsTo = async (email: string) =>
    (await t.database.query(`select 1 from platform_mail_outbox where "to" = $1`, [email])).length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-12-01T03:00:00Z'));
    staff = await signInStaff(t);
    await seedOrganization(t, { slug: 'trung-tam', name: 'Trung tâm ĐMST', kind: 'support_org' });
    event = await publishEvent(staff, {
      slug: 'dem-khoi-nghiep',
      title: 'Đêm khởi nghiệp',
      organizers: 'trung-tam',
      startsAt: '2026-12-20T08:00',
      tickets: [
        ['Chung', 3],
        ['Báo chí', 5],
      ],
    });
    importPath = `${event.base}/registrations/import`;
    ha = (await createMember(t, { email: 'ha@thanhvien.example', name: 'Hà' })).browser;
    await register(ha, event, event.ticketTypes[0]!);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('previews an XLSX row by row, imports the valid rows once, seats then waitlist', async () => {
    const bytes = await xlsxOf([
      ['Họ tên', 'Email', 'Loại vé', 'Tổ chức'],
      ['An', 'An@Khach.example', '', 'Công ty A'],
      ['Bình', 'binh@khach.example', 'Báo chí', ''],
      ['Chi', 'chi@khach.example', 'chung', ''],
      ['Dũng', 'dung@khach.example', 'Chung', ''],
      ['', 'x@khach.example', '', ''],
      ['Em', 'khong-phai-email', '', ''],
      ['Giang', 'giang@khach.example', 'VIP', ''],
      ['Hà', 'ha@thanhvien.example', '', ''],
      ['An lần hai', 'an@khach.example', '', ''],
    ]);
    const list = await (await staff.get(`${event.base}/registrations`)).text();
    expect(list).toContain(`href="${importPath}"`);
    expect(await (await staff.get(importPath)).text()).toContain('enctype="multipart/form-data"');
    const res = await upload(bytes, 'khach-moi.xlsx');
    expect(res.status).toBe(200);
    const preview = await res.text();
    expect(preview).toContain('4 trong 9 dòng sẽ được nhập');
    expect(preview).toContain('Công ty A');
    for (const problem of [
      'Thiếu họ tên',
      'Email không hợp lệ',
      'Không có loại vé này',
      'Email này đã đăng ký sự kiện',
      'Trùng email với một dòng phía trên',
    ])
      expect(preview).toContain(problem);
    expect((await seats()).length).toBe(1); // the preview registers nobody

    const done = await confirm(preview);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(
      'Có chỗ: 3; vào danh sách chờ: 1; hết chỗ, chưa đăng ký: 0; bỏ qua: 5.',
    );
    expect(await seats()).toEqual([
      { email: 'an@khach.example', status: 'confirmed', ticket: 'Chung' },
      { email: 'binh@khach.example', status: 'confirmed', ticket: 'Báo chí' },
      { email: 'chi@khach.example', status: 'confirmed', ticket: 'Chung' },
      { email: 'dung@khach.example', status: 'waitlisted', ticket: 'Chung' },
      { email: 'ha@thanhvien.example', status: 'confirmed', ticket: 'Chung' },
    ]);
    expect(await mailsTo('an@khach.example')).toBe(0);
    // The organisation a row gave is kept, and shown where staff read their registrants.
    const registrants = await (await staff.get(`${event.base}/registrations`)).text();
    expect(registrants).toContain('Tổ chức: Công ty A');
    const exported = await staff.get(`${event.base}/registrations.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const cells: unknown[][] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => cells.push((r.values as unknown[]).slice(1))));
    expect(cells.find((r) => r[2] === 'an@khach.example')?.slice(1, 4)).toEqual([
      'An',
      'an@khach.example',
      'Công ty A',
    ]);
    const [audit] = await t.database.query<{ after: Record<string, unknown> }>(
      `select after from platform_audit_log where action = 'events.guests:import'`,
    );
    expect(audit?.after).toMatchObject({ added: 3, waitlisted: 1, skipped: 5 });

    const again = await confirm(preview);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('đã được nhập rồi (4 đăng ký)');
    expect((await seats()).length).toBe(5);
  });

  it('imports a CSV once under a double submit, mailing tickets when asked', async () => {
    const csv =
      'Name,E-mail,Ticket type\nLan,lan@bao.example,Báo chí\nMinh,minh@bao.example,Báo chí\n';
    const preview = await (await upload(new TextEncoder().encode(csv), 'bao-chi.csv')).text();
    expect(preview).toContain('2 trong 2 dòng sẽ được nhập');
    const statuses = await Promise.all([confirm(preview, true), confirm(preview, true)]);
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 409]);
    const press = (await seats()).filter((s) => s.ticket === 'Báo chí');
    expect(press.map((s) => s.email)).toEqual([
      'binh@khach.example',
      'lan@bao.example',
      'minh@bao.example',
    ]);
    expect(await mailsTo('lan@bao.example')).toBe(1);
  });

  it('refuses a broken, oversize or bomb file with a message and changes nothing', async () => {
    const before = (await seats()).length;
    const broken = await upload(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 9]), 'hong.xlsx');
    expect(broken.status).toBe(422);
    const big = await upload(new Uint8Array(5_000_001).fill(65), 'lon.csv');
    expect(big.status).toBe(422);
    expect(await big.text()).toContain('Tệp quá lớn (tối đa 5 MB).');
    const bomb = await upload(xlsxBomb(), 'bom.xlsx');
    expect(bomb.status).toBe(422);
    expect(await bomb.text()).toContain('bom.xlsx');
    const noHeaders = await upload(new TextEncoder().encode('a,b\n1,2\n'), 'sai.csv');
    expect(noHeaders.status).toBe(422);
    expect(await noHeaders.text()).toContain('Không thấy cột');
    expect((await seats()).length).toBe(before);
  });

  it('is not found for a member who does not organise the event', async () => {
    const outsider = await createMember(t, { email: 'la@ngoai.example', name: 'Lạ' });
    expect((await outsider.browser.get(importPath)).status).toBe(404);
    const csv = new TextEncoder().encode('Name,Email\nX,x@ngoai.example\n');
    expect((await upload(csv, 'x.csv', outsider.browser)).status).toBe(404);
  });

  it('a cancelled registration does not stop a new import row, which waits its turn', async () => {
    // Hà cancels: her seat of 'Chung' goes to Dũng, first on its waitlist, as a hold.
    expect((await ha.post(`${event.page}/cancel`, {})).status).toBe(303);
    const csv = 'Họ tên,Email,Tổ chức\nHà,ha@thanhvien.example,Sở KH&CN\n';
    const preview = await (await upload(new TextEncoder().encode(csv), 'ha.csv')).text();
    expect(preview).toContain('1 trong 1 dòng sẽ được nhập');
    expect(preview).toContain('đăng ký trước của email này đã huỷ hoặc hết hiệu lực');
    expect(preview).not.toContain('Email này đã đăng ký sự kiện');
    const done = await confirm(preview);
    expect(done.status).toBe(200);
    // The seat Hà left is held for Dũng: she is registered again, behind him.
    expect(await done.text()).toContain('Có chỗ: 0; vào danh sách chờ: 1;');
    const rows = await t.database.query<{ status: string; organization: string }>(
      `select p.status, r.organization from events_registrations r
         join platform_reservations p on p.id = r.reservation_id
        where r.email = 'ha@thanhvien.example' order by r.created_at, p.seq`,
    );
    expect(rows).toEqual([
      { status: 'cancelled', organization: '' },
      { status: 'waitlisted', organization: 'Sở KH&CN' },
    ]);
    const [pool] = await t.database.query<{ capacity: number; taken: number; held: number }>(
      `select capacity, taken_units as taken, held_units as held from platform_reservation_pools
        where owner_key = $1`,
      [event.ticketTypes[0]!],
    );
    expect(pool).toEqual({ capacity: 3, taken: 2, held: 1 });
    // Imported again while she waits, the same address is refused as registered.
    const twice = await (await upload(new TextEncoder().encode(csv), 'ha.csv')).text();
    expect(twice).toContain('Email này đã đăng ký sự kiện');
  });

  it('the signed attendance list names the organisation a guest list gave', async () => {
    t.setNow(new Date('2026-12-20T01:30:00Z'));
    await checkInByEmail(t, event, 'an@khach.example');
    const res = await staff.get(`${event.base}/attendance/list.docx`);
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await res.arrayBuffer()),
    });
    expect(value.replace(/\s+/g, ' ')).toMatch(/An\s*Công ty A/);
    const pdf = await staff.get(`${event.base}/attendance/list.pdf`);
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())),
      {
        mergePages: true,
      },
    );
    expect(text.normalize('NFC')).toContain('Công ty A');
  });
});
