// Reads of a programme's documents. Whoever may see the programme may read its documents: a
// published or archived programme's are public, a draft's are for staff (NOT_FOUND otherwise).
import type { AuditContext } from '../../../../platform/audit';
import type { DocumentKind } from '../../../../platform/files';
import { AppError } from '../../../../platform/errors';
import {
  findProgrammeDocuments,
  type ProgrammeDocumentRow,
  type ProgrammeRow,
} from '../../db/programmes.repository';
import { getProgrammeBySlug } from '../programmes/programmes.queries';
import type { UploadRules } from '../private-uploads';
import type { DbDeps } from '../common';

const MB = 1024 * 1024;

/** What staff may attach: documents and templates to fill, or a ZIP of several. */
export const PROGRAMME_DOCUMENT_RULES: UploadRules = {
  kinds: ['pdf', 'docx', 'xlsx', 'pptx', 'zip'] satisfies DocumentKind[],
  maxBytes: 20 * MB,
};

/** A programme's documents in their order; the caller has checked the programme is visible. */
export const programmeDocumentsOf = (
  deps: DbDeps,
  acting: AuditContext,
  input: { programme: ProgrammeRow },
) => findProgrammeDocuments(deps.database.db, input.programme.id);

/** One document of a programme the actor may see, with the programme; else NOT_FOUND. */
export async function getProgrammeDocument(
  deps: DbDeps,
  acting: AuditContext,
  input: { slug: string; documentId: string },
): Promise<{ programme: ProgrammeRow; document: ProgrammeDocumentRow }> {
  const programme = await getProgrammeBySlug(deps, acting, { slug: input.slug });
  const documents = await programmeDocumentsOf(deps, acting, { programme });
  const document = documents.find((d) => d.id === input.documentId);
  if (!document) throw new AppError('NOT_FOUND');
  return { programme, document };
}
