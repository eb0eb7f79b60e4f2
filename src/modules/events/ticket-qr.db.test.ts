// The ticket's QR code: on the holder's page as an SVG, in the seat's mail as a PNG; both read
// back (by jsQR, an independent decoder) to the signed code the mail prints, which the door
// accepts. Nobody else's page shows it.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { openDoorFixture, PAGE, STAFF, type DoorFixture } from './testing/door-fixture';

async function decode(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe.each(testEngines)('ticket QR codes on %s', (engine) => {
  let f: DoorFixture;
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 5 });
  });
  afterAll(() => f.close());

  it('the seat mail carries the QR code as a PNG that reads back to the printed code', async () => {
    const code = await f.register('an', 'Khởi nghiệp');
    const mail = await f.mailbox.latestTo('an@startup.example');
    expect(mail.text).toContain('Mã QR của vé ở tệp ảnh đính kèm');
    const png = mail.attachments.find((a) => a.contentType.startsWith('image/png'))!;
    expect(png.filename).toBe(`ve-${code}.png`);
    expect(await decode(png.content)).toBe(code);
    // The calendar entry still travels with it.
    expect(mail.attachments.map((a) => a.filename)).toContain('invite.ics');
    const scanned = await f.staff.post(`${STAFF}/${f.eventId}/check-in`, { code });
    expect(await scanned.text()).toContain('Đã điểm danh: an.');
  });

  it("the holder's page shows the QR code as an SVG of the same code; a visitor's does not", async () => {
    const an = await f.member('an');
    const html = await (await an.get(PAGE)).text();
    const svg = /<svg class="ticket-qr"[^]*?<\/svg>/.exec(html)![0];
    const code = /aria-label="Mã QR của vé ([0-9A-Z-]+)"/.exec(svg)![1]!;
    expect(svg).toContain('role="img"');
    const file = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    expect(await decode(Buffer.from(file))).toBe(code);
    const visitor = await (await new BrowserSession(f.t.app).get(PAGE)).text();
    expect(visitor).not.toContain('ticket-qr');
    expect(visitor).not.toContain(code);
  });
});
