// submitApplication outcomes: submitted (the answers frozen as the next version, a receipt
// number given at the first submission, audited, the submitter's receipt scheduled as a durable
// job in the same transaction) | the same
// submission again when the idempotency key already produced one (a double click or a retry) |
// ALREADY_SUBMITTED / WITHDRAWN | STALE (the copy moved on since the page was loaded) |
// CALL_CLOSED (at the server's clock, with this organisation's extension) | NOT_ELIGIBLE |
// INVALID_ANSWERS (the answers are kept as the draft, so nothing typed is lost) |
// NOT_FOUND / FORBIDDEN (thrown). Commands on one application are serialised by its row's lock
// and version, so two concurrent submits make one submission.
import { randomUUID } from 'node:crypto';
import { recordAuditStatement, type AuditContext } from '../../../../platform/audit';
import type { AppDeps } from '../../../../platform/deps';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import type { DirectoryOrganizationFacts } from '../../../directory';
import {
  findIdempotencyKey,
  findLastVersionNumber,
  lockApplication,
  writeSubmission,
  type ApplicationRow,
} from '../../db/applications.repository';
import { findCallInProgramme, type CallInProgramme, type CallRow } from '../../db/calls.repository';
import type { ProgrammeRow } from '../../db/programmes.repository';
import { validateAnswers, type TAnswerError } from '../../domain/answers';
import { checkEligibility, type TEligibilityReason } from '../../domain/eligibility';
import { receiptPrefix, receiptToken } from '../../domain/receipt';
import { vnWallClock } from '../../../../platform/i18n/vn-time';
import { applicantIdOf, applicationToEdit, type ApplicationInReach } from './applicant';
import { receiptMailStatement, type ReceiptMail } from './receipt-mail';
import { isCallOpenFor } from '../calls/calls.queries';
import type { Refusal } from '../common';
import type { StoredUpload } from './application-answers';
import {
  isEditableStatus,
  saveDraft,
  uploadRows,
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

async function callInProgramme(tx: Db, callId: string): Promise<CallInProgramme> {
  const found = await findCallInProgramme(tx, callId);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
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
  const before = await applicationToEdit(deps, acting, input.applicationId);
  const { organization } = before;
  const result = await deps.database.db.transaction(
    async (tx): Promise<SubmitApplicationResult> => {
      const locked = await lockApplication(tx, input.applicationId);
      if (!locked) throw new AppError('NOT_FOUND');
      const current = locked.application;
      const replay = await replayOf(tx, userId, input, current);
      if (replay) return replay;
      if (current.status === 'submitted')
        return { ok: false, reason: 'ALREADY_SUBMITTED', current };
      if (current.status === 'withdrawn') return { ok: false, reason: 'WITHDRAWN', current };
      if (current.version !== input.expectedVersion) return { ok: false, reason: 'STALE', current };
      const { idempotencyKey } = input;
      const inProgramme = await callInProgramme(tx, current.callId);
      return submitLocked(tx, deps, acting, {
        ...inProgramme,
        current,
        organization,
        idempotencyKey,
        now,
        lastVersionNumber: await lastVersionUnderLock(tx, locked, before.application),
      });
    },
  );
  if (result.ok && !result.isReplay) deps.jobs.wake();
  return result;
}

/**
 * Saves the form's answers and submits them, in one statement as the form's post read the row
 * (submitAsRead) or else in one transaction: what the page's Submit button does. A refused
 * submission still commits the save, so nothing typed is lost; a retry or a double click of a
 * submission that went through is answered before anything is saved again.
 */
export async function saveAndSubmit(
  deps: SubmitDeps,
  acting: AuditContext,
  input: SubmitInput &
    SaveDraftInput & {
      /**
       * The application as this request's actor was just found able to edit it, with the call
       * its form was read against and its latest version's number (the form's post).
       */
      checked?: ApplicationInReach & CallInProgramme & { lastVersionNumber: number };
    },
): Promise<SubmitApplicationResult | SaveDraftResult> {
  if (!ZIdempotencyKey.test(input.idempotencyKey)) {
    const saved = await saveDraft(deps, acting, input);
    return saved.ok ? { ok: false, reason: 'INVALID_KEY' } : saved;
  }
  const now = deps.clock();
  const userId = applicantIdOf(acting.actor);
  const checked =
    input.checked?.access === 'edit' && input.checked.application.id === input.applicationId
      ? input.checked
      : undefined;
  const before = checked ?? (await applicationToEdit(deps, acting, input.applicationId));
  const { organization } = before;
  const submittedAsRead = checked && (await submitAsRead(deps, acting, { ...input, checked, now }));
  if (submittedAsRead) {
    deps.jobs.wake();
    return submittedAsRead;
  }
  const result = await deps.database.db.transaction(
    async (tx): Promise<SubmitApplicationResult | SaveDraftResult> => {
      const locked = await lockApplication(tx, input.applicationId);
      if (!locked) throw new AppError('NOT_FOUND');
      const current = locked.application;
      const replay = await replayOf(tx, userId, input, current);
      if (replay) return replay;
      if (!isEditableStatus(current.status)) return { ok: false, reason: 'NOT_EDITABLE' };
      // The call the form was just read against, or (an API call) as it stands now.
      const inProgramme =
        checked?.call.id === current.callId ? checked : await callInProgramme(tx, current.callId);
      const { call, programme, sameYearOrdinal } = inProgramme;
      const submitting = {
        call,
        programme,
        sameYearOrdinal,
        organization,
        idempotencyKey: input.idempotencyKey,
        now,
        lastVersionNumber: await lastVersionUnderLock(tx, locked, before.application),
      };
      if (current.version === input.expectedVersion) {
        // The copy the page loaded: its answers go straight into the submission (one write, one
        // audit); refused, they are saved as the draft, so nothing typed is lost.
        const draft = validateAnswers(call.form, input.answers, { isFinal: false });
        if (!draft.ok) return { ok: false, reason: 'INVALID_ANSWERS', errors: draft.errors };
        const answered = { ...current, answers: draft.answers };
        const submitted = await submitLocked(tx, deps, acting, {
          ...submitting,
          current: answered,
          uploads: input.uploads,
        });
        if (submitted.ok) return submitted;
        const saved = await writeDraft(tx, deps, acting, { application: current, call, input });
        return saved.ok ? withCurrent(submitted, saved.application) : saved;
      }
      const saved = await writeDraft(tx, deps, acting, { application: current, call, input });
      if (!saved.ok) return saved;
      return submitLocked(tx, deps, acting, { ...submitting, current: saved.application });
    },
  );
  if ('isReplay' in result && !result.isReplay) deps.jobs.wake();
  return result;
}

/**
 * The usual post of Submit: the form's copy is the stored one, still editable, and goes straight
 * into a submission checked against the row as the form's post read it and written by one
 * statement, with no transaction. Undefined when that is not the case, when the submission is
 * refused (the transaction then saves the draft and answers), or when the row moved on since it
 * was read (the statement wrote nothing; the transaction, holding the row, decides).
 */
async function submitAsRead(
  deps: SubmitDeps,
  acting: AuditContext,
  input: SubmitInput &
    SaveDraftInput & {
      checked: ApplicationInReach & CallInProgramme & { lastVersionNumber: number };
      now: Date;
    },
): Promise<SubmitApplicationResult | undefined> {
  const { application, call } = input.checked;
  if (application.version !== input.expectedVersion || !isEditableStatus(application.status))
    return undefined;
  const draft = validateAnswers(call.form, input.answers, { isFinal: false });
  if (!draft.ok) return undefined;
  const submitted = await submitAt(deps.database.db, deps, acting, {
    ...input.checked,
    current: { ...application, answers: draft.answers },
    idempotencyKey: input.idempotencyKey,
    now: input.now,
    uploads: input.uploads,
  });
  return submitted?.ok ? submitted : undefined;
}

/** A refusal that shows the application as it now stands (its draft just saved). */
function withCurrent(
  refused: Exclude<SubmitApplicationResult, { ok: true }>,
  current: ApplicationRow,
): SubmitApplicationResult {
  return 'current' in refused ? { ...refused, current } : refused;
}

/**
 * The number of the application's latest version while its row is locked. The lock statement
 * counted before it was granted: exact unless a commit it waited for had moved the row on, and
 * every commit that adds a version moves it. Still the version read before the transaction, the
 * row was not moved since, and the count stands.
 */
async function lastVersionUnderLock(
  tx: Db,
  locked: { application: ApplicationRow; lastVersionNumber: number },
  readBefore: ApplicationRow,
): Promise<number> {
  if (locked.application.version === readBefore.version) return locked.lastVersionNumber;
  return findLastVersionNumber(tx, readBefore.id);
}

/** The submission this key already made of this application, answered again. */
async function replayOf(
  tx: Db,
  userId: string,
  input: Pick<SubmitInput, 'idempotencyKey' | 'expectedVersion'>,
  current: ApplicationRow,
): Promise<SubmitApplicationResult | undefined> {
  // A submission moves the application's version on: one still as the page loaded it, and
  // editable, was not submitted with this page's key.
  if (isEditableStatus(current.status) && current.version === input.expectedVersion) return;
  const earlier = await findIdempotencyKey(tx, userId, input.idempotencyKey);
  if (!earlier || earlier.applicationId !== current.id) return undefined;
  return { ok: true, application: current, versionNumber: earlier.versionNumber, isReplay: true };
}

type Submitting = CallInProgramme & {
  current: ApplicationRow;
  organization: DirectoryOrganizationFacts;
  idempotencyKey: string;
  now: Date;
  /** The number of the application's latest version (0: none) when `current` was read. */
  lastVersionNumber: number;
  /** Files the submitted answers reference that no save has recorded yet. */
  uploads?: readonly StoredUpload[];
};

/** In the transaction that locked the application's row: submitAt, whose write then lands. */
async function submitLocked(
  tx: Db,
  deps: SubmitDeps,
  acting: AuditContext,
  input: Submitting,
): Promise<SubmitApplicationResult> {
  const submitted = await submitAt(tx, deps, acting, input);
  // The row is locked: its version cannot have moved.
  if (!submitted) throw new AppError('CONFLICT');
  return submitted;
}

/**
 * The deadline, eligibility and the final rules checked on the application as `current` shows
 * it, then the answers frozen as the next version with a receipt number; undefined when the row
 * was no longer as `current` shows it (nothing written).
 */
async function submitAt(
  db: Db,
  deps: SubmitDeps,
  acting: AuditContext,
  input: Submitting,
): Promise<SubmitApplicationResult | undefined> {
  const { current, call, programme, organization, now } = input;
  const userId = applicantIdOf(acting.actor);
  // An amendment staff asked for is taken after the deadline; a first submission is not.
  if (current.status === 'draft' && !(await isCallOpenFor(db, call, current.organizationId, now)))
    return { ok: false, reason: 'CALL_CLOSED', current };
  const eligibility = checkEligibility(call.eligibility, organization, now);
  if (!eligibility.isEligible)
    return { ok: false, reason: 'NOT_ELIGIBLE', reasons: eligibility.reasons, current };
  const checked = validateAnswers(call.form, current.answers, { isFinal: true });
  if (!checked.ok) return { ok: false, reason: 'INVALID_ANSWERS', errors: checked.errors, current };

  const versionNumber = input.lastVersionNumber + 1;
  const versionId = randomUUID();
  const letter = { applicationId: current.id, versionNumber, call, programme, organization, now };
  // One statement writes it all: the answers frozen as the next version, the key, new files, the
  // row, the audit entry, the receipt's job, and the receipt number at the first submission (an
  // amendment keeps the number it has).
  const submitted = await writeSubmission(db, {
    applicationId: current.id,
    expectedVersion: current.version,
    patch: { status: 'submitted', answers: checked.answers, submittedAt: now },
    stamp: { by: userId, now },
    version: {
      id: versionId,
      number: versionNumber,
      answers: checked.answers,
      formVersion: call.version,
      form: call.form,
      submittedAt: now,
      submittedBy: userId,
    },
    idempotencyKey: { userId, key: input.idempotencyKey },
    attachments: uploadRows(input.uploads, userId),
    receipt: current.receiptNumber
      ? undefined
      : {
          callId: call.id,
          prefix: receiptPrefix(
            receiptToken(programme.slug, input.sameYearOrdinal),
            vnYear(call.opensAt),
          ),
        },
    alongside: {
      audit: recordAuditStatement(db, acting, {
        action: versionNumber > 1 ? 'programs.application:amend' : 'programs.application:submit',
        entityType: 'application',
        entityId: current.id,
        after: { versionNumber, versionId, formVersion: call.version },
      }),
      receipt_mail: receiptMailStatement(
        db,
        deps,
        receiptMail(deps, submitterContact(acting), letter),
      ),
    },
  });
  return submitted && { ok: true, application: submitted, versionNumber, isReplay: false };
}

/** Who receives the receipt: the signed-in submitter, as their session read them. */
function submitterContact(acting: AuditContext) {
  if (acting.actor.kind !== 'user') throw new AppError('NOT_FOUND');
  const { name, email, locale } = acting.actor.user;
  return { name, email, locale };
}

/** The receipt's facts, in the submitter's language (its number is read when it is written). */
function receiptMail(
  deps: SubmitDeps,
  contact: ReturnType<typeof submitterContact>,
  input: {
    applicationId: string;
    versionNumber: number;
    call: CallRow;
    programme: ProgrammeRow;
    organization: { name: string };
    now: Date;
  },
): ReceiptMail {
  const { applicationId, call, programme } = input;
  const inLocale = (vi: string, en: string) => (contact.locale === 'en' && en ? en : vi);
  return {
    applicationId,
    to: contact.email,
    name: contact.name,
    locale: contact.locale,
    versionNumber: input.versionNumber,
    callTitle: inLocale(call.titleVi, call.titleEn),
    programmeTitle: inLocale(programme.titleVi, programme.titleEn),
    organizationName: input.organization.name,
    submittedAt: input.now.toISOString(),
    url: `${deps.config.publicUrl}/programs/applications/${applicationId}`,
  };
}
