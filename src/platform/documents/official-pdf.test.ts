import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { officialPdfBytes } from './official-pdf';
import { attendanceList, quarterlyReport } from './testing/sample-documents';

async function pdfText(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return { pages: text.map((t) => t.replace(/\s+/g, ' ')), pdf };
}

/** What is printed above the 20 mm top margin of a page, and where its middle is. */
async function topMargin(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, n: number) {
  const page = await pdf.getPage(n);
  const height = page.view[3]!;
  const { items } = await page.getTextContent();
  return items
    .filter((i) => 'str' in i && i.str.trim() && i.transform[5] > height - (20 * 72) / 25.4)
    .map((i) =>
      'str' in i ? { text: i.str, centre: Math.round(i.transform[4] + i.width / 2) } : {},
    );
}

describe('official PDF (in process, embedded fonts)', () => {
  it('renders the Vietnamese text intact, with the header, number, date, title, figures and signature', async () => {
    const bytes = await officialPdfBytes(quarterlyReport(3));
    const { pages } = await pdfText(bytes);
    const all = pages.join(' ');
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/BC-SKHCN',
      'Lâm Đồng, ngày 06 tháng 12 năm 2026',
      'BÁO CÁO',
      'Sở Khoa học và Công nghệ báo cáo kết quả thực hiện quý IV năm 2026',
      'Vốn đầu tư được các dự án huy động 48.000 1.234.567 2.572,0%',
      'Biểu đồ 1. Doanh nghiệp khởi nghiệp đổi mới sáng tạo theo quý',
      '1.250',
      'Quý III',
      'Năm 2026',
      'Tổng cộng 60.520 1.246.449',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hồng Nhung',
      'Nơi nhận:',
    ])
      expect(all).toContain(expected);
    expect(pages.length).toBeGreaterThan(1);
    // Page numbers sit in the top margin, centred between the margins (30 + 165 / 2 mm = 319 pt),
    // from page 2 on.
    const { pdf } = await pdfText(bytes);
    expect(await topMargin(pdf, 1)).toEqual([]);
    expect(await topMargin(pdf, 2)).toEqual([{ text: '2', centre: 319 }]);
  });

  it('embeds the Tinos fonts and is an A4 page with its margins', async () => {
    const bytes = await officialPdfBytes(quarterlyReport());
    const raw = bytes.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
    expect(raw).toContain('/FontFile2');
    const { pdf } = await pdfText(bytes);
    const page = await pdf.getPage(1);
    const [, , width, height] = page.view;
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
  });

  it('prints the attendance list landscape with every delegate', async () => {
    const { pages, pdf } = await pdfText(await officialPdfBytes(attendanceList(40)));
    const [, , width, height] = (await pdf.getPage(1)).view;
    expect(width).toBeGreaterThan(height!);
    const all = pages.join(' ');
    expect(all).toContain('DANH SÁCH');
    expect(all).toContain('Đại biểu tham dự Techfest Lâm Đồng 2026');
    for (let n = 1; n <= 40; n += 1)
      expect(all).toMatch(new RegExp(`\\b${n} (Lê Thị Ánh Nguyệt|Trần Văn Đức) ${n}\\b`));
    // The header row is repeated on each page the list runs onto.
    expect(pages.filter((p) => p.includes('Họ và tên')).length).toBe(pages.length);
  });
});
