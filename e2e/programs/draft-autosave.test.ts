// The application form saves its draft by itself: the founder types, waits, sees "saved", and
// finds the text again after a reload, without pressing a button; the version the autosave gave
// back lets the submission through. Under the portal's real CSP (scripts from 'self' only).
// Then the status page adds a colleague as co-editor.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifiedUser } from '../../src/modules/identity';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { openCall, projectForm, signedInFounder } from './applicant';

const PITCH = 'Giống lúa chịu mặn cho đồng bằng sông Cửu Long, thử nghiệm trên 20 ha.';

describe('the application form saves its draft by itself, on a phone', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let applyPath = '';
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    ({ applyPath } = await openCall(
      portal,
      { programme: 'SpeedUP Đà Nẵng 2026', call: 'Đợt 1' },
      {
        eligibility: {},
        form: projectForm({
          id: 'pitch',
          kind: 'long_text',
          label: { vi: 'Giới thiệu', en: '' },
        }),
      },
    ));
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const stored = async () =>
    (
      await portal.t.database.query<{ version: number; name: string | null; pitch: string | null }>(
        `select version, answers->>'name' as name, answers->>'pitch' as pitch from programs_applications`,
      )
    )[0];
  const saved = (page: Page) => visible(page.getByText(/^Đã lưu nháp lúc \d\d:\d\d\.$/));

  /** WCAG problems of these pages, read in a second context that lets axe in (CSP bypassed). */
  async function problemsOf(context: BrowserContext, urls: string[]) {
    const checking = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    await checking.addCookies(await context.cookies());
    const page = await checking.newPage();
    const problems: string[] = [];
    for (const url of urls) {
      await page.goto(url);
      problems.push(...(await pageProblems(page)));
    }
    await checking.close();
    return problems;
  }

  it('saves what is typed without a button, keeps it over a reload, and submits with the version it got back', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { startup } = await signedInFounder(
      portal,
      context,
      { email: 'tu.luu@e2e.vn', name: 'Người Tự Lưu' },
      'Công ty Lúa Mặn',
    );
    // A colleague, so that the status page offers one to add as co-editor.
    const colleague = await createVerifiedUser(portal.t.deps, {
      name: 'Đồng Nghiệp',
      email: 'dong.nghiep@e2e.vn',
      password: 'E2e-colleague-password-1',
    });
    await portal.t.database.query(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, 'member')`,
      [`${startup.accountOrg}-colleague`, startup.accountOrg, colleague.id],
    );
    const page = await context.newPage();
    // A script refused by the CSP, or failing, shows here.
    const scriptErrors: string[] = [];
    page.on('pageerror', (err) => scriptErrors.push(err.message));
    page.on('console', (m) => {
      if (m.type() === 'error') scriptErrors.push(m.text());
    });
    await page.goto(portal.url + applyPath);
    await page.getByRole('button', { name: 'Bắt đầu hồ sơ' }).click();
    await visible(page.getByText('Bản nháp được tự động lưu khi bạn ngừng gõ.'));

    await page.getByLabel('Giới thiệu').pressSequentially(PITCH);
    await saved(page);
    await page.reload();
    expect(await page.getByLabel('Giới thiệu').inputValue()).toBe(PITCH);

    // Saved again on top of the first save, and submitted without a reload: the form's version
    // moved with each save, so neither is refused as stale.
    await page.getByLabel('Tên dự án (bắt buộc)').fill('Lúa chịu mặn');
    await expect.poll(async () => (await stored())?.name, { timeout: 10_000 }).toBe('Lúa chịu mặn');
    await saved(page);
    expect(await page.locator('input[name="version"]').inputValue()).toBe(
      String((await stored())?.version),
    );
    const editUrl = page.url();
    const statusUrl = editUrl.replace(/\/edit.*$/, '');
    const problems = await problemsOf(context, [editUrl, statusUrl]);
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await visible(page.getByText(/Đã nộp hồ sơ\. Số biên nhận: [A-Z0-9-]+-2026-000001/));
    expect(await stored()).toMatchObject({ name: 'Lúa chịu mặn', pitch: PITCH });
    // The status page (checked above) offers the colleague as co-editor.
    await page
      .getByLabel('Thành viên của tổ chức')
      .selectOption({ label: 'Đồng Nghiệp (dong.nghiep@e2e.vn)' });
    await page.getByRole('button', { name: 'Thêm người cùng soạn' }).click();
    await visible(page.getByText('Đã thêm người cùng soạn; họ đã được báo qua email.'));
    await visible(page.getByRole('button', { name: 'Bỏ Đồng Nghiệp' }));
    await context.close();
    expect(problems).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});
