// importItemFromWord outcomes: created (a draft whose title is the file's first heading and whose
// body is its text as Markdown, pictures stored; audited as any new item) | NOT_DOCX (not a
// Word file by its content) | TOO_LARGE (the file or what it expands to) | INVALID (the text
// exceeds an item's limits).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { sniffDocument } from '../../../platform/files';
import { importDocx } from '../../../platform/text/docx-import';
import type { ContentKind } from '../domain/content-item';
import type { ItemRow } from '../db/items.repository';
import { canEditContent } from '../permissions';
import type { ItemInvalid } from './item-input';
import { createItem } from './save-item';

/** A Word file for import: at most 20 MB as uploaded. */
export const WORD_MAX_BYTES = 20 * 1_048_576;

export type ImportItemResult =
  | { ok: true; item: ItemRow; pictures: number; droppedPictures: number }
  | { ok: false; reason: 'NOT_DOCX' | 'TOO_LARGE' }
  | ItemInvalid;

export async function importItemFromWord(
  deps: Pick<AppDeps, 'database' | 'files' | 'clock' | 'jobs'>,
  acting: AuditContext,
  input: { fileName: string; bytes: Uint8Array; kind: ContentKind },
): Promise<ImportItemResult> {
  if (!canEditContent(acting.actor)) throw new AppError('NOT_FOUND');
  if (input.bytes.length > WORD_MAX_BYTES) return { ok: false, reason: 'TOO_LARGE' };
  if (sniffDocument(input.bytes) !== 'docx') return { ok: false, reason: 'NOT_DOCX' };
  const converted = await importDocx(input.bytes, deps.files);
  if (!converted.ok) return converted;
  const title = converted.title || input.fileName.replace(/\.docx$/i, '').slice(0, 200);
  const created = await createItem(deps, acting, {
    fields: { kind: input.kind, titleVi: title, bodyVi: converted.markdown },
  });
  if (!created.ok) return created;
  return { ...created, pictures: converted.pictures, droppedPictures: converted.droppedPictures };
}
