// The official text attached to a legal document: a PDF or a Word file, told by its bytes (never
// its name), at most 20 MB, and a Word file must unpack within a budget — visitors open it on
// their phones, so a file that expands to gigabytes is refused rather than passed on to them.
import type { Actor } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, type FieldMessage } from '../../../platform/errors';
import { checkDocument, DOCUMENT_TYPES, type DocumentKind } from '../../../platform/files';
import { expandsWithin } from '../../../platform/files/zip';
import type { PostedFile } from '../../../platform/input/form-values';
import { slugify } from '../../../platform/text/vietnamese';
import { findLegalBySlug, type LegalRow } from '../db/legal.repository';
import { canManageLegal } from '../permissions';

export const LEGAL_FILE_MAX_BYTES = 20 * 1_048_576;
/** The form's body: the file and the texts around it (summaries of up to 4,000 characters). */
export const LEGAL_FORM_BODY_LIMIT = LEGAL_FILE_MAX_BYTES + 1_000_000;
export const LEGAL_FILE_KINDS = ['pdf', 'docx'] as const satisfies readonly DocumentKind[];
/** What a Word file may unpack to in all: official texts with scanned pages stay far below. */
const DOCX_EXPANDED_MAX_BYTES = 64 * 1_048_576;

export type LegalFileCheck =
  { ok: true; kind: (typeof LEGAL_FILE_KINDS)[number] } | { ok: false; error: FieldMessage };

export function checkLegalFile(file: PostedFile): LegalFileCheck {
  const checked = checkDocument(file.bytes, {
    kinds: LEGAL_FILE_KINDS,
    maxBytes: LEGAL_FILE_MAX_BYTES,
  });
  const name = { fileName: file.name };
  if (!checked.ok && checked.reason === 'TOO_LARGE')
    return { ok: false, error: { key: 'content.legal.error.fileTooLarge', params: name } };
  if (!checked.ok)
    return { ok: false, error: { key: 'content.legal.error.fileType', params: name } };
  if (checked.kind === 'docx' && expandsWithin(file.bytes, DOCX_EXPANDED_MAX_BYTES) !== 'ok')
    return { ok: false, error: { key: 'content.legal.error.fileExpands', params: name } };
  return { ok: true, kind: checked.kind as 'pdf' | 'docx' };
}

/** The name a download is saved under: the document's number, e.g. `188-qd-ttg.pdf`. */
export const legalFileName = (doc: Pick<LegalRow, 'number' | 'fileKind'>) =>
  `${slugify(doc.number)}.${DOCUMENT_TYPES[doc.fileKind as DocumentKind].extension}`;

/** A document's file as its page links it: for everyone once published, for staff before. */
export async function getLegalFile(
  deps: Pick<AppDeps, 'database'>,
  actor: Actor,
  slug: string,
): Promise<{
  contentHash: string;
  contentType: string;
  originalName: string;
  isPublished: boolean;
}> {
  const doc = await findLegalBySlug(deps.database.db, slug);
  if (!doc || (!doc.isPublished && !canManageLegal(actor))) throw new AppError('NOT_FOUND');
  if (!doc.fileHash || !doc.fileKind) throw new AppError('NOT_FOUND');
  return {
    contentHash: doc.fileHash,
    contentType: DOCUMENT_TYPES[doc.fileKind as DocumentKind].mime,
    originalName: legalFileName(doc),
    isPublished: doc.isPublished,
  };
}
