// Attendance evidence as a centre files it: people register and some are checked in at the door;
// staff see the figures per ticket type and download the signed attendance list (DOCX, PDF —
// read back by mammoth and unpdf: the organiser issues it, the people present are listed with
// their organisation, nobody's e-mail) and the figures' XLSX (read by exceljs: numbers that
// match the page). A member who is not staff finds none of it.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import type { TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import { openBackOffice } from './testing/back-office';

const STAFF = '/admin/events';
const PAGE = '/events/techfest-lam-dong-2026';
const PEOPLE = {
  an: 'Nguyễn Văn An',
  binh: 'Trần Thị Bình',
  chi: 'Lê Minh Chi',
  dung: 'Phạm Dũng',
};
type Who = keyof typeof PEOPLE;

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;

describe.each(testEngines)('attendance list and figures on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  const members = {} as Record<Who, BrowserSession>;
  let base = '';

  async function seedOrganization(slug: string, legalName: string) {
    const [org] = await t.database.query<{ id: string }>(
      `insert into directory_organizations (slug, kind, legal_name, name_search, sort_key, province_code)
         values ($1, 'startup', $2, $2, $2, '68') returning id`,
      [slug, legalName],
    );
    return org!.id;
  }

  async function register(who: Who, ticketTypeId: string) {
    const form = await (await members[who].get(PAGE)).text();
    const res = await members[who].post(`${PAGE}/register`, { ticketTypeId, key: keyIn(form) });
    expect(res.status).toBe(303);
  }

  async function checkIn(who: Who) {
    const [row] = await t.database.query<{ id: string }>(
      `select reservation_id as id from events_registrations where email = $1`,
      [`${who}@startup.example`],
    );
    const res = await staff.post(`${base}/check-in`, { reservationId: row!.id });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openBackOffice(engine));
    await seedOrganization('trung-tam-dmst', 'Trung tâm Đổi mới sáng tạo Lâm Đồng');
    const farm = await seedOrganization('nong-nghiep-da-lat', 'Công ty Nông nghiệp Đà Lạt');
    for (const who of Object.keys(PEOPLE) as Who[]) {
      const user = await createUser(t, { email: `${who}@startup.example`, name: PEOPLE[who] });
      members[who] = await signIn(t, `${who}@startup.example`);
      if (who !== 'an') continue;
      const [person] = await t.database.query<{ id: string }>(
        `insert into directory_people (slug, full_name, name_search, sort_key, user_id)
           values ('nguyen-van-an', $1, $1, $1, $2) returning id`,
        [PEOPLE.an, user.id],
      );
      await t.database.query(
        `insert into directory_affiliations (person_id, organization_id, role) values ($1, $2, 'founder')`,
        [person!.id, farm],
      );
    }
    const created = await staff.post(`${STAFF}/new`, {
      type: 'exhibition',
      titleVi: 'Techfest Lâm Đồng 2026',
      slug: 'techfest-lam-dong-2026',
      startsAt: '2026-12-20T08:00',
      endsAt: '2026-12-20T17:00',
      venueAddress: '1 Trần Hưng Đạo, Đà Lạt',
      organizers: 'trung-tam-dmst',
    });
    expect(created.status).toBe(303);
    base = created.headers.get('location')!.replace(/\?.*$/, '');
    const form = await (await staff.get(base)).text();
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    await staff.post(`${base}/step`, { step: 'publish', version });
    await staff.post(`${base}/tickets`, { nameVi: 'Khởi nghiệp', capacity: '1' });
    await staff.post(`${base}/tickets`, { nameVi: 'Khách mời', capacity: '5' });
    const [startup, guests] = [
      ...(await (await staff.get(base)).text()).matchAll(/id="capacity-([0-9a-f-]{36})"/g),
    ].map((m) => m[1]!);
    await register('an', startup!);
    await register('chi', startup!); // the only startup seat is taken: Chi waits
    await register('binh', guests!);
    await register('dung', guests!);
    t.setNow(new Date('2026-12-20T01:30:00Z'));
    await checkIn('an');
    await checkIn('binh');
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('the page shows the figures per ticket type, in people', async () => {
    expect(await (await staff.get(base)).text()).toContain(`${base}/attendance`);
    const res = await staff.get(`${base}/attendance`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replace(/\s+/g, ' ');
    // registered, confirmed, waitlisted, attended, no-shows
    expect(html).toMatch(
      /Khởi nghiệp<\/th>\s*<td>2<\/td><td>1<\/td><td>1<\/td><td>1<\/td><td>0<\/td>/,
    );
    expect(html).toMatch(
      /Khách mời<\/th>\s*<td>2<\/td><td>2<\/td><td>0<\/td><td>1<\/td><td>1<\/td>/,
    );
    expect(html).toMatch(
      /Tổng cộng<\/th>\s*<td>4<\/td><td>3<\/td><td>1<\/td><td>2<\/td><td>1<\/td>/,
    );
    expect(html).toContain('2 người đã điểm danh.');
    // The signer defaults to the staff member downloading the list.
    expect(html).toMatch(/name="position"[^>]*value="Đại diện đơn vị tổ chức"/);
  });

  it('the signed attendance list (DOCX) lists the people present with their organisation, no e-mail', async () => {
    const res = await staff.get(
      `${base}/attendance/list.docx?signer=${encodeURIComponent('Phạm Quốc Bảo')}&position=${encodeURIComponent('Giám đốc')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain(
      'danh-sach-dai-bieu-techfest-lam-dong-2026.docx',
    );
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await res.arrayBuffer()),
    });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('TRUNG TÂM ĐỔI MỚI SÁNG TẠO LÂM ĐỒNG');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Đại biểu tham dự Techfest Lâm Đồng 2026');
    expect(text).toContain('Ký tên');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Phạm Quốc Bảo');
    expect(text).toMatch(/Nguyễn Văn An\s*Công ty Nông nghiệp Đà Lạt/);
    expect(text).toContain('Trần Thị Bình');
    expect(text).not.toContain('Lê Minh Chi'); // waitlisted
    expect(text).not.toContain('Phạm Dũng'); // registered, never came
    expect(text).not.toContain('@');
  });

  it('the same list as PDF', async () => {
    const res = await staff.get(`${base}/attendance/list.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'DANH SÁCH',
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Công ty Nông nghiệp Đà Lạt',
    ])
      expect(flat).toContain(expected);
    expect(flat).not.toContain('Lê Minh Chi');
    expect(flat).not.toContain('@');
  });

  it('the figures as XLSX: numbers as numbers, matching the page', async () => {
    const res = await staff.get(`${base}/attendance/figures.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Số liệu')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const numbersOf = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(numbersOf('Khởi nghiệp')).toEqual([2, 1, 1, 1, 0]);
    expect(numbersOf('Khách mời')).toEqual([2, 2, 0, 1, 1]);
    expect(numbersOf('Tổng cộng')).toEqual([4, 3, 1, 2, 1]);
  });

  it('a member who is not staff, or a visitor, gets none of it', async () => {
    for (const path of ['', '/list.docx', '/list.pdf', '/figures.xlsx']) {
      expect((await members.chi.get(`${base}/attendance${path}`)).status).toBe(404);
    }
    const visitor = await fetchAsVisitor(`${base}/attendance/list.pdf`);
    expect([302, 303, 401, 403, 404]).toContain(visitor);
  });

  const fetchAsVisitor = async (path: string) =>
    (await t.app.request(path, { redirect: 'manual' })).status;
});
