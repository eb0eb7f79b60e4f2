// A problem's whole life in the browser (issue 15, item 9): an agency officer drafts a problem;
// the centre asks for a change and approves it; a challenge opens; two startups, on 360 px
// phones, accept the agreement and submit; the owner's expert and a council member score; the
// owner reads the evaluation; a winner is announced; a pilot agreement is signed, in a living
// lab, with the problem's indicators; two check-ins report values; the pilot ends adopted with a
// contract value; six months on (the portal's injected clock, the durable follow-up job) the
// owner is asked again by mail and answers; the showcase and the conversion figures show it.
// Only what has no page is set up in code: accounts with their sessions, the account
// organisations that manage the three directory profiles, and the reviewers' person profiles.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../src/modules/directory';
import { managedOrganization } from '../../src/modules/challenges/testing/fixtures';
import { ANONYMOUS, type Role } from '../../src/platform/authz';
import { linkIn, type ReceivedMail } from '../../test/support/mailbox';
import { settleJobs } from '../../test/support/jobs';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext, signInAs } from '../support/sign-in';

// Monday 4 January 2027, 09:00 in Vietnam; solutions are due on the 18th at 17:00.
const NOW = new Date('2027-01-04T02:00:00Z');
const AFTER_DEADLINE = new Date('2027-01-19T02:00:00Z');
const PILOT_SIGNED = new Date('2027-01-25T02:00:00Z');
// The pilot runs 1 February – 14 March with a check-in every two weeks.
const FIRST_CHECK_IN = new Date('2027-02-15T03:00:00Z');
const SECOND_CHECK_IN = new Date('2027-03-01T03:00:00Z');
const PILOT_ENDED = new Date('2027-03-15T03:00:00Z');
const SIX_MONTHS_ON = new Date('2027-09-16T03:00:00Z');

const PROBLEM = 'Người bệnh chờ khám quá lâu ở tuyến huyện';
const CHALLENGE = 'Giảm thời gian chờ khám tại bệnh viện huyện';
const PEOPLE = {
  officer: { email: 'can.bo@soyte.example', name: 'Lê Thị Cán Bộ', roles: ['agency'] as Role[] },
  centre: { email: 'trung.tam@sokhcn.example', name: 'Phạm Trung Tâm', roles: ['staff'] as Role[] },
  expert: { email: 'chuyen.gia@soyte.example', name: 'Bác sĩ Trần Chuyên Gia' },
  council: { email: 'hoi.dong@sokhcn.example', name: 'Nguyễn Hội Đồng' },
  founderA: { email: 'an@xephang.example', name: 'Võ Văn An' },
  founderB: { email: 'binh@hangcho.example', name: 'Đặng Thị Bình' },
};
const LAB = 'Khu khám bệnh ngoại trú — Bệnh viện Đa khoa huyện Đức Trọng';
const STARTUP_A = 'Công ty CP Xếp Hàng Thông Minh';
const STARTUP_B = 'Công ty TNHH Hàng Chờ Số';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

describe('a problem from its draft to the follow-up after adoption', { timeout: 600_000 }, () => {
  let portal: RunningPortal;
  let browser: Browser;
  const contexts: Record<string, BrowserContext> = {};
  const failures: string[] = [];
  let challengePath = '';
  let pilotPath = '';
  const receipts: Record<'a' | 'b', string> = { a: '', b: '' };
  const solutionUrls: Record<'a' | 'b', string> = { a: '', b: '' };

  /** WCAG 2.1 AA and no sideways scrolling, recorded to be asserted at the end. */
  const check = async (page: Page) => failures.push(...(await pageProblems(page)));
  const pageOf = async (who: keyof typeof contexts) => contexts[who]!.newPage();
  const at = async (date: Date) => portal.t.setNow(date);

  async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = portal.mailbox.messages.find(
        (m) => m.to.includes(address) && subject.test(m.subject),
      );
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail "${subject}" to ${address}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    await at(NOW);
    const ids: Record<string, string> = {};
    for (const [who, person] of Object.entries(PEOPLE)) {
      const isPhone = who.startsWith('founder');
      const context = await browser.newContext({
        viewport: isPhone ? PHONE : DESKTOP,
        bypassCSP: true,
      });
      contexts[who] = context;
      ids[who] = (await signedInContext(portal, context, person)).id;
    }
    // The expert works for the department: a member of its account organisation.
    await managedOrganization(
      portal.t,
      { legalName: 'Sở Y tế tỉnh Lâm Đồng', kind: 'government_agency' },
      [ids.officer!, ids.expert!],
    );
    await managedOrganization(portal.t, { legalName: STARTUP_A, kind: 'startup' }, [ids.founderA!]);
    await managedOrganization(portal.t, { legalName: STARTUP_B, kind: 'startup' }, [ids.founderB!]);
  });
  afterAll(async () => {
    for (const context of Object.values(contexts)) await context.close();
    await browser?.close();
    await portal?.stop();
  });

  /** The directory person profile staff add to a review pool by its address. */
  async function reviewerProfile(who: 'expert' | 'council', userId: string) {
    const person = await createPerson(
      portal.t.deps.database.db,
      { actor: ANONYMOUS, label: 'e2e' },
      { fullName: PEOPLE[who].name, roles: ['expert'] },
      { userId },
    );
    if (!person.ok) throw new Error('person');
    return `${portal.url}/directory/people/${person.person.slug}`;
  }

  it('an agency officer drafts a problem; the centre asks for a change, then approves it', async () => {
    const officer = await pageOf('officer');
    await officer.goto(`${portal.url}/challenges/problems`);
    await officer.getByRole('link', { name: 'Đặt bài toán mới' }).click();
    await officer.getByLabel('Tên bài toán').fill(PROBLEM);
    await officer.getByLabel('Lĩnh vực').selectOption({ label: 'Y tế số' });
    await officer
      .getByLabel('Ai đang gặp vấn đề?')
      .fill('Người bệnh ngoại trú ở ba bệnh viện huyện, khoảng 1.200 lượt mỗi ngày.');
    await officer
      .getByLabel('Hiện nay việc này được làm thế nào?')
      .fill('Xếp hàng lấy số từ 5 giờ sáng; gọi tên bằng loa.');
    await officer
      .getByLabel('Bằng chứng và dữ liệu sẵn có')
      .fill('Khảo sát quý 3/2026: chờ trung bình 95 phút.');
    await officer.getByLabel('Chỉ số 1', { exact: true }).fill('Thời gian chờ khám');
    await officer.getByLabel('Đơn vị của chỉ số 1').selectOption({ label: 'phút' });
    await officer.getByLabel('Hiện tại (chỉ số 1)').fill('95');
    await officer.getByLabel('Mục tiêu (chỉ số 1)').fill('30');
    await officer.getByLabel('Thời gian mong muốn').fill('Thử nghiệm trong quý 1 năm 2027.');
    await check(officer);
    await officer.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await visible(officer.getByText('Đã lưu bản nháp bài toán.'));
    await officer.getByRole('button', { name: 'Gửi Trung tâm rà soát' }).click();
    await visible(officer.getByText('Đã gửi bài toán để Trung tâm rà soát.'));
    const problemUrl = officer.url().split('?')[0]!;

    const centre = await pageOf('centre');
    await centre.goto(`${portal.url}/admin/challenges`);
    await centre.getByRole('link', { name: PROBLEM }).click();
    await centre
      .getByLabel('Nội dung cần chỉnh sửa')
      .fill('Xin bổ sung chỉ số về mức hài lòng của người bệnh.');
    await check(centre);
    await centre.getByRole('button', { name: 'Yêu cầu chỉnh sửa' }).click();
    await visible(centre.getByText('Đã gửi yêu cầu chỉnh sửa cho đơn vị đặt hàng.'));

    await officer.goto(problemUrl);
    await visible(officer.getByText('Xin bổ sung chỉ số về mức hài lòng của người bệnh.'));
    await officer.getByLabel('Chỉ số 2', { exact: true }).fill('Người bệnh hài lòng');
    await officer.getByLabel('Đơn vị của chỉ số 2').selectOption({ label: '%' });
    await officer.getByLabel('Hiện tại (chỉ số 2)').fill('60');
    await officer.getByLabel('Mục tiêu (chỉ số 2)').fill('90');
    await officer.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await visible(officer.getByText('Đã lưu thay đổi.'));
    await officer.getByRole('button', { name: 'Gửi Trung tâm rà soát' }).click();
    await visible(officer.getByText('Đã gửi bài toán để Trung tâm rà soát.'));
    await check(officer);

    await centre.reload();
    await centre.getByRole('button', { name: 'Phê duyệt bài toán' }).click();
    await visible(centre.getByText('Đã phê duyệt bài toán.'));
    await officer.close();
    await centre.close();
  });

  it('the centre publishes the challenge and opens its call for solutions', async () => {
    const centre = await pageOf('centre');
    await centre.goto(`${portal.url}/admin/challenges`);
    await centre.getByRole('link', { name: PROBLEM }).click();
    await centre.getByRole('link', { name: 'Công bố thách thức từ bài toán này' }).click();
    await centre.getByLabel('Tên thách thức').fill(CHALLENGE);
    await centre
      .getByLabel('Tóm tắt')
      .fill('Giải pháp đặt lịch và điều phối người bệnh cho bệnh viện huyện.');
    await centre.getByLabel('Loại phần thưởng 1').selectOption({ label: 'Thử nghiệm' });
    await centre.getByLabel('Mô tả phần thưởng 1').fill('Thử nghiệm 6 tuần tại bệnh viện huyện');
    await centre.getByLabel('Mở nhận giải pháp').fill('2027-01-04T08:00');
    await centre.getByLabel('Hạn nộp giải pháp').fill('2027-01-18T17:00');
    await check(centre);
    await centre.getByRole('button', { name: 'Công bố thách thức' }).click();
    await visible(centre.getByText('Đã công bố thách thức.'));
    challengePath = new URL(centre.url()).pathname;
    await centre
      .getByRole('button', { name: 'Mở đợt nhận giải pháp (chương trình và đợt tuyển chọn)' })
      .click();
    await visible(centre.getByRole('heading', { name: CHALLENGE, level: 1 }));
    await check(centre);
    await centre.close();
  });

  it('two startups accept the agreement and submit their solutions on a phone', async () => {
    const solutions = [
      { who: 'founderA', key: 'a', org: STARTUP_A, name: 'Đặt lịch khám qua Zalo' },
      { who: 'founderB', key: 'b', org: STARTUP_B, name: 'Ki-ốt lấy số tự động' },
    ] as const;
    for (const s of solutions) {
      const page = await pageOf(s.who);
      await page.goto(`${portal.url}/challenges`);
      await page.getByRole('link', { name: CHALLENGE }).click();
      if (s.key === 'a') await check(page);
      await page.getByRole('button', { name: `Chấp thuận thoả thuận thay mặt ${s.org}` }).click();
      await visible(page.getByText('Đã ghi nhận việc chấp thuận thoả thuận.'));
      await page.getByRole('link', { name: 'Đề xuất giải pháp' }).click();
      await page.getByRole('button', { name: 'Bắt đầu hồ sơ' }).click();
      await page.getByLabel(/^Tên giải pháp/).fill(s.name);
      await page.getByLabel(/^Mô tả giải pháp/).fill(`${s.name}: người bệnh chọn giờ khám.`);
      await page
        .getByLabel(/^Giải pháp cải thiện các chỉ số/)
        .fill('Rút thời gian chờ xuống dưới 30 phút.');
      await page.getByLabel(/^Chi phí thử nghiệm/).fill('150.000.000');
      await page
        .getByRole('group', { name: 'Thành viên 1' })
        .getByLabel('Họ và tên')
        .fill(PEOPLE[s.who].name);
      if (s.key === 'a') await check(page);
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      const submitted = page.getByText(/Đã nộp hồ sơ\. Số biên nhận: /);
      await visible(submitted);
      receipts[s.key] = /Số biên nhận: ([A-Z0-9]+-\d{4}-\d{6})/.exec(
        (await submitted.textContent()) ?? '',
      )![1]!;
      solutionUrls[s.key] = page.url();
      if (s.key === 'a') await check(page);
      await page.close();
    }
    expect(receipts.a).not.toBe(receipts.b);
    // Neither solver can open the other's solution.
    expect(solutionUrls.a).toContain('/programs/applications/');
    const b = await pageOf('founderB');
    expect((await b.goto(solutionUrls.a))?.status()).toBe(404);
    await b.close();
  });

  it('the owner’s expert and a council member score; the owner reads the evaluation', async () => {
    const db = portal.t.database;
    const userId = async (email: string) =>
      (
        await db.query<{ id: string }>('select id from identity_users where email = $1', [email])
      )[0]!.id;
    const profiles = [
      await reviewerProfile('expert', await userId(PEOPLE.expert.email)),
      await reviewerProfile('council', await userId(PEOPLE.council.email)),
    ];
    const centre = await pageOf('centre');
    await centre.goto(`${portal.url}/admin/programs`);
    // The challenge's programme, its one call, then the call's review rounds.
    await centre.getByRole('link', { name: CHALLENGE }).first().click();
    await centre.getByRole('link', { name: 'Sửa chương trình' }).click();
    await centre.locator('a[href$="/edit"]', { hasText: CHALLENGE }).click();
    await centre.getByRole('link', { name: 'Các vòng đánh giá' }).click();
    await centre.getByLabel('Tên vòng (tiếng Việt)').fill('Vòng chấm giải pháp');
    await centre.getByLabel('Số chuyên gia chấm mỗi hồ sơ').fill('2');
    await centre
      .getByLabel('Tiêu chí chấm')
      .fill(
        'phu_hop | Mức độ phù hợp | Relevance | 2 | 0 | 10\n' +
          'kha_thi | Tính khả thi | Feasibility | 1 | 0 | 10',
      );
    await centre.getByRole('button', { name: 'Tạo vòng' }).click();
    await visible(centre.getByText('Đã tạo vòng đánh giá.'));
    for (const [i, profile] of profiles.entries()) {
      await centre.getByRole('textbox', { name: 'Thêm chuyên gia' }).fill(profile);
      await centre.getByRole('button', { name: 'Thêm vào danh sách chấm' }).click();
      const name = i === 0 ? PEOPLE.expert.name : PEOPLE.council.name;
      await visible(centre.getByRole('cell', { name }));
    }
    await centre
      .getByRole('button', { name: 'Phân công tự động (2 chuyên gia mỗi hồ sơ)' })
      .click();
    await visible(centre.getByText('Đã phân công.'));
    await check(centre);
    const roundUrl = centre.url();

    // Marks per receipt: [relevance, feasibility]; A comes out ahead with both reviewers.
    const marks = {
      expert: { a: ['9', '8'], b: ['6', '7'] },
      council: { a: ['8', '8'], b: ['5', '6'] },
    } as const;
    for (const who of ['expert', 'council'] as const) {
      const page = await pageOf(who);
      for (const key of ['a', 'b'] as const) {
        await page.goto(`${portal.url}/programs`);
        await page.getByRole('link', { name: 'Hồ sơ tôi chấm' }).click();
        await page.getByRole('link', { name: receipts[key] }).click();
        const [relevance, feasibility] = marks[who][key];
        const criterion = (name: RegExp) => page.getByRole('group', { name });
        await criterion(/^Mức độ phù hợp/)
          .getByLabel('Điểm', { exact: true })
          .fill(relevance);
        await criterion(/^Mức độ phù hợp/)
          .getByLabel('Nhận xét', { exact: true })
          .fill(`${who === 'expert' ? 'Chuyên gia Sở' : 'Hội đồng'}: sát với bài toán.`);
        await criterion(/^Tính khả thi/)
          .getByLabel('Điểm', { exact: true })
          .fill(feasibility);
        await page.getByLabel('Nhận xét chung').fill(`Nhận xét chung về ${receipts[key]}.`);
        await page.getByRole('button', { name: 'Nộp phiếu chấm' }).click();
        await visible(page.getByText('Đã nộp phiếu chấm.'));
      }
      await page.close();
    }

    // The owner sees each criterion's mean and the reviewers' words, not yet a rank.
    const officer = await pageOf('officer');
    await officer.goto(portal.url + challengePath);
    await officer.getByRole('link', { name: 'Kết quả đánh giá các giải pháp' }).click();
    const rowA = officer.getByRole('row').filter({ hasText: receipts.a });
    expect((await rowA.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
      STARTUP_A,
      '8,5',
      '8',
      '2',
    ]);
    await visible(officer.getByText('Chuyên gia Sở: sát với bài toán.'));
    await visible(officer.getByText('Kết quả chưa công bố'));
    expect(await officer.getByRole('columnheader', { name: 'Hạng' }).count()).toBe(0);
    await check(officer);
    await officer.close();

    // Solvers have no such page.
    const solver = await pageOf('founderB');
    const refused = await solver.goto(`${portal.url}${challengePath}/evaluation`);
    expect(refused?.status()).toBe(404);
    await solver.close();

    // After the deadline the centre decides from the ranking and announces the results.
    await at(AFTER_DEADLINE);
    await centre.goto(roundUrl);
    await centre.getByRole('link', { name: 'Xếp hạng' }).click();
    const first = centre.getByRole('row').filter({ hasText: receipts.a });
    await first.getByRole('button', { name: 'Chọn', exact: true }).click();
    await visible(centre.getByText('Đã ghi nhận.'));
    const second = centre.getByRole('row').filter({ hasText: receipts.b });
    await second.getByLabel('Ghi chú gửi đơn vị').fill('Chi phí ki-ốt vượt ngân sách thử nghiệm.');
    await second.getByRole('button', { name: 'Không chọn', exact: true }).click();
    await visible(centre.getByText('Đã ghi nhận.'));
    await centre.goto(portal.url + challengePath);
    await centre.getByRole('button', { name: 'Công bố kết quả' }).click();
    await visible(centre.getByText('Đã công bố kết quả'));
    await visible(
      centre.getByRole('region', { name: 'Kết quả' }).getByText(STARTUP_A, { exact: false }),
    );
    await check(centre);
    await centre.close();
  });

  it('the winner and the other solver are told; the owner sees the ranking with decisions', async () => {
    const toB = await mailTo(PEOPLE.founderB.email, /^Kết quả xét chọn/);
    expect(toB.text).toContain('Chi phí ki-ốt vượt ngân sách thử nghiệm.');
    expect(toB.text).not.toContain(STARTUP_A);
    const officer = await pageOf('officer');
    await officer.goto(`${portal.url}${challengePath}/evaluation`);
    const rowA = officer.getByRole('row').filter({ hasText: receipts.a });
    const cells = (await rowA.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells[0]).toBe('1');
    expect(cells.at(-1)).toBe('Được chọn');
    const rowB = officer.getByRole('row').filter({ hasText: receipts.b });
    expect((await rowB.getByRole('cell').allTextContents()).at(-1)?.trim()).toBe('Không được chọn');
    await check(officer);
    await officer.close();
  });

  it('the centre signs a pilot agreement with the winner, with the problem’s indicators', async () => {
    await at(PILOT_SIGNED);
    const centre = await pageOf('centre');
    // The district hospital's outpatient area joins the living-lab register first.
    await centre.goto(`${portal.url}/challenges/labs`);
    await centre.getByLabel('Tên', { exact: true }).fill(LAB);
    await centre
      .getByLabel('Địa chỉ', { exact: true })
      .fill('Thị trấn Liên Nghĩa, huyện Đức Trọng');
    await centre.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Y tế số' });
    await centre.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await visible(centre.getByText('Đã thêm phòng thí nghiệm sống.'));
    await check(centre);
    await centre.goto(portal.url + challengePath);
    await centre.getByRole('link', { name: 'Các thử nghiệm' }).click();
    await centre.getByLabel('Bên giải quyết').selectOption({ label: STARTUP_A });
    await centre
      .getByLabel('Phạm vi thử nghiệm')
      .fill('Đặt lịch khám qua Zalo cho khoa khám bệnh của bệnh viện huyện.');
    await centre.getByLabel('Phòng thí nghiệm sống (living lab)').selectOption({ label: LAB });
    await centre.getByLabel('Địa điểm').fill('Khoa khám bệnh, tầng 1');
    await centre.getByLabel('Ngày bắt đầu').fill('2027-02-01');
    await centre.getByLabel('Ngày kết thúc').fill('2027-03-14');
    await centre.getByLabel('Báo cáo định kỳ (số tuần)').fill('2');
    await centre.getByLabel('Kinh phí (đồng)').fill('150.000.000');
    await centre.getByLabel('Phần kinh phí của bên đặt bài toán (%)').fill('60');
    await check(centre);
    await centre.getByRole('button', { name: 'Ghi nhận thoả thuận' }).click();
    await visible(centre.getByText('Đã ghi nhận thoả thuận thử nghiệm.'));
    await visible(centre.getByText('Thời gian chờ khám'));
    await visible(centre.getByText('Người bệnh hài lòng'));
    await visible(centre.getByText(LAB));
    pilotPath = new URL(centre.url()).pathname;
    await check(centre);
    await centre.close();
  });

  it('both sides report two check-ins', async () => {
    const reports = [
      { when: FIRST_CHECK_IN, n: 1, values: { owner: ['70', '72'], solver: ['68', '75'] } },
      { when: SECOND_CHECK_IN, n: 2, values: { owner: ['40', '85'], solver: ['38', '88'] } },
    ];
    for (const report of reports) {
      await at(report.when);
      for (const [who, side] of [
        ['officer', 'owner'],
        ['founderA', 'solver'],
      ] as const) {
        const page = await pageOf(who);
        await page.goto(portal.url + pilotPath);
        const heading =
          side === 'owner'
            ? `Báo cáo kỳ ${report.n} của bên đặt bài toán`
            : `Báo cáo kỳ ${report.n} của bên giải quyết`;
        const form = page
          .locator('form')
          .filter({ has: page.getByRole('heading', { name: heading }) });
        const [wait, satisfied] = report.values[side];
        await form.getByLabel('Thời gian chờ khám (phút)').fill(wait!);
        await form.getByLabel('Người bệnh hài lòng (%)').fill(satisfied!);
        if (report.n === 1 && side === 'solver') await check(page);
        await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
        await visible(page.getByText('Đã gửi báo cáo kỳ này.'));
        await page.close();
      }
    }
  });

  it('the pilot ends adopted with a contract value', async () => {
    await at(PILOT_ENDED);
    const centre = await pageOf('centre');
    await centre.goto(portal.url + pilotPath);
    await centre.getByLabel('Kết quả', { exact: true }).selectOption({ label: 'Được áp dụng' });
    await centre.getByLabel('Giá trị hợp đồng (đồng)').fill('1.200.000.000');
    await centre.getByLabel('Số hợp đồng').fill('15/2027/HĐ-BVĐT');
    await centre
      .getByLabel('Ý kiến của bên đặt bài toán')
      .fill('Người bệnh không còn phải xếp hàng từ sáng sớm.');
    await centre.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await visible(centre.getByText('Đã ghi nhận kết quả thử nghiệm.'));
    await check(centre);
    await centre.close();
  });

  it('six months on the owner is asked by mail whether the solution is still in use, and answers', async () => {
    await at(SIX_MONTHS_ON);
    await settleJobs(portal.t);
    const mail = await mailTo(PEOPLE.officer.email, /sau 6 tháng/);
    // The session of March has long expired: the officer signs in again, then follows the link.
    await signInAs(portal, contexts.officer!, PEOPLE.officer.email);
    const officer = await pageOf('officer');
    await officer.goto(linkIn(mail, '/challenges/pilots/'));
    const question = officer.getByRole('group', {
      name: 'Sau 6 tháng, giải pháp có còn được sử dụng không?',
    });
    await question.getByRole('radio', { name: 'Còn sử dụng', exact: true }).check();
    await officer
      .getByLabel('Quy mô sử dụng (số điểm, người dùng, khối lượng…)')
      .fill('Ba bệnh viện huyện, 1.500 lượt đặt lịch mỗi ngày.');
    await check(officer);
    await officer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await visible(officer.getByText('Cảm ơn, đã ghi nhận câu trả lời.'));
    await visible(officer.getByText(/Sau 6 tháng .*còn sử dụng/));
    await officer.close();
  });

  it('the showcase and the conversion figures show the adopted pilot', async () => {
    const visitor = await browser.newPage({ viewport: PHONE, bypassCSP: true });
    await visitor.goto(`${portal.url}/challenges/showcase`);
    const entry = visitor.getByRole('listitem').filter({ hasText: CHALLENGE });
    await visible(entry.getByText(STARTUP_A));
    await visible(entry.getByText(/1\.200\.000\.000/));
    await visible(entry.getByText('Người bệnh không còn phải xếp hàng từ sáng sớm.'));
    await visible(entry.getByText(/Thời gian chờ khám: từ 95 thành 40/));
    await check(visitor);
    await visitor.close();

    await signInAs(portal, contexts.centre!, PEOPLE.centre.email);
    const centre = await pageOf('centre');
    await centre.goto(`${portal.url}/admin/challenges/figures?year=2027`);
    // Problems, challenges, solutions, pilots, adopted or contracted, and the contracts' value.
    const owner = centre.getByRole('row', { name: /^Sở Y tế tỉnh Lâm Đồng/ }).first();
    const cells = (await owner.getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 5)).toEqual(['1', '1', '2', '1', '1']);
    expect(cells[5]).toMatch(/^1\.200\.000\.000/);
    await visible(centre.getByText(/1\.200\.000\.000/));
    await check(centre);
    await centre.close();
    expect(failures).toEqual([]);
  });
});
