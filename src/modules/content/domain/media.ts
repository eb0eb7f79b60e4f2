// What the media library holds: images and the documents articles link to (PDF, Word, Excel).
// A file's kind is read from its bytes; its name only has to agree with it.
import type { DocumentKind } from '../../../platform/files';

export const MEDIA_DOCUMENT_KINDS = ['pdf', 'docx', 'xlsx'] as const satisfies DocumentKind[];
export type MediaDocumentKind = (typeof MEDIA_DOCUMENT_KINDS)[number];
export type MediaKind = 'image' | MediaDocumentKind;

interface KindAndSize {
  kind: string;
  width: number | null;
  height: number | null;
  bytes: number | null;
}

/** An image of the library: its size is known (the table's check holds width and height to images). */
export const isMediaImage = <R extends KindAndSize>(
  row: R,
): row is R & { kind: 'image'; width: number; height: number } => row.kind === 'image';

/** A document of the library: its size in bytes was recorded when it was uploaded. */
export const isMediaDocument = <R extends KindAndSize>(
  row: R,
): row is R & { kind: MediaDocumentKind; bytes: number } => row.kind !== 'image';

/** The extensions a file of each kind may carry in its name (upper or lower case). */
const EXTENSIONS: Record<string, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  webp: ['webp'],
  gif: ['gif'],
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};

/**
 * Whether a file's name agrees with what its bytes are: a name without an extension does, one
 * whose extension names another kind (a spreadsheet called `.pdf`, an image called `.docx`, a
 * program called `.exe`) does not — someone meant it to pass for what it is not.
 */
export function nameFitsKind(name: string, kind: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return true;
  return (EXTENSIONS[kind] ?? []).includes(name.slice(dot + 1).toLowerCase());
}

/**
 * The name kept for a file: its last path segment (some browsers send a path), without control
 * characters, at most 200 characters, so it can be shown and offered as a download name.
 */
export function keptFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - ext.length) + ext;
}

/** The name a document downloads under: the kept name, its extension the kind's own. */
export function downloadName(fileName: string, kind: MediaDocumentKind): string {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName) || 'tai-lieu';
  return `${stem}.${kind}`;
}
