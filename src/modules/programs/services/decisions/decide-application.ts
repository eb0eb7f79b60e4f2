// What the four decision commands share: record the decision over the version the page showed,
// audit it and queue the letters to the applicant's accounts, all in one transaction. Outcomes: decided | NOT_FOUND (thrown:
// unknown application, or not the actor's to decide) | NOT_SUBMITTED (a draft or a withdrawn
// application) | INVALID (an award without one of the programme's prizes) | CONFLICT (decided
// by someone else since the page was loaded: nothing changed).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import type { AppDeps } from '../../../../platform/deps';
import { organizationFacts } from '../../../directory';
import { accountContact, accountMembership } from '../../../identity';
import { findCallById } from '../../db/calls.repository';
import { findProgrammeById } from '../../db/programmes.repository';
import {
  findApplicationRef,
  findApplicationWriters,
  findDecision,
  writeDecision,
  type DecisionRow,
} from '../../db/review.repository';
import type { TDecisionOutcome } from '../../db/tables';
import { canDecide } from '../../permissions';
import { actorIdOf, invalid, requireCapability, type Invalid, type Refusal } from '../common';
import { decisionLetter } from './decide-letter';
import { areResultsHeld } from './held-results';
import { isUuid } from '../../../../platform/input/uuid';

export type DecisionDeps = Pick<AppDeps, 'database' | 'mail' | 'jobs' | 'config' | 'clock'>;
export type DecideResult =
  | { ok: true; decision: DecisionRow }
  | Invalid
  | Refusal<'NOT_SUBMITTED'>
  | { ok: false; reason: 'CONFLICT'; current: DecisionRow | undefined };

export const APPLICATION_PATH = '/programs/applications';

export async function decideApplication(
  deps: DecisionDeps,
  acting: AuditContext,
  input: {
    applicationId: string;
    /** The decision's version the page showed; 0 when it showed none. */
    expectedVersion: number;
    outcome: TDecisionOutcome;
    prizeIndex?: number;
    note?: string;
  },
): Promise<DecideResult> {
  const { applicationId, expectedVersion, ...decision } = input;
  requireCapability(canDecide(acting.actor));
  const db = deps.database.db;
  const application = isUuid(applicationId)
    ? await findApplicationRef(db, applicationId)
    : undefined;
  const call = application && (await findCallById(db, application.callId));
  const programme = call && (await findProgrammeById(db, call.programmeId));
  if (!application || !call || !programme) throw new AppError('NOT_FOUND');
  if (application.status !== 'submitted' && application.status !== 'reopened')
    return { ok: false, reason: 'NOT_SUBMITTED' };
  const prize =
    decision.outcome === 'awarded' ? programme.prizes[decision.prizeIndex ?? -1] : undefined;
  if (decision.outcome === 'awarded' && !prize)
    return invalid({ prize: { key: 'programs.decision.error.prize' } });
  const note = (decision.note ?? '').normalize('NFC').trim().slice(0, 4000);

  const written = await db.transaction(async (tx) => {
    const before = await findDecision(tx, applicationId);
    const row = await writeDecision(tx, expectedVersion, {
      applicationId,
      outcome: decision.outcome,
      prizeIndex: prize ? decision.prizeIndex! : null,
      prize: prize ?? null,
      note,
      decidedBy: actorIdOf(acting),
      decidedAt: deps.clock(),
    });
    if (!row) return undefined;
    await recordAudit(tx, acting, {
      action: `programs.decision:${decision.outcome}`,
      entityType: 'application',
      entityId: applicationId,
      before: before ?? null,
      after: row,
    });
    if (!(await areResultsHeld(tx, call, programme)))
      await tellApplicant(tx, deps, application, { call, programme, decision: row });
    return row;
  });
  if (!written) {
    return { ok: false, reason: 'CONFLICT', current: await findDecision(db, applicationId) };
  }
  deps.jobs.wake();
  return { ok: true, decision: written };
}

/**
 * In the decision's transaction, to the application's creator and co-editors who still act for
 * the organisation: a letter exists exactly when its decision does, and is delivered (retried if
 * need be) by the job runner.
 */
export async function tellApplicant(
  tx: Db,
  deps: DecisionDeps,
  application: { id: string; organizationId: string },
  about: {
    call: { titleVi: string; titleEn: string };
    programme: { titleVi: string; titleEn: string };
    decision: DecisionRow;
  },
) {
  const organization = await organizationFacts(tx, application.organizationId);
  for (const userId of await findApplicationWriters(tx, application.id)) {
    const stillActs =
      !organization?.managedBy || (await accountMembership(tx, organization.managedBy, userId));
    const contact = stillActs ? await accountContact(tx, userId) : undefined;
    if (!contact) continue;
    await deps.mail.queue(
      tx,
      decisionLetter({
        to: contact.email,
        name: contact.name,
        locale: contact.locale,
        outcome: about.decision.outcome,
        programme: { vi: about.programme.titleVi, en: about.programme.titleEn },
        call: { vi: about.call.titleVi, en: about.call.titleEn },
        organizationName: organization?.name ?? '',
        prize: about.decision.prize?.title,
        note: about.decision.note,
        url: `${deps.config.publicUrl}${APPLICATION_PATH}/${application.id}`,
      }),
    );
  }
}
