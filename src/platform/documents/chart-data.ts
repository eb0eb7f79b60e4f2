// A chart's figures as a table: what the XLSX annex holds and what the checks read.
import type { ChartBlock, TableBlock } from './types';

export function chartTable(chart: ChartBlock): TableBlock {
  return {
    type: 'table',
    caption: chart.caption,
    sheetName: chart.sheetName,
    unit: chart.unit,
    columns: [
      { header: '', width: 3 },
      ...chart.series.map((s) => ({
        header: s.name,
        kind: 'number' as const,
        decimals: chart.decimals,
      })),
    ],
    rows: chart.categories.map((category, i) => [
      category,
      ...chart.series.map((s) => s.values[i] ?? null),
    ]),
  };
}
