import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit';
import { wcagViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

describe('back-office pages on a phone', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('meet WCAG 2.1 AA in both languages and never make the page scroll sideways', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      bypassCSP: true,
    });
    const { id } = await signedInContext(portal, context, {
      email: 'quan-tri-vien-co-dia-chi-rat-dai@so-khoa-hoc-cong-nghe.gov.vn',
      name: 'Quản Trị',
      roles: ['admin'],
    });
    const { db } = portal.t.deps.database;
    const actor = { kind: 'anonymous' } as const;
    await recordAudit(
      db,
      { actor },
      {
        action: 'programs.application:submit',
        entityType: 'application',
        entityId: '7b0b7f7e-2f0e-4c55-9a43-0f5b3f0d3c11',
        after: { title: 'Nền tảng truy xuất nguồn gốc nông sản', budget: 1_500_000_000 },
      },
    );
    await portal.t.deps.mail.queue(portal.t.database.db, {
      to: 'nguoi-nhan@startup.vn',
      subject: 'Hồ sơ đã được tiếp nhận',
      text: `Xin chào,\n${'https://innohub.example.gov.vn/verify-email?token='.padEnd(140, 'x')}`,
    });
    const [mail] = await portal.t.database.query<{ id: string }>(
      'select id from platform_mail_outbox limit 1',
    );
    const pages = [
      '/admin',
      '/admin/users',
      `/admin/users/${id}`,
      '/admin/audit',
      '/admin/audit?from=31/02/2026',
      '/admin/outbox',
      `/admin/outbox/${mail!.id}`,
    ];
    const failures: string[] = [];
    for (const lang of ['vi', 'en']) {
      await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(portal.url + path);
        // Open every <details> so their contents are checked too.
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        failures.push(...(await wcagViolations(page)).map((v) => `${lang} ${path} ${v}`));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) failures.push(`${lang} ${path} scrolls sideways by ${overflow}px`);
      }
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});
