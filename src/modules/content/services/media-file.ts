// A library document as a download: public by its address (an article links it), which names its
// content's hash, so nobody lists or guesses the library's files; saved under the name it was
// uploaded with, its extension the one its bytes are.
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { DOCUMENT_TYPES } from '../../../platform/files';
import { findMediaByKey } from '../db/media.repository';
import { downloadName, isMediaDocument } from '../domain/media';

const DOCUMENT_KEY = /^([0-9a-f]{64})\.(pdf|docx|xlsx)$/;

export async function getMediaDocument(deps: Pick<AppDeps, 'database'>, key: string) {
  const hash = DOCUMENT_KEY.exec(key)?.[1];
  const row = hash && (await findMediaByKey(deps.database.db, key));
  if (!row || !isMediaDocument(row)) throw new AppError('NOT_FOUND');
  return {
    contentHash: hash,
    contentType: DOCUMENT_TYPES[row.kind].mime,
    originalName: downloadName(row.fileName, row.kind),
  };
}
