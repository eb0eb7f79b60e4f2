import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentModule } from '../src/modules/content';
import { makePng } from '../test/support/images';
import { wcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { startPortal, type RunningPortal } from './support/server';
import { signedInContext } from './support/sign-in';

const PUBLIC_PAGES = [
  '/',
  '/login',
  '/register',
  '/forgot-password',
  '/directory',
  '/news',
  '/news/khai-mac-techfest-dia-phuong-2026',
  '/pages/gioi-thieu',
  '/legal',
  '/search?q=khoi+nghiep',
  '/legal?q=khoi+nghiep&docType=decision',
  '/legal/188-qd-ttg-sua-doi-bo-sung-mot-so-dieu-cua-quyet-dinh-so-844-qd-ttg-phe-duyet-de',
  '/newsletter',
  '/no-such-page',
];
const ACCOUNT_PAGES = [
  '/account',
  '/account/sessions',
  '/account/two-factor',
  '/account/organizations',
  '/admin',
  '/admin/content',
  '/admin/content/new',
  '/admin/content/legal',
  '/admin/content/legal/new',
  '/admin/content/newsletter',
  '/admin/content/media',
];

/** A demo article's edit page, its versions compared and its preview, and a legal text's form. */
async function contentRecordPages(portal: RunningPortal): Promise<string[]> {
  const [item] = await portal.t.database.query<{ id: string; slug: string; token: string }>(
    `select id, slug, preview_token as token from content_items
     where kind = 'news' order by published_at desc nulls last limit 1`,
  );
  const [legal] = await portal.t.database.query<{ id: string }>(
    'select id from content_legal_documents order by issued_on desc limit 1',
  );
  return [
    `/admin/content/${item!.id}`,
    `/admin/content/${item!.id}/diff?from=1&to=1`,
    `/news/${item!.slug}/preview?token=${item!.token}`,
    `/admin/content/legal/${legal!.id}`,
  ];
}

describe(
  'pages meet WCAG 2.1 AA (axe-core) in both languages, on a phone',
  { timeout: 180_000 },
  () => {
    let portal: RunningPortal;
    let browser: Browser;
    beforeAll(async () => {
      [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
      await contentModule.seeds?.demo?.(portal.t.deps);
    });
    afterAll(async () => {
      await browser?.close();
      await portal?.stop();
    });

    it('the check itself finds a missing label and poor contrast', async () => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.setContent(
        '<html lang="vi"><title>x</title><main><input><p style="color:#bbb;background:#fff">mờ</p></main></html>',
      );
      const violations = await wcagViolations(page);
      await context.close();
      expect(violations.map((v) => v.split(':')[0])).toEqual(
        expect.arrayContaining(['label', 'color-contrast']),
      );
    });

    it('public pages', async () => {
      const failures: string[] = [];
      for (const lang of ['vi', 'en']) {
        const context = await browser.newContext({
          viewport: { width: 360, height: 740 },
          bypassCSP: true,
        });
        await context.addCookies([{ name: 'lang', value: lang, domain: '127.0.0.1', path: '/' }]);
        const page = await context.newPage();
        for (const path of PUBLIC_PAGES) {
          await page.goto(portal.url + path);
          failures.push(...(await wcagViolations(page)).map((v) => `${lang} ${path} ${v}`));
        }
        await context.close();
      }
      expect(failures).toEqual([]);
    });

    it('account and back-office pages', async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        bypassCSP: true,
      });
      await signedInContext(portal, context, {
        email: 'a11y@example.vn',
        name: 'Kiểm Tra',
        roles: ['admin'],
      });
      const page = await context.newPage();
      // An image in the media library, so its list shows a row; its own page is checked too.
      await page.goto(`${portal.url}/admin/content/media`);
      await page.getByLabel('Tệp', { exact: true }).setInputFiles({
        name: 'hoi-cho.png',
        mimeType: 'image/png',
        buffer: Buffer.from(makePng(640, 360)),
      });
      await page.getByLabel('Mô tả (tiếng Việt)').fill('Gian hàng tại hội chợ công nghệ');
      await page.getByRole('button', { name: 'Tải lên' }).click();
      await page.waitForURL(/\/admin\/content\/media\/[0-9a-f]{64}\.png/);
      const mediaFilePage = new URL(page.url()).pathname;
      const failures: string[] = [];
      for (const path of [...ACCOUNT_PAGES, mediaFilePage, ...(await contentRecordPages(portal))]) {
        const res = await page.goto(portal.url + path);
        expect(res?.status(), path).toBe(200);
        failures.push(...(await wcagViolations(page)).map((v) => `${path} ${v}`));
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  },
);
