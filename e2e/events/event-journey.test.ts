// An event's life in the browser (issue 13, item 9): staff publish a meetup with two ticket types;
// members register in one step and a guest by the mailed link; both types fill and a waitlist
// forms; one member cancels, the first in line — the guest — is mailed a hold and claims it by
// the link; on the day a volunteer on a 360 px phone checks people in by the code typed from
// their ticket mail, and a second scan is refused with when and by whom; afterwards staff see the
// figures and download the signed attendance list (DOCX). Mail goes through the real SMTP test
// server; the day is the portal's injected clock.
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/platform/authz';
import type { ReceivedMail } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

// 10:00 on 1 December 2026 in Vietnam; the meetup is on the 20th, 18:00-20:00.
const NOW = new Date('2026-12-01T03:00:00Z');
const AT_THE_DOOR = new Date('2026-12-20T10:45:00Z'); // 17:45
const AFTERWARDS = new Date('2026-12-20T13:30:00Z'); // 20:30
const SLUG = 'cafe-cong-nghe-thang-12';
const PHONE = { width: 360, height: 740 };

const MEMBERS = {
  an: { email: 'an@startup.example', name: 'Nguyễn Văn An' },
  em: { email: 'em@startup.example', name: 'Hồ Thị Em' },
  binh: { email: 'binh@startup.example', name: 'Trần Thị Bình' },
  dung: { email: 'dung@startup.example', name: 'Phạm Quốc Dũng' },
} as const;
const GUEST = { email: 'chi@khach.example', name: 'Lê Minh Chi' };

describe('an event from publishing to its attendance list', { timeout: 300_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const phone = async (member?: { email: string; name: string; roles?: Role[] }) => {
    // Axe is injected as a script: the test's browser lets it past the site's CSP.
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    contexts.push(context);
    if (member) await signedInContext(portal, context, member);
    return context.newPage();
  };

  /** The first mail to `to` whose text matches (waiting for the outbox to send it). */
  async function mailWith(to: string, pattern: RegExp): Promise<ReceivedMail> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = portal.mailbox.messages.find((m) => m.to.includes(to) && pattern.test(m.text));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${pattern}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const linkOf = (mail: ReceivedMail, path: string) =>
    new RegExp(`https?://\\S+${path}\\S*`).exec(mail.text)![0];
  const ticketCodeIn = async (to: string) =>
    /Mã vé \(xuất trình khi đến\): (\S+)/.exec((await mailWith(to, /Mã vé/)).text)![1]!;

  const openEvent = (page: Page) => page.goto(`${portal.url}/events/${SLUG}`);
  async function register(page: Page, ticket: string) {
    await page.getByRole('radio', { name: new RegExp(`^${ticket}`) }).check();
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  }

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    portal.t.setNow(NOW);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await portal?.stop();
  });

  let eventPath = '';

  it('staff publish a meetup with two ticket types', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await signedInContext(portal, context, {
      email: 'su-kien@sokhcn.example',
      name: 'Phạm Thu Trang',
      roles: ['staff'],
    });
    const staff = await context.newPage();
    await staff.goto(`${portal.url}/admin/events/new`);
    await staff.getByLabel('Loại sự kiện', { exact: true }).selectOption('meetup');
    await staff.getByLabel('Tên sự kiện', { exact: true }).fill('Cà phê công nghệ tháng 12');
    await staff.getByLabel('Địa chỉ trang', { exact: true }).fill(SLUG);
    await staff.getByLabel('Bắt đầu', { exact: true }).fill('2026-12-20T18:00');
    await staff.getByLabel('Kết thúc', { exact: true }).fill('2026-12-20T20:00');
    await staff.getByLabel('Địa chỉ', { exact: true }).fill('31 Trần Phú, Hải Châu, Đà Nẵng');
    await staff.getByRole('button', { name: 'Lưu', exact: true }).click();
    await staff.waitForURL(/\/admin\/events\/[0-9a-f-]{36}/);
    eventPath = new URL(staff.url()).pathname;
    await staff.getByRole('button', { name: 'Công bố', exact: true }).click();
    for (const [name, seats] of [
      ['Khởi nghiệp', '2'],
      ['Phổ thông', '1'],
    ]) {
      await staff.getByLabel('Tên loại vé', { exact: true }).fill(name!);
      await staff.getByLabel('Sức chứa', { exact: true }).fill(seats!);
      await staff.getByRole('button', { name: 'Thêm loại vé' }).click();
      await visible(staff.getByText('Đã thêm loại vé.'));
    }
    const visitor = await phone();
    await visitor.goto(`${portal.url}/events/${SLUG}`);
    await visible(visitor.getByRole('radio', { name: 'Khởi nghiệp — còn 2 chỗ' }));
    await visible(visitor.getByRole('radio', { name: 'Phổ thông — còn 1 chỗ' }));
  });

  const pages: Record<string, Page> = {};

  it('members and a guest register; the event fills and a waitlist forms in arrival order', async () => {
    for (const [key, ticket] of [
      ['an', 'Khởi nghiệp'],
      ['em', 'Khởi nghiệp'],
      ['binh', 'Phổ thông'],
    ] as const) {
      const page = (pages[key] = await phone(MEMBERS[key]));
      await openEvent(page);
      await register(page, ticket);
      await visible(page.getByText('Đăng ký thành công.', { exact: false }));
      expect(await page.locator('.ticket-code').textContent()).toBe(
        await ticketCodeIn(MEMBERS[key].email),
      );
    }
    // The guest gives a name and an address, and confirms by the mailed link.
    const guest = (pages.guest = await phone());
    await openEvent(guest);
    for (const ticket of ['Khởi nghiệp', 'Phổ thông'])
      await visible(
        guest.getByRole('radio', { name: `${ticket} — hết chỗ, đăng ký để vào danh sách chờ` }),
      );
    await guest.getByLabel('Họ và tên', { exact: true }).fill(GUEST.name);
    await guest.getByLabel('Thư điện tử', { exact: true }).fill(GUEST.email);
    await register(guest, 'Phổ thông');
    const confirm = await mailWith(GUEST.email, /\/events\/registrations\/confirm\//);
    await guest.goto(linkOf(confirm, '/events/registrations/confirm/'));
    await guest.getByRole('button', { name: 'Xác nhận đăng ký' }).click();
    await visible(guest.getByText('trước bạn còn 0 người', { exact: false }));
    // A member after her waits behind her.
    const dung = (pages.dung = await phone(MEMBERS.dung));
    await openEvent(dung);
    await register(dung, 'Phổ thông');
    await visible(dung.getByText('trước bạn còn 1 người', { exact: false }));
  });

  it('one cancels; the first in line is mailed a hold and claims it by the link', async () => {
    const binh = pages.binh!;
    await openEvent(binh);
    await binh.getByRole('button', { name: 'Huỷ đăng ký' }).click();
    await visible(binh.getByText('Đã huỷ đăng ký.', { exact: false }));
    const hold = await mailWith(GUEST.email, /\/events\/claim\//);
    const guest = pages.guest!;
    await guest.goto(linkOf(hold, '/events/claim/'));
    await guest.getByRole('button', { name: 'Nhận chỗ' }).click();
    await visible(guest.getByText('Bạn đã nhận chỗ.', { exact: false }));
    // The next one moved up and still waits: nobody overtook her.
    await openEvent(pages.dung!);
    await visible(pages.dung!.getByText('trước bạn còn 0 người', { exact: false }));
  });

  it('on the day, a volunteer on a phone checks people in by typed code; a second scan is refused', async () => {
    portal.t.setNow(AT_THE_DOOR);
    // A staff member at the door (the check-in volunteer role is the door's other way in).
    const door = await phone({
      email: 'tnv@sokhcn.example',
      name: 'Võ Tình Nguyện',
      roles: ['staff'],
    });
    await door.goto(`${portal.url}${eventPath}/check-in`);
    const checkIn = async (code: string) => {
      await door.getByLabel('Mã vé', { exact: true }).fill(code);
      await door.getByRole('button', { name: 'Điểm danh', exact: true }).click();
    };
    await checkIn(await ticketCodeIn(MEMBERS.an.email));
    await visible(door.getByText(`Đã điểm danh: ${MEMBERS.an.name}.`));
    await checkIn(await ticketCodeIn(GUEST.email));
    await visible(door.getByText(`Đã điểm danh: ${GUEST.name}.`));
    await checkIn(await ticketCodeIn(MEMBERS.an.email));
    await visible(door.getByText(`${MEMBERS.an.name} đã điểm danh lúc 17:45 bởi Võ Tình Nguyện.`));
    // The door page is usable on the phone: accessible, nothing scrolls sideways.
    expect(await pageProblems(door)).toEqual([]);
  });

  it('afterwards staff see the figures and download the signed attendance list', async () => {
    portal.t.setNow(AFTERWARDS);
    const staff = await contexts[0]!.newPage();
    await staff.goto(`${portal.url}${eventPath}/attendance`);
    const cells = async (row: string) =>
      await staff
        .getByRole('row', { name: new RegExp(`^${row}`) })
        .getByRole('cell')
        .allTextContents();
    // Registered, confirmed, waitlisted, attended, no-shows.
    expect(await cells('Khởi nghiệp')).toEqual(['2', '2', '0', '1', '1']);
    expect(await cells('Phổ thông')).toEqual(['2', '1', '1', '1', '0']);
    expect(await cells('Tổng cộng')).toEqual(['4', '3', '1', '2', '1']);
    await visible(staff.getByText('2 người đã điểm danh.'));
    await staff.getByLabel('Chức vụ người ký', { exact: true }).fill('Giám đốc');
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: 'Danh sách đại biểu tham dự (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^danh-sach-dai-bieu-.*\.docx$/);
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Phạm Thu Trang');
    expect(text).toContain(MEMBERS.an.name);
    expect(text).toContain(GUEST.name);
    for (const absent of [MEMBERS.em.name, MEMBERS.binh.name, MEMBERS.dung.name, '@'])
      expect(text).not.toContain(absent);
  });
});
