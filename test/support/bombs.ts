// Upload bombs made in code: small files that unpack to gigabytes. A deflate stream that was
// flushed in full can be cut and joined, so one compressed block of a repeated chunk stands for
// every repetition, and building a 1.6 GB sheet costs a few MB and milliseconds.
import { constants, deflateRawSync } from 'node:zlib';
import { zipArchive, type ZipPart } from '../../src/platform/files/zip';

const flushed = (text: string) =>
  deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH });

/** A deflated part made of pieces each repeated; `declared` is the size the archive states. */
export function deflatedPart(
  name: string,
  pieces: readonly { text: string; times: number }[],
  declared?: number,
): ZipPart {
  const blocks: Uint8Array[] = [];
  let size = 0;
  for (const { text, times } of pieces) {
    const block = flushed(text);
    for (let i = 0; i < times; i++) blocks.push(block);
    size += Buffer.byteLength(text) * times;
  }
  blocks.push(deflateRawSync(Buffer.alloc(0)));
  return { name, data: Buffer.concat(blocks), method: 8, size: declared ?? size, crc: 0 };
}

export const archive = (parts: readonly ZipPart[]) =>
  new Uint8Array(Buffer.concat(zipArchive(parts)));

const xmlPart = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(xml) });

/** The parts of a one-sheet workbook other than its sheet and shared strings. */
export const workbookParts = (): ZipPart[] => [
  xmlPart(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  ),
  xmlPart(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  xmlPart(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  xmlPart(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  ),
];

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = '</sheetData></worksheet>';

/**
 * The sheet of the report: 400 rows of 200 inline cells of 20,000 characters, 1.6 GB unpacked,
 * about 2 MB packed. `declared` lets the archive lie about its size.
 */
export function xlsxBomb(declared?: number): Uint8Array {
  const cell = `<c t="inlineStr"><is><t>${'A'.repeat(20_000)}</t></is></c>`;
  const sheet = deflatedPart(
    'xl/worksheets/sheet1.xml',
    [
      { text: SHEET_OPEN, times: 1 },
      { text: `<row>${cell.repeat(200)}</row>`, times: 400 },
      { text: SHEET_CLOSE, times: 1 },
    ],
    declared,
  );
  return archive([...workbookParts(), sheet]);
}

/**
 * A sheet small enough to unpack (about 9 MB) whose cells all point at one shared string of
 * `length` characters: `rows` × 200 cells of it.
 */
export function sharedStringBomb(length: number, rows: number): Uint8Array {
  const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'B'.repeat(length)}</t></si></sst>`;
  const column = (i: number) =>
    i < 26
      ? String.fromCharCode(65 + i)
      : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26));
  const row = (r: number) =>
    `<row r="${r}">${Array.from({ length: 200 }, (_, i) => `<c r="${column(i)}${r}" t="s"><v>0</v></c>`).join('')}</row>`;
  const sheet =
    SHEET_OPEN + Array.from({ length: rows }, (_, i) => row(i + 1)).join('') + SHEET_CLOSE;
  return archive([
    ...workbookParts(),
    {
      name: 'xl/sharedStrings.xml',
      data: deflateRawSync(strings),
      method: 8,
      size: Buffer.byteLength(strings),
      crc: 0,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: deflateRawSync(sheet),
      method: 8,
      size: Buffer.byteLength(sheet),
      crc: 0,
    },
  ]);
}

/** A Word document whose body unpacks to 1.6 GB; its [Content_Types].xml is honest. */
export function docxBomb(): Uint8Array {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return archive([
    xmlPart('[Content_Types].xml', types),
    deflatedPart('word/document.xml', [
      { text: `<w:p>${'C'.repeat(1_000_000)}</w:p>`, times: 1600 },
    ]),
  ]);
}

/** A plain ZIP whose [Content_Types].xml, the one entry read, unpacks to 1 GB while claiming 1 KB. */
export function zipBomb(): Uint8Array {
  return archive([
    deflatedPart('[Content_Types].xml', [{ text: 'D'.repeat(1_000_000), times: 1000 }], 1024),
  ]);
}
