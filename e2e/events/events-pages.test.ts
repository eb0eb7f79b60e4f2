// The events' pages meet WCAG 2.1 AA (axe-core) on a 360 px phone, in both languages: the list,
// the month calendar, an event's page with its registration form (its optional gender question
// among the fields), and the back-office's list, form, door (check-in) page and the attendance
// figures of an event and of a period (charts by kind, sector, province and gender).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsModule } from '../../src/modules/events';
import { wcagViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PUBLIC_PAGES = [
  '/events',
  '/events?when=past&type=meetup',
  '/events/calendar',
  '/events/techfest-da-nang',
];

describe('events pages meet WCAG 2.1 AA on a phone', { timeout: 240_000 }, () => {
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

  it('public pages, in Vietnamese and English', async () => {
    const failures: string[] = [];
    for (const lang of ['vi', 'en']) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      for (const path of PUBLIC_PAGES) {
        const res = await page.goto(portal.url + path);
        expect(res?.status(), path).toBe(200);
        failures.push(...(await wcagViolations(page)).map((v) => `${lang} ${path} ${v}`));
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('back-office pages', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    await signedInContext(portal, context, {
      email: 'su-kien@example.vn',
      name: 'Cán Bộ',
      roles: ['staff'],
    });
    const page = await context.newPage();
    const [row] = await portal.t.database.query<{ id: string }>(
      "select id from events_events where slug = 'techfest-da-nang'",
    );
    const failures: string[] = [];
    for (const path of [
      '/admin/events',
      '/admin/events/new',
      `/admin/events/${row!.id}`,
      `/admin/events/${row!.id}/check-in?q=an`,
      `/admin/events/${row!.id}/figures`,
      '/admin/events/figures?from=01/01/2026&to=31/12/2026',
    ]) {
      const res = await page.goto(portal.url + path);
      expect(res?.status(), path).toBe(200);
      failures.push(...(await wcagViolations(page)).map((v) => `${path} ${v}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});
