// Declining a suggestion and saving a search meet WCAG 2.1 AA (axe-core) on a 360 px phone
// without sideways scrolling, by plain forms: a cooperative's member opens the decline form on a
// suggestion, sends it without a reason (as an old phone's browser would) and reads the error,
// declines it, then saves a search from the offers' list and sees her saved searches; the mail's
// unsubscribe page opens without signing in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedOrganization } from '../../src/modules/marketplace/testing/fixture';
import { UNSUBSCRIBE_LINK } from '../../src/modules/marketplace/services/saved-search-digest';
import { signLink } from '../../src/platform/authz/signed-links';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const DRYER = 'Máy sấy hạt điều dùng năng lượng mặt trời';

describe('declines and saved searches on a phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let needId = '';
  const problems: string[] = [];
  const check = async () => problems.push(...(await pageProblems(page)));

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const { id } = await signedInContext(portal, context, {
      email: 'tv@htx.example',
      name: 'Thành viên HTX',
    });
    const coop = await managedOrganization(portal.t, 'cooperative', 'HTX Điều Bù Đăng', [
      [id, 'owner'],
    ]);
    const maker = await managedOrganization(portal.t, 'sme', 'Công ty Cơ khí Sấy Việt', []);
    const q = (sql: string, params: unknown[]) => portal.t.database.query(sql, params);
    for (const [title, trl] of [
      [DRYER, 7],
      ['Máy sấy nông sản quy mô hộ gia đình', 4],
    ] as const)
      await q(
        `insert into marketplace_offers (owner_org_id, owner_kind, status, title, summary, sectors,
           trl, ip_kind, transfer_forms, published_at, expires_at)
         values ($1, 'sme', 'published', $2, 'Sấy hạt điều đều bằng năng lượng mặt trời.',
           '{agritech}', $3, 'bi_quyet_cong_nghe', '{equipment_sale}', now(), now() + interval '1 year')`,
        [maker.id, title, trl],
      );
    const [need] = await q(
      `insert into marketplace_needs (owner_org_id, owner_kind, title, teaser, problem, timeline,
         sectors, transfer_forms)
       values ($1, 'cooperative', 'Cần máy sấy hạt điều', 'Sấy hạt điều đều, ít tốn củi.',
         'Lò củi sấy không đều.', '6_months', '{agritech}', '{equipment_sale}') returning id`,
      [coop.id],
    );
    needId = (need as { id: string }).id;
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('declines a suggestion by its plain form, error first', async () => {
    await page.goto(`${portal.url}/marketplace/needs/${needId}/matches`);
    await visible(page.getByRole('heading', { name: DRYER }));
    const card = page.locator('li.card', { has: page.getByRole('heading', { name: DRYER }) });
    await card.getByText('Không phù hợp? Từ chối gợi ý này').click();
    await check();
    await card.locator('details form').evaluate((form: HTMLFormElement) => {
      form.noValidate = true;
    });
    await card.getByRole('button', { name: `Từ chối gợi ý: ${DRYER}` }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').first().textContent()).toContain('Chưa từ chối được');
    await check();
    const again = page.locator('li.card', { has: page.getByRole('heading', { name: DRYER }) });
    await again.getByLabel('Còn quá sớm (chưa đủ sẵn sàng)').check();
    await again.getByRole('button', { name: `Từ chối gợi ý: ${DRYER}` }).click();
    await visible(page.getByRole('heading', { name: 'Gợi ý đã từ chối' }));
    expect(await page.getByRole('status').first().textContent()).toContain('Đã từ chối gợi ý');
    await check();
  });

  it('saves a search from the offers’ list and lists it', async () => {
    await page.goto(`${portal.url}/marketplace?q=may+say&sector=agritech`);
    await page.getByLabel('Tên tìm kiếm').fill('Máy sấy cho HTX');
    await check();
    await page.getByRole('button', { name: 'Lưu tìm kiếm' }).click();
    await visible(page.getByRole('heading', { name: 'Máy sấy cho HTX' }));
    await check();
    const [saved] = await portal.t.database.query<{ id: string }>(
      'select id from marketplace_saved_searches',
    );
    const visitor = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    const token = signLink(portal.t.deps.config.AUTH_SECRET!, UNSUBSCRIBE_LINK, saved!.id);
    const anonymous = await visitor.newPage();
    await anonymous.goto(`${portal.url}/marketplace/searches/unsubscribe/${token}`);
    await anonymous.getByRole('button', { name: 'Ngừng nhận thư' }).click();
    await visible(anonymous.getByText('Bạn sẽ không nhận thư báo cho tìm kiếm này nữa.'));
    problems.push(...(await pageProblems(anonymous)));
    expect(problems).toEqual([]);
  });
});
