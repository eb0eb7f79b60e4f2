import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('CSV reading', () => {
  it('reads semicolons, a BOM, quoted cells with separators, quotes and line breaks', () => {
    const { rows, delimiter } = parseCsv(
      '\uFEFFTên;Mô tả\r\n"Công ty A";"Dòng 1\r\ndòng 2; có ""ngoặc"""\r\nB;x\r\n',
    );
    expect(delimiter).toBe(';');
    expect(rows).toEqual([
      { line: 1, cells: ['Tên', 'Mô tả'] },
      { line: 2, cells: ['Công ty A', 'Dòng 1\r\ndòng 2; có "ngoặc"'] },
      { line: 4, cells: ['B', 'x'] },
    ]);
  });

  it('follows Excel’s sep= hint and reads tabs and bare CR line ends', () => {
    expect(parseCsv('sep=,\nA;B,C\n1;2,3').rows[1]!.cells).toEqual(['1;2', '3']);
    expect(parseCsv('A\tB\r1\t2').rows).toEqual([
      { line: 1, cells: ['A', 'B'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });
});
