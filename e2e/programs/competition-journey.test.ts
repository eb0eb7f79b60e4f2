// A whole competition in the browser, each actor in its own context: staff build a call's form
// and publish it, a startup applies with a PDF, two reviewers score it, staff accept it from the
// ranking, and the startup reads the decision on its status page and in the mail it receives.
// Only what has no page is set up in code: accounts and their sessions, the account
// organisation of the startup and the directory profiles.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/directory';
import { vnDateTimeInputValue } from '../../src/platform/i18n/vn-time';
import { ANONYMOUS } from '../../src/platform/authz';
import { linkIn, type ReceivedMail } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';
import { signedInFounder } from './applicant';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n');
const PROGRAMME = 'Cuộc thi Khởi nghiệp Sông Hàn 2026';
const FOUNDER = { email: 'sang.lap@luaxanh.vn', name: 'Nguyễn Thị Sáng Lập' };
const REVIEWERS = [
  { email: 'chuyen.gia.mot@e2e.vn', name: 'Trần Văn Chuyên Gia', marks: ['8', '7'] },
  { email: 'chuyen.gia.hai@e2e.vn', name: 'Lê Thị Thẩm Định', marks: ['9', '6'] },
];
const NOTE = 'Mời tham dự buổi ký kết ngày 15/12.';

describe('a competition from the call to the decision, in Chromium', { timeout: 180_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const failures: string[] = [];
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** WCAG 2.1 AA and no sideways scrolling, recorded to be asserted once at the end. */
  const check = async (page: Page) => failures.push(...(await pageProblems(page)));
  const desktop = () =>
    browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const phone = () =>
    browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });

  /** The first mail to an address whose subject matches, waiting (bounded) for it. */
  async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = portal.mailbox.messages.find(
        (m) => m.to.includes(address) && subject.test(m.subject),
      );
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${address}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** A founder whose account organisation manages the startup's directory profile. */
  async function founderContext(): Promise<BrowserContext> {
    const context = await phone();
    await signedInFounder(portal, context, FOUNDER, 'Công ty TNHH Lúa Xanh');
    return context;
  }

  /** A reviewer's account with the directory person profile staff add to a pool by address. */
  async function reviewerContext(reviewer: (typeof REVIEWERS)[number]) {
    const context = await desktop();
    const { id } = await signedInContext(portal, context, reviewer);
    const person = await createPerson(
      portal.t.deps.database.db,
      { actor: ANONYMOUS, label: 'e2e' },
      { fullName: reviewer.name, roles: ['expert'] },
      { userId: id },
    );
    if (!person.ok) throw new Error('person');
    return { context, profile: `${portal.url}/directory/people/${person.person.slug}` };
  }

  it('staff publish a call, a startup applies, two reviewers score, staff accept, the startup is told', async () => {
    const staffContext = await desktop();
    const [, founderCtx, ...reviewers] = await Promise.all([
      signedInContext(portal, staffContext, {
        email: 'can.bo@sokhcn.danang.gov.vn',
        name: 'Cán Bộ Sở',
        roles: ['staff'],
      }),
      founderContext(),
      ...REVIEWERS.map(reviewerContext),
    ]);

    // 1. Staff create the programme, publish it, and build the call's form.
    const staff = await staffContext.newPage();
    await staff.goto(portal.url + '/programs');
    await staff.getByRole('link', { name: 'Quản lý chương trình' }).click();
    await staff.getByRole('link', { name: 'Tạo chương trình' }).click();
    await staff
      .getByLabel('Loại chương trình', { exact: true })
      .selectOption({ label: 'Cuộc thi, giải thưởng' });
    await staff.getByLabel('Tên chương trình (tiếng Việt) *').fill(PROGRAMME);
    await staff
      .getByLabel('Tóm tắt (tiếng Việt)')
      .fill('Cuộc thi cho khởi nghiệp đổi mới sáng tạo của thành phố.');
    await check(staff);
    await staff.getByRole('button', { name: 'Lưu', exact: true }).click();
    await visible(staff.getByText('Đã tạo.'));
    await staff.getByRole('button', { name: 'Công bố', exact: true }).click();
    await visible(staff.getByText('Đã công bố chương trình.'));
    await check(staff);

    await staff.getByRole('link', { name: 'Thêm đợt nhận hồ sơ' }).click();
    await staff.getByLabel('Tên đợt (tiếng Việt) *').fill('Đợt 1');
    const now = Date.now();
    await staff
      .getByLabel('Mở nhận hồ sơ lúc *')
      .fill(vnDateTimeInputValue(new Date(now - 3_600_000)));
    await staff.getByLabel('Hạn chót *').fill(vnDateTimeInputValue(new Date(now + 7 * 86_400_000)));
    await staff.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đã công bố' });
    await staff.getByLabel('Tên phần (tiếng Việt) *').fill('Dự án');
    const first = staff.getByRole('group', { name: 'Câu hỏi 1 (q1)', exact: true });
    await first.getByLabel('Câu hỏi (tiếng Việt) *', { exact: true }).fill('Tên dự án');
    await first.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
    await check(staff);
    // The builder's buttons post the page and show it again with the change, nothing saved.
    await staff.getByRole('button', { name: 'Thêm câu hỏi vào phần này' }).click();
    const second = staff.getByRole('group', { name: 'Câu hỏi 2 (q2)', exact: true });
    await second.getByLabel('Loại câu hỏi').selectOption({ label: 'Tệp đính kèm' });
    await second.getByLabel('Câu hỏi (tiếng Việt) *', { exact: true }).fill('Thuyết minh dự án');
    await second.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
    // A file question's settings show once the page comes back; it is refused without a type.
    await staff.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await visible(second.getByRole('group', { name: 'Loại tệp được nhận' }));
    await check(staff);
    await second.getByRole('checkbox', { name: 'PDF', exact: true }).check();
    await staff.getByRole('button', { name: 'Lưu', exact: true }).first().click();
    await visible(staff.getByRole('heading', { name: 'Sửa đợt nhận hồ sơ «Đợt 1»', level: 1 }));
    await visible(staff.getByText('Đã tạo.'));

    // 2. The startup applies with a PDF and sees its receipt.
    const founder = await founderCtx.newPage();
    await founder.goto(portal.url + '/programs');
    await founder.getByRole('link', { name: PROGRAMME }).click();
    await founder.getByRole('link', { name: 'Nộp hồ sơ' }).click();
    await visible(founder.getByText('Đủ điều kiện tham gia đợt này.'));
    await founder.getByRole('button', { name: 'Bắt đầu hồ sơ' }).click();
    await founder.getByLabel('Tên dự án (bắt buộc)').fill('Cảm biến độ mặn cho ruộng lúa');
    await founder.getByLabel('Thuyết minh dự án', { exact: true }).setInputFiles({
      name: 'thuyet-minh.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await check(founder);
    await founder.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const submitted = founder.getByText(/Đã nộp hồ sơ\. Số biên nhận: /);
    await visible(submitted);
    const receipt = /Số biên nhận: ([A-Z0-9]+-\d{4}-\d{6})/.exec(
      (await submitted.textContent()) ?? '',
    )?.[1];
    if (!receipt) throw new Error('no receipt number');
    await visible(founder.getByRole('link', { name: 'thuyet-minh.pdf' }));
    expect((await mailTo(FOUNDER.email, /^Đã nhận hồ sơ/)).subject).toContain(receipt);

    // 3. Staff open a scoring round with a rubric, add both reviewers, assign two per application.
    await staff.getByRole('link', { name: 'Các vòng đánh giá' }).click();
    await visible(staff.getByText('Đợt này chưa có vòng đánh giá nào.'));
    await check(staff);
    await staff.getByLabel('Tên vòng (tiếng Việt)').fill('Vòng chấm hồ sơ');
    await staff.getByLabel('Số chuyên gia chấm mỗi hồ sơ').fill('2');
    await staff
      .getByLabel('Tiêu chí chấm')
      .fill(
        'doi_moi | Tính đổi mới | Innovation | 3 | 0 | 10\n' +
          'thi_truong | Tiềm năng thị trường | Market potential | 2 | 0 | 10',
      );
    await staff.getByRole('button', { name: 'Tạo vòng' }).click();
    await visible(staff.getByText('Đã tạo vòng đánh giá.'));
    for (const [i, reviewer] of REVIEWERS.entries()) {
      await staff.getByRole('textbox', { name: 'Thêm chuyên gia' }).fill(reviewers[i]!.profile);
      await staff.getByRole('button', { name: 'Thêm vào danh sách chấm' }).click();
      await visible(staff.getByRole('cell', { name: reviewer.name }));
    }
    await staff.getByRole('button', { name: 'Phân công tự động (2 chuyên gia mỗi hồ sơ)' }).click();
    await visible(staff.getByText('Đã phân công.'));
    const assigned = staff.getByRole('row').filter({ hasText: receipt });
    for (const reviewer of REVIEWERS) await visible(assigned.getByText(reviewer.name));
    await check(staff);

    // 4. Each reviewer finds the application under "My reviews", scores it and submits.
    await Promise.all(
      REVIEWERS.map(async (reviewer, i) => {
        const page = await reviewers[i]!.context.newPage();
        await page.goto(portal.url + '/programs');
        await page.getByRole('link', { name: 'Hồ sơ tôi chấm' }).click();
        await page.getByRole('link', { name: receipt }).click();
        await visible(page.getByText('Cảm biến độ mặn cho ruộng lúa'));
        const [innovation, market] = reviewer.marks;
        const criterion = (name: RegExp) => page.getByRole('group', { name });
        await criterion(/^Tính đổi mới/)
          .getByLabel('Điểm', { exact: true })
          .fill(innovation!);
        await criterion(/^Tính đổi mới/)
          .getByLabel('Nhận xét', { exact: true })
          .fill('Giải pháp mới cho vùng nhiễm mặn.');
        await criterion(/^Tiềm năng thị trường/)
          .getByLabel('Điểm', { exact: true })
          .fill(market!);
        await page.getByLabel('Nhận xét chung').fill('Nên hỗ trợ.');
        if (i === 0) await check(page);
        await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
        await visible(page.getByText('Đã nộp phiếu chấm.'));
        await page.getByRole('link', { name: 'Hồ sơ tôi chấm' }).click();
        await visible(page.getByRole('row').filter({ hasText: receipt }).getByText('Đã nộp'));
        if (i === 0) await check(page);
        await page.context().close();
      }),
    );

    // 5. Staff read the ranking and accept the application with a note for the startup.
    await staff.reload();
    await visible(staff.getByRole('cell', { name: '1/1', exact: true }));
    expect(await staff.getByRole('cell', { name: '1/1', exact: true }).count()).toBe(2);
    await staff.getByRole('link', { name: 'Xếp hạng' }).click();
    const ranked = staff.getByRole('row').filter({ hasText: receipt });
    await visible(ranked);
    // Rank, receipt, applicant, normalised score (a single sheet each: z = 0), raw mean of
    // 76 and 78 (marks on 0–10, weights 3 and 2, on 0–100) and the number of sheets.
    const cells = (await ranked.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 6)).toEqual(['1', receipt, 'Công ty TNHH Lúa Xanh', '0', '77', '2']);
    await check(staff);
    await ranked.getByLabel('Ghi chú gửi đơn vị').fill(NOTE);
    await ranked.getByRole('button', { name: 'Chọn', exact: true }).click();
    await visible(staff.getByText('Đã ghi nhận.'));
    await visible(staff.getByRole('row').filter({ hasText: receipt }).getByText('Được chọn'));
    await check(staff);
    await staffContext.close();

    // 6. The startup receives the letter and follows it to the decision on its status page.
    const mail = await mailTo(FOUNDER.email, /được chọn/);
    expect(mail.subject).toBe(`Hồ sơ của Công ty TNHH Lúa Xanh được chọn – ${PROGRAMME}`);
    expect(mail.text).toContain(NOTE);
    await founder.goto(linkIn(mail, '/programs/applications/'));
    await visible(founder.getByRole('heading', { name: `Hồ sơ ${receipt}`, level: 1 }));
    const decision = founder.getByRole('region', { name: 'Quyết định' });
    await visible(decision.getByText('Được chọn'));
    await visible(decision.getByText(NOTE));
    await check(founder);
    await founderCtx.close();

    expect(failures).toEqual([]);
  });
});
