// What an uploaded document really is, read from its bytes: never from its name or the
// Content-Type the client sent. Office files are ZIP archives; they are told apart from a plain
// ZIP (and from each other) by the main part their [Content_Types].xml declares.
import { sniffImage } from './image';
import { readZipEntry } from './zip';

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

/** [Content_Types].xml is a few KB; a larger one is not an Office file we read. */
const CONTENT_TYPES_MAX = 256 * 1024;

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
