// The minutes as a DOCX file (the `docx` library, loaded on first use), with the same words as
// the printable page.
import type { AuditContext } from '../../../../platform/audit';
import { councilMinutes } from './council.queries';
import { MINUTES_HEADER, minutesText } from './council-minutes-text';
import type { DbDeps } from '../common';

export async function councilMinutesDocx(
  deps: DbDeps,
  acting: AuditContext,
  input: { councilId: string },
) {
  const { councilId } = input;
  const minutes = await councilMinutes(deps, acting, { councilId });
  const text = minutesText(minutes);
  const d = await import('docx');
  const para = (s: string, opts: { bold?: boolean; center?: boolean; italic?: boolean } = {}) =>
    new d.Paragraph({
      alignment: opts.center ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
      children: [
        new d.TextRun({
          text: s,
          bold: opts.bold,
          italics: opts.italic,
          font: 'Times New Roman',
          size: 26,
        }),
      ],
    });
  const table = (head: readonly string[], rows: string[][]) =>
    new d.Table({
      width: { size: 100, type: d.WidthType.PERCENTAGE },
      rows: [head as string[], ...rows].map(
        (cells, i) =>
          new d.TableRow({
            children: cells.map(
              (cell) => new d.TableCell({ children: [para(cell, { bold: i === 0 })] }),
            ),
          }),
      ),
    });
  const doc = new d.Document({
    creator: 'InnoHub',
    title: MINUTES_HEADER.title,
    sections: [
      {
        children: [
          para(MINUTES_HEADER.nation, { bold: true, center: true }),
          para(MINUTES_HEADER.motto, { bold: true, center: true }),
          para(text.placeDate, { italic: true, center: true }),
          para(MINUTES_HEADER.title, { bold: true, center: true }),
          para(text.subtitle, { center: true }),
          para(text.opening),
          para('I. THÀNH PHẦN THAM DỰ', { bold: true }),
          para(text.presentLine),
          ...text.present.map((s) => para(`- ${s}`)),
          ...(text.absent.length > 0
            ? [para('Vắng mặt:'), ...text.absent.map((s) => para(`- ${s}`))]
            : []),
          para('II. KẾT QUẢ XẾP HẠNG', { bold: true }),
          ...(text.ranking.length > 0
            ? [table(text.rankingHead, text.ranking)]
            : [para('Không có kết quả chấm điểm.')]),
          para('III. QUYẾT ĐỊNH', { bold: true }),
          ...(text.decisions.length > 0
            ? [table(text.decisionsHead, text.decisions)]
            : [para('Chưa có quyết định.')]),
          para('IV. KẾT LUẬN CỦA HỘI ĐỒNG', { bold: true }),
          ...text.conclusions.map((s) => para(s)),
          ...text.signers.flatMap(([role, name]) => [
            para(role, { bold: true, center: true }),
            para(name, { center: true }),
          ]),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await d.Packer.toBuffer(doc));
  return { bytes, filename: `bien-ban-${minutes.council.id.slice(0, 8)}.docx` };
}
