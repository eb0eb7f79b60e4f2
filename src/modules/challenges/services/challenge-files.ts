// addChallengeFile outcomes: added (its bytes in the private store, the row and its audit entry in
// one transaction) | known (the challenge has these bytes already — a form posted twice: nothing
// more is written) | INVALID (no title or an unknown category; no file, an empty or too large one,
// one that is not a PDF, Word, Excel, PowerPoint, CSV or ZIP file by its bytes, a name that
// disguises what it is, an archive that unpacks too far) — nothing is stored then.
// removeChallengeFile outcomes: removed (audited; the bytes stay in the content store, which other
// records may share) | NOT_FOUND (thrown, as for both: a challenge the actor may not see, or one
// whose files are not theirs to manage — the owner's members and the centre manage them).
// getChallengeFile: a file of a challenge the actor may see (a confidential challenge's files only
// for its owner, the centre and invited solvers), else NOT_FOUND.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import type { PostedFile } from '../../../platform/input/form-values';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { ZRequiredText } from '../../../platform/input/text-fields';
import {
  deleteChallengeFile,
  findChallengeFile,
  insertChallengeFile,
  type ChallengeFileRow,
} from '../db/challenge-files.repository';
import { DOCUMENT_KINDS } from '../domain/challenge';
import { canManageChallenge } from '../permissions';
import { challengeInReach } from './challenge-access';
import { CHALLENGE_FILE_TYPES, checkChallengeFile } from './challenge-file-check';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'files'>;

const ZFileFields = z.object({
  category: z.enum(DOCUMENT_KINDS, { message: 'validation.choice' }),
  title: ZRequiredText(200),
});

/** A challenge the actor may see and manage the files of; NOT_FOUND otherwise. */
async function managedChallenge(deps: Deps, acting: AuditContext, slug: string) {
  const reach = await challengeInReach(deps.database.db, acting.actor, slug);
  if (!canManageChallenge(reach.access)) throw new AppError('NOT_FOUND');
  return reach.challenge;
}

const audited = (f: ChallengeFileRow) => ({
  id: f.id,
  category: f.category,
  title: f.title,
  name: f.originalName,
  kind: f.kind,
  bytes: f.bytes,
  hash: f.contentHash,
});

export async function addChallengeFile(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; category: string; title: string; file?: PostedFile },
): Promise<{ ok: true; isNew: boolean } | Invalid> {
  const challenge = await managedChallenge(deps, acting, input.slug);
  const fields = ZFileFields.safeParse(input);
  const errors: FieldErrors = fields.success ? {} : fieldErrors(fields.error);
  const checked = await checkChallengeFile(input.file);
  if (!checked.ok) errors.file = checked.error;
  if (!fields.success || !checked.ok) return invalid(errors);
  const bytes = input.file!.bytes;
  const { hash } = await deps.files.putPrivate(bytes);
  const isNew = await deps.database.db.transaction(async (tx) => {
    const created = await insertChallengeFile(tx, {
      challengeId: challenge.id,
      ...fields.data,
      contentHash: hash,
      originalName: checked.name,
      kind: checked.kind,
      contentType: CHALLENGE_FILE_TYPES[checked.kind].mime,
      bytes: bytes.length,
      uploadedBy: editorOf(acting).id ?? '',
    });
    if (!created) return false;
    await recordAudit(tx, acting, {
      action: 'challenges.challenge:add_file',
      entityType: 'challenges_challenge',
      entityId: challenge.id,
      after: audited(created),
    });
    return true;
  });
  return { ok: true, isNew };
}

export async function removeChallengeFile(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; fileId: string },
): Promise<{ ok: true }> {
  const challenge = await managedChallenge(deps, acting, input.slug);
  if (!isUuid(input.fileId)) throw new AppError('NOT_FOUND');
  await deps.database.db.transaction(async (tx) => {
    const removed = await deleteChallengeFile(tx, challenge.id, input.fileId);
    if (!removed) throw new AppError('NOT_FOUND');
    await recordAudit(tx, acting, {
      action: 'challenges.challenge:remove_file',
      entityType: 'challenges_challenge',
      entityId: challenge.id,
      before: audited(removed),
    });
  });
  return { ok: true };
}

export async function getChallengeFile(
  deps: Pick<AppDeps, 'database'>,
  acting: AuditContext,
  input: { slug: string; fileId: string },
) {
  const { challenge } = await challengeInReach(deps.database.db, acting.actor, input.slug);
  const file = isUuid(input.fileId)
    ? await findChallengeFile(deps.database.db, challenge.id, input.fileId)
    : undefined;
  if (!file) throw new AppError('NOT_FOUND');
  return {
    isConfidential: challenge.isConfidential,
    file: {
      contentHash: file.contentHash,
      contentType: file.contentType,
      originalName: file.originalName,
    },
  };
}
