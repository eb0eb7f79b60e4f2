// Issue 11, items 9 and 10 in the browser, at 360 px and checked with axe: a staff member changes
// their password and cannot take an old one back; a member downloads their data through the
// mailed link and asks for their account to be deleted; staff carry the deletion out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../../test/support/mailbox';
import { settleJobs } from '../../test/support/jobs';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PHONE = { viewport: { width: 360, height: 740 }, bypassCSP: true };
const FIRST_PASSWORD = 'E2e-journey-password-1';

describe('personal-data rights and password history in Chromium', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('a staff member changes the password and cannot go back to the previous one', async () => {
    const context = await browser.newContext(PHONE);
    await signedInContext(portal, context, {
      email: 'desk@e2e-history.example',
      name: 'Cán bộ Một',
      roles: ['staff'],
    });
    const page = await context.newPage();
    await page.goto(portal.url + '/account');
    await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    expect(await pageProblems(page)).toEqual([]);
    await page.getByLabel('Mật khẩu hiện tại').fill(FIRST_PASSWORD);
    await page.getByLabel('Mật khẩu mới').fill('Com-tam-Sai-Gon-42');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await visible(page.getByText('Đã đổi mật khẩu.'));

    await page.getByLabel('Mật khẩu hiện tại').fill('Com-tam-Sai-Gon-42');
    await page.getByLabel('Mật khẩu mới').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await visible(page.getByText(/không được dùng lại 10 mật khẩu gần nhất/).first());
    expect(await pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('a member downloads their data and asks for deletion; staff carry it out', async () => {
    const member = await browser.newContext(PHONE);
    await signedInContext(portal, member, { email: 'an@e2e-data.example', name: 'Hồ Văn An' });
    const page = await member.newPage();
    await page.goto(portal.url + '/account');
    await page.getByRole('link', { name: 'Dữ liệu cá nhân của tôi' }).click();
    expect(await pageProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yêu cầu bản sao dữ liệu' }).click();
    await visible(page.getByText('Đã nhận yêu cầu.', { exact: false }));
    await settleJobs(portal.t);
    const link = linkIn(await portal.mailbox.latestTo('an@e2e-data.example'), '/account/data/');
    const download = await page.request.get(link);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/zip');

    await page.getByRole('link', { name: 'Xoá tài khoản…' }).click();
    await visible(page.getByRole('heading', { name: /Được lưu giữ dưới một bí danh/ }));
    expect(await pageProblems(page)).toEqual([]);
    await page.getByLabel('Mật khẩu hiện tại').fill(FIRST_PASSWORD);
    await page.getByLabel(/Tôi hiểu tài khoản sẽ bị xoá vĩnh viễn/).check();
    await page.getByRole('button', { name: 'Gửi yêu cầu xoá tài khoản' }).click();
    await visible(page.getByText(/Đã nhận yêu cầu xoá tài khoản/));

    const staff = await browser.newContext(PHONE);
    await signedInContext(portal, staff, {
      email: 'dpo@e2e-data.example',
      name: 'Cán bộ Hai',
      roles: ['staff'],
    });
    const desk = await staff.newPage();
    await desk.goto(portal.url + '/admin/data-requests');
    expect(await pageProblems(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Xoá tài khoản: an@e2e-data.example' }).click();
    await visible(desk.getByText(/Đã xoá tài khoản; các bản ghi được giữ lại mang bí danh/));

    await page.goto(portal.url + '/account');
    await visible(page.getByRole('heading', { name: 'Đăng nhập' }));
    await member.close();
    await staff.close();
  });
});
