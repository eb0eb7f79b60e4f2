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
import { accountContact } from '../../../identity';
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
import { findProgrammeById } from '../../db/programmes.repository';
import { validateAnswers, type TAnswerError } from '../../domain/answers';
import { checkEligibility, type TEligibilityReason } from '../../domain/eligibility';
import { formatReceipt, receiptToken } from '../../domain/receipt';
import { vnWallClock } from '../../../../platform/i18n/vn-time';
import { applicantIdOf, applicationToEdit } from './applicant';
import { submissionLetter } from './application-mail';
import { isCallOpenFor } from '../calls/calls.queries';
import type { Refusal } from '../common';
import { saveDraft } from './save-draft';

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

/** The receipt number for a call's next submission (its counter is raised in `tx`). */
async function receiptFor(tx: Db, call: CallRow): Promise<string> {
  const programme = await findProgrammeById(tx, call.programmeId);
  const year = vnYear(call.opensAt);
  const sameYear = (
    await findCallsOfProgramme(tx, call.programmeId, ['draft', 'published', 'archived'])
  )
    .filter((c) => vnYear(c.opensAt) === year)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const ordinal = sameYear.findIndex((c) => c.id === call.id) + 1;
  return formatReceipt(
    receiptToken(programme?.slug ?? '', ordinal),
    year,
    await nextReceiptNumber(tx, call.id),
  );
}

/**
 * Submits the stored working copy. The form's answers are saved first with saveDraft (which
 * checks the version), so a refused submission never loses what was typed.
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
      const earlier = await findIdempotencyKey(tx, userId, input.idempotencyKey);
      if (earlier && earlier.applicationId === current.id) {
        return {
          ok: true,
          application: current,
          versionNumber: earlier.versionNumber,
          isReplay: true,
        };
      }
      if (current.status === 'submitted')
        return { ok: false, reason: 'ALREADY_SUBMITTED', current };
      if (current.status === 'withdrawn') return { ok: false, reason: 'WITHDRAWN', current };
      if (current.version !== input.expectedVersion) return { ok: false, reason: 'STALE', current };
      const call = await findCallById(tx, current.callId);
      if (!call) throw new AppError('NOT_FOUND');
      // An amendment staff asked for is taken after the deadline; a first submission is not.
      if (
        current.status === 'draft' &&
        !(await isCallOpenFor(tx, call, current.organizationId, now))
      )
        return { ok: false, reason: 'CALL_CLOSED', current };
      const eligibility = checkEligibility(call.eligibility, organization, now);
      if (!eligibility.isEligible)
        return { ok: false, reason: 'NOT_ELIGIBLE', reasons: eligibility.reasons, current };
      const checked = validateAnswers(call.form, current.answers, { isFinal: true });
      if (!checked.ok)
        return { ok: false, reason: 'INVALID_ANSWERS', errors: checked.errors, current };

      const versionNumber = (await latestVersionNumber(tx, current.id)) + 1;
      const receiptNumber = current.receiptNumber ?? (await receiptFor(tx, call));
      const version: ApplicationVersionRow = await insertVersion(tx, {
        applicationId: current.id,
        number: versionNumber,
        answers: checked.answers,
        formVersion: call.version,
        form: call.form,
        submittedAt: now,
        submittedBy: userId,
      });
      const submitted = await updateApplicationRow(
        tx,
        current.id,
        current.version,
        {
          status: 'submitted',
          answers: checked.answers,
          receiptNumber,
          submittedAt: now,
        },
        { by: userId, now },
      );
      // The row is locked: its version cannot have moved.
      if (!submitted) throw new AppError('CONFLICT');
      await insertIdempotencyKey(tx, {
        userId,
        key: input.idempotencyKey,
        applicationId: current.id,
        versionNumber,
      });
      await recordAudit(tx, acting, {
        action: versionNumber > 1 ? 'programs.application:amend' : 'programs.application:submit',
        entityType: 'application',
        entityId: current.id,
        after: { receiptNumber, versionNumber, versionId: version.id, formVersion: call.version },
      });
      await confirm(tx, deps, userId, { submitted, versionNumber, call }, organization.name, now);
      return { ok: true, application: submitted, versionNumber, isReplay: false };
    },
  );
  if (result.ok && !result.isReplay) deps.jobs.wake();
  return result;
}

/** Saves the form's answers, then submits them: what the page's Submit button does. */
export async function saveAndSubmit(
  deps: SubmitDeps,
  acting: AuditContext,
  input: SubmitInput & Parameters<typeof saveDraft>[2],
): Promise<SubmitApplicationResult | Awaited<ReturnType<typeof saveDraft>>> {
  // A retry of a submission that went through is answered before anything is saved again.
  const userId = applicantIdOf(acting.actor);
  const earlier = ZIdempotencyKey.test(input.idempotencyKey)
    ? await findIdempotencyKey(deps.database.db, userId, input.idempotencyKey)
    : undefined;
  if (earlier) return submitApplication(deps, acting, input);
  const saved = await saveDraft(deps, acting, input);
  if (!saved.ok) {
    // A double click: the first click saved and submitted while this one waited.
    if (saved.reason === 'NOT_EDITABLE') {
      const again = await findIdempotencyKey(deps.database.db, userId, input.idempotencyKey);
      if (again) return submitApplication(deps, acting, input);
    }
    return saved;
  }
  return submitApplication(deps, acting, { ...input, expectedVersion: saved.application.version });
}

/** In the submission's transaction: the receipt exists exactly when the submission does. */
async function confirm(
  tx: Db,
  deps: SubmitDeps,
  userId: string,
  result: { submitted: ApplicationRow; versionNumber: number; call: CallRow },
  organizationName: string,
  now: Date,
) {
  const { submitted, call } = result;
  const contact = await accountContact(tx, userId);
  const programme = await findProgrammeById(tx, call.programmeId);
  if (!contact || !programme) return;
  const inLocale = (vi: string, en: string) => (contact.locale === 'en' && en ? en : vi);
  await deps.mail.queue(
    tx,
    submissionLetter({
      to: contact.email,
      name: contact.name,
      locale: contact.locale,
      receiptNumber: submitted.receiptNumber ?? '',
      versionNumber: result.versionNumber,
      callTitle: inLocale(call.titleVi, call.titleEn),
      programmeTitle: inLocale(programme.titleVi, programme.titleEn),
      organizationName,
      submittedAt: now,
      url: `${deps.config.publicUrl}/programs/applications/${submitted.id}`,
    }),
  );
}
