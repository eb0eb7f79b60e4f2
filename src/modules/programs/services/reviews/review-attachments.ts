// The files of the submission a reviewer scores, for the reviewer the application is assigned to
// and nobody else (NOT_FOUND). In a blind round the name the applicant gave a file (which may name
// them) never leaves the server: the file goes by its number, and the page names it neutrally.
import { DOCUMENT_TYPES, type DocumentKind } from '../../../../platform/files';
import type { AttachmentRow } from '../../db/applications.repository';
import { submittedFiles } from '../../domain/submission-files';
import type { TAnswers, TCallForm } from '../../domain/call-form';

export interface ReviewAttachment {
  number: number;
  questionId: string;
  bytes: number;
  contentHash: string;
  contentType: string;
  /** The file name's extension for its kind (pdf, docx, jpg…). */
  extension: string;
  /** The applicant's name for the file; absent in a blind round. */
  originalName?: string;
}

/** The submission's files that are stored, numbered in the form's order. */
export function reviewAttachments(
  submission: { form: TCallForm; answers: TAnswers },
  rows: readonly AttachmentRow[],
  isBlind: boolean,
): ReviewAttachment[] {
  const byHash = new Map(rows.map((row) => [row.contentHash, row]));
  return submittedFiles(submission.form, submission.answers).flatMap((file) => {
    const row = byHash.get(file.fileHash);
    if (!row) return [];
    return [
      {
        number: file.number,
        questionId: file.questionId,
        bytes: row.bytes,
        contentHash: row.contentHash,
        contentType: row.contentType,
        extension: DOCUMENT_TYPES[row.kind as DocumentKind]?.extension ?? row.kind,
        originalName: isBlind ? undefined : row.originalName,
      },
    ];
  });
}
