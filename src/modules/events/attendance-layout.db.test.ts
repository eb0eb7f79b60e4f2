// The signed attendance list of an event, as staff download it for budget settlement, is in the
// official layout of Decree 30/2020 (../shared/domain/ §2.7): the national header and motto, the
// place and date line ("ngày 20 tháng 12 năm 2026", day padded, month 12 not), the title, the
// signer's title and name, a landscape A4 page with Phụ lục I's margins in Times New Roman, and a
// signature column whose header row repeats on every page.
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/db';
import { readZipEntry } from '../../platform/files/zip';
import { openDoorFixture, STAFF, type DoorFixture } from './testing/door-fixture';

const part = (docx: Buffer, name: string) =>
  new TextDecoder().decode(readZipEntry(docx, name, 10_000_000));

describe.each(testEngines)('the attendance list’s official layout on %s', (engine) => {
  let f: DoorFixture;
  beforeAll(async () => {
    f = await openDoorFixture(engine, { 'Khởi nghiệp': 5 });
    const code = await f.register('an', 'Khởi nghiệp');
    f.t.setNow(new Date('2026-12-20T02:12:00Z'));
    expect((await f.staff.post(`${STAFF}/${f.eventId}/check-in`, { code })).status).toBe(200);
  });
  afterAll(() => f.close());

  it('the DOCX has the national header, the dated place line, the signer and Phụ lục I’s page', async () => {
    const signer = `signer=${encodeURIComponent('Phạm Quốc Bảo')}&position=${encodeURIComponent('Giám đốc')}`;
    const res = await f.staff.get(`${STAFF}/${f.eventId}/attendance/list.docx?${signer}`);
    expect(res.status).toBe(200);
    const docx = Buffer.from(await res.arrayBuffer());
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const text = value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/, ngày 20 tháng 12 năm 2026/);
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Phạm Quốc Bảo');
    expect(text).toMatch(/1\s*an/);
    const document = part(docx, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(document).toMatch(/w:top="1701" w:right="1134" w:bottom="850" w:left="1134"/);
    expect(document).toContain('<w:tblHeader/>');
    expect(part(docx, 'word/styles.xml')).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
  });
});
