// The door as a Techfest lives it: two stations scan one ticket at once and one check-in counts;
// an altered code is refused; each session of the agenda is checked in apart from the entrance;
// walk-ins are registered and checked in at once until their ticket type is full; a volunteer
// named for this event works its door and sees nothing else, until staff revoke them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { testEngines } from '../../../test/support/db';
import { linkIn } from '../../../test/support/mailbox';
import { openDoorFixture, STAFF, TECHFEST, type DoorFixture } from './testing/door-fixture';

const keyOf = (html: string) =>
  /action="[^"]*\/walk-in"[^]*?name="key" value="([^"]+)"/.exec(html)![1]!;
const sessionKeys = (html: string) =>
  [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]!).filter((v) => v.includes('|'));
const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(testEngines)('the door on %s', (engine) => {
  let f: DoorFixture;
  let door = '';
  const codes: Record<string, string> = {};
  const checkIns = async (where = '') =>
    (
      await f.t.database.query<{ n: number }>(
        `select count(*)::int as n from platform_reservation_checkins ${where}`,
      )
    )[0]!.n;

  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 5, 'Báo chí': 1 });
    door = `${STAFF}/${f.eventId}/check-in`;
    for (const name of ['an', 'binh']) codes[name] = await f.register(name, 'Khởi nghiệp');
    f.t.setNow(new Date('2026-12-20T02:12:00Z')); // 09:12 on the day
  });
  afterAll(() => f.close());

  it('two stations scanning one ticket at once make one check-in; the other hears when and by whom', async () => {
    const other = await signIn(f.t, 'su-kien@sokhcn.example');
    const [a, b] = await Promise.all([
      f.staff.post(door, { code: codes.an! }),
      other.post(door, { code: codes.an! }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const second = unescape(await (a.status === 409 ? a : b).text());
    expect(second).toContain('an đã điểm danh lúc 09:12 bởi Cán bộ Lan.');
    expect(await checkIns()).toBe(1);
  });

  it('a forged or altered code is refused and records nothing', async () => {
    const code = codes.binh!;
    const last = code.at(-1) === 'A' ? 'B' : 'A';
    for (const forged of [`${code.slice(0, -1)}${last}`, 'ABCDE-ABCDE-ABCDE-ABCDE', 'xin chào']) {
      const res = await f.staff.post(door, { code: forged });
      expect(res.status, forged).toBe(422);
      expect(await res.text()).toContain('Mã vé không hợp lệ');
    }
    expect(await checkIns()).toBe(1);
  });

  it('each session is checked in apart: a second scan to one session is "already", another is recorded', async () => {
    const page = await (await f.staff.get(door)).text();
    expect(page).toContain('Vào cửa (cả sự kiện)');
    expect(page).toContain('09:00 — Khai mạc');
    const [opening, investors] = sessionKeys(page);
    const first = await f.staff.post(door, { code: codes.an!, session: opening! });
    expect(first.status).toBe(200);
    const again = await f.staff.post(door, { code: codes.an!, session: opening! });
    expect(again.status).toBe(409);
    expect(unescape(await again.text())).toContain('an đã điểm danh lúc 09:12 bởi Cán bộ Lan.');
    f.t.setNow(new Date('2026-12-20T06:40:00Z'));
    const afternoon = await f.staff.post(door, { code: codes.an!, session: investors! });
    expect(afternoon.status).toBe(200);
    const gone = await f.staff.post(door, {
      code: codes.an!,
      session: '2026-12-20T01:00:00.000Z|',
    });
    expect(gone.status).toBe(422);
    expect(await gone.text()).toContain('không còn trong chương trình');
    expect(await checkIns()).toBe(3);
    // The name search answers for the session chosen.
    const search = await (
      await f.staff.get(`${door}?q=an&session=${encodeURIComponent(investors!)}`)
    ).text();
    expect(search).toContain('đã điểm danh lúc 13:40 bởi Cán bộ Lan');
    // Per-part counts on the page: entrance 1, each session 1.
    const counts = /<section aria-labelledby="door-counts"[^]*?<\/section>/.exec(search)![0];
    const rows = [...counts.matchAll(/<th scope="row">([^<]+)<\/th><td>(\d+)<\/td>/g)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(rows).toEqual([
      'Vào cửa (cả sự kiện): 1',
      '09:00 — Khai mạc: 1',
      '13:30 — Kết nối đầu tư: 1',
    ]);
  });

  it('walk-ins are registered and checked in at once, once per form, never beyond capacity', async () => {
    const walkIn = `${door}/walk-in`;
    const press = f.tickets['Báo chí']!;
    const form = await (await f.staff.get(door)).text();
    const key = keyOf(form);
    const fields = { name: 'Phóng viên Hà', email: '', ticketTypeId: press, key, session: '' };
    const [one, two] = await Promise.all([
      f.staff.post(walkIn, fields),
      f.staff.post(walkIn, fields),
    ]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(await one.text()).toContain('Đã ghi danh tại cửa và điểm danh: Phóng viên Hà.');
    const walkIns = await f.t.database.query<{ guest_name: string; status: string }>(
      `select r.guest_name, r.status from platform_reservations r
         join platform_reservation_checkins c on c.reservation_id = r.id where c.is_walk_in`,
    );
    expect(walkIns).toEqual([{ guest_name: 'Phóng viên Hà', status: 'confirmed' }]);
    // The press ticket type is full now: the next walk-in is refused with its name.
    const next = keyOf(await (await f.staff.get(door)).text());
    const full = await f.staff.post(walkIn, { ...fields, name: 'Phóng viên Tú', key: next });
    expect(full.status).toBe(409);
    expect(unescape(await full.text())).toContain('Loại vé "Báo chí" đã hết chỗ');
    expect(
      await f.t.database.query('select 1 from platform_reservations where guest_name = $1', [
        'Phóng viên Tú',
      ]),
    ).toEqual([]);
    // A name is needed; a bad e-mail is refused; what was typed stays.
    const bad = await f.staff.post(walkIn, {
      ...fields,
      name: ' ',
      email: 'khong-phai',
      key: next,
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('value="khong-phai"');
    // A walk-in's e-mail holds their seat: the same person again is found by name instead.
    const hoa = {
      ...fields,
      name: 'Hoà',
      email: 'hoa@dalat.example',
      ticketTypeId: f.tickets['Khởi nghiệp']!,
    };
    expect((await f.staff.post(walkIn, { ...hoa, key: next })).status).toBe(200);
    const again = keyOf(await (await f.staff.get(door)).text());
    const twice = await f.staff.post(walkIn, { ...hoa, key: again });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('đã có chỗ với loại vé này');
  });

  it('a volunteer named for this event works its door and sees nothing else, until revoked', async () => {
    const volunteers = `${STAFF}/${f.eventId}/volunteers`;
    await createUser(f.t, { email: 'tnv@dalat.example', name: 'Tình nguyện viên Mai' });
    const mai = await signIn(f.t, 'tnv@dalat.example');
    expect((await mai.get(door)).status).toBe(404);
    expect((await mai.get(volunteers)).status).toBe(404);
    const unknown = await f.staff.post(volunteers, { email: 'ai-do@dalat.example' });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('Không có tài khoản nào với thư điện tử này');
    const granted = await f.staff.post(volunteers, { email: 'TNV@dalat.example' });
    expect(await granted.text()).toContain('Đã giao quyền điểm danh cho Tình nguyện viên Mai');
    expect((await f.staff.post(volunteers, { email: 'tnv@dalat.example' })).status).toBe(409);
    const mail = await f.mailbox.latestTo('tnv@dalat.example');
    expect(mail.subject).toBe(`Bạn được giao điểm danh: ${TECHFEST.titleVi}`);
    expect(linkIn(mail, door)).toBe(`http://localhost:3000${door}`);
    // The door, without the back-office around it; a check-in and a walk-in in her name.
    const page = await mai.get(door);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('/admin/events"');
    expect(html).not.toContain(volunteers);
    f.t.setNow(new Date('2026-12-20T02:30:00Z'));
    const scan = await mai.post(door, { code: codes.binh! });
    expect(scan.status).toBe(200);
    const walkIn = await mai.post(`${door}/walk-in`, {
      name: 'Khách Nam',
      email: '',
      ticketTypeId: f.tickets['Khởi nghiệp']!,
      key: keyOf(html),
      session: '',
    });
    expect(await walkIn.text()).toContain('Đã ghi danh tại cửa và điểm danh: Khách Nam.');
    const [by] = await f.t.database.query<{ label: string }>(
      `select c.checked_in_by_label as label from platform_reservation_checkins c
         join platform_reservations r on r.id = c.reservation_id where r.guest_name = 'Khách Nam'`,
    );
    expect(by!.label).toBe('Tình nguyện viên Mai');
    // Nothing else of the back-office, and not another event's door.
    for (const path of [
      '/admin',
      STAFF,
      `${STAFF}/${f.eventId}`,
      `${STAFF}/${f.eventId}/attendance`,
    ])
      expect((await mai.get(path)).status, path).toBe(404);
    const created = await f.staff.post(`${STAFF}/new`, { ...TECHFEST, slug: 'hoi-thao-khac' });
    const otherId = /\/admin\/events\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
    expect((await mai.get(`${STAFF}/${otherId}/check-in`)).status).toBe(404);
    expect((await mai.post(`${STAFF}/${otherId}/check-in`, { code: codes.an! })).status).toBe(404);
    // Revoked: the door is gone for her; revoking again changes nothing.
    const [{ id }] = (await f.t.database.query<{ id: string }>(
      "select id from identity_users where email = 'tnv@dalat.example'",
    )) as [{ id: string }];
    const revoked = await f.staff.post(`${volunteers}/revoke`, { accountId: id });
    expect(await revoked.text()).toContain('Đã thu hồi quyền điểm danh của Tình nguyện viên Mai');
    expect((await mai.get(door)).status).toBe(404);
    expect((await f.staff.post(`${volunteers}/revoke`, { accountId: id })).status).toBe(200);
    expect((await mai.post(`${volunteers}/revoke`, { accountId: id })).status).toBe(404);
  });
});
