// The technology exchange in the browser (issue 14, item 11): a university's technology-transfer
// office drafts an offer, sends it for approval and approves it; a small enterprise posts its need
// from a 360 px phone and finds the offer among its suggestions with the reasons; it accepts the
// confidentiality agreement, reads the details and asks for an introduction; the centre's broker
// introduces both sides; the enterprise records the signed contract with its value and both sides
// confirm it; the funnel counts the deal and its value, and the registration dossier (Word) names
// the parties, the contract and its value. Accounts and organisations are set up as other
// journeys do; everything else goes through the pages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managedOrganization } from '../../src/modules/marketplace/testing/fixture';
import type { Role } from '../../src/platform/authz';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

const NOW = new Date('2027-03-02T02:00:00Z');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const OFFER = 'Chế phẩm vi sinh xử lý vỏ cà phê thành phân bón hữu cơ';
const NEED = 'Cần công nghệ xử lý vỏ cà phê thành phân bón hữu cơ';
const ADVANTAGE = 'Ủ nhanh gấp đôi phương pháp truyền thống, không mùi';

const TTO = { email: 'ttcg@dhtn.example', name: 'Lê Văn Chuyển' };
const SME = { email: 'giam-doc@caphe-xanh.example', name: 'Nguyễn Thị Hạnh' };
const BROKER = {
  email: 'moi-gioi@sokhcn.example',
  name: 'Trần Minh Kết',
  roles: ['staff'] as Role[],
};

describe('an offer from listing to a registered deal', { timeout: 400_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const pages = {} as Record<'tto' | 'sme' | 'broker', Page>;

  async function open(
    viewport: typeof PHONE,
    account: { email: string; name: string; roles?: Role[] },
  ) {
    // Axe is injected as a script: the test's browser lets it past the site's CSP.
    const context = await browser.newContext({ viewport, bypassCSP: true, acceptDownloads: true });
    contexts.push(context);
    const { id } = await signedInContext(portal, context, account);
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    return { id, page };
  }
  const check = async (page: Page) => problems.push(...(await pageProblems(page)));

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    portal.t.setNow(NOW);
    const tto = await open(DESKTOP, TTO);
    const sme = await open(PHONE, SME);
    const broker = await open(DESKTOP, BROKER);
    await managedOrganization(portal.t, 'university', 'Trường Đại học Tây Nguyên', [
      [tto.id, 'owner'],
    ]);
    await managedOrganization(portal.t, 'sme', 'Công ty TNHH Cà phê Xanh', [[sme.id, 'owner']]);
    Object.assign(pages, { tto: tto.page, sme: sme.page, broker: broker.page });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await portal?.stop();
  });

  let offerPath = '';
  let introductionPath = '';

  it('the office drafts an offer, sends it for approval and approves it', async () => {
    const page = pages.tto;
    await page.goto(`${portal.url}/marketplace/offers/new`);
    await check(page);
    const field = (label: string) => page.getByLabel(label, { exact: true }).first();
    await field('Tên công nghệ').fill(OFFER);
    await field('Tóm tắt (công khai)').fill(
      'Chủng vi sinh bản địa phân giải vỏ cà phê trong 21 ngày thành phân bón hữu cơ.',
    );
    await field('Vấn đề giải quyết').fill('Vỏ cà phê tồn đọng gây ô nhiễm ở các vùng trồng.');
    await field('Ưu điểm so với giải pháp phổ biến').fill(ADVANTAGE);
    await field('Ứng dụng').fill('Hợp tác xã và doanh nghiệp chế biến cà phê.');
    await page.getByRole('checkbox', { name: 'Nông nghiệp công nghệ cao' }).check();
    await field('Mức độ sẵn sàng công nghệ (TRL)').selectOption('6');
    await page.getByRole('checkbox', { name: /^Li-xăng/ }).check();
    await field('Giá tham khảo (đồng)').fill('450.000.000');
    await field('E-mail liên hệ').fill(TTO.email);
    await page
      .getByRole('group', { name: /Ai được xem/ })
      .getByLabel('Ưu điểm so với giải pháp phổ biến')
      .selectOption('nda');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.waitForURL(/\/marketplace\/offers\/[0-9a-f-]{36}/);
    offerPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByRole('button', { name: 'Duyệt và đăng' }).click();
    await visible(page.getByRole('heading', { level: 1, name: OFFER }));
    await page.goto(`${portal.url}/marketplace`);
    await visible(page.getByRole('link', { name: OFFER }));
  });

  it('the enterprise posts its need on a phone and finds the offer suggested, with reasons', async () => {
    const page = pages.sme;
    await page.goto(`${portal.url}/marketplace/needs/new`);
    const field = (label: string) => page.getByLabel(label, { exact: true }).first();
    await field('Tên nhu cầu').fill(NEED);
    await field('Mô tả ngắn (công khai)').fill(
      'Doanh nghiệp chế biến cà phê cần xử lý 300 tấn vỏ cà phê mỗi năm.',
    );
    await field('Vấn đề giải quyết').fill('Vỏ cà phê chất đống, bốc mùi, tốn chi phí chở đi.');
    await field('Ngân sách từ (đồng)').fill('200.000.000');
    await field('Ngân sách đến (đồng)').fill('800.000.000');
    await field('Cần trong vòng').selectOption({ label: '6 tháng' });
    await page.getByRole('checkbox', { name: 'Nông nghiệp công nghệ cao' }).check();
    await check(page);
    await page.getByRole('button', { name: 'Gửi nhu cầu' }).click();
    await page.waitForURL(/\/marketplace\/needs\/[0-9a-f-]{36}/);
    await check(page);
    await page.getByRole('link', { name: 'Gợi ý phù hợp' }).click();
    const match = page.getByRole('listitem').filter({ hasText: OFFER });
    await visible(match);
    await visible(match.getByText(/Cùng lĩnh vực: Nông nghiệp công nghệ cao/));
    await visible(match.getByText('Giá tham khảo trong ngân sách'));
    await visible(match.getByText(/Từ ngữ chung: .*cà phê/));
    await check(page);
  });

  it('the enterprise accepts the confidentiality agreement, reads the details and asks for an introduction', async () => {
    const page = pages.sme;
    await page.getByRole('link', { name: OFFER }).first().click();
    await page.waitForURL(`**${offerPath}`);
    await visible(page.getByText('Bảo mật — xem được sau khi chấp nhận cam kết bảo mật.'));
    expect(await page.getByText(ADVANTAGE).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Tôi đã đọc và chấp nhận cam kết bảo mật' }).check();
    await page.getByRole('button', { name: 'Chấp nhận và xem chi tiết' }).click();
    await visible(page.getByText(ADVANTAGE));
    await check(page);
    await page.getByRole('link', { name: 'Đề nghị kết nối' }).click();
    await page
      .getByLabel('Thay mặt tổ chức', { exact: true })
      .selectOption({ label: 'Công ty TNHH Cà phê Xanh' });
    await page
      .getByLabel('Lời nhắn', { exact: true })
      .fill('Chúng tôi muốn thử nghiệm chế phẩm tại xưởng Bảo Lộc trong vụ tới.');
    await check(page);
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(/\/marketplace\/introductions\/[0-9a-f-]{36}/);
    introductionPath = new URL(page.url()).pathname;
    await visible(page.getByText('Đã gửi đề nghị kết nối; trung tâm sẽ liên hệ.'));
  });

  it('the broker introduces both sides', async () => {
    const page = pages.broker;
    await page.goto(`${portal.url}/admin/marketplace`);
    await check(page);
    await page.getByRole('link', { name: OFFER }).first().click();
    await page.waitForURL(`**${introductionPath}`);
    await page
      .getByLabel(/Lời giới thiệu/)
      .fill('Xin giới thiệu hai bên; đề nghị hẹn thử nghiệm tại Bảo Lộc.');
    await page.getByRole('button', { name: 'Giới thiệu hai bên' }).click();
    await visible(page.getByText('Đã giới thiệu hai bên; thư đã gửi cho cả hai.'));
  });

  it('the enterprise records the signed contract with its value, confirming it, and the office confirms it', async () => {
    const page = pages.sme;
    await page.goto(`${portal.url}${introductionPath}`);
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Hình thức chuyển giao').selectOption('licence');
    await field('Phạm vi chuyển giao').selectOption('domestic');
    await page
      .getByRole('checkbox', {
        name: 'Hợp đồng sử dụng vốn nhà nước hoặc ngân sách nhà nước',
      })
      .check();
    await field('Giá trị hợp đồng (đồng)').fill('650.000.000');
    await field('Ngày ký').fill('2027-03-01');
    await field('Số hợp đồng').fill('12/2027/HĐCGCN');
    const dir = mkdtempSync(join(tmpdir(), 'hop-dong-'));
    const contract = join(dir, 'hop-dong-da-ky.pdf');
    writeFileSync(contract, '%PDF-1.7\n% hop dong da ky\ntrailer\n%%EOF\n');
    await field('Tệp hợp đồng đã ký').setInputFiles(contract);
    await check(page);
    await page.getByRole('button', { name: 'Ghi nhận giao dịch' }).click();
    await visible(page.getByText('Đã ghi nhận giao dịch.'));
    const deal = page.getByRole('region', { name: 'Giao dịch' });
    const fact = (term: string) =>
      deal
        .locator('dt', { hasText: new RegExp(`^${term}$`) })
        .locator('xpath=following-sibling::dd[1]');
    expect(await fact('Giá trị hợp đồng \\(đồng\\)').innerText()).toContain('650.000.000');
    // Recording it is the enterprise's confirmation; the office's is still to come.
    expect(await fact('Bên nhận công nghệ').innerText()).toBe('Đã xác nhận ngày 02/03/2027');
    expect(await fact('Bên giao công nghệ').innerText()).toBe('Chưa xác nhận');
    await check(page);

    const tto = pages.tto;
    await tto.goto(`${portal.url}${introductionPath}`);
    await tto.getByRole('button', { name: 'Xác nhận giao dịch này' }).click();
    await visible(tto.getByText('Đã xác nhận giao dịch.'));
    await visible(tto.getByText('Cả hai bên đã xác nhận: giao dịch được tính vào số liệu.'));
    await check(tto);
  });

  it('the funnel counts the deal and its value; the registration dossier names it', async () => {
    const page = pages.broker;
    await page.goto(`${portal.url}/admin/marketplace/funnel`);
    await check(page);
    const year = page.getByRole('region', { name: 'Năm 2027' });
    const figure = (term: string) =>
      year
        .locator('dt', { hasText: new RegExp(`^${term}$`) })
        .locator('xpath=following-sibling::dd[1]');
    expect(await figure('Kết nối đã giới thiệu').innerText()).toBe('1');
    expect(await figure('Giao dịch').innerText()).toBe('1');
    expect(await figure('Giá trị giao dịch').innerText()).toContain('650.000.000');

    await page.goto(`${portal.url}${introductionPath}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hồ sơ đề nghị đăng ký (Word)' }).click(),
    ]);
    const { value } = await mammoth.extractRawText({ path: await download.path() });
    const text = value.replace(/\s+/g, ' ');
    for (const fact of [
      'Trường Đại học Tây Nguyên',
      'Công ty TNHH Cà phê Xanh',
      '12/2027/HĐCGCN',
      '650.000.000',
      OFFER,
    ])
      expect(text).toContain(fact);
    expect(problems).toEqual([]);
  });
});
