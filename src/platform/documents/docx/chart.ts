// A chart as Word's own chart part (word/charts/chartN.xml with its embedded workbook): editable
// in Word, drawn by Word and LibreOffice from its data.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { ChartRun } from 'docx/charts';
import { FONT_FAMILY, SIZE } from '../layout';
import type { ChartBlock, OfficialDocument } from '../types';
import { halfPoints, pointTwips, textWidthMm } from './units';

const pixels = (mm: number) => Math.round((mm / 25.4) * 96);
const CHART_HEIGHT_MM = 75;

export function chartParagraphs(block: ChartBlock, doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (block.caption)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: pointTwips(6), after: pointTwips(3) },
        children: [
          new TextRun({
            text: block.caption.normalize('NFC'),
            bold: true,
            size: halfPoints(SIZE.body),
          }),
        ],
      }),
    );
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: pointTwips(6) },
      children: [
        new ChartRun({
          type: 'column',
          categories: block.categories.map((c) => c.normalize('NFC')),
          series: block.series.map((s) => ({ name: s.name.normalize('NFC'), values: s.values })),
          font: { name: FONT_FAMILY },
          legend: block.series.length > 1 ? { position: 'bottom' } : false,
          dataLabels: { value: true },
          transformation: {
            width: pixels(textWidthMm(doc) * 0.9),
            height: pixels(CHART_HEIGHT_MM),
          },
        }),
      ],
    }),
  );
  return out;
}
