// saveDraft outcomes: saved (the working copy replaced, new files recorded, audited) | STALE (the
// stored copy moved on since this one was loaded, e.g. saved from another tab: nothing written,
// the newer copy returned so both can be shown) | NOT_EDITABLE (submitted or withdrawn) |
// INVALID_ANSWERS (shape or limits; a draft may still be incomplete) | NOT_FOUND / FORBIDDEN
// (thrown: not the actor's to see / to edit).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  insertAttachments,
  updateApplicationRow,
  type ApplicationRow,
} from '../../db/applications.repository';
import { findCallById, type CallRow } from '../../db/calls.repository';
import type { Db } from '../../../../platform/db/client';
import { validateAnswers, type TAnswerError } from '../../domain/answers';
import { applicationToEdit, getApplicationInReach } from './applicant';
import type { StoredUpload } from './application-answers';
import type { Refusal } from '../common';
import { DOCUMENT_TYPES } from '../../../../platform/files';
import type { ClockDeps } from '../common';

export type SaveDraftInput = {
  applicationId: string;
  expectedVersion: number;
  answers: Readonly<Record<string, unknown>>;
  /** Files already checked and stored (storeUploads), now referenced by `answers`. */
  uploads?: readonly StoredUpload[];
};

export type SaveDraftResult =
  | { ok: true; application: ApplicationRow }
  | { ok: false; reason: 'STALE'; current: ApplicationRow }
  | Refusal<'NOT_EDITABLE'>
  | { ok: false; reason: 'INVALID_ANSWERS'; errors: TAnswerError[] };

/** jsonb keeps its own key order: compare the values, not their text. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
const sameAnswers = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export const isEditableStatus = (status: string) => status === 'draft' || status === 'reopened';

export async function saveDraft(
  deps: ClockDeps,
  acting: AuditContext,
  input: SaveDraftInput,
): Promise<SaveDraftResult> {
  const db = deps.database.db;
  const { application } = await applicationToEdit(deps, acting, input.applicationId);
  if (!isEditableStatus(application.status)) return { ok: false, reason: 'NOT_EDITABLE' };
  const call = await findCallById(db, application.callId);
  if (!call) throw new AppError('NOT_FOUND');
  return db.transaction((tx) => writeDraft(tx, deps, acting, { application, call, input }));
}

/**
 * In the caller's transaction: the working copy of an editable application replaced when it is
 * still at the expected version, its new files recorded, audited.
 */
export async function writeDraft(
  tx: Db,
  deps: Pick<ClockDeps, 'clock'>,
  acting: AuditContext,
  target: { application: ApplicationRow; call: CallRow; input: SaveDraftInput },
): Promise<SaveDraftResult> {
  const { application, call, input } = target;
  const checked = validateAnswers(call.form, input.answers, { isFinal: false });
  if (!checked.ok) return { ok: false, reason: 'INVALID_ANSWERS', errors: checked.errors };
  const userId = acting.actor.kind === 'user' ? acting.actor.user.id : 'system';
  const saved = await updateApplicationRow(
    tx,
    application.id,
    input.expectedVersion,
    { answers: checked.answers },
    { by: userId, now: deps.clock() },
  );
  if (!saved) {
    const { application: current } = await getApplicationInReach(
      tx,
      acting.actor,
      application.id,
      'read',
    );
    // The same answers saved twice (a double click) are no conflict: nothing is lost.
    if (!input.uploads?.length && sameAnswers(current.answers, checked.answers))
      return { ok: true, application: current };
    return { ok: false, reason: 'STALE', current };
  }
  // Statuses are only changed under the same version check, so this one still holds.
  await recordUploads(tx, application.id, input.uploads, userId);
  await recordAudit(tx, acting, {
    action: 'programs.application:save',
    entityType: 'application',
    entityId: application.id,
    after: { version: saved.version, questions: Object.keys(checked.answers) },
  });
  return { ok: true, application: saved };
}

/** The files a save references, recorded as the application's attachments. */
export function recordUploads(
  tx: Db,
  applicationId: string,
  uploads: readonly StoredUpload[] = [],
  userId: string,
) {
  return insertAttachments(
    tx,
    uploadRows(uploads, userId).map((row) => ({ ...row, applicationId })),
  );
}

/** Attachment rows of an application's stored uploads. */
export const uploadRows = (uploads: readonly StoredUpload[] = [], userId: string) =>
  uploads.map((u) => ({
    questionId: u.questionId,
    contentHash: u.fileHash,
    originalName: u.fileName,
    kind: u.kind,
    contentType: DOCUMENT_TYPES[u.kind].mime,
    bytes: u.bytes,
    uploadedBy: userId,
  }));
