import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makePng } from '../../../test/support/images';
import { checkDocument, sniffDocument } from './documents';

const text = (s: string) => new TextEncoder().encode(s);

/** A one-entry ZIP archive (deflated), enough for the central directory reader. */
function zipOf(name: string, content: string): Uint8Array {
  const data = deflateRawSync(text(content));
  const n = text(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + n.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + n.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([local, n, data, central, n, eocd]));
}

const types = (main: string) =>
  `<?xml version="1.0"?><Types><Override PartName="/x.xml" ContentType="${main}"/></Types>`;

describe('document kind, read from the bytes', () => {
  it('tells PDF, PNG, MP4, Office files and plain ZIP apart', () => {
    expect(sniffDocument(text('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffDocument(makePng(2, 2))).toBe('png');
    expect(sniffDocument(new Uint8Array([0, 0, 0, 24, ...text('ftypisom'), 0, 0]))).toBe('mp4');
    const docx = zipOf(
      '[Content_Types].xml',
      types('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    );
    expect(sniffDocument(docx)).toBe('docx');
    const xlsx = zipOf(
      '[Content_Types].xml',
      types('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
    );
    expect(sniffDocument(xlsx)).toBe('xlsx');
    expect(sniffDocument(zipOf('notes.txt', 'hello'))).toBe('zip');
    expect(sniffDocument(text('MZ\x90\x00 not a document'))).toBeUndefined();
  });

  it('refuses by content, whatever the name says', () => {
    const rules = { kinds: ['pdf'] as const, maxBytes: 100 };
    expect(checkDocument(text('%PDF-1.4'), rules)).toEqual({ ok: true, kind: 'pdf' });
    expect(checkDocument(text('<html>'), rules)).toMatchObject({ ok: false, reason: 'WRONG_TYPE' });
    expect(checkDocument(new Uint8Array(0), rules)).toMatchObject({ reason: 'EMPTY' });
    expect(checkDocument(new Uint8Array(101), rules)).toMatchObject({ reason: 'TOO_LARGE' });
  });
});
