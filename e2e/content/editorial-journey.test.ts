// Issue 12's journeys in Chromium on a phone: an editor imports an official text from Word,
// fixes it and sends it for review; a publisher schedules it; at that time (the injected clock)
// it is on the home page, in the RSS feed and found by the portal's search. Then a visitor
// subscribes to the newsletter, confirms by the mailed link, receives Monday's digest with the
// article and unsubscribes in one click from the digest's link. Every page passes WCAG 2.1 AA
// checks and fits 360 px.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { parseRssFeed } from 'feedsmith';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleJobs } from '../../test/support/jobs';
import { linkIn } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const TITLE = 'Kế hoạch hỗ trợ khởi nghiệp nông nghiệp số năm 2027';
/** Sunday 6 December 2026, 10:00 in Vietnam. */
const SUNDAY = new Date('2026-12-06T03:00:00Z');
/** Tuesday 8 December 2026, 09:00 in Vietnam: when the publisher schedules it. */
const PUBLISH_AT = new Date('2026-12-08T02:00:00Z');
const READER = 'hoa.le@example.vn';

async function officialText(dir: string): Promise<string> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Kế hoạch hỗ trợ khởi nghiệp nông nghiệp',
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph({
            children: [
              new TextRun('Căn cứ '),
              new TextRun({ text: 'Quyết định 188/QĐ-TTg', bold: true }),
            ],
          }),
          new Paragraph({ text: 'Hỗ trợ 30 dự án nông nghiệp số', bullet: { level: 0 } }),
        ],
      },
    ],
  });
  const file = path.join(dir, 'ke-hoach.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

describe('issue 12 journeys in Chromium on a phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const problems: string[] = [];
  const phone = () =>
    browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const check = async (page: Page) => problems.push(...(await pageProblems(page)));

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    portal.t.setNow(SUNDAY);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('import from Word, fix, review, schedule: out at its time on the home page, RSS and search', async () => {
    const editorContext: BrowserContext = await phone();
    await signedInContext(portal, editorContext, {
      email: 'bientap@sokhcn.example',
      name: 'Biên tập viên',
      roles: ['editor'],
    });
    const editor = await editorContext.newPage();
    await editor.goto(`${portal.url}/admin/content`);
    await check(editor);
    const docx = await officialText(mkdtempSync(path.join(tmpdir(), 'content-e2e-')));
    await editor.getByLabel('Tệp Word (.docx)').setInputFiles(docx);
    await editor.getByRole('button', { name: 'Nhập thành bản nháp' }).click();
    await visible(editor.getByText('Đã nhập tệp Word thành bản nháp.'));
    await check(editor);
    // The editor fixes the title and adds a summary and a sector.
    await editor.getByLabel('Tiêu đề (tiếng Việt)').fill(TITLE);
    await editor
      .getByLabel('Tóm tắt (tiếng Việt)')
      .fill('Ba mươi dự án nông nghiệp số được hỗ trợ.');
    await editor.getByLabel('Nông nghiệp công nghệ cao').check();
    await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(editor.getByRole('heading', { level: 1, name: new RegExp(TITLE) }));
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await visible(editor.getByText('Đã gửi duyệt.'));
    const itemUrl = editor.url().replace(/\?.*$/, '');
    await editorContext.close();

    const publisherContext = await phone();
    await signedInContext(portal, publisherContext, {
      email: 'duyet@sokhcn.example',
      name: 'Người duyệt',
      roles: ['publisher'],
    });
    const publisher = await publisherContext.newPage();
    await publisher.goto(itemUrl);
    await publisher.getByLabel('Thời điểm đăng').fill('2026-12-08T09:00');
    await publisher.getByRole('button', { name: 'Lên lịch đăng' }).click();
    await visible(publisher.getByText('Đã lên lịch đăng lúc 08/12/2026 09:00.'));
    await check(publisher);
    await publisherContext.close();

    const visitorContext = await phone();
    const visitor = await visitorContext.newPage();
    await visitor.goto(portal.url);
    expect(await visitor.getByText(TITLE).count()).toBe(0);

    portal.t.setNow(new Date(PUBLISH_AT.getTime() + 60_000));
    await settleJobs(portal.t);
    await visitor.goto(portal.url);
    const onHome = visitor.getByRole('link', { name: TITLE });
    await visible(onHome);
    await check(visitor);
    await onHome.first().click();
    await visible(visitor.getByRole('heading', { level: 1, name: TITLE }));
    await visible(visitor.getByText('Quyết định 188/QĐ-TTg'));
    await check(visitor);

    const rss = parseRssFeed(
      await (await visitor.request.get(`${portal.url}/news/rss.xml`)).text(),
    );
    expect(rss.items?.[0]?.title).toBe(TITLE);

    await visitor.goto(
      `${portal.url}/search?q=${encodeURIComponent('ke hoach khoi nghiep nong nghiep so')}`,
    );
    await visible(visitor.getByRole('link', { name: TITLE }));
    await check(visitor);
    await visitorContext.close();
    expect(problems).toEqual([]);
  });

  it('subscribe, confirm by the mailed link, get the digest, unsubscribe in one click', async () => {
    portal.t.setNow(new Date('2026-12-10T03:00:00Z'));
    const context = await phone();
    const page = await context.newPage();
    // Found from the news list, beside the feeds.
    await page.goto(`${portal.url}/news`);
    await page.getByRole('link', { name: 'Nhận bản tin hằng tuần' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nhận bản tin hằng tuần' }));
    await check(page);
    await page.getByLabel('Địa chỉ thư điện tử').fill(READER);
    await page.getByLabel('Nông nghiệp công nghệ cao').check();
    await page.getByRole('button', { name: 'Đăng ký nhận bản tin' }).click();
    // Without the consent box ticked, the form says so and keeps what was typed.
    await visible(page.getByText('Hãy đánh dấu ô đồng ý để nhận bản tin.'));
    await check(page);
    expect(await page.getByLabel('Địa chỉ thư điện tử').inputValue()).toBe(READER);
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole('button', { name: 'Đăng ký nhận bản tin' }).click();
    await visible(page.getByText('Gần xong!'));

    const confirmation = await portal.mailbox.latestTo(READER);
    await page.goto(linkIn(confirmation, '/newsletter/confirm/'));
    await check(page);
    await page.getByRole('button', { name: 'Xác nhận đăng ký' }).click();
    await visible(page.getByText('Cảm ơn bạn!'));

    portal.t.setNow(new Date('2026-12-14T01:00:00Z'));
    await settleJobs(portal.t);
    const digest = await portal.mailbox.latestTo(READER);
    expect(digest.subject).toBe('Bản tin đổi mới sáng tạo tuần 14/12/2026');
    expect(digest.text).toContain(TITLE);
    expect(digest.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);

    await page.goto(linkIn(digest, '/newsletter/unsubscribe/'));
    await check(page);
    await page.getByRole('button', { name: 'Hủy nhận bản tin' }).click();
    await visible(page.getByText('Bạn đã hủy nhận bản tin.'));
    await check(page);
    await context.close();

    const staffContext = await phone();
    await signedInContext(portal, staffContext, {
      email: 'canbo@sokhcn.example',
      name: 'Cán bộ',
      roles: ['staff'],
    });
    const staff = await staffContext.newPage();
    await staff.goto(`${portal.url}/admin/content/newsletter`);
    await visible(staff.getByText('0 người đang nhận, 0 chờ xác nhận, 1 đã hủy.'));
    await visible(staff.getByRole('rowheader', { name: '14/12/2026' }));
    await check(staff);
    await staffContext.close();
    expect(problems).toEqual([]);
  });
});
