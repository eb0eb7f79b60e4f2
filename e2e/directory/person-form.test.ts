import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe('a member creates and edits their own profile, on a phone', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const failures: string[] = [];
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** WCAG 2.1 AA and no sideways scrolling, recorded to be asserted once at the end. */
  const check = async (page: Page) => failures.push(...(await pageProblems(page)));

  it('fills the form after a refused first try, then finds the Edit link on the profile', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    await signedInContext(portal, context, { email: 'co.van@example.vn', name: 'Đỗ Cố Vấn' });
    const page = await context.newPage();
    await page.goto(portal.url + '/directory/people/new');
    await visible(page.getByRole('heading', { name: 'Tạo hồ sơ cá nhân của bạn', level: 1 }));
    await check(page);

    // Sent with a bad e-mail and no consent: the summary links to each field.
    await page.getByLabel('E-mail', { exact: true }).fill('khong-phai-email');
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await visible(page.getByRole('link', { name: 'Vui lòng nhập trường này.' }));
    await visible(page.getByRole('link', { name: 'Địa chỉ e-mail không hợp lệ.' }));
    await check(page);

    await page.getByLabel('Họ và tên *').fill('Đỗ Thị Cố Vấn');
    await page.getByRole('checkbox', { name: 'Cố vấn' }).check();
    await page.getByLabel('Ngôn ngữ sử dụng').fill('Tiếng Việt, English');
    await page.getByLabel('E-mail', { exact: true }).fill('co.van@example.vn');
    await page.getByLabel('Ai được xem «E-mail»').selectOption('members');
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await visible(page.getByRole('heading', { name: 'Sửa hồ sơ «Đỗ Thị Cố Vấn»' }));
    await visible(page.getByText('Đã tạo hồ sơ.'));
    await check(page);

    await page.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await visible(page.getByRole('heading', { name: 'Đỗ Thị Cố Vấn', level: 1 }));
    await check(page);
    await page.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await page.getByLabel('Chức danh hoặc một dòng giới thiệu').fill('Cố vấn khởi nghiệp');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByText('Đã lưu hồ sơ.'));
    await context.close();

    expect(failures).toEqual([]);
  });
});
