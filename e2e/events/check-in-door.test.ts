// The door on a 360 px phone: staff type a ticket's code and see the person checked in; the same
// code again says when and by whom; nothing overflows the screen. Then a phone whose camera shows
// a ticket's QR code (Chromium's fake camera playing a picture of it) checks it in without
// typing: the page's scanner reads it (BarcodeDetector or the bundled jsQR) and posts it.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsModule } from '../../src/modules/events';
import { ticketCodeOf, ticketQrPng } from '../../src/platform/reservations';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PHONE = { viewport: { width: 360, height: 740 } };

/** Confirmed tickets of the demo Techfest nobody checked in yet: name, code. */
async function openTickets(portal: RunningPortal) {
  const rows = await portal.t.database.query<{ id: string; name: string; ref: string }>(
    `select e.id, r.guest_name as name, r.ticket_ref as ref
       from platform_reservations r
       join platform_reservation_pools p on p.id = r.pool_id
       join events_events e on e.id::text = p.group_key
      where e.slug = 'techfest-da-nang' and r.status = 'confirmed'
        and not exists (select 1 from platform_reservation_checkins c where c.reservation_id = r.id)
      order by r.seq limit 2`,
  );
  const secret = portal.t.deps.config.AUTH_SECRET!;
  return rows.map((r) => ({ eventId: r.id, name: r.name, code: ticketCodeOf(secret, r.ref) }));
}

/** A Y4M video of the code's QR symbol on white, for Chromium's fake camera. */
async function qrVideo(code: string): Promise<string> {
  const side = 320;
  const grey = await sharp(await ticketQrPng(code, 8))
    .greyscale()
    .resize(side, side, { fit: 'contain', background: '#fff' })
    .flatten({ background: '#fff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const luma = grey.data.subarray(0, side * side);
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`);
  const file = join(tmpdir(), `door-qr-${process.pid}.y4m`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  return file;
}

const noticeOf = (page: Page) => page.locator('main [role="alert"], main .alert').first();

describe('the door on a 360 px phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let tickets: Awaited<ReturnType<typeof openTickets>>;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await eventsModule.seeds?.demo?.(portal.t.deps);
    tickets = await openTickets(portal);
    expect(tickets).toHaveLength(2);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('a typed code checks the person in; typed again it says when and by whom', async () => {
    const context = await browser.newContext(PHONE);
    await signedInContext(portal, context, {
      email: 'cua-vao@example.vn',
      name: 'Cán bộ Cửa',
      roles: ['staff'],
    });
    const page = await context.newPage();
    const door = `${portal.url}/admin/events/${tickets[0]!.eventId}/check-in`;
    expect((await page.goto(door))?.status()).toBe(200);
    const { code, name } = tickets[0]!;
    await page.getByLabel('Mã vé').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Điểm danh', exact: true }).click();
    await expect.poll(() => noticeOf(page).textContent()).toBe(`Đã điểm danh: ${name}.`);
    await page.getByLabel('Mã vé').fill(code);
    await page.getByRole('button', { name: 'Điểm danh', exact: true }).click();
    const again = (await noticeOf(page).textContent()) ?? '';
    expect(again).toMatch(new RegExp(`^${name} đã điểm danh lúc \\d{2}:\\d{2} bởi Cán bộ Cửa\\.$`));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await context.close();
  });

  it("the camera reads a ticket's QR code and checks it in without typing", async () => {
    const { code, name, eventId } = tickets[1]!;
    const camera = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${await qrVideo(code)}`,
      ],
    });
    try {
      const context = await camera.newContext({ ...PHONE, permissions: ['camera'] });
      await signedInContext(portal, context, {
        email: 'cua-hai@example.vn',
        name: 'Cán bộ Cửa Hai',
        roles: ['staff'],
      });
      const page = await context.newPage();
      await page.goto(`${portal.url}/admin/events/${eventId}/check-in`);
      await page.getByRole('button', { name: 'Quét mã QR bằng máy ảnh' }).click();
      await expect
        .poll(() => page.locator('#door-camera-status').textContent(), { timeout: 20_000 })
        .toBe(`Đã điểm danh: ${name}.`);
      const [row] = await portal.t.database.query<{ by: string }>(
        `select c.checked_in_by_label as by from platform_reservation_checkins c
           join platform_reservations r on r.id = c.reservation_id
           join platform_reservation_pools p on p.id = r.pool_id
          where r.guest_name = $1 and p.group_key = $2`,
        [name, eventId],
      );
      expect(row?.by).toBe('Cán bộ Cửa Hai');
    } finally {
      await camera.close();
    }
  });
});
