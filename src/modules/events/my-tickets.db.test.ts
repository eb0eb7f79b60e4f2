// A member finds their tickets on their account: each coming event they hold a seat at, with the
// ticket's code and a QR code that reads back to it (the one the door accepts). A waitlisted
// member has no ticket there yet, nobody sees another's ticket, a visitor is sent to log in, and
// an event that is over leaves the list.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { openDoorFixture, PAGE, STAFF, type DoorFixture } from './testing/door-fixture';

const MY_TICKETS = '/events/my-tickets';

async function decode(svg: string): Promise<string | undefined> {
  const file = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
  const { data, info } = await sharp(Buffer.from(file))
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe.each(testEngines)("a member's tickets on their account on %s", (engine) => {
  let f: DoorFixture;
  let anCode = '';
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 1 });
    anCode = await f.register('an', 'Khởi nghiệp');
    // The ticket type is full: Binh waits in line (a waitlist mail carries no code).
    const binh = await f.member('binh');
    const page = await (await binh.get(PAGE)).text();
    const key = /name="key" value="([^"]+)"/.exec(page)![1]!;
    const res = await binh.post(`${PAGE}/register`, {
      ticketTypeId: f.tickets['Khởi nghiệp']!,
      key,
    });
    expect(res.status).toBe(303);
  });
  afterAll(() => f.close());

  it('shows a seat holder the ticket with its code and a QR code that reads back to it', async () => {
    const an = await f.member('an');
    expect(await (await an.get('/account')).text()).toContain(`href="${MY_TICKETS}"`);
    const res = await an.get(MY_TICKETS);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const html = await res.text();
    expect(html).toContain('<a href="/events/techfest-lam-dong-2026">Techfest Lâm Đồng 2026</a>');
    expect(html).toContain('08:00–17:00, 20/12/2026');
    expect(html).toContain(`<strong class="ticket-code">${anCode}</strong>`);
    const svg = /<svg class="ticket-qr"[^]*?<\/svg>/.exec(html)![0];
    expect(await decode(svg)).toBe(anCode);
    const scanned = await f.staff.post(`${STAFF}/${f.eventId}/check-in`, { code: anCode });
    expect(await scanned.text()).toContain('Đã điểm danh: an.');
  });

  it('a waitlisted member has no ticket there, and sees nobody else’s', async () => {
    const html = await (await (await f.member('binh')).get(MY_TICKETS)).text();
    expect(html).toContain('Bạn chưa có vé cho sự kiện nào sắp diễn ra.');
    expect(html).not.toContain('ticket-qr');
    expect(html).not.toContain(anCode);
  });

  it('a visitor is sent to log in and sees no ticket', async () => {
    const res = await new BrowserSession(f.t.app).get(MY_TICKETS);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain(anCode);
  });

  it('an event that is over leaves the list', async () => {
    f.t.setNow(new Date('2026-12-21T03:00:00Z'));
    const html = await (await (await f.member('an')).get(MY_TICKETS)).text();
    expect(html).not.toContain(anCode);
    expect(html).toContain('Bạn chưa có vé cho sự kiện nào sắp diễn ra.');
  });
});
