// A member's tickets page on a 360 px phone meets WCAG 2.1 AA without sideways scrolling: empty at
// first, then — after they register for the demo's Techfest on its page — with the ticket's code
// and its QR code.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsModule } from '../../src/modules/events';
import { launchBrowser } from '../support/browser';
import { pageProblems } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe("a member's tickets page on a phone", { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await eventsModule.seeds?.demo?.(portal.t.deps);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('is accessible empty, and shows the ticket once the member has registered', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    await signedInContext(portal, context, { email: 've@startup.example', name: 'Vũ Thị Vé' });
    const page = await context.newPage();
    expect((await page.goto(`${portal.url}/events/my-tickets`))?.status()).toBe(200);
    expect(await page.locator('main').textContent()).toContain('Bạn chưa có vé');
    const problems = await pageProblems(page);

    await page.goto(`${portal.url}/events/techfest-da-nang`);
    await page
      .getByRole('radio')
      .filter({ hasNot: page.locator(':disabled') })
      .first()
      .check();
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.waitForLoadState();
    await page.goto(`${portal.url}/events/my-tickets`);
    const code = await page.locator('.ticket-code').textContent();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(await page.getByRole('img', { name: `Mã QR của vé ${code}` }).isVisible()).toBe(true);
    problems.push(...(await pageProblems(page)));
    await context.close();
    expect(problems).toEqual([]);
  });
});
