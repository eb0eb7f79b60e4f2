import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readZipEntry } from '../files/zip';
import { officialDocxBytes } from './official-docx';
import { attendanceList, quarterlyReport } from './testing/sample-documents';

const part = (docx: Buffer, name: string) =>
  new TextDecoder().decode(readZipEntry(docx, name, 10_000_000));

describe('official DOCX (Decree 30/2020 layout)', () => {
  it('reads back with the national header, number, date line, title, signature and figures', async () => {
    const docx = await officialDocxBytes(quarterlyReport());
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-SKHCN',
      'Lâm Đồng, ngày 06 tháng 12 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quý IV năm 2026',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hồng Nhung',
      'Nơi nhận:',
      '- Lưu: VT, QLKH.',
    ])
      expect(lines).toContain(expected);
    // The signer's name comes after the titles, below the room for signature and seal.
    expect(lines.indexOf('Nguyễn Thị Hồng Nhung')).toBeGreaterThan(lines.indexOf('PHÓ GIÁM ĐỐC'));

    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const row = cells.indexOf('Vốn đầu tư được các dự án huy động');
    expect(cells.slice(row, row + 4)).toEqual([
      'Vốn đầu tư được các dự án huy động',
      '48.000',
      '1.234.567',
      '2.572,0%',
    ]);
    expect(html).toContain('<strong>Tổng cộng</strong>');
    expect(html).toContain('<strong>60.520</strong>');
  });

  it('is A4 with the margins, font and page numbers of Phụ lục I', async () => {
    const docx = await officialDocxBytes(quarterlyReport());
    const document = part(docx, 'word/document.xml');
    // A4 = 210 × 297 mm; top and bottom 20 mm, left 30 mm, right 15 mm (twips: mm × 1440 / 25.4).
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    // Page 1 has its own (empty) header; the others show the page number, centred.
    expect(document).toContain('<w:titlePg/>');
    const headers = ['word/header1.xml', 'word/header2.xml'].map((h) => part(docx, h));
    const numbered = headers.filter((h) => h.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    const styles = part(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
    // The motto is underlined over its own length; numbers are right-aligned.
    expect(document).toMatch(/<w:u w:val="single"\/>.*?Độc lập - Tự do - Hạnh phúc/s);
    expect(document).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*1\.234\.567/s);
  });

  it('turns the attendance list landscape, binding edge on top, with its signature column', async () => {
    const docx = await officialDocxBytes(attendanceList(40));
    const document = part(docx, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(document).toMatch(/w:top="1701" w:right="1134" w:bottom="850" w:left="1134"/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Đại biểu tham dự Techfest Lâm Đồng 2026');
    expect(text).toContain('Ký tên');
    expect(text).toContain('Lê Thị Ánh Nguyệt 39');
    expect(text).toContain('Lâm Đồng, ngày 05 tháng 3 năm 2026');
    // No number was given: no "Số:" line.
    expect(text).not.toContain('Số:');
    // The header row repeats on every page; rows keep room for a signature.
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/);
  });
  it('holds the chart as a Word chart with its data', async () => {
    const docx = await officialDocxBytes(quarterlyReport());
    const chart = part(docx, 'word/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/>');
    for (const text of ['Quý III', 'Năm 2026', '1250']) expect(chart).toContain(text);
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain('Biểu đồ 1. Doanh nghiệp khởi nghiệp đổi mới sáng tạo theo quý');
  });

  it('lays out a công văn: no type title, its summary as "V/v …" under the number', async () => {
    const letter = {
      ...quarterlyReport(),
      symbol: '123/SKHCN-VP',
      kind: undefined,
      summary: 'góp ý dự thảo Kế hoạch năm 2027',
    };
    const { value: text } = await mammoth.extractRawText({
      buffer: await officialDocxBytes(letter),
    });
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.indexOf('V/v góp ý dự thảo Kế hoạch năm 2027')).toBe(
      lines.indexOf('Số: 123/SKHCN-VP') + 1,
    );
    expect(lines).not.toContain('BÁO CÁO');
  });
});
