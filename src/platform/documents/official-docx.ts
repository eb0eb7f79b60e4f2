// An official document as DOCX in the Decree 30/2020 layout (Phụ lục I): A4, the margins and
// Times New Roman of layout.ts, page numbers centred in the top margin from page 2 on.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { bodyParagraphs } from './docx/body';
import { closingTable } from './docx/closing';
import { headerTable, titleBlock } from './docx/header';
import { halfPoints, twips } from './docx/units';
import { A4_MM, FONT_FAMILY, marginsMm, SIZE } from './layout';
import type { OfficialDocument } from './types';
import { checkDocument } from './check';

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) }),
        ],
      }),
    ],
  });

/** Word's header sits this far from the page's edge: inside the top margin. */
const HEADER_DISTANCE_MM = 10;

export function officialDocx(doc: OfficialDocument): Document {
  const margins = marginsMm(doc);
  const isLandscape = doc.orientation === 'landscape';
  return new Document({
    creator: doc.issuer.name,
    title: [doc.kind, doc.summary].filter(Boolean).join(' ') || doc.issuer.name,
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: halfPoints(SIZE.body) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: twips(A4_MM.width),
              height: twips(A4_MM.height),
              orientation: isLandscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
              header: twips(HEADER_DISTANCE_MM),
              footer: twips(HEADER_DISTANCE_MM),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          headerTable(doc),
          ...titleBlock(doc),
          ...bodyParagraphs(doc),
          new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
          closingTable(doc),
        ],
      },
    ],
  });
}

/** The document's .docx bytes. */
export async function officialDocxBytes(doc: OfficialDocument): Promise<Buffer> {
  checkDocument(doc);
  return Packer.toBuffer(officialDocx(doc));
}
