// The consolidated quarterly report written by the platform: numbered once from the issuing
// body's register, in the Decree 30/2020 layout, with the plan's tasks, targets and who reported —
// read back as DOCX with mammoth, XLSX annexes with ExcelJS and PDF with unpdf, independent readers,
// and the DOCX opened by a real office suite (LibreOffice headless converts it to PDF).
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, hasOfficeSuite } from '../../platform/documents/testing/office-suite';
import { indicatorById } from '../../platform/modules/registry';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { plansModule } from './index';

describe.each(testEngines)('the quarterly report on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let path = '';
  let issued = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(new Date('2026-04-08T03:00:00Z'));
    await plansModule.seeds!.demo!(t.deps);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    const planId = (await t.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    path = `/admin/plans/${planId}/quarter-report`;
  });
  afterAll(() => t.close());

  const form = {
    issuer: 'SKHCN',
    parent: 'UBND thành phố Hải Phòng',
    quarter: '2026-Q1',
    place: 'Hải Phòng',
    signerPosition: 'Giám đốc',
    signerName: 'Nguyễn Văn Minh',
    formKey: 'first-page-load-key',
    assessment: 'Các nhiệm vụ quý I cơ bản đúng tiến độ.\nCổng thông tin đã vận hành thử nghiệm.',
    difficulties: 'Kinh phí năm 2026 được giao chậm.',
    proposals: 'Đề nghị UBND thành phố bố trí kinh phí bổ sung.',
  };
  const symbols = async () =>
    (
      await t.database.query<{ symbol: string }>(
        'select symbol from plans_register_entries order by number',
      )
    ).map((r) => r.symbol);
  const download = async (format: string) => {
    const res = await staff.get(`${issued}/${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`BC-1-SKHCN-2026.${format}`);
    return Buffer.from(await res.arrayBuffer());
  };

  it('refuses a malformed quarter, a missing signer and no assessment, numbering nothing', async () => {
    const res = await staff.post(path, {
      ...form,
      quarter: 'Q1/2026',
      signerName: '',
      assessment: ' ',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Nhập quý theo dạng 2026-Q2.');
    expect(html).toContain('Hãy viết phần đánh giá chung trước khi ban hành báo cáo.');
    // What the centre wrote is kept for the next try.
    expect(html).toContain(form.proposals);
    expect(await t.database.query('select 1 from plans_register_entries')).toHaveLength(0);
  });

  it('takes one number for a double submit of the same form', async () => {
    const [a, b] = await Promise.all([staff.post(path, form), staff.post(path, form)]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    issued = a.headers.get('location')!;
    expect(await symbols()).toEqual(['01/BC-SKHCN']);
    const page = await staff.get(issued);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('01/BC-SKHCN');
  });

  it('writes the DOCX with the official header, number, date line, figures and signature', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await download('docx') });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HẢI PHÒNG');
    expect(text).toContain('Số: 01/BC-SKHCN');
    expect(text).toContain('Hải Phòng, ngày 08 tháng 4 năm 2026');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo của thành phố');
    expect(text).toContain('Kỳ 2026-Q1: 3/5 cơ quan đã nộp báo cáo.');
    expect(text).toContain(
      'IV. ĐÁNH GIÁ CHUNG Các nhiệm vụ quý I cơ bản đúng tiến độ. Cổng thông tin đã vận hành thử nghiệm.',
    );
    expect(text).toContain(`V. KHÓ KHĂN, VƯỚNG MẮC ${form.difficulties} Các cơ quan báo cáo:`);
    expect(text).toContain(`VI. ĐỀ XUẤT, KIẾN NGHỊ ${form.proposals} Các cơ quan báo cáo:`);
    expect(text).toContain('Thiếu chuyên gia cố vấn có kinh nghiệm gọi vốn.');
    expect(text).toContain('directory.innovative_startups');
    expect(text).toContain('Nguyễn Văn Minh');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Lưu: VT.');
  });

  it("writes the XLSX annexes with the same number and the indicators' values as numbers", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('xlsx')) as never);
    const sheet = book.worksheets.find(
      (s) => s.getCell('A4').value === 'Bảng 2. Chỉ tiêu và kết quả',
    )!;
    expect(String(sheet.getCell('A1').value)).toContain('01/BC-SKHCN');
    const [target] = await t.database.query<{ code: string; province: string | null }>(
      "select code, province from plans_targets where indicator_id = 'directory.innovative_startups'",
    );
    const expected = await indicatorById('directory.innovative_startups')!.compute(t.database.db, {
      from: new Date('2025-12-31T17:00:00Z'),
      to: new Date('2026-04-08T03:00:00Z'),
      province: target!.province ?? undefined,
    });
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const row = rows.find((r) => String(r.getCell(1).value).startsWith(`${target!.code}. `))!;
    expect(typeof row.getCell(2).value).toBe('number');
    expect(row.getCell(3).value).toBe(expected);
  });

  // The file is the same on either engine: one conversion is enough.
  it.skipIf(!hasOfficeSuite || engine !== testEngines[0])(
    'opens in LibreOffice: its PDF has the header, number, date line, figures and signer on A4',
    { timeout: 180_000 },
    async () => {
      const { report } = await convertDocxToPdf({ report: await download('docx') });
      expect([report!.width, report!.height]).toEqual([595, 842]);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 01/BC-SKHCN',
        'Hải Phòng, ngày 08 tháng 4 năm 2026',
        'BÁO CÁO',
        'Bảng 2. Chỉ tiêu và kết quả',
        'Kỳ 2026-Q1: 3/5 cơ quan đã nộp báo cáo.',
        'IV. ĐÁNH GIÁ CHUNG',
        'Các nhiệm vụ quý I cơ bản đúng tiến độ.',
        form.proposals,
        'GIÁM ĐỐC',
        'Nguyễn Văn Minh',
      ])
        expect(report!.text).toContain(expected);
    },
  );

  it('writes the PDF with the same number, date line and signer', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await download('pdf')));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('01/BC-SKHCN');
    expect(flat).toContain('Hải Phòng, ngày 08 tháng 4 năm 2026');
    expect(flat).toContain('Nguyễn Văn Minh');
    expect(flat).toContain(form.difficulties);
  });

  it('stays as issued: a later change of the tasks and a resent form with other text change nothing', async () => {
    const before = (await mammoth.extractRawText({ buffer: await download('docx') })).value;
    await t.database.query("update plans_tasks set title = 'Tên nhiệm vụ đã đổi'");
    const resent = await staff.post(path, { ...form, assessment: 'Một đánh giá khác.' });
    expect(resent.headers.get('location')).toBe(issued);
    const after = (await mammoth.extractRawText({ buffer: await download('docx') })).value;
    expect(after).toBe(before);
    expect(after).not.toContain('Tên nhiệm vụ đã đổi');
    expect(after).not.toContain('Một đánh giá khác.');
  });

  it('gives a new form its own number and refuses an unknown format', async () => {
    const again = await staff.post(path, { ...form, formKey: 'second-page-load-key' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).not.toBe(issued);
    expect(await symbols()).toEqual(['01/BC-SKHCN', '02/BC-SKHCN']);
    expect((await staff.get(`${issued}/odt`)).status).toBe(404);
  });
});
