import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectMapping } from './import/columns';
import { PEOPLE_COLUMNS } from './import/people-columns';
import { personCellValue } from './import/people-values';
import { sniff } from '../../platform/files/table';
import { readTable } from './import/read-table';
import { mapRow, normaliseDate } from './import/values';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('file type by content', () => {
  it('knows XLSX, legacy XLS, text and binary whatever the name', async () => {
    expect(sniff(utf8('Tên,MST\nA,1'))).toBe('text');
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe('xlsx');
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniff(png)).toBe('binary');
    // Windows-1258 / Latin-1 bytes are not UTF-8: refused rather than read as mojibake.
    expect(sniff(new Uint8Array([0x54, 0xea, 0x6e, 0x2c, 0x41]))).toBe('binary');
    expect(await readTable(png)).toEqual({
      ok: false,
      error: { key: 'directory.import.error.notSpreadsheet', params: undefined },
    });
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('not really a zip')]);
    expect(await readTable(fakeZip)).toMatchObject({
      ok: false,
      error: { key: 'directory.import.error.notXlsx' },
    });
  });

  it('reads UTF-16 text with a byte-order mark (Excel’s “Unicode text”)', async () => {
    const text = '\uFEFFTên doanh nghiệp\tMã số thuế\r\nCông ty Đà Nẵng\t0100109106\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const read = await readTable(bytes);
    expect(read.ok && read.table.rows[0]!.cells).toEqual(['Công ty Đà Nẵng', '0100109106']);
  });

  it('reads an XLSX written by ExcelJS: dates, numbers, formulas and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow([
      'Tên doanh nghiệp',
      'Mã số thuế',
      'Ngày đăng ký lần đầu',
      'Quy mô nhân sự',
      'Mô tả',
    ]);
    ws.addRow([
      'Công ty A',
      100109106,
      new Date(Date.UTC(2021, 2, 15)),
      { formula: '2*6', result: 12 },
      { richText: [{ text: 'Cảm ' }, { text: 'biến' }] },
    ]);
    ws.getCell('C2').numFmt = 'dd/mm/yyyy';
    const read = await readTable(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.ok && read.table).toMatchObject({
      format: 'xlsx',
      headers: [
        'Tên doanh nghiệp',
        'Mã số thuế',
        'Ngày đăng ký lần đầu',
        'Quy mô nhân sự',
        'Mô tả',
      ],
      rows: [{ line: 2, cells: ['Công ty A', '100109106', '2021-03-15', '12', 'Cảm biến'] }],
    });
  });
});

describe('columns and values', () => {
  it('matches Vietnamese and English headers without marks, in NFD, with hints', () => {
    const mapping = detectMapping(
      [
        'STT',
        'TEN DOANH NGHIEP',
        'Mã số thuế (*)'.normalize('NFD'),
        'Tỉnh/Thành phố',
        'Ngày thành lập (dd/mm/yyyy)',
        'Sectors',
        'External ID',
        'Ghi chú',
        'Tên công ty',
      ].map((h) => h),
    );
    expect(mapping.map((m) => m.field ?? m.ignored)).toEqual([
      'known',
      'legalName',
      'taxCode',
      'provinceCode',
      'firstRegisteredOn',
      'sectors',
      'externalId',
      'unknown',
      'legalName',
    ]);
    expect(mapping[8]!.ignored).toBe('duplicate');
  });

  it('turns labels into codes, dates into ISO and puts back lost leading zeros', () => {
    const mapping = detectMapping([
      'Loại hình',
      'Giai đoạn',
      'Lĩnh vực',
      'Mã số thuế',
      'Ngày đăng ký lần đầu',
      'Điện thoại',
      'Website',
      'Ngành VSIC',
    ]);
    const row = mapRow(mapping, 2, [
      'Cơ sở ươm tạo',
      'tang toc',
      'Năng lượng, môi trường, AI; fintech',
      '100109106',
      '5.3.2022',
      '905123456',
      'www.example.vn',
      'C - Công nghiệp chế biến, chế tạo; J',
    ]);
    expect(row.errors).toEqual([]);
    expect(row.values).toEqual({
      kind: 'incubator',
      stage: 'tang_toc',
      sectors: ['greentech', 'ai', 'fintech'],
      taxCode: '0100109106',
      firstRegisteredOn: '5/3/2022',
      phone: '0905123456',
      website: 'https://www.example.vn',
      vsicSections: ['C', 'J'],
    });
    const bad = mapRow(mapping, 3, ['Tàu vũ trụ', '', 'AI; Thiên văn']);
    expect(bad.errors).toEqual([
      {
        field: 'kind',
        message: { key: 'directory.import.error.unknownValue', params: { value: 'Tàu vũ trụ' } },
      },
      {
        field: 'sectors',
        message: { key: 'directory.import.error.unknownValue', params: { value: 'Thiên văn' } },
      },
    ]);
  });

  it('reads the date forms found in spreadsheets', () => {
    expect(normaliseDate('2022-03-05 00:00:00')).toBe('2022-03-05');
    expect(normaliseDate('05-03-2022')).toBe('05/03/2022');
    expect(normaliseDate('44625')).toBe('2022-03-05');
    expect(normaliseDate('2022/3/5')).toBe('2022-03-05');
  });
});

describe('people columns and values', () => {
  it('matches Vietnamese and English headers of people, in NFD and without marks', () => {
    const mapping = detectMapping(
      [
        'STT',
        'HO VA TEN',
        'Vai trò'.normalize('NFD'),
        'Languages',
        'Tỉnh/thành',
        'Tổ chức (MST)',
        'Chức vụ',
        'External ID',
        'Tên công ty',
      ],
      PEOPLE_COLUMNS,
    );
    expect(mapping.map((m) => m.field ?? m.ignored)).toEqual([
      'known',
      'fullName',
      'roles',
      'languages',
      'provinceCode',
      'organization',
      'affiliationTitle',
      'externalId',
      'unknown',
    ]);
  });

  it('reads roles and languages by name in either language, and organisations by address', () => {
    const mapping = detectMapping(
      ['Vai trò', 'Ngôn ngữ', 'Chuyên môn', 'Tổ chức', 'Điện thoại'],
      PEOPLE_COLUMNS,
    );
    const row = mapRow(
      mapping,
      2,
      [
        'Nhà sáng lập; mentor, Nhà đầu tư',
        'Tiếng Anh; English, en; tieng viet',
        'AI; IoT, Thương mại điện tử',
        'https://innohub.example.vn/directory/organizations/me-kong-xanh?x=1',
        '905123456',
      ],
      personCellValue,
    );
    expect(row.errors).toEqual([]);
    expect(row.values).toEqual({
      roles: ['founder', 'mentor', 'investor'],
      languages: ['en', 'vi'],
      expertise: ['AI', 'IoT', 'Thương mại điện tử'],
      organization: 'me-kong-xanh',
      phone: '0905123456',
    });
    const bad = mapRow(mapping, 3, ['Phi hành gia', 'Klingon'], personCellValue);
    expect(bad.errors.map((e) => [e.field, e.message.params])).toEqual([
      ['roles', { value: 'Phi hành gia' }],
      ['languages', { value: 'Klingon' }],
    ]);
  });
});
