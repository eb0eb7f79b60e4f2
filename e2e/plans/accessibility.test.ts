// The plans' pages meet WCAG 2.1 AA (axe-core) on a phone: the public headline targets in both
// languages, and the staff pages of the demo plan (tasks, import, targets, register, agencies,
// reports, the quarterly and annual reports' forms, the plan's dashboard — which also fits 360 px
// without scrolling the page sideways).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plansModule } from '../../src/modules/plans';
import { wcagViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe('plans pages meet WCAG 2.1 AA on a phone', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await plansModule.seeds!.demo!(portal.t.deps);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('the public page of headline targets, in both languages', async () => {
    const failures: string[] = [];
    for (const lang of ['vi', 'en']) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      await page.goto(`${portal.url}/plans`);
      failures.push(...(await wcagViolations(page)).map((v) => `${lang} /plans ${v}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('the staff pages', async () => {
    const db = portal.t.database;
    const planId = (await db.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    const taskId = (
      await db.query<{ id: string }>(`select id from plans_tasks where code = '1.1'`)
    )[0]!.id;
    const targetId = (
      await db.query<{ id: string }>(`select id from plans_targets where code = 'CT1'`)
    )[0]!.id;
    const reportId = (
      await db.query<{ id: string }>(`select id from plans_reports where status = 'returned'`)
    )[0]!.id;
    const paths = [
      '/admin/plans',
      `/admin/plans/${planId}`,
      `/admin/plans/${planId}/tasks/new`,
      `/admin/plans/tasks/${taskId}`,
      `/admin/plans/${planId}/import`,
      `/admin/plans/${planId}/targets`,
      `/admin/plans/${planId}/targets/new`,
      `/admin/plans/targets/${targetId}`,
      `/admin/plans/${planId}/reports`,
      `/admin/plans/reports/${reportId}`,
      `/admin/plans/${planId}/quarter-report`,
      `/admin/plans/${planId}/annual-report`,
      `/admin/plans/${planId}/dashboard`,
      '/admin/plans/register',
      '/admin/plans/agencies',
    ];
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    await signedInContext(portal, context, {
      email: 'a11y-plans@example.vn',
      name: 'Kiểm Tra',
      roles: ['staff'],
    });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      const res = await page.goto(portal.url + path);
      expect(res?.status(), path).toBe(200);
      failures.push(...(await wcagViolations(page)).map((v) => `${path} ${v}`));
    }
    await page.goto(`${portal.url}/admin/plans/${planId}/dashboard`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await context.close();
    expect(failures).toEqual([]);
  });
});
