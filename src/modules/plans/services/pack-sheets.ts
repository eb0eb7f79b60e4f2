// The lists of the evidence pack as workbooks: a title row, a bold header, one row per record,
// numbers stored as numbers and a closing total. Data lists, not official documents: nobody
// signs them, so they are not written through the official document kit, which requires a
// signer. ExcelJS loads on first use, as the kit's writer does.
export interface ListColumn {
  header: string;
  width: number;
  isNumber?: boolean;
}

export type ListCell = string | number | null;

export interface ListSheet {
  sheetName: string;
  title: string;
  columns: ListColumn[];
  rows: ListCell[][];
  total?: ListCell[];
}

/** Spreadsheet programs run a text that starts like a formula: it is kept as text. */
const safe = (cell: ListCell) =>
  typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;

export async function listXlsx(list: ListSheet): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'InnoHub';
  const sheet = book.addWorksheet(list.sheetName);
  sheet.columns = list.columns.map((c) => ({
    width: c.width,
    style: c.isNumber ? { numFmt: '#,##0' } : {},
  }));
  sheet.addRow([list.title]).font = { bold: true, size: 13 };
  sheet.addRow(list.columns.map((c) => c.header)).font = { bold: true };
  for (const row of list.rows) sheet.addRow(row.map(safe));
  if (list.total) sheet.addRow(list.total.map(safe)).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
