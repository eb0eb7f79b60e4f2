// A plan's reporting quarter in the browser (issue 16, item 9): staff create the province's plan,
// list the agencies taking part and import its task appendix from an XLSX file (preview, then
// import), assign two tasks to two agencies and set a quarterly reporting schedule; the quarter's
// reports open; one agency submits on time, the other is reminded three days before the due day
// and told it is overdue the day after (durable jobs at the portal's injected clock; the letters
// read on the real SMTP test server); staff return the on-time report with a comment, the agency
// revises it and staff accept it; then staff issue the quarterly consolidated report and the
// annual report, download their DOCX, XLSX and PDF, read them back with mammoth and ExcelJS, and
// LibreOffice opens both DOCX files.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/modules/directory';
import { createAccountOrganization } from '../../src/modules/identity';
import { ANONYMOUS, type Role } from '../../src/platform/authz';
import {
  convertDocxToPdf,
  hasOfficeSuite,
} from '../../src/platform/documents/testing/office-suite';
import { installedIndicators } from '../../src/platform/modules/registry';
import { settleJobs } from '../../test/support/jobs';
import type { ReceivedMail } from '../../test/support/mailbox';
import { launchBrowser } from '../support/browser';
import { pageProblems, visible } from '../support/page-checks';
import { startPortal, type RunningPortal } from '../support/server';
import { signedInContext } from '../support/sign-in';

// Vietnam time is UTC+7: 09:00 on 1 July 2026 in Hải Phòng is 02:00 UTC.
const OPENING = new Date('2026-07-01T02:00:00Z');
const EARLY_SEPTEMBER = new Date('2026-09-08T03:00:00Z');
/** The quarter's report is due on 15/09; reminders go out at 08:00 three days before. */
const REMINDER_MORNING = new Date('2026-09-12T02:00:00Z');
/** … and the overdue notice at 08:00 the day after the due day. */
const DAY_AFTER_DUE = new Date('2026-09-16T02:00:00Z');
const OCTOBER = new Date('2026-10-05T03:00:00Z');
const PHONE = { width: 360, height: 740 };

const STAFF = {
  email: 'nhung@sokhcn.example',
  name: 'Nguyễn Thị Hồng Nhung',
  roles: ['staff'] as Role[],
};
const AGENCIES = {
  skhcn: { name: 'Sở Khoa học và Công nghệ thành phố Hải Phòng', code: 'SKHCN' },
  sgd: {
    name: 'Sở Giáo dục và Đào tạo thành phố Hải Phòng',
    code: 'SGDDT',
    officer: { email: 'vanthu@sgddt.example', name: 'Trần Văn Giáo' },
  },
  dh: {
    name: 'Trường Đại học Hải Phòng',
    code: 'DHHP',
    officer: { email: 'khcn@dhhp.example', name: 'Lê Thị Hà' },
  },
} as const;
const PLAN_TITLE = 'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo 2026–2027';

/** The task appendix as the province drafts it, written with ExcelJS; lead agencies left blank. */
async function taskAppendix(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow([
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian bắt đầu',
    'Thời gian hoàn thành',
    'Sản phẩm',
    'Ngân sách địa phương',
    'Xã hội hóa',
  ]);
  sheet.addRow(['1', 'Chương trình hỗ trợ khởi nghiệp', '', '', '2026', '2027', '', '', '']);
  sheet.addRow([
    '1.1',
    'Đào tạo khởi nghiệp trong trường trung học',
    '',
    'SKHCN',
    '01/2026',
    '12/2026',
    'Báo cáo kết quả đào tạo',
    500_000_000,
    0,
  ]);
  sheet.addRow([
    '1.2',
    'Xây dựng vườn ươm khởi nghiệp tại trường đại học',
    '',
    'SKHCN',
    '03/2026',
    '12/2026',
    'Vườn ươm đi vào hoạt động',
    1_200_000_000,
    300_000_000,
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe(
  'a plan from its task appendix to the quarterly and annual reports',
  { timeout: 600_000 },
  () => {
    let portal: RunningPortal;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    let staff: Page;
    let planPath = '';

    async function signedInPage(account: { email: string; name: string; roles: Role[] }) {
      const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
      contexts.push(context);
      const { id } = await signedInContext(portal, context, account);
      return { page: await context.newPage(), id };
    }

    /** A department in the directory whose officer's account organisation manages its profile. */
    async function directoryAgency(agency: {
      name: string;
      officer?: { email: string; name: string };
    }) {
      const created = await createOrganization(
        portal.t.deps.database.db,
        { actor: ANONYMOUS, label: 'test' },
        { kind: 'government_agency', legalName: agency.name, provinceCode: '31' },
      );
      if (!created.ok) throw new Error(JSON.stringify(created.fields));
      if (!agency.officer) return { slug: created.organization.slug };
      const { page, id } = await signedInPage({ ...agency.officer, roles: ['agency'] });
      const account = await createAccountOrganization(
        portal.t.deps,
        {
          actor: {
            kind: 'user',
            user: { ...agency.officer, id, locale: 'vi', twoFactorEnabled: false },
            roles: new Set(['member', 'agency']),
          },
        },
        { name: agency.name },
      );
      // As an approved claim of the profile would: the officer's organisation manages it.
      await portal.t.database.query(
        'update directory_organizations set managed_by = $1 where id = $2',
        [account.id, created.organization.id],
      );
      return { slug: created.organization.slug, page };
    }

    /** The first mail to `to` whose subject matches, waiting for the outbox to send it. */
    async function mailWith(to: string, subject: RegExp): Promise<ReceivedMail> {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = portal.mailbox.messages.find(
          (m) => m.to.includes(to) && subject.test(m.subject),
        );
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no mail to ${to} with a subject like ${subject}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const mailsTo = (to: string) => portal.mailbox.messages.filter((m) => m.to.includes(to));

    let officers: { sgd: Page; dh: Page };
    const slugs: Record<keyof typeof AGENCIES, string> = { skhcn: '', sgd: '', dh: '' };

    beforeAll(async () => {
      [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
      portal.t.setNow(OPENING);
      const [skhcn, sgd, dh] = [
        await directoryAgency(AGENCIES.skhcn),
        await directoryAgency(AGENCIES.sgd),
        await directoryAgency(AGENCIES.dh),
      ];
      slugs.skhcn = skhcn.slug;
      slugs.sgd = sgd.slug;
      slugs.dh = dh.slug;
      officers = { sgd: sgd.page!, dh: dh.page! };
      staff = (await signedInPage(STAFF)).page;
    });
    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await portal?.stop();
    });

    it('staff create the plan and list the agencies taking part', async () => {
      await staff.goto(`${portal.url}/admin/plans`);
      await staff.getByRole('link', { name: 'Thêm kế hoạch' }).click();
      await staff.getByLabel('Tên kế hoạch').fill(PLAN_TITLE);
      await staff.getByLabel('Số văn bản ban hành (căn cứ)').fill('1394/QĐ-UBND');
      await staff.getByLabel('Ngày ban hành').fill('2026-06-05');
      await staff.getByLabel('Từ năm').fill('2026');
      await staff.getByLabel('Đến năm').fill('2027');
      await staff.getByRole('button', { name: 'Tạo kế hoạch' }).click();
      await staff.getByText('Đã tạo kế hoạch.').waitFor();
      planPath = new URL(staff.url()).pathname;

      await staff.goto(`${portal.url}/admin/plans/agencies`);
      for (const key of ['skhcn', 'sgd', 'dh'] as const) {
        await staff.getByLabel('Hồ sơ trong danh bạ').fill(slugs[key]);
        await staff.getByLabel('Ký hiệu').fill(AGENCIES[key].code);
        await staff.getByRole('button', { name: 'Thêm', exact: true }).click();
        await staff.getByText('Đã thêm cơ quan.').waitFor();
      }
      const listed = staff.getByRole('table');
      for (const key of ['skhcn', 'sgd', 'dh'] as const)
        await visible(listed.getByText(AGENCIES[key].name));
    });

    it('staff import the task appendix from XLSX: a preview of every row, then the import', async () => {
      await staff.goto(portal.url + planPath);
      await staff.getByRole('link', { name: 'Nhập phụ lục nhiệm vụ (XLSX)' }).click();
      await staff.getByLabel('Tệp phụ lục').setInputFiles({
        name: 'phu-luc-nhiem-vu.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await taskAppendix(),
      });
      await staff.getByRole('button', { name: 'Xem trước' }).click();
      await staff.getByText('Tệp hợp lệ: 3 mục sẵn sàng để nhập.').waitFor();
      const preview = staff.getByRole('table');
      await visible(preview.getByText('Xây dựng vườn ươm khởi nghiệp tại trường đại học'));
      // Nothing is written before the import is confirmed.
      expect(await portal.t.database.query('select 1 from plans_tasks')).toHaveLength(0);
      expect(await pageProblems(staff)).toEqual([]);
      await staff.getByRole('button', { name: 'Nhập 3 mục' }).click();
      await staff.getByText('Đã nhập 3 mục từ phụ lục.').waitFor();
      const tasks = await portal.t.database.query<{ code: string; lead: string | null }>(
        'select code, lead_agency_id as lead from plans_tasks order by code',
      );
      expect(tasks).toEqual([
        { code: '1', lead: null },
        { code: '1.1', lead: null },
        { code: '1.2', lead: null },
      ]);
    });

    it('staff assign the two tasks to the two agencies and set a quarterly schedule', async () => {
      const assign = async (title: string, agency: keyof typeof AGENCIES) => {
        await staff.goto(portal.url + planPath);
        await staff.getByRole('link', { name: title }).click();
        await staff
          .getByLabel('Cơ quan chủ trì')
          .selectOption({ label: `${AGENCIES[agency].name} (${AGENCIES[agency].code})` });
        await staff.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
        await staff.getByText('Đã lưu nhiệm vụ.').waitFor();
      };
      await assign('Đào tạo khởi nghiệp trong trường trung học', 'sgd');
      await assign('Xây dựng vườn ươm khởi nghiệp tại trường đại học', 'dh');

      await staff.goto(portal.url + planPath);
      await staff.getByRole('link', { name: 'Báo cáo định kỳ của các cơ quan' }).click();
      await staff.getByLabel('Kỳ báo cáo').selectOption({ label: 'hằng quý' });
      await staff.getByLabel('Hạn nộp (ngày của tháng cuối kỳ)').fill('15');
      await staff.getByRole('button', { name: 'Thêm lịch báo cáo' }).click();
      await staff.getByText('Báo cáo hằng quý, hạn ngày 15 tháng cuối kỳ').waitFor();
      // The schedule's opening job opens the quarter's reports (the runner, as its poll would).
      await settleJobs(portal.t);
      await staff.reload();
      const board = staff.getByRole('table');
      for (const key of ['sgd', 'dh'] as const) {
        const row = board.getByRole('row', { name: new RegExp(AGENCIES[key].name) });
        expect(await row.textContent()).toContain('2026-Q3');
        expect(await row.textContent()).toContain('15/09/2026');
        expect(await row.textContent()).toContain('Chưa nộp');
      }
      // The agency leading no task has no report to write.
      expect(await board.getByText(AGENCIES.skhcn.name).count()).toBe(0);
    });

    it('the university submits its report on time', async () => {
      portal.t.setNow(EARLY_SEPTEMBER);
      const page = officers.dh;
      await page.goto(`${portal.url}/admin/plans/my-tasks`);
      await page.getByRole('link', { name: 'Kỳ 2026-Q3, hạn 15/09/2026' }).click();
      // Only its own task is on its form.
      expect(await page.getByText('Đào tạo khởi nghiệp trong trường trung học').count()).toBe(0);
      const line = page.getByRole('group', { name: /Xây dựng vườn ươm/ });
      await line.getByLabel('Tình trạng').selectOption({ label: 'Đang thực hiện' });
      await line.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
      await line.getByLabel('Kết quả thực hiện').fill('Đã cải tạo mặt bằng vườn ươm.');
      await page.getByLabel('Khó khăn, vướng mắc').fill('Thiết bị phòng thí nghiệm về chậm.');
      expect(await pageProblems(page)).toEqual([]);
      await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
      await page.getByText('Đã nộp báo cáo. Báo cáo đã nộp không sửa được nữa.').waitFor();
      expect(await page.getByRole('button', { name: 'Nộp báo cáo' }).count()).toBe(0);
    });

    it('the education department, not yet submitted, is reminded three days before the due day', async () => {
      portal.t.setNow(REMINDER_MORNING);
      await settleJobs(portal.t);
      const reminder = await mailWith(
        AGENCIES.sgd.officer.email,
        /^Nhắc nộp báo cáo kỳ 2026-Q3 \(hạn 15\/09\/2026\)$/,
      );
      expect(reminder.text).toContain(`Kính gửi ${AGENCIES.sgd.officer.name}`);
      expect(reminder.text).toContain(PLAN_TITLE);
      const link = /https?:\/\/\S+\/admin\/plans\/reports\/[0-9a-f-]{36}/.exec(reminder.text)![0];
      // The university, which submitted, gets no reminder.
      expect(mailsTo(AGENCIES.dh.officer.email)).toEqual([]);
      // The letter's link opens the department's own report.
      await officers.sgd.goto(link);
      expect(await officers.sgd.getByRole('heading', { level: 1 }).textContent()).toContain(
        AGENCIES.sgd.name,
      );
    });

    it('the day after the due day the department is told its report is overdue, and staff see it', async () => {
      portal.t.setNow(DAY_AFTER_DUE);
      await settleJobs(portal.t);
      const overdue = await mailWith(
        AGENCIES.sgd.officer.email,
        /^Báo cáo kỳ 2026-Q3 đã quá hạn \(15\/09\/2026\)$/,
      );
      expect(overdue.text).toContain('Việc chậm nộp đã được báo cáo Sở Khoa học và Công nghệ.');
      expect(mailsTo(AGENCIES.sgd.officer.email)).toHaveLength(2);
      expect(mailsTo(AGENCIES.dh.officer.email)).toEqual([]);
      // Each letter goes out once, however often the runner looks again.
      await settleJobs(portal.t);
      expect(mailsTo(AGENCIES.sgd.officer.email)).toHaveLength(2);

      await staff.goto(`${portal.url}${planPath}/reports`);
      const board = staff.getByRole('table');
      expect(
        await board.getByRole('row', { name: new RegExp(AGENCIES.sgd.name) }).textContent(),
      ).toContain('Chưa nộp · quá hạn');
      expect(
        await board.getByRole('row', { name: new RegExp(AGENCIES.dh.name) }).textContent(),
      ).toContain('Đã nộp, chờ xem xét');
      await staff.goto(`${portal.url}/admin`);
      await visible(staff.getByText('1 báo cáo định kỳ quá hạn'));
    });

    it('staff return the university report with a comment; it is revised and accepted', async () => {
      const comment = 'Đề nghị bổ sung tiến độ mua sắm thiết bị và tỷ lệ hoàn thành cập nhật.';
      await staff.goto(`${portal.url}${planPath}/reports`);
      await staff.getByRole('link', { name: AGENCIES.dh.name }).click();
      const reportPath = new URL(staff.url()).pathname;
      await staff.getByLabel('Ý kiến').fill(comment);
      await staff.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
      await staff.getByText('Đã trả lại báo cáo kèm ý kiến.').waitFor();

      const page = officers.dh;
      await page.goto(`${portal.url}/admin/plans/my-tasks`);
      expect(
        await page.getByRole('listitem').filter({ hasText: 'Kỳ 2026-Q3' }).textContent(),
      ).toContain('Trả lại để bổ sung');
      await page.goto(portal.url + reportPath);
      await visible(page.getByText(`Ý kiến: ${comment}`));
      const line = page.getByRole('group', { name: /Xây dựng vườn ươm/ });
      await line.getByLabel('Tỷ lệ hoàn thành (%)').fill('55');
      await line
        .getByLabel('Kết quả thực hiện')
        .fill('Đã cải tạo mặt bằng; thiết bị về đủ ngày 10/9, đang lắp đặt.');
      await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
      await page.getByText('Đã nộp báo cáo. Báo cáo đã nộp không sửa được nữa.').waitFor();

      await staff.goto(portal.url + reportPath);
      // Both submissions are kept: the returned one with its comment, and the revision.
      await visible(staff.getByRole('heading', { name: /^Lần nộp 1/ }));
      await visible(staff.getByRole('heading', { name: /^Lần nộp 2/ }));
      await staff.getByRole('button', { name: 'Chấp nhận' }).click();
      await staff.getByText('Đã chấp nhận báo cáo.').waitFor();
      const audited = await portal.t.database.query<{ action: string }>(
        "select action from platform_audit_log where action like 'plans.report:%' order by at",
      );
      expect(audited.map((a) => a.action)).toEqual([
        'plans.report:submit',
        'plans.report:return',
        'plans.report:submit',
        'plans.report:accept',
      ]);
    });

    const download = async (page: Page, link: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      return { name: file.suggestedFilename(), path: await file.path() };
    };
    const docxText = async (path: string) =>
      (await mammoth.extractRawText({ path })).value.replace(/\s+/g, ' ');
    const documents: Record<string, Uint8Array> = {};

    async function issue(link: string, fields: Record<string, string>) {
      await staff.goto(`${portal.url}${planPath}/reports`);
      await staff.getByRole('link', { name: link }).click();
      await staff
        .getByLabel('Cơ quan ban hành')
        .selectOption({ label: `SKHCN — ${AGENCIES.skhcn.name}` });
      await staff.getByLabel('Cơ quan chủ quản').fill('UBND thành phố Hải Phòng');
      for (const [label, value] of Object.entries(fields))
        await staff.getByLabel(label).fill(value);
      await staff.getByLabel('Địa danh').fill('Hải Phòng');
      await staff.getByLabel('Chức vụ người ký').fill('Giám đốc');
      await staff.getByLabel('Họ tên người ký').fill('Nguyễn Văn Minh');
      await staff.getByRole('button', { name: 'Cấp số và tạo báo cáo' }).click();
      await staff.getByRole('heading', { name: 'Báo cáo đã ban hành' }).waitFor();
    }

    it('staff issue the quarterly consolidated report: DOCX and XLSX read back', async () => {
      portal.t.setNow(OCTOBER);
      await issue('Báo cáo tổng hợp quý', {
        Quý: '2026-Q3',
        'Đánh giá chung': 'Các nhiệm vụ quý III cơ bản đúng tiến độ.',
      });
      await visible(staff.getByText(/^Số 01\/BC-SKHCN, ngày/));
      const docx = await download(staff, 'Tải văn bản (DOCX)');
      expect(docx.name).toBe('BC-1-SKHCN-2026.docx');
      const text = await docxText(docx.path);
      expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG');
      expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('Số: 01/BC-SKHCN');
      expect(text).toContain('Hải Phòng, ngày 05 tháng 10 năm 2026');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain(
        `1.2 Xây dựng vườn ươm khởi nghiệp tại trường đại học ${AGENCIES.dh.name} Đang thực hiện 55`,
      );
      expect(text).toContain(
        `1.1 Đào tạo khởi nghiệp trong trường trung học ${AGENCIES.sgd.name} Chưa triển khai 0`,
      );
      expect(text).toContain('Kỳ 2026-Q3: 1/2 cơ quan đã nộp báo cáo.');
      expect(text).toContain(`${AGENCIES.sgd.name}: Chưa nộp.`);
      expect(text).toContain(`${AGENCIES.dh.name}: Đã chấp nhận.`);
      expect(text).toContain(`${AGENCIES.dh.name}: Thiết bị phòng thí nghiệm về chậm.`);
      expect(text).toContain('GIÁM ĐỐC');
      expect(text).toContain('Nguyễn Văn Minh');
      expect(text).toContain('Nơi nhận:');
      documents.quarter = await readFile(docx.path);

      const xlsx = await download(staff, 'Tải phụ lục số liệu (XLSX)');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx.path);
      const sheet = book.worksheets.find((s) =>
        String(s.getCell('A4').value).startsWith('Bảng 1. Tiến độ thực hiện nhiệm vụ'),
      )!;
      expect(String(sheet.getCell('A1').value)).toContain('01/BC-SKHCN');
      const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '1.2')!;
      // Numbers as numbers.
      expect(row.getCell(5).value).toBe(55);
    });

    it('staff issue the annual report with the ecosystem figures; DOCX and XLSX read back', async () => {
      await issue('Báo cáo thường niên về hệ sinh thái', {
        Năm: '2026',
        'Đánh giá chung': 'Hệ sinh thái của thành phố phát triển ổn định.',
      });
      await visible(staff.getByText(/^Số 02\/BC-SKHCN, ngày/));
      const docx = await download(staff, 'Tải văn bản (DOCX)');
      const text = await docxText(docx.path);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Số: 02/BC-SKHCN');
      expect(text).toContain('Hải Phòng, ngày 05 tháng 10 năm 2026');
      expect(text).toContain('I. SỐ LIỆU HỆ SINH THÁI');
      expect(text).toContain('Bảng 3. Nhiệm vụ theo tình trạng và cơ quan chủ trì');
      expect(text).toContain('Hệ sinh thái của thành phố phát triển ổn định.');
      expect(text).toContain('GIÁM ĐỐC');
      expect(text).toContain('Nguyễn Văn Minh');
      documents.annual = await readFile(docx.path);

      const xlsx = await download(staff, 'Tải phụ lục số liệu (XLSX)');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx.path);
      const sheet = (caption: string) =>
        book.worksheets.find((s) => String(s.getCell('A4').value).startsWith(caption))!;
      const figures = sheet('Bảng 1.');
      expect(String(figures.getCell('A1').value)).toContain('02/BC-SKHCN');
      // Each module's indicator for the year as it counts it, a number in its cell.
      const rows = figures.getRows(1, figures.rowCount)!;
      for (const indicator of installedIndicators()) {
        const row = rows.find((r) => r.getCell(3).value === indicator.id)!;
        expect(row.getCell(2).value).toBe(
          await indicator.compute(portal.t.database.db, {
            from: new Date('2025-12-31T17:00:00Z'),
            to: OCTOBER,
          }),
        );
      }
      // The tasks by status and lead agency: the university's task in progress since its report
      // was accepted; not started, in progress, done, cancelled, in all.
      const byAgency = sheet('Bảng 3.');
      const university = byAgency
        .getRows(1, byAgency.rowCount)!
        .find((r) => r.getCell(1).value === AGENCIES.dh.name)!;
      expect([2, 3, 4, 5, 6].map((c) => university.getCell(c).value)).toEqual([0, 1, 0, 0, 1]);

      const pdf = await download(staff, 'Tải bản PDF');
      expect(pdf.name).toBe('BC-2-SKHCN-2026.pdf');
    });

    it.skipIf(!hasOfficeSuite)(
      'LibreOffice opens both DOCX files: A4, header, number, date line and signer',
      async () => {
        const read = await convertDocxToPdf(documents);
        for (const [name, symbol] of [
          ['quarter', 'Số: 01/BC-SKHCN'],
          ['annual', 'Số: 02/BC-SKHCN'],
        ] as const) {
          const pdf = read[name]!;
          expect([pdf.width, pdf.height]).toEqual([595, 842]);
          for (const expected of [
            'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
            symbol,
            'Hải Phòng, ngày 05 tháng 10 năm 2026',
            'GIÁM ĐỐC',
            'Nguyễn Văn Minh',
          ])
            expect(pdf.text).toContain(expected);
        }
      },
    );
  },
);
