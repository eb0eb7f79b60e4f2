// A university's technology-transfer office keeps its IP portfolio from a 360 px phone (issue 14,
// item 7): it adds an asset, records a maintenance fee and a licence on the asset's page,
// corrects the fee's amount on its own page, and removes the licence recorded by mistake. Every
// page is accessible (axe) and nothing scrolls sideways.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedOrganization } from '../../src/modules/marketplace/testing/fixture';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const NOW = new Date('2026-12-01T03:00:00Z');
const PHONE = { width: 360, height: 740 };
const ASSET = 'Quy trình sấy lạnh dâu tây giữ màu';

describe('an office keeps its IP portfolio on a phone', { timeout: 300_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let slug = '';
  const problems: string[] = [];
  const check = async () => problems.push(...(await pageProblems(page)));
  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    portal.t.setNow(NOW);
    // Axe is injected as a script: the test's browser lets it past the site's CSP.
    context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    const { id } = await signedInContext(portal, context, {
      email: 'ttcg@dhdl.example',
      name: 'Phạm Thị Sở Hữu',
    });
    slug = (
      await managedOrganization(portal.t, 'university', 'Trường Đại học Đà Lạt', [[id, 'owner']])
    ).slug;
    page = await context.newPage();
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await portal?.stop();
  });

  it('adds an asset with a fee and a licence', async () => {
    await page.goto(`${portal.url}/marketplace/portfolio/${slug}`);
    await check();
    await page.getByRole('link', { name: 'Thêm tài sản' }).click();
    await field('Tên tài sản').fill(ASSET);
    await check();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: ASSET }));

    await field('Khoản phí').fill('Phí duy trì năm thứ 2');
    await field('Hạn nộp').fill('2027-03-10');
    await field('Số tiền (đồng)').first().fill('1.200.000');
    await page.getByRole('button', { name: 'Thêm khoản phí' }).click();
    await field('Bên nhận li-xăng').fill('Công ty TNHH Ghi Nhầm');
    await field('Ngày ký').fill('2026-11-05');
    await page.getByRole('button', { name: 'Thêm hợp đồng li-xăng' }).click();
    await visible(page.getByText('Đã thêm hợp đồng li-xăng.'));
    await check();
  });

  it('corrects the fee on its own page and removes the licence', async () => {
    await page.getByRole('link', { name: 'Sửa: Phí duy trì năm thứ 2' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Sửa khoản phí' }));
    expect(await field('Số tiền (đồng)').inputValue()).toBe('1200000');
    await field('Số tiền (đồng)').fill('-5');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByRole('link', { name: /Số tiền không hợp lệ/ }));
    await check();
    await field('Số tiền (đồng)').fill('1.500.000');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(page.getByText('Đã lưu thay đổi.'));
    const fee = page.getByRole('row', { name: /Phí duy trì năm thứ 2/ });
    expect(await fee.innerText()).toContain('1.500.000');

    await page.getByRole('link', { name: 'Sửa: Công ty TNHH Ghi Nhầm' }).click();
    await check();
    await page.getByRole('button', { name: 'Xoá' }).click();
    await visible(page.getByText('Đã xoá.'));
    expect(await page.getByText('Công ty TNHH Ghi Nhầm').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
