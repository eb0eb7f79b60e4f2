// A real office suite opens the DOCX: LibreOffice headless converts it to PDF, and the PDF says
// what the document says, on A4 pages in the right orientation.
import { describe, expect, it } from 'vitest';
import { officialDocxBytes } from './official-docx';
import { attendanceList, quarterlyReport } from './testing/sample-documents';
import { convertDocxToPdf, hasOfficeSuite } from './testing/office-suite';

describe.skipIf(!hasOfficeSuite)('official DOCX opened by LibreOffice', () => {
  it(
    'converts to PDF with the header, number, date, figures and signature',
    { timeout: 180_000 },
    async () => {
      const { report, attendance } = await convertDocxToPdf({
        report: await officialDocxBytes(quarterlyReport(3)),
        attendance: await officialDocxBytes(attendanceList(30)),
      });

      expect([report!.width, report!.height]).toEqual([595, 842]);
      expect(report!.pages).toBeGreaterThan(1);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 15/BC-SKHCN',
        'Lâm Đồng, ngày 06 tháng 12 năm 2026',
        'BÁO CÁO',
        '1.234.567',
        'KT. GIÁM ĐỐC',
        'Nguyễn Thị Hồng Nhung',
      ])
        expect(report!.text).toContain(expected);

      expect([attendance!.width, attendance!.height]).toEqual([842, 595]);
      expect(attendance!.text).toContain('Đại biểu tham dự Techfest Lâm Đồng 2026');
      expect(attendance!.text).toContain('Trần Văn Đức 30');
    },
  );
});
