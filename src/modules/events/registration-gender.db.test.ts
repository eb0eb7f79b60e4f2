// The optional gender question of registration (issue 13, item 6): asked of members and guests
// alike, with why it is asked tied to the question; nothing chosen for anyone (a member's answer is
// never prefilled) and nothing stored when nothing is chosen; a value the form never offers is a
// field error that stores nothing; the answer is kept with the registration, and a guest's once
// they confirm their e-mail counts in the figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/support/actors';
import type { TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { linkIn, type Mailbox } from '../../../test/support/mailbox';
import { createMember, publishEvent, openCentre, type TestEvent } from './testing/back-office';

const keyIn = (html: string) => /name="key" value="([^"]+)"/.exec(html)![1]!;
const flat = (html: string) => html.replace(/\s+/g, ' ');

describe.each(testEngines)('the gender question of registration on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let staff: BrowserSession;
  let event: TestEvent;

  const stored = () =>
    t.database.query<{ email: string; gender: string | null }>(
      `select email, gender from events_registrations where event_id = $1 order by email`,
      [event.id],
    );

  beforeAll(async () => {
    ({ t, mailbox, staff } = await openCentre(engine));
    event = await publishEvent(staff, {
      slug: 'phu-nu-khoi-nghiep',
      title: 'Phụ nữ khởi nghiệp',
      organizers: 'trung-tam',
      startsAt: '2026-12-12T08:00',
      tickets: [['Chung', 10]],
    });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  it('asks members the question with its purpose, choosing nothing for them', async () => {
    const member = await createMember(t, { email: 'lan@thanhvien.example', name: 'Lan' });
    const html = flat(await (await member.browser.get(event.page)).text());
    expect(html).toContain(
      '<fieldset id="gender" tabindex="-1" class="field" aria-describedby="gender-hint"><legend>Giới tính (không bắt buộc)</legend>',
    );
    expect(html).toContain('<p class="hint" id="gender-hint">Chỉ dùng để thống kê');
    expect(html).toContain('Luật Bảo vệ dữ liệu cá nhân 2025');
    for (const label of ['Nữ', 'Nam', 'Khác', 'Không muốn nêu']) expect(html).toContain(label);
    expect(html).not.toMatch(/name="gender" value="[a-z]+" checked/);
    expect(html).not.toMatch(/name="gender"[^>]*required/);
  });

  it("keeps a member's answer, and stores nothing when nothing is chosen", async () => {
    const lan = await signIn(t, 'lan@thanhvien.example');
    const form = await (await lan.get(event.page)).text();
    const ticketTypeId = event.ticketTypes[0]!;
    const res = await lan.post(`${event.page}/register`, {
      ticketTypeId,
      key: keyIn(form),
      gender: 'female',
    });
    expect(res.status).toBe(303);
    const mai = await createMember(t, { email: 'mai@thanhvien.example', name: 'Mai' });
    const maiForm = await (await mai.browser.get(event.page)).text();
    await mai.browser.post(`${event.page}/register`, { ticketTypeId, key: keyIn(maiForm) });
    expect(await stored()).toEqual([
      { email: 'lan@thanhvien.example', gender: 'female' },
      { email: 'mai@thanhvien.example', gender: null },
    ]);
  });

  it('refuses a value the form never offers, keeping what was typed and storing nothing', async () => {
    const guest = new BrowserSession(t.app);
    const form = await (await guest.get(event.page)).text();
    const res = await guest.post(`${event.page}/register`, {
      ticketTypeId: event.ticketTypes[0]!,
      key: keyIn(form),
      name: 'Hoa',
      email: 'hoa@khach.example',
      gender: 'nu',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('aria-describedby="gender-hint gender-error"');
    expect(html).toContain('<p class="error" id="gender-error">Vui lòng chọn một giá trị');
    expect(html).toContain('value="hoa@khach.example"');
    expect((await stored()).map((r) => r.email)).not.toContain('hoa@khach.example');
  });

  it("keeps a guest's answer and counts it once the e-mail is confirmed", async () => {
    const guest = new BrowserSession(t.app);
    const form = await (await guest.get(event.page)).text();
    expect(form).toContain('aria-describedby="gender-hint"');
    const res = await guest.post(`${event.page}/register`, {
      ticketTypeId: event.ticketTypes[0]!,
      key: keyIn(form),
      name: 'Hoa',
      email: 'hoa@khach.example',
      gender: 'female',
    });
    expect(res.status).toBe(303);
    const path = linkIn(
      await mailbox.latestTo('hoa@khach.example'),
      '/events/registrations/confirm/',
    );
    expect((await guest.post(path)).status).toBe(200);
    expect(await stored()).toContainEqual({ email: 'hoa@khach.example', gender: 'female' });
    const figures = flat(await (await staff.get(`${event.base}/figures`)).text());
    expect(figures).toContain('Số lượng nữ: 2 đăng ký, 0 tham dự.');
  });
});
