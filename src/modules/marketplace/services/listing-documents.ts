// addListingDocument outcomes: added (kept in the private store, audited) | INVALID (empty, too
// large or not a document by its content) | NOT_FOUND (thrown: not someone who writes for the
// listing's owner). The documents themselves are read by the parties only (getListingDocument).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { checkDocument, DOCUMENT_TYPES, type DocumentKind } from '../../../platform/files';
import type { PostedFile } from '../../../platform/input/form-values';
import { insertDocument, type DocumentRow } from '../db/confidential.repository';
import { listingOf } from './introduction-parties';
import { mayWriteFor } from './offer-input';
import { targetOf, type ListingTarget } from './listing-confidential';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'files'>;

export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_KINDS: readonly DocumentKind[] = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg'];

const DOCUMENT_REFUSALS = {
  EMPTY: 'marketplace.document.missing',
  TOO_LARGE: 'marketplace.document.tooLarge',
  WRONG_TYPE: 'marketplace.document.wrongType',
} as const;

export async function addListingDocument(
  deps: Deps,
  acting: AuditContext,
  input: ListingTarget & { file?: PostedFile },
): Promise<{ ok: true; document: DocumentRow } | Invalid> {
  const db = deps.database.db;
  const { actor } = acting;
  const listing = await listingOf(db, targetOf(input), deps.clock());
  if (!isSignedIn(actor) || !(await mayWriteFor(db, actor, listing.owner)))
    throw new AppError('NOT_FOUND');
  const bytes = input.file?.bytes ?? new Uint8Array();
  const check = checkDocument(bytes, { kinds: DOCUMENT_KINDS, maxBytes: DOCUMENT_MAX_BYTES });
  if (!check.ok)
    return invalid({
      document: {
        key: DOCUMENT_REFUSALS[check.reason],
      },
    });
  const { hash } = await deps.files.putPrivate(bytes);
  const type = DOCUMENT_TYPES[check.kind];
  const name =
    (input.file?.name ?? '').replace(/[\\/]/g, '_').trim().slice(-200) ||
    `tai-lieu.${type.extension}`;
  const document = await db.transaction(async (tx) => {
    const created = await insertDocument(tx, {
      listingKind: listing.kind,
      listingId: listing.id,
      fileHash: hash,
      fileName: name,
      contentType: type.mime,
      bytes: bytes.length,
      uploadedBy: actor.user.id,
      createdAt: deps.clock(),
    });
    await recordAudit(tx, acting, {
      action: 'marketplace.document:add',
      entityType: `marketplace_${listing.kind}`,
      entityId: listing.id,
      after: { documentId: created.id, fileName: name },
    });
    return created;
  });
  return { ok: true, document };
}
