// Attendance figures by who came, as a centre reports them: members of a startup (ICT, Lâm Đồng),
// of a cooperative (agriculture, Đắk Lắk) and a member with no organisation register; some are
// checked in. Staff see, per event and per period, registered / confirmed / attended / no-shows
// by kind, sector, province and the gender registrants chose to give (with the number of women)
// — on the page (a chart, a table) and in the XLSX (numbers as numbers, the same as the page). A
// member of a co-organiser sees that event's figures and no other's; the period's figures are
// staff's only.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/support/actors';
import type { TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import type { Mailbox } from '../../../test/support/mailbox';
import {
  STAFF,
  checkInByEmail,
  createMember,
  manageOrganization,
  publishEvent,
  register,
  seedOrganization,
  openCentre,
  type TestEvent,
} from './testing/back-office';

const flat = (html: string) => html.replace(/\s+/g, ' ');
const row = (label: string, ...n: number[]) =>
  new RegExp(`${label}</th> ?${n.map((x) => `<td>${x}</td>`).join(' ?')}`);

describe.each(testEngines)('attendance figures by kind, sector and province on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let coOrganizer: BrowserSession;
  let workshop: TestEvent;
  let other: TestEvent;

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openCentre(engine));
    const startup = await seedOrganization(t, {
      slug: 'da-lat-ai',
      name: 'Đà Lạt AI',
      kind: 'startup',
      sectors: ['ai', 'fintech'],
      province: '68',
    });
    const coop = await seedOrganization(t, {
      slug: 'htx-ca-phe',
      name: 'HTX Cà phê',
      kind: 'cooperative',
      sectors: ['agritech'],
      province: '66',
    });
    const partner = await seedOrganization(t, {
      slug: 'dai-hoc-da-lat',
      name: 'Đại học Đà Lạt',
      kind: 'university',
    });
    const an = await createMember(t, {
      email: 'an@ai.example',
      name: 'An',
      organizationId: startup,
    });
    const binh = await createMember(t, {
      email: 'binh@ai.example',
      name: 'Bình',
      organizationId: startup,
    });
    const chi = await createMember(t, {
      email: 'chi@htx.example',
      name: 'Chi',
      organizationId: coop,
    });
    const dung = await createMember(t, { email: 'dung@mail.example', name: 'Dũng' });
    await createMember(t, { email: 'giang@dhdl.example', name: 'Giang' });
    await manageOrganization(t, partner, 'giang@dhdl.example');
    coOrganizer = await signIn(t, 'giang@dhdl.example');
    workshop = await publishEvent(staff, {
      slug: 'hoi-thao-ai',
      title: 'Hội thảo AI',
      organizers: 'trung-tam\ndai-hoc-da-lat',
      startsAt: '2026-12-10T08:00',
      tickets: [['Chung', 3]],
    });
    other = await publishEvent(staff, {
      slug: 'ca-phe-cong-nghe-1',
      title: 'Cà phê công nghệ',
      organizers: 'trung-tam',
      startsAt: '2026-12-15T08:00',
      tickets: [['Chung', 10]],
    });
    const [general] = workshop.ticketTypes;
    // An and Chi answer "female", Bình "male"; Dũng leaves the optional question blank.
    const genders = ['female', 'male', 'female', ''];
    for (const [i, who] of [an, binh, chi, dung].entries())
      await register(who.browser, workshop, general!, { gender: genders[i]! });
    await register(an.browser, other, other.ticketTypes[0]!);
    t.setNow(new Date('2026-12-10T01:30:00Z'));
    await checkInByEmail(t, workshop, 'an@ai.example');
    await checkInByEmail(t, workshop, 'chi@htx.example');
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it("an event's figures by kind, sector and province, a person once per row", async () => {
    const res = await staff.get(`${workshop.base}/figures`);
    expect(res.status).toBe(200);
    const html = flat(await res.text());
    // registered, confirmed, attended, no-shows; capacity 3 of 4: Dũng waits.
    expect(html).toMatch(row('Doanh nghiệp khởi nghiệp', 2, 2, 1, 1));
    expect(html).toMatch(row('Hợp tác xã', 1, 1, 1, 0));
    expect(html).toMatch(row('Không rõ', 1, 0, 0, 0));
    expect(html).toMatch(row('Trí tuệ nhân tạo', 2, 2, 1, 1));
    expect(html).toMatch(row('Công nghệ tài chính', 2, 2, 1, 1));
    expect(html).toMatch(row('Tỉnh Lâm Đồng', 2, 2, 1, 1));
    expect(html).toContain('<svg role="img"');
    expect(html).not.toContain('@ai.example');
  });

  it("an event's figures by gender, with the number of women ('số lượng nữ')", async () => {
    const html = flat(await (await staff.get(`${workshop.base}/figures`)).text());
    expect(html).toContain('Số lượng nữ: 2 đăng ký, 2 tham dự.');
    expect(html).toContain('<h2 id="by-gender">Theo giới tính</h2>');
    // Genders in their order, "not given" last: Dũng, who did not answer (and waits).
    expect(html).toMatch(
      new RegExp(
        [row('Nữ', 2, 2, 2, 0), row('Nam', 1, 1, 0, 1), row('Không rõ', 1, 0, 0, 0)]
          .map((r) => r.source)
          .join('.*'),
      ),
    );
    expect(html).not.toContain('Không muốn nêu</th>');
  });

  it('the XLSX holds the same figures, as numbers', async () => {
    const res = await staff.get(`${workshop.base}/figures.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1))));
    const numbersOf = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    expect(numbersOf('Tổng cộng')).toEqual([4, 3, 2, 1]);
    expect(numbersOf('Hợp tác xã')).toEqual([1, 1, 1, 0]);
    expect(numbersOf('Tỉnh Đắk Lắk')).toEqual([1, 1, 1, 0]);
    expect(numbersOf('Trong đó: nữ')).toEqual([2, 2, 2, 0]);
    expect(numbersOf('Nam')).toEqual([1, 1, 0, 1]);
  });

  it("a period's figures add up its events, listed one by one", async () => {
    const res = await staff.get(`${STAFF}/figures?from=01/12/2026&to=31/12/2026`);
    expect(res.status).toBe(200);
    const html = flat(await res.text());
    expect(html).toMatch(row('10/12/2026 · Hội thảo AI', 4, 3, 2, 1));
    expect(html).toMatch(row('15/12/2026 · Cà phê công nghệ', 1, 1, 0, 1));
    expect(html).toMatch(row('Tổng cộng', 5, 4, 2, 2));
    expect(html).toMatch(row('Doanh nghiệp khởi nghiệp', 3, 3, 1, 2));
    // An's seat at the café was taken without an answer: "not given" there.
    expect(html).toContain('Số lượng nữ: 2 đăng ký, 2 tham dự.');
    expect(html).toMatch(row('Không rõ', 2, 1, 0, 1));
    const xlsx = await staff.get(`${STAFF}/figures.xlsx?from=01/12/2026&to=31/12/2026`);
    expect(xlsx.status).toBe(200);
    const narrow = flat(
      await (await staff.get(`${STAFF}/figures?from=11/12/2026&to=31/12/2026`)).text(),
    );
    expect(narrow).not.toContain('Hội thảo AI');
  });

  it('a bad period is a field error, not a failure', async () => {
    const res = await staff.get(`${STAFF}/figures?from=31/02/2026`);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('dd/mm/yyyy');
    const backwards = await staff.get(`${STAFF}/figures?from=31/12/2026&to=01/12/2026`);
    expect(backwards.status).toBe(422);
  });

  it("a co-organiser's member sees that event's figures, not another's nor the period's", async () => {
    expect((await coOrganizer.get(`${workshop.base}/figures`)).status).toBe(200);
    expect((await coOrganizer.get(`${workshop.base}/figures.xlsx`)).status).toBe(200);
    expect((await coOrganizer.get(`${other.base}/figures`)).status).toBe(404);
    expect((await coOrganizer.get(`${STAFF}/figures`)).status).toBe(404);
  });
});
