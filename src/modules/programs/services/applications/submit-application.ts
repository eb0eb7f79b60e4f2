// submitApplication outcomes: submitted (the answers frozen as the next version, a receipt
// number given at the first submission, audited, the submitter's receipt queued in the same
// transaction) | the same
// submission again when the idempotency key already produced one (a double click or a retry) |
// ALREADY_SUBMITTED / WITHDRAWN | STALE (the copy moved on since the page was loaded) |
// CALL_CLOSED (at the server's clock, with this organisation's extension) | NOT_ELIGIBLE |
// INVALID_ANSWERS (the answers are kept as the draft, so nothing typed is lost) |
// NOT_FOUND / FORBIDDEN (thrown). Commands on one application are serialised by a row lock, so
// two concurrent submits make one submission.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { AppDeps } from '../../../../platform/deps';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import type { DirectoryOrganizationFacts } from '../../../directory';
import {
  findIdempotencyKey,
  insertIdempotencyKey,
  insertVersion,
  latestVersionNumber,
  lockApplication,
  nextReceiptNumber,
  updateApplicationRow,
  type ApplicationRow,
  type ApplicationVersionRow,
} from '../../db/applications.repository';
import { findCallById, findCallsOfProgramme, type CallRow } from '../../db/calls.repository';
import { findProgrammeById, type ProgrammeRow } from '../../db/programmes.repository';
import { validateAnswers, type TAnswerError } from '../../domain/answers';
import { checkEligibility, type TEligibilityReason } from '../../domain/eligibility';
import { formatReceipt, receiptToken } from '../../domain/receipt';
import { vnWallClock } from '../../../../platform/i18n/vn-time';
import { applicantIdOf, applicationToEdit, type ApplicationInReach } from './applicant';
import { submissionLetter } from './application-mail';
import { isCallOpenFor } from '../calls/calls.queries';
import type { Refusal } from '../common';
import {
  isEditableStatus,
  saveDraft,
  writeDraft,
  type SaveDraftInput,
  type SaveDraftResult,
} from './save-draft';

export type SubmitDeps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'jobs' | 'config'>;

export type SubmitInput = {
  applicationId: string;
  /** From the form (one per page load) or the Idempotency-Key header. */
  idempotencyKey: string;
  expectedVersion: number;
};

export type SubmitApplicationResult =
  | { ok: true; application: ApplicationRow; versionNumber: number; isReplay: boolean }
  | { ok: false; reason: 'ALREADY_SUBMITTED' | 'WITHDRAWN' | 'STALE'; current: ApplicationRow }
  | (Refusal<'CALL_CLOSED'> & { current: ApplicationRow })
  | { ok: false; reason: 'NOT_ELIGIBLE'; reasons: TEligibilityReason[]; current: ApplicationRow }
  | { ok: false; reason: 'INVALID_ANSWERS'; errors: TAnswerError[]; current: ApplicationRow }
  | Refusal<'INVALID_KEY'>;

export const ZIdempotencyKey = /^[A-Za-z0-9_-]{8,100}$/;
const vnYear = (d: Date) => vnWallClock(d).getUTCFullYear();

/** What a call's receipts begin with: the programme's word (with the call's ordinal) and year. */
async function receiptPrefix(tx: Db, call: CallRow, programme: ProgrammeRow | undefined) {
  const year = vnYear(call.opensAt);
  const sameYear = (
    await findCallsOfProgramme(tx, call.programmeId, ['draft', 'published', 'archived'])
  )
    .filter((c) => vnYear(c.opensAt) === year)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const ordinal = sameYear.findIndex((c) => c.id === call.id) + 1;
  return { token: receiptToken(programme?.slug ?? '', ordinal), year };
}

/**
 * Submits the stored working copy. A replay of a key that already submitted answers with that
 * submission; otherwise the row must be editable and at the version the page was loaded at.
 */
export async function submitApplication(
  deps: SubmitDeps,
  acting: AuditContext,
  input: SubmitInput,
): Promise<SubmitApplicationResult> {
  const now = deps.clock();
  const userId = applicantIdOf(acting.actor);
  if (!ZIdempotencyKey.test(input.idempotencyKey)) return { ok: false, reason: 'INVALID_KEY' };
  const { organization } = await applicationToEdit(deps, acting, input.applicationId);
  const result = await deps.database.db.transaction(
    async (tx): Promise<SubmitApplicationResult> => {
      const current = await lockApplication(tx, input.applicationId);
      if (!current) throw new AppError('NOT_FOUND');
      const replay = await replayOf(tx, userId, input.idempotencyKey, current);
      if (replay) return replay;
      if (current.status === 'submitted')
        return { ok: false, reason: 'ALREADY_SUBMITTED', current };
      if (current.status === 'withdrawn') return { ok: false, reason: 'WITHDRAWN', current };
      if (current.version !== input.expectedVersion) return { ok: false, reason: 'STALE', current };
      const call = await findCallById(tx, current.callId);
      if (!call) throw new AppError('NOT_FOUND');
      const { idempotencyKey } = input;
      return submitLocked(tx, deps, acting, { current, call, organization, idempotencyKey, now });
    },
  );
  if (result.ok && !result.isReplay) deps.jobs.wake();
  return result;
}

/**
 * Saves the form's answers and submits them in one transaction: what the page's Submit button
 * does. A refused submission still commits the save, so nothing typed is lost; a retry or a
 * double click of a submission that went through is answered before anything is saved again.
 */
export async function saveAndSubmit(
  deps: SubmitDeps,
  acting: AuditContext,
  input: SubmitInput &
    SaveDraftInput & {
      /** The application as this request's actor was just found able to edit it (the form's post). */
      checked?: ApplicationInReach;
    },
): Promise<SubmitApplicationResult | SaveDraftResult> {
  if (!ZIdempotencyKey.test(input.idempotencyKey)) {
    const saved = await saveDraft(deps, acting, input);
    return saved.ok ? { ok: false, reason: 'INVALID_KEY' } : saved;
  }
  const now = deps.clock();
  const userId = applicantIdOf(acting.actor);
  const { organization } =
    input.checked?.access === 'edit' && input.checked.application.id === input.applicationId
      ? input.checked
      : await applicationToEdit(deps, acting, input.applicationId);
  const result = await deps.database.db.transaction(
    async (tx): Promise<SubmitApplicationResult | SaveDraftResult> => {
      const current = await lockApplication(tx, input.applicationId);
      if (!current) throw new AppError('NOT_FOUND');
      const replay = await replayOf(tx, userId, input.idempotencyKey, current);
      if (replay) return replay;
      if (!isEditableStatus(current.status)) return { ok: false, reason: 'NOT_EDITABLE' };
      const call = await findCallById(tx, current.callId);
      if (!call) throw new AppError('NOT_FOUND');
      const saved = await writeDraft(tx, deps, acting, { application: current, call, input });
      if (!saved.ok) return saved;
      const { idempotencyKey } = input;
      const submitting = { current: saved.application, call, organization, idempotencyKey, now };
      return submitLocked(tx, deps, acting, submitting);
    },
  );
  if ('isReplay' in result && !result.isReplay) deps.jobs.wake();
  return result;
}

/** The submission this key already made of this application, answered again. */
async function replayOf(
  tx: Db,
  userId: string,
  key: string,
  current: ApplicationRow,
): Promise<SubmitApplicationResult | undefined> {
  const earlier = await findIdempotencyKey(tx, userId, key);
  if (!earlier || earlier.applicationId !== current.id) return undefined;
  return { ok: true, application: current, versionNumber: earlier.versionNumber, isReplay: true };
}

/**
 * In the transaction that locked the application's row: the deadline, eligibility and the
 * final rules checked, then the answers frozen as the next version with a receipt number.
 */
async function submitLocked(
  tx: Db,
  deps: SubmitDeps,
  acting: AuditContext,
  input: {
    current: ApplicationRow;
    call: CallRow;
    organization: DirectoryOrganizationFacts;
    idempotencyKey: string;
    now: Date;
  },
): Promise<SubmitApplicationResult> {
  const { current, call, organization, now } = input;
  const userId = applicantIdOf(acting.actor);
  // An amendment staff asked for is taken after the deadline; a first submission is not.
  if (current.status === 'draft' && !(await isCallOpenFor(tx, call, current.organizationId, now)))
    return { ok: false, reason: 'CALL_CLOSED', current };
  const eligibility = checkEligibility(call.eligibility, organization, now);
  if (!eligibility.isEligible)
    return { ok: false, reason: 'NOT_ELIGIBLE', reasons: eligibility.reasons, current };
  const checked = validateAnswers(call.form, current.answers, { isFinal: true });
  if (!checked.ok) return { ok: false, reason: 'INVALID_ANSWERS', errors: checked.errors, current };

  const versionNumber = (await latestVersionNumber(tx, current.id)) + 1;
  const programme = await findProgrammeById(tx, call.programmeId);
  const prefix = await receiptPrefix(tx, call, programme);
  const version: ApplicationVersionRow = await insertVersion(tx, {
    applicationId: current.id,
    number: versionNumber,
    answers: checked.answers,
    formVersion: call.version,
    form: call.form,
    submittedAt: now,
    submittedBy: userId,
  });
  const key = { userId, key: input.idempotencyKey, applicationId: current.id, versionNumber };
  await insertIdempotencyKey(tx, key);
  const contact = submitterContact(acting);
  // The call's counter row stays locked until the commit and every submission to the call
  // waits for it (the surge's bottleneck on PostgreSQL): it is taken last, with only the
  // writes that carry the number after it.
  const receiptNumber =
    current.receiptNumber ??
    formatReceipt(prefix.token, prefix.year, await nextReceiptNumber(tx, call.id));
  const submitted = await updateApplicationRow(
    tx,
    current.id,
    current.version,
    { status: 'submitted', answers: checked.answers, receiptNumber, submittedAt: now },
    { by: userId, now },
  );
  // The row is locked: its version cannot have moved.
  if (!submitted) throw new AppError('CONFLICT');
  await recordAudit(tx, acting, {
    action: versionNumber > 1 ? 'programs.application:amend' : 'programs.application:submit',
    entityType: 'application',
    entityId: current.id,
    after: { receiptNumber, versionNumber, versionId: version.id, formVersion: call.version },
  });
  if (programme) {
    const letter = { submitted, versionNumber, call, programme, organization, now };
    await deps.mail.queue(tx, receiptLetter(deps, contact, letter));
  }
  return { ok: true, application: submitted, versionNumber, isReplay: false };
}

/** Who receives the receipt: the signed-in submitter, as their session read them. */
function submitterContact(acting: AuditContext) {
  if (acting.actor.kind !== 'user') throw new AppError('NOT_FOUND');
  const { name, email, locale } = acting.actor.user;
  return { name, email, locale };
}

/** The submitter's receipt, queued in the submission's transaction (it exists exactly when the
 * submission does). */
function receiptLetter(
  deps: SubmitDeps,
  contact: ReturnType<typeof submitterContact>,
  input: {
    submitted: ApplicationRow;
    versionNumber: number;
    call: CallRow;
    programme: ProgrammeRow;
    organization: { name: string };
    now: Date;
  },
) {
  const { submitted, call, programme } = input;
  const inLocale = (vi: string, en: string) => (contact.locale === 'en' && en ? en : vi);
  return submissionLetter({
    to: contact.email,
    name: contact.name,
    locale: contact.locale,
    receiptNumber: submitted.receiptNumber ?? '',
    versionNumber: input.versionNumber,
    callTitle: inLocale(call.titleVi, call.titleEn),
    programmeTitle: inLocale(programme.titleVi, programme.titleEn),
    organizationName: input.organization.name,
    submittedAt: input.now,
    url: `${deps.config.publicUrl}/programs/applications/${submitted.id}`,
  });
}
