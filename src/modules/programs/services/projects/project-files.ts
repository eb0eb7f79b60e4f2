// Files of funded projects: what a progress report, a step of the chain or a disbursement may
// carry, read from the posted form and kept in the private store (every file checked by its
// bytes before any is stored), then recorded in the command's transaction.
import { DOCUMENT_TYPES, type FileStore } from '../../../../platform/files';
import type { FieldMessage } from '../../../../platform/errors';
import type { Db } from '../../../../platform/db/client';
import { insertProjectFiles, type ProjectFileOwner } from '../../db/projects.repository';
import { postedFiles, type FormBody } from '../../../../platform/input/form-values';
import { storePrivateUploads, type StoredPrivateFile, type UploadRules } from '../private-uploads';

export type ProjectFileRules = UploadRules & { maxFiles: number };

const MB = 1024 * 1024;

/** A report's evidence: documents, spreadsheets, photos, or a ZIP of anything else. */
export const REPORT_FILES: ProjectFileRules = {
  kinds: ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'zip'],
  maxBytes: 20 * MB,
  maxFiles: 5,
};

/** A step's or a payment's signed document, or a scan or photo of it. */
export const STEP_FILES: ProjectFileRules = {
  kinds: ['pdf', 'docx', 'png', 'jpeg'],
  maxBytes: 20 * MB,
  maxFiles: 1,
};

/** The body a route carrying these files accepts: the files, and the form around them. */
export const uploadLimitOf = (rules: ProjectFileRules) => rules.maxFiles * rules.maxBytes + MB;

/**
 * The files posted under `name`, stored when there are at most `maxFiles` and each passes the
 * rules; otherwise nothing is stored and the message says why (the first refused file).
 */
export async function storeProjectFiles(
  store: FileStore,
  body: FormBody,
  name: string,
  rules: ProjectFileRules,
): Promise<{ ok: true; stored: StoredPrivateFile[] } | { ok: false; message: FieldMessage }> {
  const posted = await postedFiles(body, name);
  if (posted.length > rules.maxFiles)
    return {
      ok: false,
      message: { key: 'programs.project.error.TOO_MANY_FILES', params: { max: rules.maxFiles } },
    };
  const result = await storePrivateUploads(
    store,
    posted.map((file) => ({ file, rules })),
  );
  if (result.ok) return result;
  const [first] = result.refusals;
  return { ok: false, message: { key: first!.code, params: first!.params } };
}

/** Records stored files as attached to `owner`, in the caller's transaction. */
export const attachProjectFiles = (
  tx: Db,
  projectId: string,
  owner: ProjectFileOwner,
  files: readonly StoredPrivateFile[],
  uploadedBy: string,
) =>
  insertProjectFiles(
    tx,
    projectId,
    owner,
    files.map((f) => ({
      contentHash: f.fileHash,
      originalName: f.fileName,
      kind: f.kind,
      contentType: DOCUMENT_TYPES[f.kind].mime,
      bytes: f.bytes,
      uploadedBy,
    })),
  );

/** What the audit log keeps of attached files: names and hashes, enough to find the bytes. */
export const auditedFiles = (rows: readonly { originalName: string; contentHash: string }[]) =>
  rows.map((r) => ({ name: r.originalName, hash: r.contentHash }));
