// A column chart drawn in vectors, in greys that survive a black-and-white printer: a value axis
// with round steps, a column per series in each category with its value above, the categories
// under the axis and a legend when there are several series.
import { cellText, SIZE } from '../layout';
import type { ChartBlock } from '../types';
import { ensureSpace, line, pt, use, type Sheet } from './sheet';

const HEIGHT = pt(75);
const AXIS_LABELS = 42;
const CATEGORY_LABELS = 30;
const GREYS = ['#3a3a3a', '#8a8a8a', '#c4c4c4', '#5e5e5e', '#a8a8a8'];
const LABEL = 9;

/** A step of 1, 2 or 5 times a power of ten giving about four steps up to the top value. */
export function roundStep(top: number): number {
  if (top <= 0) return 1;
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

function drawLegend(sheet: Sheet, chart: ChartBlock, y: number) {
  use(sheet, 'regular', LABEL);
  let x = sheet.left + AXIS_LABELS;
  chart.series.forEach((s, i) => {
    sheet.pdf.rect(x, y + 1, 8, 8).fill(GREYS[i % GREYS.length]!);
    sheet.pdf.fillColor('black').text(s.name, x + 11, y, { lineBreak: false });
    x += 11 + sheet.pdf.widthOfString(s.name) + 14;
  });
}

export function drawChart(sheet: Sheet, chart: ChartBlock) {
  const legend = chart.series.length > 1 ? 14 : 0;
  ensureSpace(sheet, HEIGHT + 40 + legend);
  if (chart.caption) line(sheet, chart.caption, { size: SIZE.body, bold: true });
  if (chart.unit) line(sheet, chart.unit, { size: SIZE.table, italic: true, align: 'right' });
  const { pdf } = sheet;
  const top = pdf.y + 12;
  const plotLeft = sheet.left + AXIS_LABELS;
  const plotWidth = sheet.width - AXIS_LABELS;
  const plotHeight = HEIGHT - CATEGORY_LABELS;
  const base = top + plotHeight;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const step = roundStep(Math.max(0, ...values));
  const ceiling = Math.max(step, Math.ceil(Math.max(0, ...values) / step) * step);
  const y = (v: number) => base - (Math.max(0, v) / ceiling) * plotHeight;
  const format = { header: '', kind: 'number' as const, decimals: chart.decimals };

  use(sheet, 'regular', LABEL);
  for (let v = 0; v <= ceiling + step / 2; v += step) {
    pdf
      .lineWidth(0.3)
      .strokeColor(v === 0 ? 'black' : '#bbbbbb')
      .moveTo(plotLeft, y(v))
      .lineTo(plotLeft + plotWidth, y(v))
      .stroke();
    pdf.fillColor('black').text(cellText(v, format), sheet.left, y(v) - 4, {
      width: AXIS_LABELS - 4,
      align: 'right',
      lineBreak: false,
    });
  }
  pdf.strokeColor('black');
  const slot = plotWidth / chart.categories.length;
  const bar = (slot * 0.7) / chart.series.length;
  chart.categories.forEach((category, c) => {
    const x0 = plotLeft + slot * c + slot * 0.15;
    chart.series.forEach((s, i) => {
      const value = s.values[c];
      if (value === null || value === undefined) return;
      const x = x0 + bar * i;
      pdf.rect(x, y(value), bar, base - y(value)).fill(GREYS[i % GREYS.length]!);
      pdf.fillColor('black').text(cellText(value, format), x - 10, y(value) - 11, {
        width: bar + 20,
        align: 'center',
        lineBreak: false,
      });
    });
    pdf.text(category, plotLeft + slot * c, base + 4, {
      width: slot,
      align: 'center',
      height: CATEGORY_LABELS - 4,
      ellipsis: true,
    });
  });
  if (legend) drawLegend(sheet, chart, base + CATEGORY_LABELS);
  pdf.fillColor('black');
  pdf.x = sheet.left;
  pdf.y = base + CATEGORY_LABELS + legend + 8;
}
