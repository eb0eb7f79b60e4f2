import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taxCodeFromBase } from '../../src/modules/directory/domain/tax-code';
import { wcagViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const visible = (locator: Locator, timeout = 20_000) =>
  locator.first().waitFor({ state: 'visible', timeout });

/** Enough rows that the run is still going when its page first shows. */
function sheet(rows: number, offset: number): Buffer {
  const lines = ['Tên doanh nghiệp;Mã số thuế;Loại hình;Tỉnh/Thành phố;Mã tham chiếu'];
  let base = 20_000_000 + offset * 10_000;
  for (let i = 0; i < rows; i++) {
    let code: string | undefined;
    while (!code) code = taxCodeFromBase(String(base++).padStart(9, '0'));
    lines.push(`Công ty Đổi Mới ${offset}-${i};${code};startup;Quảng Nam;E2E-${offset}-${i}`);
  }
  lines.push(`Dòng hỏng;0100109107;startup;Đà Nẵng;E2E-${offset}-bad`);
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('staff import in Chromium', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`uploads, previews, checks and imports with a progress bar (JavaScript ${
      javaScriptEnabled ? 'on' : 'off'
    })`, async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        javaScriptEnabled,
        bypassCSP: true,
      });
      await signedInContext(portal, context, {
        email: `can-bo-${javaScriptEnabled}@so-khcn.gov.vn`,
        name: 'Cán Bộ',
        roles: ['staff'],
      });
      const page = await context.newPage();
      await page.goto(`${portal.url}/directory/import`);
      await visible(page.getByRole('heading', { name: 'Nhập và xuất danh bạ' }));
      if (javaScriptEnabled) expect(await wcagViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);

      await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
        name: 'danh-sach.csv',
        mimeType: 'text/csv',
        buffer: sheet(1500, javaScriptEnabled ? 1 : 2),
      });
      await page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
      await visible(page.getByRole('heading', { name: 'Nhập tệp danh-sach.csv' }));
      await visible(page.getByRole('table', { name: 'Cách đọc các cột của tệp' }));
      if (javaScriptEnabled) expect(await wcagViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Kiểm tra thử (không lưu gì)' }).click();
      await visible(page.getByRole('heading', { name: 'Kết quả kiểm tra thử (chưa lưu gì)' }));
      await visible(page.getByRole('cell', { name: /Mã số thuế không hợp lệ/ }));

      await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
      // The progress bar shows while it runs; the page then turns into the report by itself
      // (the script's polling with JavaScript, the refresh every 2 s without).
      const progress = page.locator('progress');
      const report = page.getByRole('heading', { name: 'Kết quả nhập' });
      await visible(progress.or(report));
      await visible(report, 60_000);
      await visible(page.getByText('1.500', { exact: true }));
      expect(await page.getByRole('cell', { name: /Mã số thuế không hợp lệ/ }).count()).toBe(1);
      if (javaScriptEnabled) expect(await wcagViolations(page)).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  it('the open-data page meets WCAG 2.1 AA and links its downloads', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${portal.url}/directory/open-data`);
    await visible(page.getByRole('heading', { name: 'Dữ liệu mở: danh bạ hệ sinh thái' }));
    expect(await wcagViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    const csv = await page.request.get(
      `${portal.url}${await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    await context.close();
  });
});
