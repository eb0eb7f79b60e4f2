// A description the kit cannot print faithfully is the caller's bug: it fails loudly here, before
// a document with a shifted column or "NaN" in a total goes out for signature.
import { chartTable } from './chart-data';
import type { Cell, ChartBlock, OfficialDocument, TableBlock } from './types';

function checkCells(cells: Cell[], table: TableBlock, where: string) {
  if (cells.length > table.columns.length)
    throw new Error(`${where} has ${cells.length} cells for ${table.columns.length} columns`);
  for (const cell of cells)
    if (typeof cell === 'number' && !Number.isFinite(cell))
      throw new Error(`${where} holds ${cell}, not a number that can be printed`);
}

function isCalendarDay(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(iso) &&
    !Number.isNaN(day.getTime()) &&
    day.toISOString().startsWith(iso)
  );
}

function checkChart(chart: ChartBlock, b: number) {
  if (chart.categories.length === 0 || chart.series.length === 0)
    throw new Error(`chart ${b + 1} has no categories or no series`);
  const table = chartTable(chart);
  table.rows.forEach((row, r) => checkCells(row, table, `chart ${b + 1}, category ${r + 1}`));
  for (const s of chart.series)
    if (s.values.length > chart.categories.length)
      throw new Error(`chart ${b + 1}: series ${s.name} has more values than categories`);
}

export function checkDocument(doc: OfficialDocument): void {
  if (!doc.issuer.name.trim()) throw new Error('an official document needs its issuing body');
  if (!doc.signature.name.trim() || !doc.signature.position.trim())
    throw new Error('an official document needs its signer and title');
  if (!isCalendarDay(doc.date)) throw new Error(`not a yyyy-mm-dd day: ${doc.date}`);
  doc.body.forEach((block, b) => {
    if (block.type === 'chart') return checkChart(block, b);
    if (block.type !== 'table') return;
    if (block.columns.length === 0) throw new Error(`table ${b + 1} has no columns`);
    block.rows.forEach((row, r) => checkCells(row, block, `table ${b + 1}, row ${r + 1}`));
    if (block.total) checkCells(block.total, block, `table ${b + 1}, total row`);
  });
}
