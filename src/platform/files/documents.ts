// What an uploaded document really is, read from its bytes: never from its name or the
// Content-Type the client sent. Office files are ZIP archives; they are told apart from a plain
// ZIP (and from each other) by the main part their [Content_Types].xml declares.
import { inflateRawSync } from 'node:zlib';
import { sniffImage } from './image';

export const DOCUMENT_KINDS = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'mp4', 'zip'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_TYPES: Record<DocumentKind, { mime: string; extension: string }> = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
  },
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  mp4: { mime: 'video/mp4', extension: 'mp4' },
  zip: { mime: 'application/zip', extension: 'zip' },
};

/** The main part each Office kind declares (macro-enabled variants are not accepted). */
const OFFICE_MAIN_PARTS: [DocumentKind, string][] = [
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
  ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
];

const ascii = (b: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...b.subarray(start, Math.min(end, b.length)));
const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;

/** [Content_Types].xml is a few KB; a larger one is not an Office file we read. */
const CONTENT_TYPES_MAX = 256 * 1024;

/** The bytes of one entry of a ZIP archive, found through its central directory. */
export function readZipEntry(
  b: Uint8Array,
  name: string,
  maxBytes: number,
): Uint8Array | undefined {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  for (let n = 0; n < entries && at + 46 <= b.length; n++) {
    if (u32(b, at) !== 0x02014b50) return undefined;
    const method = u16(b, at + 10);
    const compressed = u32(b, at + 20);
    const size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (ascii(b, at + 46, at + 46 + nameLength) === name) {
      if (size > maxBytes) return undefined;
      const local = u32(b, at + 42);
      if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return undefined;
      const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
      const data = b.subarray(start, start + compressed);
      if (data.length !== compressed) return undefined;
      if (method === 0) return data;
      if (method !== 8) return undefined;
      try {
        return inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch {
        return undefined;
      }
    }
    at = next;
  }
  return undefined;
}

function officeKind(b: Uint8Array): DocumentKind | undefined {
  const types = readZipEntry(b, '[Content_Types].xml', CONTENT_TYPES_MAX);
  if (!types) return undefined;
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(types);
  return OFFICE_MAIN_PARTS.find(([, part]) => xml.includes(`ContentType="${part}"`))?.[0];
}

/** The kind of a document, image, video or archive; undefined for anything else. */
export function sniffDocument(b: Uint8Array): DocumentKind | undefined {
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  const image = sniffImage(b);
  if (image?.kind === 'png' || image?.kind === 'jpeg') return image.kind;
  // ISO base media: a first box of type ftyp; QuickTime and 3GP brands are not MP4 here.
  if (
    ascii(b, 4, 8) === 'ftyp' &&
    /^(isom|iso[2-9]|mp4[12]|avc1|dash|M4V |mp71)$/.test(ascii(b, 8, 12))
  )
    return 'mp4';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b) {
    if (b[2] === 0x05 && b[3] === 0x06) return 'zip';
    if (b[2] === 0x03 && b[3] === 0x04) return officeKind(b) ?? 'zip';
  }
  return undefined;
}

export type DocumentRefusal = 'EMPTY' | 'TOO_LARGE' | 'WRONG_TYPE';
export type DocumentCheck =
  { ok: true; kind: DocumentKind } | { ok: false; reason: DocumentRefusal; kind?: DocumentKind };

/** Checks an upload against a question's accepted kinds and size, by its content alone. */
export function checkDocument(
  bytes: Uint8Array,
  rules: { kinds: readonly DocumentKind[]; maxBytes: number },
): DocumentCheck {
  if (bytes.length === 0) return { ok: false, reason: 'EMPTY' };
  if (bytes.length > rules.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  const kind = sniffDocument(bytes);
  if (!kind || !rules.kinds.includes(kind)) return { ok: false, reason: 'WRONG_TYPE', kind };
  return { ok: true, kind };
}
