// Issue 12, item 5 in Chromium on a phone: without JavaScript, staff add a document and an image
// to the media library (a misnamed file refused with its message, an image kept while its
// description is asked for) and edit a description while a colleague saved another (409, both
// shown); with JavaScript, the editor's link panel links an article to the library's document,
// which the published article offers as a download under its own name.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../test/support/images';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const PDF = Buffer.alloc(40 * 1024);
PDF.write('%PDF-1.7\n');
const PHONE = { width: 360, height: 740 };

describe('the media library in Chromium on a phone', { timeout: 240_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  let plain: BrowserContext;
  let documentPage = '';

  const choose = (page: Page, name: string, buffer: Buffer, mimeType: string) =>
    page.getByLabel('Tệp', { exact: true }).setInputFiles({ name, mimeType, buffer });

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    plain = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    await signedInContext(portal, plain, {
      email: 'thu-vien.e2e@sokhcn.example',
      name: 'Biên tập viên',
      roles: ['staff'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('adds a document and an image without JavaScript, refusing a misnamed file', async () => {
    const page = await plain.newPage();
    await page.goto(`${portal.url}/admin/content/media`);
    await choose(page, 'ke-hoach.docx', PDF, 'application/octet-stream');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const summary = page.getByRole('alert');
    await visible(summary.getByRole('link', { name: /là tệp PDF nhưng tên tệp mang đuôi/ }));
    expect(await page.getByLabel('Tệp', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await choose(page, 'Kế hoạch 2026.pdf', PDF, 'application/pdf');
    await page.getByLabel('Mô tả (tiếng Việt)').fill('Kế hoạch hỗ trợ khởi nghiệp 2026');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await visible(page.getByText('Đã thêm vào thư viện.'));
    documentPage = page.url();
    const address = await page.locator('dd code').innerText();
    expect(address).toMatch(/^\/media\/[0-9a-f]{64}\.pdf$/);

    await page.goto(`${portal.url}/admin/content/media`);
    await choose(page, 'Hội chợ.png', Buffer.from(makePng(800, 450)), 'image/png');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await visible(
      page.getByRole('link', { name: 'Hãy mô tả ảnh bằng tiếng Việt (bắt buộc với ảnh).' }),
    );
    await visible(page.getByText('Ảnh đã chọn được giữ lại'));
    // The image is kept: only its description is typed again.
    await page.getByLabel('Mô tả (tiếng Việt)').fill('Gian hàng tại hội chợ công nghệ');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await visible(page.getByText('Đã thêm vào thư viện.'));
    expect(await page.getByRole('img', { name: 'Gian hàng tại hội chợ công nghệ' }).count()).toBe(
      1,
    );

    await page.goto(`${portal.url}/admin/content/media`);
    const table = page.getByRole('table');
    await visible(table.getByRole('rowheader', { name: /Kế hoạch hỗ trợ khởi nghiệp 2026/ }));
    expect(await table.innerText()).toContain('Kế hoạch 2026.pdf');
    expect(await table.innerText()).toContain('800×450');
  });

  it('shows both versions when a colleague saved the description first', async () => {
    const mine = await plain.newPage();
    const theirs = await plain.newPage();
    await mine.goto(`${portal.url}/admin/content/media`);
    await mine.getByRole('link', { name: 'Gian hàng tại hội chợ công nghệ' }).click();
    await theirs.goto(mine.url());
    await theirs.getByLabel('Mô tả (tiếng Việt)').fill('Khách tham quan gian hàng');
    await theirs.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(theirs.getByText('Đã lưu mô tả.'));

    await mine.getByLabel('Mô tả (tiếng Việt)').fill('Sản phẩm trưng bày tại hội chợ');
    const answer = mine.waitForResponse((r) => r.request().method() === 'POST');
    await mine.getByRole('button', { name: 'Lưu', exact: true }).click();
    expect((await answer).status()).toBe(409);
    await visible(mine.getByText('Người khác đã sửa mô tả này'));
    expect(await mine.getByLabel('Mô tả (tiếng Việt)').inputValue()).toBe(
      'Sản phẩm trưng bày tại hội chợ',
    );
    await visible(mine.getByText('Khách tham quan gian hàng'));
    // Saved again knowingly, it lands.
    await mine.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(mine.getByText('Đã lưu mô tả.'));
    expect(await mine.getByLabel('Mô tả (tiếng Việt)').inputValue()).toBe(
      'Sản phẩm trưng bày tại hội chợ',
    );
  });

  it('passes WCAG 2.1 AA checks at 360 px: the library, a refused upload and a file’s page', async () => {
    const checked = await browser.newContext({ viewport: PHONE, bypassCSP: true });
    await checked.addCookies(await plain.cookies());
    const page = await checked.newPage();
    await page.goto(`${portal.url}/admin/content/media`);
    const problems = await pageProblems(page);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await visible(page.getByText('Hãy chọn một ảnh hoặc tài liệu để tải lên.'));
    problems.push(...(await pageProblems(page)));
    await page.goto(documentPage);
    problems.push(...(await pageProblems(page)));
    expect(problems).toEqual([]);
    await checked.close();
  });

  it('links an article to the document from the editor’s link panel; readers download it', async () => {
    const staff = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    await staff.addCookies(await plain.cookies());
    const page = await staff.newPage();
    await page.goto(`${portal.url}/admin/content/new`);
    await page.getByLabel('Tiêu đề (tiếng Việt)').fill('Kế hoạch hỗ trợ năm 2026');
    await page.getByLabel('Địa chỉ trang').fill('ke-hoach-2026');
    await page.getByRole('textbox', { name: 'Nội dung (tiếng Việt)' }).click();
    await page.keyboard.type('Toàn văn: ');
    await page.getByRole('toolbar').first().getByRole('button', { name: 'Liên kết' }).click();
    const panel = page.locator('.rich-body').first();
    await panel
      .getByLabel('Tài liệu trong thư viện')
      .selectOption({ label: 'Kế hoạch hỗ trợ khởi nghiệp 2026 (PDF)' });
    const address = panel.getByLabel('Địa chỉ liên kết (https://…)');
    expect(await address.inputValue()).toMatch(/^\/media\/[0-9a-f]{64}\.pdf$/);
    await panel.getByRole('button', { name: 'Gắn liên kết' }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(page.getByText('Đã lưu bản nháp.'));
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await visible(page.getByText('Đã đăng.'));

    await page.goto(`${portal.url}/news/ke-hoach-2026`);
    const link = page.locator('.rich-text').getByRole('link', {
      name: 'Kế hoạch hỗ trợ khởi nghiệp 2026',
    });
    expect(await link.getAttribute('href')).toMatch(/^\/media\/[0-9a-f]{64}\.pdf$/);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('Kế hoạch 2026.pdf');
    await staff.close();
  });
});
