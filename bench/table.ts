// The benchmark table: metric | value | target | pass/fail, one row per measured figure.

export interface Row {
  engine: string;
  metric: string;
  value: number;
  unit: string;
  /** A bound the value must meet; absent for figures shown for context. */
  target?: { op: '<=' | '>='; value: number };
}

export function passes(row: Row): boolean | undefined {
  if (!row.target) return undefined;
  return row.target.op === '<=' ? row.value <= row.target.value : row.value >= row.target.value;
}

export function format(value: number, unit: string): string {
  const digits = unit === 's' ? 2 : Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

export function printTable(rows: Row[]): void {
  const lines = rows.map((row) => {
    const pass = passes(row);
    return [
      `${row.engine}: ${row.metric}`,
      format(row.value, row.unit),
      row.target ? `${row.target.op} ${format(row.target.value, row.unit)}` : '—',
      pass === undefined ? '' : pass ? 'pass' : 'FAIL',
    ];
  });
  const head = ['metric', 'value', 'target', 'pass/fail'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(fmt(head));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const line of lines) console.log(fmt(line));
}
