// The QR images read back, by an independent decoder (jsQR, the door page's fallback), to the
// very code the ticket carries, which the core then accepts as genuine.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ticketQrPng, ticketQrSvg } from './ticket-qr';
import { newTicketRef, readTicketCode, ticketCodeOf } from './tickets';

const SECRET = 'test-secret-test-secret-test-secret-0123';

async function decode(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('ticket QR codes', () => {
  it('the PNG for mail reads back to the signed code, which the core accepts', async () => {
    const ref = newTicketRef();
    const code = ticketCodeOf(SECRET, ref);
    const png = await ticketQrPng(code);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const read = await decode(png);
    expect(read).toBe(code);
    expect(readTicketCode(SECRET, read!)).toBe(ref);
  });

  it('the SVG reads back to the code at the size a page shows it; its title is escaped', async () => {
    const code = ticketCodeOf(SECRET, newTicketRef());
    const svg = ticketQrSvg(code, 'Vé <Techfest> & bạn');
    expect(svg).toContain('<title>Vé &lt;Techfest> &amp; bạn</title>');
    expect(await decode(Buffer.from(svg))).toBe(code);
    // 23 characters in the alphanumeric set: version 2 (25 modules) and the quiet zone of 4.
    expect(svg).toContain('viewBox="0 0 33 33"');
  });

  it('different tickets give different images', async () => {
    const [a, b] = [newTicketRef(), newTicketRef()].map((r) => ticketCodeOf(SECRET, r));
    expect(ticketQrSvg(a!, 't')).not.toBe(ticketQrSvg(b!, 't'));
  });
});
