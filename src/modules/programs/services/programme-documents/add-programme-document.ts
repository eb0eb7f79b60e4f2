// addProgrammeDocument outcomes: added at the end of the list (audited: title, file name, kind,
// size and hash) | NOT_FOUND (thrown: unknown programme, or not the actor's to manage) | INVALID
// (no Vietnamese title, a title too long, no file, or a file that is not a PDF, DOCX, XLSX, PPTX
// or ZIP by its bytes, or is too large). Nothing is stored when the input is refused.
import { z } from 'zod';
import type { AppDeps } from '../../../../platform/deps';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { DOCUMENT_TYPES } from '../../../../platform/files';
import { AppError, type FieldErrors } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZText } from '../../contracts';
import {
  findProgrammeById,
  insertProgrammeDocument,
  findProgrammeDocuments,
  type ProgrammeDocumentRow,
} from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import { actorIdOf, invalid, requireCapability, type Invalid } from '../common';
import { storePrivateUploads, type PostedFile } from '../private-uploads';
import { PROGRAMME_DOCUMENT_RULES } from './programme-documents.queries';

const ZDocumentTitles = z.object({
  titleVi: ZText(300).pipe(z.string().min(1)),
  titleEn: ZText(300).default(''),
});

export type TProgrammeDocumentInput = z.input<typeof ZDocumentTitles> & { file?: PostedFile };

/** What the audit log keeps of a document: enough to find its bytes again. */
export const auditedDocument = (d: ProgrammeDocumentRow) => ({
  id: d.id,
  titleVi: d.titleVi,
  titleEn: d.titleEn,
  position: d.position,
  name: d.originalName,
  kind: d.kind,
  bytes: d.bytes,
  hash: d.contentHash,
});

export async function addProgrammeDocument(
  deps: Pick<AppDeps, 'database' | 'files'>,
  acting: AuditContext,
  input: TProgrammeDocumentInput & { programmeId: string },
): Promise<{ ok: true; document: ProgrammeDocumentRow } | Invalid> {
  const db = deps.database.db;
  const { programmeId } = input;
  requireCapability(canManageProgrammes(acting.actor));
  if (!(await findProgrammeById(db, programmeId))) throw new AppError('NOT_FOUND');
  const titles = ZDocumentTitles.safeParse(input);
  const errors: FieldErrors = titles.success ? {} : fieldErrors(titles.error);
  if (!input.file) errors.file = { key: 'validation.required' };
  if (!titles.success || !input.file) return invalid(errors);
  const upload = await storePrivateUploads(deps.files, [
    { file: input.file, rules: PROGRAMME_DOCUMENT_RULES },
  ]);
  if (!upload.ok) {
    const [refusal] = upload.refusals;
    return invalid({ file: { key: refusal!.code, params: refusal!.params } });
  }
  const [file] = upload.stored;
  const document = await db.transaction(async (tx) => {
    const existing = await findProgrammeDocuments(tx, programmeId, { forUpdate: true });
    const created = await insertProgrammeDocument(tx, {
      programmeId,
      ...titles.data,
      position: (existing.at(-1)?.position ?? -1) + 1,
      contentHash: file!.fileHash,
      originalName: file!.fileName,
      kind: file!.kind,
      contentType: DOCUMENT_TYPES[file!.kind].mime,
      bytes: file!.bytes,
      uploadedBy: actorIdOf(acting),
    });
    await recordAudit(tx, acting, {
      action: 'programs.programme:addDocument',
      entityType: 'programme',
      entityId: programmeId,
      after: auditedDocument(created),
    });
    return created;
  });
  return { ok: true, document };
}
