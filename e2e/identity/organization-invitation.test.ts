import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const visible = (locator: Locator) =>
  locator.first().waitFor({ state: 'visible', timeout: 10_000 });

describe(
  'an administrator invites a member to an organisation, in Chromium',
  { timeout: 120_000 },
  () => {
    let portal: RunningPortal;
    let browser: Browser;
    beforeAll(async () => {
      [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it('creates the organisation, invites by e-mail, and the invitee accepts from the mailed link', async () => {
      const adminContext = await browser.newContext();
      await signedInContext(portal, adminContext, {
        email: 'admin@sokhcn.example.vn',
        name: 'Quản Trị Viên',
        roles: ['admin'],
      });
      const admin = await adminContext.newPage();
      await admin.goto(portal.url + '/account/organizations');
      await admin.getByLabel('Tên tổ chức').fill('Trung tâm Hỗ trợ Khởi nghiệp Đà Nẵng');
      await admin.getByRole('button', { name: 'Tạo tổ chức' }).click();
      await visible(admin.getByRole('heading', { name: 'Trung tâm Hỗ trợ Khởi nghiệp Đà Nẵng' }));
      const orgUrl = admin.url();

      await admin.getByLabel('E-mail', { exact: true }).fill('thanh.vien@example.vn');
      await admin.getByLabel('Vai trò', { exact: true }).selectOption('member');
      await admin.getByRole('button', { name: 'Gửi lời mời' }).click();
      await visible(admin.getByText('Đã gửi lời mời.'));

      const mail = await portal.mailbox.latestTo('thanh.vien@example.vn');
      expect(mail.subject).toContain('Trung tâm Hỗ trợ Khởi nghiệp Đà Nẵng');

      const memberContext = await browser.newContext();
      await signedInContext(portal, memberContext, {
        email: 'thanh.vien@example.vn',
        name: 'Đỗ Thành Viên',
      });
      const member = await memberContext.newPage();
      await member.goto(linkIn(mail, '/invitations/'));
      await member.getByRole('button', { name: 'Chấp nhận' }).click();
      await visible(member.getByRole('heading', { name: 'Trung tâm Hỗ trợ Khởi nghiệp Đà Nẵng' }));

      await admin.goto(orgUrl);
      await visible(admin.getByText('Đỗ Thành Viên'));
      await adminContext.close();
      await memberContext.close();
    });
  },
);
