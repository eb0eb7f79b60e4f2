import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { officialXlsxBytes } from './official-xlsx';
import { attendanceList, quarterlyReport } from './testing/sample-documents';

async function readBook(bytes: Buffer | undefined) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe('XLSX annexes of an official document', () => {
  it('has one sheet per table, the number and title on top and numbers as numbers', async () => {
    const book = await readBook(await officialXlsxBytes(quarterlyReport(2)));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Chỉ tiêu',
      'Biểu đồ 1',
      'Bảng 2. Kết quả nhiệm vụ số 1',
      'Bảng 3. Kết quả nhiệm vụ số 2',
    ]);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ — Số: 15/BC-SKHCN');
    expect(sheet.getCell('A2').value).toBe(
      'BÁO CÁO Kết quả thực hiện Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quý IV năm 2026',
    );
    expect(sheet.getCell('A3').value).toBe('Lâm Đồng, ngày 06 tháng 12 năm 2026');
    expect(sheet.getCell('A4').value).toBe('Bảng 1. Kết quả thực hiện các chỉ tiêu năm 2026');
    const header = sheet.getRow(7);
    expect(header.values).toEqual([undefined, 'TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ']);
    expect(header.font?.bold).toBe(true);
    const invested = sheet.getRow(9);
    expect(invested.getCell(2).value).toBe('Vốn đầu tư được các dự án huy động');
    expect(invested.getCell(4).value).toBe(1234567);
    expect(invested.getCell(4).numFmt).toBe('#,##0');
    expect(invested.getCell(5).value).toBe(2572);
    expect(invested.getCell(5).numFmt).toBe('#,##0.0"%"');
    const total = sheet.getRow(11);
    expect(total.getCell(3).value).toBe(60520);
    expect(total.font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it("puts a chart's figures in their sheet, one column per series", async () => {
    const sheet = (await readBook(await officialXlsxBytes(quarterlyReport()))).getWorksheet(
      'Biểu đồ 1',
    )!;
    expect(sheet.getCell('A4').value).toBe(
      'Biểu đồ 1. Doanh nghiệp khởi nghiệp đổi mới sáng tạo theo quý',
    );
    expect(sheet.getRow(7).values).toEqual([undefined, '', 'Năm 2025', 'Năm 2026']);
    expect(sheet.getRow(10).values).toEqual([undefined, 'Quý III', 21, 1250]);
    expect(sheet.getRow(11).getCell(3).value).toBeNull();
  });

  it('gives the attendance list its sheet with an empty signature column and no number', async () => {
    const book = await readBook(await officialXlsxBytes(attendanceList(25)));
    const sheet = book.getWorksheet('Đại biểu')!;
    expect(sheet.getCell('A1').value).toBe('TRUNG TÂM ĐỔI MỚI SÁNG TẠO');
    expect(sheet.getRow(7).getCell(6).value).toBe('Ký tên');
    expect(sheet.getRow(8).getCell(1).value).toBe(1);
    expect(sheet.getRow(32).getCell(2).value).toBe('Lê Thị Ánh Nguyệt 25');
    expect(sheet.getRow(8).getCell(6).value).toBeNull();
  });

  it('has nothing to annex for a document without tables', async () => {
    const doc = {
      ...quarterlyReport(),
      body: [{ type: 'paragraph' as const, text: 'Không có bảng.' }],
    };
    expect(await officialXlsxBytes(doc)).toBeUndefined();
  });
});
