import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, splitHeader, TABLE_LIMITS } from './table';

const utf8 = (text: string) => new TextEncoder().encode(text);
const limits = { ...TABLE_LIMITS, maxRows: 3, maxColumns: 3 };

async function xlsx(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('a table read within the caller’s limits', () => {
  it('takes the first row with anything in it as the header and drops empty rows', async () => {
    expect(
      splitHeader([
        { line: 1, cells: ['', ' '] },
        { line: 2, cells: ['Tên', 'Email'] },
        { line: 3, cells: ['', ''] },
        { line: 4, cells: ['An', 'an@x.vn'] },
      ]),
    ).toEqual({
      header: { line: 2, cells: ['Tên', 'Email'] },
      rows: [{ line: 4, cells: ['An', 'an@x.vn'] }],
    });
    expect(splitHeader([{ line: 1, cells: [''] }])).toEqual({ rows: [] });
  });

  it('reads CSV and XLSX alike, and refuses either past its rows or columns', async () => {
    const csv = await readTable(utf8('Tên;Email\nAn;an@x.vn\n\nBình;binh@x.vn\n'), limits);
    expect(csv).toEqual({
      ok: true,
      table: {
        format: 'csv',
        headers: ['Tên', 'Email'],
        headerLine: 1,
        delimiter: ';',
        rows: [
          { line: 2, cells: ['An', 'an@x.vn'] },
          { line: 4, cells: ['Bình', 'binh@x.vn'] },
        ],
      },
    });
    const sheet = await readTable(
      await xlsx([
        ['Tên', 'Email'],
        ['An', 'an@x.vn'],
      ]),
      limits,
    );
    expect(sheet.ok && sheet.table).toMatchObject({ format: 'xlsx', headers: ['Tên', 'Email'] });
    const fourRows = [['Tên'], ['An'], ['Bình'], ['Chi'], ['Dũng']];
    expect(await readTable(utf8(fourRows.join('\n')), limits)).toEqual({
      ok: false,
      refusal: 'TOO_MANY_ROWS',
    });
    expect(await readTable(await xlsx(fourRows), limits)).toMatchObject({
      ok: false,
      refusal: 'TOO_MANY_ROWS',
    });
    expect(
      await readTable(
        await xlsx([
          ['A', 'B', 'C', 'D'],
          [1, 2, 3, 4],
        ]),
        limits,
      ),
    ).toMatchObject({
      ok: false,
      refusal: 'TOO_MANY_COLUMNS',
    });
  });

  it('says what a file that is no table is', async () => {
    expect(await readTable(new Uint8Array())).toMatchObject({ refusal: 'EMPTY' });
    expect(await readTable(utf8('Tên\n\n'))).toMatchObject({ refusal: 'NO_ROWS' });
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(await readTable(ole2)).toMatchObject({ refusal: 'LEGACY_XLS' });
    expect(await readTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({
      refusal: 'NOT_SPREADSHEET',
    });
  });
});
