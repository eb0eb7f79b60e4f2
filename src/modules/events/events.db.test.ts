// Events as the centre's staff and visitors live them: staff draft a workshop with its organiser,
// agenda and speakers (refused with clear messages when the times or the place are missing), it
// is private until published, then on the list (filters, search without diacritics), the
// calendar, the home page and the portal's search, its page carrying a schema.org Event. Stale
// edits get 409; duplicates and a monthly series' next occurrences are drafts; cancelling shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createOrganization } from '../directory';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';

const STAFF = '/admin/events';
// 10:00 on 1 December 2026 in Vietnam.
const NOW = new Date('2026-12-01T03:00:00Z');

const workshop = {
  type: 'workshop',
  titleVi: 'Hội thảo Phở số: chuyển đổi số cho quán ăn',
  summaryVi: 'Công cụ số cho hộ kinh doanh ẩm thực.',
  descriptionVi: '## Nội dung\n\nThực hành **gọi món qua mã QR** <script>alert(1)</script>',
  startsAt: '2026-12-15T09:00',
  endsAt: '2026-12-15T17:00',
  venueName: 'Trung tâm Hỗ trợ khởi nghiệp',
  venueAddress: '31 Trần Phú, Hải Châu',
  provinceCode: '48',
  onlineUrl: 'https://meet.example.vn/pho-so',
  sectors: 'ecommerce',
  agenda:
    '09:00-10:30 | Khai mạc và tổng quan | Hội trường\n13:30-15:00 | Thực hành | Phòng Lab | Lê Hoa',
  speakers: 'Lê Hoa | Quán Phở Số',
  holdHours: '24',
};

const idFrom = (res: Response) =>
  /\/admin\/events\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
const versionIn = (html: string) => Number(/name="version" value="(\d+)"/.exec(html)?.[1]);
const jsonLdOf = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<
    string,
    unknown
  >;

describe.each(testEngines)('events on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  let visitor: BrowserSession;
  let id: string;
  const count = async (table: string) =>
    (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    await createUser(t, { email: 'su-kien@sokhcn.example', roles: ['staff'] });
    await createUser(t, { email: 'thanh-vien@example.vn' });
    staff = await signIn(t, 'su-kien@sokhcn.example');
    member = await signIn(t, 'thanh-vien@example.vn');
    visitor = new BrowserSession(t.app);
    const org = await createOrganization(
      t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      { kind: 'incubator', legalName: 'Vườn ươm Sông Hàn' },
    );
    if (!org.ok) throw new Error(JSON.stringify(org.fields));
  });
  afterAll(() => t.close());

  it('is staff work: a member finds no back-office and a visitor is sent to log in', async () => {
    expect((await member.get(STAFF)).status).toBe(404);
    expect((await member.post(`${STAFF}/new`, workshop)).status).toBe(404);
    expect((await visitor.get(STAFF)).status).toBe(302);
    expect(await count('events_events')).toBe(0);
  });

  it('refuses an event without times or place, saying why and keeping what was typed', async () => {
    const res = await staff.post(`${STAFF}/new`, {
      ...workshop,
      startsAt: '2026-12-15T09:00',
      endsAt: '2026-12-15T08:00',
      venueAddress: '',
      onlineUrl: '',
      agenda: 'sáng | Khai mạc',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Thời gian kết thúc phải sau thời gian bắt đầu.');
    expect(html).toContain('Hãy nhập địa chỉ hoặc đường dẫn tham dự trực tuyến (hoặc cả hai).');
    expect(html).toContain('Không đọc được dòng 1 của chương trình.');
    expect(html).toContain('Hội thảo Phở số');
    const unknownOrg = await staff.post(`${STAFF}/new`, {
      ...workshop,
      organizers: 'khong-co-that',
    });
    expect(unknownOrg.status).toBe(422);
    expect(await unknownOrg.text()).toContain('Không tìm thấy tổ chức');
    expect(await count('events_events')).toBe(0);
  });

  it('saves a draft that only staff can see', async () => {
    const res = await staff.post(`${STAFF}/new`, {
      ...workshop,
      organizers: 'http://localhost:3000/directory/organizations/vuon-uom-song-han',
    });
    expect(res.status).toBe(303);
    id = idFrom(res)!;
    const page = await (await staff.get(res.headers.get('location')!)).text();
    expect(page).toContain('Đã tạo bản nháp sự kiện.');
    expect(page).toContain('09:00-10:30 | Khai mạc và tổng quan | Hội trường');
    const slug = 'hoi-thao-pho-so-chuyen-doi-so-cho-quan-an';
    expect((await visitor.get(`/events/${slug}`)).status).toBe(404);
    expect((await member.get(`/events/${slug}`)).status).toBe(404);
    expect(await (await staff.get(`/events/${slug}`)).text()).toContain('Bản nháp');
    expect(await (await visitor.get('/events')).text()).not.toContain('Phở số');
  });

  it('answers a stale save with 409 and overwrites nothing', async () => {
    const form = await (await staff.get(`${STAFF}/${id}`)).text();
    const version = versionIn(form);
    const first = await staff.post(`${STAFF}/${id}`, {
      ...workshop,
      organizers: 'vuon-uom-song-han',
      summaryVi: 'Bản của người lưu trước.',
      version: String(version),
    });
    expect(first.status).toBe(303);
    const stale = await staff.post(`${STAFF}/${id}`, {
      ...workshop,
      summaryVi: 'Bản cũ.',
      version: String(version),
    });
    expect(stale.status).toBe(409);
    const rows = await t.database.query<{ summary_vi: string }>(
      'select summary_vi from events_events where id = $1',
      [id],
    );
    expect(rows[0]!.summary_vi).toBe('Bản của người lưu trước.');
  });

  it('publishes: the page shows Vietnam time, organiser, agenda and a schema.org Event', async () => {
    const form = await (await staff.get(`${STAFF}/${id}`)).text();
    const res = await staff.post(`${STAFF}/${id}/step`, {
      step: 'publish',
      version: String(versionIn(form)),
    });
    expect(res.status).toBe(303);
    const page = await visitor.get('/events/hoi-thao-pho-so-chuyen-doi-so-cho-quan-an');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('09:00–17:00, 15/12/2026');
    expect(html).toContain('href="/directory/organizations/vuon-uom-song-han"');
    expect(html).toContain('Thực hành');
    expect(html).toContain('<strong>gọi món qua mã QR</strong>');
    expect(html).not.toContain('<script>alert');
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Hội thảo Phở số: chuyển đổi số cho quán ăn',
      startDate: '2026-12-15T02:00:00.000Z',
      endDate: '2026-12-15T10:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: [{ '@type': 'Organization', name: 'Vườn ươm Sông Hàn' }],
      performer: [{ '@type': 'Person', name: 'Lê Hoa' }],
    });
  });

  it('lists it under its filters, finds it without diacritics, and on the calendar and home page', async () => {
    const list = async (query: string) => await (await visitor.get(`/events${query}`)).text();
    expect(await list('')).toContain('Hội thảo Phở số');
    expect(await list('?q=pho+so+chuyen+doi')).toContain('Hội thảo Phở số');
    expect(await list('?q=techfest')).not.toContain('Hội thảo Phở số');
    expect(await list('?type=workshop&province=48&mode=online')).toContain('Hội thảo Phở số');
    expect(await list('?type=techfest')).not.toContain('Hội thảo Phở số');
    expect(await list('?when=past')).not.toContain('Hội thảo Phở số');
    expect(await list('?sector=ecommerce')).toContain('Hội thảo Phở số');
    expect(await list('?sector=fintech')).not.toContain('Hội thảo Phở số');
    // A bad filter value is ignored, never a 500.
    expect((await visitor.get('/events?when=soon&page=-3&province=x')).status).toBe(200);
    const calendar = await (await visitor.get('/events/calendar?month=2026-12')).text();
    expect(calendar).toContain('Lịch sự kiện tháng 12/2026');
    expect(calendar).toContain('id="day-2026-12-15"');
    expect(await (await visitor.get('/events/calendar?month=2027-01')).text()).toContain(
      'Tháng này chưa có sự kiện nào.',
    );
    expect(await (await visitor.get('/')).text()).toContain('Sự kiện sắp diễn ra');
    expect(await (await visitor.get('/search?q=pho+so')).text()).toContain(
      '/events/hoi-thao-pho-so-chuyen-doi-so-cho-quan-an',
    );
    // Once it is over it is a past event.
    t.setNow(new Date('2026-12-16T03:00:00Z'));
    expect(await list('?when=past')).toContain('Hội thảo Phở số');
    expect(await list('')).not.toContain('Hội thảo Phở số');
    t.setNow(NOW);
  });

  it('duplicates as a draft with its agenda, and makes the next months of a series', async () => {
    const dup = await staff.post(`${STAFF}/${id}/duplicate`);
    expect(dup.status).toBe(303);
    const copyId = idFrom(dup)!;
    expect(copyId).not.toBe(id);
    const copy = await (await staff.get(`${STAFF}/${copyId}`)).text();
    expect(copy).toContain('Bản nháp');
    expect(copy).toContain('13:30-15:00 | Thực hành | Phòng Lab | Lê Hoa');
    expect(await count('events_sessions')).toBe(4);

    // 15/12/2026 is the third Tuesday: the next ones are 19/01 and 16/02/2027.
    const next = await staff.post(`${STAFF}/${id}/occurrences`, { count: '2' });
    expect(next.status).toBe(303);
    expect(await (await staff.get(next.headers.get('location')!)).text()).toContain(
      'Đã tạo 2 kỳ tiếp theo',
    );
    const rows = await t.database.query<{ starts_at: Date; status: string; series_id: string }>(
      `select starts_at, status, series_id from events_events where series_id is not null order by starts_at`,
    );
    expect(rows.map((r) => new Date(r.starts_at).toISOString())).toEqual([
      '2026-12-15T02:00:00.000Z',
      '2027-01-19T02:00:00.000Z',
      '2027-02-16T02:00:00.000Z',
    ]);
    expect(rows.slice(1).every((r) => r.status === 'draft')).toBe(true);
    expect(new Set(rows.map((r) => r.series_id)).size).toBe(1);
    expect((await staff.post(`${STAFF}/${id}/occurrences`, { count: 'ba' })).status).toBe(422);
  });

  it('closes registration and cancels, which the page and its data say', async () => {
    const version = async () => versionIn(await (await staff.get(`${STAFF}/${id}`)).text());
    const close = await staff.post(`${STAFF}/${id}/step`, {
      step: 'closeRegistration',
      version: String(await version()),
    });
    expect(close.status).toBe(303);
    const again = await staff.post(`${STAFF}/${id}/step`, {
      step: 'closeRegistration',
      version: String(await version()),
    });
    expect(again.status).toBe(409);
    const stale = await staff.post(`${STAFF}/${id}/step`, { step: 'cancel', version: '1' });
    expect(stale.status).toBe(409);
    const cancel = await staff.post(`${STAFF}/${id}/step`, {
      step: 'cancel',
      version: String(await version()),
    });
    expect(cancel.status).toBe(303);
    const html = await (
      await visitor.get('/events/hoi-thao-pho-so-chuyen-doi-so-cho-quan-an')
    ).text();
    expect(html).toContain('Sự kiện này đã bị huỷ.');
    expect(jsonLdOf(html).eventStatus).toBe('https://schema.org/EventCancelled');
    const audit = await t.database.query<{ action: string }>(
      `select action from platform_audit_log where entity_id = $1 order by at`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'events.event:create',
        'events.event:publish',
        'events.event:cancel',
      ]),
    );
  });
});
