// The offers' list on a 360 px phone, with pictures: an offer's first picture shows small on its
// card, loaded once scrolled near, described by its alternative text; an offer without pictures
// shows none; the page meets WCAG 2.1 AA and does not scroll sideways.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../test/support/images';
import { managedOrganization } from '../../src/modules/marketplace/testing/fixture';
import { launchBrowser } from '../support/browser';
import { pageProblems } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PICTURED = 'Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ';
const PLAIN = 'Máy sấy hạt điều dùng năng lượng mặt trời';
const ALT = 'Dây chuyền ủ vỏ cà phê tại nhà máy';

describe('offer cards with pictures on a phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    const office = await browser.newContext();
    const { id } = await signedInContext(portal, office, {
      email: 'ttcg@dhtn.example',
      name: 'Phòng Chuyển giao Công nghệ',
    });
    const university = await managedOrganization(
      portal.t,
      'university',
      'Trường Đại học Tây Nguyên',
      [[id, 'owner']],
    );
    const offers = [];
    for (const title of [PLAIN, PICTURED])
      offers.push(
        (
          await portal.t.database.query<{ id: string; version: number }>(
            `insert into marketplace_offers (owner_org_id, owner_kind, status, title, summary,
               sectors, trl, ip_kind, transfer_forms, published_at, expires_at)
             values ($1, 'university', 'published', $2, 'Giảm chi phí xử lý phụ phẩm nông nghiệp.',
               '{agritech}', 6, 'bi_quyet_cong_nghe', '{licence}', now(), now() + interval '1 year')
             returning id, version`,
            [university.id, title],
          )
        )[0]!,
      );
    const pictured = offers[1]!;
    // A wide photo (1,600 × 1,200), the size a phone's camera picture is often cut down to.
    const added = await office.request.post(
      `${portal.url}/marketplace/offers/${pictured.id}/images`,
      {
        headers: { origin: portal.url },
        multipart: {
          version: String(pictured.version),
          image: {
            name: 'day-chuyen.png',
            mimeType: 'image/png',
            buffer: Buffer.from(makePng(1600, 1200)),
          },
          altVi: ALT,
          altEn: '',
        },
        maxRedirects: 0,
      },
    );
    expect(added.status()).toBe(303);
    await office.close();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows the first picture small on its card, none on the other, within the screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    expect((await page.goto(`${portal.url}/marketplace`))?.status()).toBe(200);
    const card = (title: string) =>
      page.locator('li.card', { has: page.getByRole('heading', { name: title }) });
    const picture = card(PICTURED).getByRole('img', { name: ALT });
    await picture.scrollIntoViewIfNeeded();
    // The 240 px WebP variant (the 120 px box on a 2× screen), not the 1,600 px upload.
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(240);
    const box = (await picture.boundingBox())!;
    expect(box.width).toBe(120);
    expect(box.height).toBe(90);
    expect(await card(PLAIN).locator('img').count()).toBe(0);
    const problems = await pageProblems(page);
    await context.close();
    expect(problems).toEqual([]);
  });
});
