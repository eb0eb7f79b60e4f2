// An event's page gives its time in Vietnam time, and a reader whose browser keeps another clock
// also sees it in their own zone: a partner in Paris reads the Paris hours under the Vietnam ones;
// a reader in Hanoi or Bangkok (the same clock) sees nothing added; without JavaScript the Vietnam
// time stands alone. The page stays accessible and fits a 360 px phone in each case.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsModule } from '../../src/modules/events';
import { launchBrowser } from '../support/browser';
import { pageProblems } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';

const PHONE = { viewport: { width: 360, height: 740 } };
const SLUG = 'techfest-da-nang';

/** "HH:mm–HH:mm, dd/mm/yyyy" of the event on a zone's clock, as the page writes it. */
function whenIn(zone: string, startsAt: Date, endsAt: Date): string {
  const parts = (d: Date) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(d)
        .map((p) => [p.type, p.value]),
    );
  const [s, e] = [parts(startsAt), parts(endsAt)];
  const day = (p: Record<string, string>) => `${p.day}/${p.month}/${p.year}`;
  return day(s) === day(e)
    ? `${s.hour}:${s.minute}–${e.hour}:${e.minute}, ${day(s)}`
    : `${s.hour}:${s.minute}, ${day(s)} – ${e.hour}:${e.minute}, ${day(e)}`;
}

describe("the viewer's time zone on an event's page", { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let startsAt: Date;
  let endsAt: Date;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await eventsModule.seeds?.demo?.(portal.t.deps);
    const [row] = await portal.t.database.query<{ starts_at: Date; ends_at: Date }>(
      'select starts_at, ends_at from events_events where slug = $1',
      [SLUG],
    );
    [startsAt, endsAt] = [new Date(row!.starts_at), new Date(row!.ends_at)];
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function open(options: BrowserContextOptions, lang = 'vi') {
    // bypassCSP lets the accessibility check inject axe; the page's own script is a file anyway.
    const context = await browser.newContext({ ...PHONE, bypassCSP: true, ...options });
    await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
    const page = await context.newPage();
    await page.goto(`${portal.url}/events/${SLUG}`);
    await page.waitForLoadState('load');
    return { context, page, local: page.locator('[data-local-time]') };
  }

  it('a reader in Paris sees the Paris hours under the Vietnam time', async () => {
    const { context, page, local } = await open({ timezoneId: 'Europe/Paris' });
    await expect.poll(() => local.isVisible()).toBe(true);
    expect(await local.textContent()).toBe(
      `Theo giờ của bạn (Europe/Paris): ${whenIn('Europe/Paris', startsAt, endsAt)}`,
    );
    const vietnam = whenIn('Asia/Ho_Chi_Minh', startsAt, endsAt);
    expect(await page.locator('main').textContent()).toContain(`${vietnam} (giờ Việt Nam)`);
    expect(await pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('in English, for a reader in New York', async () => {
    const { context, local } = await open({ timezoneId: 'America/New_York' }, 'en');
    await expect.poll(() => local.isVisible()).toBe(true);
    expect(await local.textContent()).toBe(
      `In your time zone (America/New_York): ${whenIn('America/New_York', startsAt, endsAt)}`,
    );
    await context.close();
  });

  it('a reader on the Vietnam clock, or without JavaScript, sees the Vietnam time alone', async () => {
    for (const options of [
      { timezoneId: 'Asia/Ho_Chi_Minh' },
      { timezoneId: 'Asia/Bangkok' },
      { timezoneId: 'Europe/Paris', javaScriptEnabled: false },
    ]) {
      const { context, page, local } = await open(options);
      // The script has run (or never will) once the page has loaded.
      expect(await local.isHidden()).toBe(true);
      expect(await local.textContent()).toBe('');
      expect(await page.locator('main').textContent()).toContain('(giờ Việt Nam)');
      await context.close();
    }
  });
});
