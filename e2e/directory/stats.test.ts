import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/modules/directory';
import { PROVINCES } from '../../src/modules/directory/domain/provinces';
import { ORGANIZATION_KINDS, SECTORS, STAGES } from '../../src/modules/directory/domain/taxonomy';
import { ANONYMOUS } from '../../src/platform/authz';
import { wcagViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';

describe('the statistics page in Chromium on a phone', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    const db = portal.t.deps.database.db;
    for (let i = 0; i < 60; i++) {
      const r = await createOrganization(
        db,
        { actor: ANONYMOUS, label: 'e2e' },
        {
          kind: ORGANIZATION_KINDS[i % ORGANIZATION_KINDS.length]!,
          legalName: `Tổ chức Thống Kê ${i}`,
          provinceCode: PROVINCES[(i * 7) % PROVINCES.length]!.code,
          sectors: [SECTORS[i % SECTORS.length]!],
          stage: i % 3 === 0 ? undefined : STAGES[i % STAGES.length],
          firstRegisteredOn: `${1990 + (i % 36)}-03-01`,
        },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.fields));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('meets WCAG 2.1 AA in both languages, fits 360 px, and its figures open as tables', async () => {
    const failures: string[] = [];
    for (const lang of ['vi', 'en']) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      await page.goto(`${portal.url}/directory/stats`);
      const charts = page.getByRole('img');
      expect(await charts.count()).toBe(5);
      // Each table of figures opens from its toggle, and its links lead to the filtered list.
      const toggle = page.getByText(
        lang === 'vi' ? 'Xem bảng số liệu' : 'Show the figures as a table',
      );
      for (let i = 0; i < 5; i++) await toggle.nth(i).click();
      const table = page.getByRole('table', { name: lang === 'vi' ? 'Theo loại hình' : 'By kind' });
      await table.waitFor({ state: 'visible' });
      expect(await table.getByRole('row').count()).toBe(ORGANIZATION_KINDS.length + 1);
      failures.push(...(await wcagViolations(page)).map((v) => `${lang} ${v}`));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) failures.push(`${lang} scrolls sideways by ${overflow}px`);
      await table.getByRole('link').first().click();
      await page.waitForURL(/\/directory\?kind=/);
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});
