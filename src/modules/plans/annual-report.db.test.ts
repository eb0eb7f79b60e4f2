// The annual ecosystem report: the same official layout and register as the quarterly one, with
// every installed module's indicators for the year, the targets and the tasks by agency — read
// back with mammoth, ExcelJS and unpdf.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedIndicators } from '../../platform/modules/registry';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { plansModule } from './index';

describe.each(testEngines)('the annual ecosystem report on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let path = '';
  let issued = '';
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(now);
    await plansModule.seeds!.demo!(t.deps);
    await createUser(t, { email: 'trang@sokhcn.example', roles: ['staff'] });
    staff = await signIn(t, 'trang@sokhcn.example');
    const planId = (await t.database.query<{ id: string }>('select id from plans_plans'))[0]!.id;
    path = `/admin/plans/${planId}/annual-report`;
  });
  afterAll(() => t.close());

  const form = {
    issuer: 'SKHCN',
    parent: 'UBND thành phố Hải Phòng',
    year: '2026',
    province: '',
    place: 'Hải Phòng',
    signerPosition: 'Giám đốc',
    signerName: 'Nguyễn Văn Minh',
    formKey: 'annual-page-load-key',
    assessment: 'Hệ sinh thái phát triển nhanh về số lượng doanh nghiệp khởi nghiệp.',
    difficulties: '',
    proposals: 'Bổ sung kinh phí cho chương trình ươm tạo năm 2027.',
  };
  const download = async (format: string) => {
    const res = await staff.get(`${issued}/${format}`);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it('refuses a year out of range, numbering nothing', async () => {
    const res = await staff.post(path, { ...form, year: '26' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nhập năm gồm 4 chữ số, từ 2000 đến 2100.');
    expect(await t.database.query('select 1 from plans_register_entries')).toHaveLength(0);
  });

  it('takes one number for a double submit', async () => {
    const [a, b] = await Promise.all([staff.post(path, form), staff.post(path, form)]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    issued = a.headers.get('location')!;
    const symbols = await t.database.query<{ symbol: string }>(
      'select symbol from plans_register_entries',
    );
    expect(symbols.map((r) => r.symbol)).toEqual(['01/BC-SKHCN']);
  });

  it('writes the DOCX with the header, number, date line, ecosystem figures, targets and tasks', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await download('docx') });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 01/BC-SKHCN');
    expect(text).toContain('Hải Phòng, ngày 20 tháng 11 năm 2026');
    expect(text).toContain('I. SỐ LIỆU HỆ SINH THÁI');
    for (const indicator of installedIndicators()) expect(text).toContain(indicator.id);
    expect(text).toContain('II. THỰC HIỆN CHỈ TIÊU NĂM 2026');
    expect(text).toContain('Bảng 3. Nhiệm vụ theo tình trạng và cơ quan chủ trì');
    expect(text).toContain('Sở Khoa học và Công nghệ');
    expect(text).toContain(`IV. ĐÁNH GIÁ CHUNG ${form.assessment}`);
    expect(text).toContain('V. KHÓ KHĂN, VƯỚNG MẮC Không có.');
    expect(text).toContain(`VI. ĐỀ XUẤT, KIẾN NGHỊ ${form.proposals}`);
    expect(text).toContain('Nguyễn Văn Minh');
  });

  it("writes the XLSX with each indicator's value for the year as a number", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('xlsx')) as never);
    const sheet = book.worksheets.find((s) => String(s.getCell('A4').value).startsWith('Bảng 1.'))!;
    expect(String(sheet.getCell('A1').value)).toContain('01/BC-SKHCN');
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const indicators = installedIndicators();
    expect(indicators.length).toBeGreaterThan(3);
    for (const indicator of indicators) {
      const row = rows.find((r) => r.getCell(3).value === indicator.id)!;
      const expected = await indicator.compute(t.database.db, {
        from: new Date('2025-12-31T17:00:00Z'),
        to: now,
      });
      expect(typeof row.getCell(2).value).toBe('number');
      expect(row.getCell(2).value).toBe(expected);
    }
  });

  it('writes the PDF with the same number', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await download('pdf')));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain('01/BC-SKHCN');
  });
});
