// The pages around an event's follow-up meet WCAG 2.1 AA (axe-core) on a 360 px phone without
// sideways scrolling: an attendee's feedback page (and its error state), a member's private
// calendar page before and after they make an address, and the staff's follow-up page.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsModule } from '../../src/modules/events';
import { FEEDBACK_LINK } from '../../src/modules/events/services/follow-up';
import { signLink } from '../../src/platform/authz/signed-links';
import { launchBrowser } from '../support/browser';
import { pageProblems } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe('follow-up pages meet WCAG 2.1 AA on a phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const phone = () =>
    browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  async function check(context: BrowserContext, paths: string[]) {
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      const res = await page.goto(portal.url + path);
      expect(res?.status(), path).toBe(200);
      problems.push(...(await pageProblems(page)));
    }
    return { page, problems };
  }

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await eventsModule.seeds?.demo?.(portal.t.deps);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('an attendee’s feedback page, also with an error', async () => {
    // An attendee of the demo's Techfest, as a registration leaves them.
    const [registration] = await portal.t.database.query<{ id: string }>(
      `with event as (select id from events_events where slug = 'techfest-da-nang'),
            ticket as (insert into events_ticket_types (event_id, position, name_vi)
                       select id, 99, 'Chung' from event returning id, event_id)
       insert into events_registrations
         (event_id, ticket_type_id, name, email, idempotency_key, manage_token_hash)
       select event_id, id, 'Nguyễn Văn An', 'an@startup.example', 'e2e-feedback', 'e2e-hash'
       from ticket returning id`,
    );
    const secret = portal.t.deps.config.AUTH_SECRET!;
    const path = `/events/feedback/${signLink(secret, FEEDBACK_LINK, registration!.id)}`;
    const context = await phone();
    const { page, problems } = await check(context, [path]);
    // Past the browser's own check of the required rating, as an old phone's browser would be.
    await page.locator('form.stack').evaluate((form: HTMLFormElement) => {
      form.noValidate = true;
    });
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').first().textContent()).toContain('Vui lòng chọn');
    problems.push(...(await pageProblems(page)));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('a member’s private calendar page, with and without an address', async () => {
    const context = await phone();
    await signedInContext(portal, context, { email: 'lich@startup.example', name: 'Lịch' });
    const { page, problems } = await check(context, ['/events/my-calendar']);
    await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
    await page.waitForLoadState();
    expect(await page.locator('code').textContent()).toMatch(/\/events\/my\/.+\.ics$/);
    problems.push(...(await pageProblems(page)));
    await context.close();
    expect(problems).toEqual([]);
  });

  it('the staff’s follow-up page', async () => {
    const context = await phone();
    await signedInContext(portal, context, {
      email: 'su-kien@example.vn',
      name: 'Cán Bộ',
      roles: ['staff'],
    });
    const [event] = await portal.t.database.query<{ id: string }>(
      "select id from events_events where slug = 'techfest-da-nang'",
    );
    const { problems } = await check(context, [`/admin/events/${event!.id}/follow-up`]);
    await context.close();
    expect(problems).toEqual([]);
  });
});
