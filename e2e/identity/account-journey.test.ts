import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';

const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 8_000 });

describe('account journey in Chromium', { timeout: 120_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('registers, follows the mailed verification link, logs in, switches to English and logs out', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(portal.url + '/');
    await page.getByRole('link', { name: 'Đăng ký' }).first().click();

    await page.getByLabel('Họ và tên', { exact: true }).fill('Lý Thị Sáng Tạo');
    await page.getByLabel('E-mail', { exact: true }).fill('sang.tao@example.vn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Hat-dieu-Binh-Phuoc-7');
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await visible(page.getByRole('heading', { name: 'Kiểm tra hộp thư của bạn' }));

    const mail = await portal.mailbox.latestTo('sang.tao@example.vn');
    await page.goto(linkIn(mail, '/verify-email?token='));
    await visible(page.getByRole('heading', { name: 'Đã xác thực e-mail' }));

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await visible(page.getByRole('link', { name: 'Đăng nhập' }));

    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('E-mail', { exact: true }).fill('sang.tao@example.vn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Hat-dieu-Binh-Phuoc-7');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(page.getByRole('link', { name: 'Lý Thị Sáng Tạo' }));

    await page.getByRole('link', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await visible(page.getByRole('heading', { name: 'Innovation portal' }));
    await page.reload();
    await visible(page.getByRole('button', { name: 'Log out' }));

    await page.getByRole('button', { name: 'Log out' }).click();
    await visible(page.getByRole('link', { name: 'Log in' }));
    // The page fits a 360 px phone without sideways scrolling.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('works without JavaScript: a wrong password is explained on the page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(portal.url + '/login');
    await page.getByLabel('E-mail', { exact: true }).fill('nobody@example.vn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Not-the-right-one-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await visible(page.getByText('E-mail hoặc mật khẩu không đúng.'));
    await context.close();
  });
});
