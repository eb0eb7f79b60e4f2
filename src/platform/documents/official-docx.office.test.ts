// A real office suite opens the DOCX: LibreOffice headless converts it to PDF, and the PDF says
// what the document says, on A4 pages in the right orientation. CI installs LibreOffice
// (.ci/run), so there the test always runs; elsewhere it runs when soffice is installed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { officialDocxBytes } from './official-docx';
import { attendanceList, quarterlyReport } from './testing/sample-documents';

const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));

const work = await mkdtemp(join(tmpdir(), 'innohub-soffice-'));
afterAll(() => rm(work, { recursive: true, force: true }));

async function readPdf(path: string) {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  const [, , width, height] = (await pdf.getPage(1)).view;
  return {
    text: text.replace(/\s+/g, ' '),
    pages: pdf.numPages,
    width: Math.round(width!),
    height: Math.round(height!),
  };
}

describe.skipIf(!soffice && !process.env.CI)('official DOCX opened by LibreOffice', () => {
  it(
    'converts to PDF with the header, number, date, figures and signature',
    { timeout: 180_000 },
    async () => {
      await writeFile(join(work, 'report.docx'), await officialDocxBytes(quarterlyReport(3)));
      await writeFile(join(work, 'attendance.docx'), await officialDocxBytes(attendanceList(30)));
      // A private profile: no shared ~/.config, no clash with another soffice running.
      await promisify(execFile)(
        soffice ?? 'soffice',
        [
          '--headless',
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          join(work, 'report.docx'),
          join(work, 'attendance.docx'),
        ],
        { timeout: 170_000 },
      );

      const report = await readPdf(join(work, 'report.pdf'));
      expect([report.width, report.height]).toEqual([595, 842]);
      expect(report.pages).toBeGreaterThan(1);
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
        expect(report.text).toContain(expected);

      const attendance = await readPdf(join(work, 'attendance.pdf'));
      expect([attendance.width, attendance.height]).toEqual([842, 595]);
      expect(attendance.text).toContain('Đại biểu tham dự Techfest Lâm Đồng 2026');
      expect(attendance.text).toContain('Trần Văn Đức 30');
    },
  );
});
