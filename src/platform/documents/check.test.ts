import { describe, expect, it } from 'vitest';
import { officialDocxBytes } from './official-docx';
import { officialPdfBytes } from './official-pdf';
import { officialXlsxBytes } from './official-xlsx';
import { quarterlyReport, targetsTable } from './testing/sample-documents';
import type { OfficialDocument } from './types';

const renderers = [officialDocxBytes, officialXlsxBytes, officialPdfBytes];

const withTable = (rows: (string | number | null)[][]): OfficialDocument => ({
  ...quarterlyReport(),
  body: [{ ...targetsTable, rows }],
});

describe('a description that cannot be printed faithfully', () => {
  it.each([
    ['a row longer than the columns', withTable([[1, 'x', 1, 2, 3, 4]]), /row 1 has 6 cells for 5/],
    ['a figure that is not a number', withTable([[1, 'x', Number.NaN, 2, 3]]), /NaN/],
    ['a day that does not exist', { ...quarterlyReport(), date: '2026-02-30' }, /2026-02-30/],
    [
      'no signer',
      { ...quarterlyReport(), signature: { position: 'Giám đốc', name: ' ' } },
      /signer/,
    ],
  ])('is refused by every renderer: %s', async (_, doc, message) => {
    for (const render of renderers) await expect(render(doc)).rejects.toThrow(message);
  });
});
