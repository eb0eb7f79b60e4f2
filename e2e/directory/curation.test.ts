import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/modules/directory';
import { ANONYMOUS } from '../../src/platform/authz';
import { linkIn } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe('create → claim → verify, in Chromium on a phone', { timeout: 180_000 }, () => {
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

  const phone = () =>
    browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });

  it('a founder creates a profile, another user claims an unmanaged one, staff approve and verify', async () => {
    // A founder creates the profile of her startup.
    const founderContext = await phone();
    await signedInContext(portal, founderContext, {
      email: 'nha.sang.lap@nongnghiepso.vn',
      name: 'Lê Thị Sáng Lập',
    });
    const founder = await founderContext.newPage();
    await founder.goto(portal.url + '/directory/organizations/new');
    await check(founder);
    // Sent empty: the errors are listed, linked to their fields, and the page stays accessible.
    await founder.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await visible(founder.getByRole('link', { name: 'Vui lòng nhập trường này.' }));
    await check(founder);
    await founder.getByLabel('Tên pháp lý *').fill('Công ty TNHH Nông nghiệp Số Cần Thơ');
    await founder.getByLabel('Tên viết tắt hoặc tên thương mại').fill('Nông nghiệp Số');
    await founder.getByLabel('Đăng ký kinh doanh lần đầu', { exact: true }).fill('15/03/2022');
    await founder.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Thành phố Cần Thơ' });
    await founder.getByLabel('Điện thoại', { exact: true }).fill('0909 123 456');
    await founder.getByLabel('Ai được xem «Điện thoại»').selectOption('members');
    await founder.getByLabel('Vốn đã huy động', { exact: true }).fill('1.500.000.000');
    await founder.getByRole('checkbox', { name: 'Nông nghiệp công nghệ cao' }).check();
    await founder.getByLabel('Giới thiệu (tiếng Việt)').fill('Cảm biến độ mặn cho ruộng lúa.');
    await founder.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await visible(
      founder.getByRole('heading', { name: 'Công ty TNHH Nông nghiệp Số Cần Thơ', level: 1 }),
    );
    await founder.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await visible(founder.getByRole('heading', { name: 'Sửa hồ sơ «Nông nghiệp Số»' }));
    await check(founder);
    await founderContext.close();

    // An incubator that nobody manages yet, imported by staff.
    const seeded = await createOrganization(
      portal.t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      { kind: 'incubator', legalName: 'Vườn ươm Công nghệ Cần Thơ', provinceCode: 'Cần Thơ' },
    );
    expect(seeded.ok).toBe(true);

    // Its director claims it.
    const claimantContext = await phone();
    await signedInContext(portal, claimantContext, {
      email: 'giam.doc@vuonuom.vn',
      name: 'Trần Văn Giám Đốc',
    });
    const claimant = await claimantContext.newPage();
    await claimant.goto(portal.url + '/directory/organizations/vuon-uom-cong-nghe-can-tho');
    await claimant
      .getByRole('link', { name: 'Đây là tổ chức của bạn? Nhận quản lý hồ sơ' })
      .click();
    await check(claimant);
    await claimant
      .getByLabel('Lời nhắn cho cán bộ quản lý')
      .fill('Tôi là giám đốc vườn ươm; e-mail theo tên miền vuonuom.vn.');
    await claimant.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await visible(claimant.getByText('Đã gửi yêu cầu lúc'));

    // Staff approve the claim, then verify the profile.
    const staffContext = await phone();
    await signedInContext(portal, staffContext, {
      email: 'can.bo@sokhcn.example.vn',
      name: 'Cán Bộ Sở',
      roles: ['staff'],
    });
    const staff = await staffContext.newPage();
    await staff.goto(portal.url + '/admin/directory');
    await check(staff);
    await staff.getByRole('link', { name: 'Yêu cầu nhận quản lý đang chờ: 1' }).click();
    await check(staff);
    await staff
      .getByRole('link', { name: 'Xem xét yêu cầu về Vườn ươm Công nghệ Cần Thơ' })
      .click();
    await visible(staff.getByText('Tôi là giám đốc vườn ươm'));
    await check(staff);
    await staff.getByRole('button', { name: 'Duyệt' }).click();
    await visible(staff.getByText('Đã duyệt yêu cầu và gửi e-mail cho người yêu cầu.'));

    await staff.goto(portal.url + '/directory/organizations/vuon-uom-cong-nghe-can-tho');
    await staff.getByRole('button', { name: 'Xác minh' }).click();
    await visible(staff.getByText('Đã xác minh'));
    await check(staff);
    await staff.goto(portal.url + '/admin/directory/duplicates');
    await check(staff);
    await staff.goto(
      portal.url + '/admin/directory/merge?a=nong-nghiep-so&b=vuon-uom-cong-nghe-can-tho',
    );
    await visible(staff.getByRole('heading', { name: 'Gộp hai hồ sơ' }));
    await check(staff);
    await staffContext.close();

    // The director follows the mailed link and may now edit the profile.
    const mail = await portal.mailbox.latestTo('giam.doc@vuonuom.vn');
    expect(mail.subject).toContain('đã được duyệt');
    await claimant.goto(linkIn(mail, '/directory/organizations/vuon-uom-cong-nghe-can-tho/edit'));
    await visible(
      claimant.getByRole('heading', { name: 'Sửa hồ sơ «Vườn ươm Công nghệ Cần Thơ»' }),
    );
    await claimantContext.close();

    expect(failures).toEqual([]);
  });
});
