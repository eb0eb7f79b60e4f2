// takeOfferStep outcomes: moved (the next status, audited; approval and renewal list the offer
// for LISTING_MONTHS and schedule the renewal reminder as a durable job, withdrawal cancels it) |
// CONFLICT (changed meanwhile: nothing done) | NOT_APPLICABLE (the step leads nowhere from the
// offer's status, or no step was posted) | INVALID (a note too long) | NOT_FOUND (thrown: unknown,
// or a step the actor may not take on it — a university's offer is approved by its own office
// only; who acts is checked before what was posted, so an outsider learns nothing).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';
import { isUuid } from '../../../platform/input/uuid';
import { cancelJob, scheduleJob } from '../../../platform/jobs';
import {
  expiryAfter,
  OFFER_STEPS,
  offerStatusAfter,
  REMINDER_DAYS,
  type OfferStatus,
  type OfferStep,
} from '../domain/offer';
import {
  findOfferById,
  updateOfferAtVersion,
  type OfferPatch,
  type OfferRow,
} from '../db/offers.repository';
import { mayApprove } from './offer-access';
import { mayWriteFor } from './offer-input';
import { ownerById, type Owner } from './owners';
import type { Actor } from '../../../platform/authz';

export const RENEWAL_JOB = 'marketplace.renewal-reminder';
const reminderKey = (offerId: string) => `${RENEWAL_JOB}:${offerId}`;

export type OfferStepResult =
  | { ok: true; offer: OfferRow }
  | { ok: false; reason: 'CONFLICT'; current: OfferRow }
  | { ok: false; reason: 'NOT_APPLICABLE' }
  | Invalid;

export interface OfferStepInput {
  id: string;
  version: number;
  /** One of OFFER_STEPS, as posted. */
  step: string;
  /** Why the approver sends the offer back. */
  note?: string;
}

/** Without a step: whether the actor may take any step on the owner's offers. */
async function mayTake(db: Db, actor: Actor, owner: Owner, step: OfferStep | undefined) {
  if (step === 'approve' || step === 'return') return mayApprove(db, actor, owner);
  if (step === 'withdraw' || !step)
    return (await mayWriteFor(db, actor, owner)) || (await mayApprove(db, actor, owner));
  return mayWriteFor(db, actor, owner);
}

function patchFor(
  step: OfferStep,
  offer: OfferRow,
  next: OfferStatus,
  now: Date,
  by: string | null,
  note: string,
): OfferPatch {
  switch (step) {
    case 'submit':
      return { status: next, submittedBy: by, reviewNote: '' };
    case 'approve':
      return {
        status: next,
        approvedBy: by,
        publishedAt: offer.publishedAt ?? now,
        expiresAt: expiryAfter(now),
      };
    case 'renew': {
      const from = offer.expiresAt && offer.expiresAt > now ? offer.expiresAt : now;
      return { status: next, expiresAt: expiryAfter(from) };
    }
    case 'return':
      return { status: next, reviewNote: note };
    default:
      return { status: next };
  }
}

/** The reminder goes REMINDER_DAYS before the listing comes down (at once if that is past). */
async function scheduleReminder(tx: Db, offer: OfferRow, now: Date) {
  const expiresAt = offer.expiresAt!;
  const remindAt = new Date(expiresAt.getTime() - REMINDER_DAYS * 86_400_000);
  await scheduleJob(tx, {
    name: RENEWAL_JOB,
    key: reminderKey(offer.id),
    runAt: remindAt > now ? remindAt : now,
    payload: { offerId: offer.id, expiresAt: expiresAt.toISOString() },
    replace: true,
  });
}

export async function takeOfferStep(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: OfferStepInput,
): Promise<OfferStepResult> {
  const db = deps.database.db;
  const offer = isUuid(input.id) ? await findOfferById(db, input.id) : undefined;
  const owner = offer && (await ownerById(db, offer.ownerOrgId));
  const step = OFFER_STEPS.find((s) => s === input.step);
  if (!offer || !owner || !(await mayTake(db, acting.actor, owner, step)))
    throw new AppError('NOT_FOUND');
  if (!step) return { ok: false, reason: 'NOT_APPLICABLE' };
  // A second click on a step already taken is a stale version, as is a step on a changed offer.
  if (input.version !== offer.version) return { ok: false, reason: 'CONFLICT', current: offer };
  const next = offerStatusAfter(offer.status as OfferStatus, step);
  if (!next) return { ok: false, reason: 'NOT_APPLICABLE' };
  const note = ZText(1000).safeParse(input.note ?? '');
  if (!note.success) return invalid({ note: { key: 'validation.tooLong', params: { max: 1000 } } });
  const now = deps.clock();
  const by = isSignedIn(acting.actor) ? acting.actor.user.id : null;
  return db.transaction(async (tx) => {
    const patch = patchFor(step, offer, next, now, by, note.data);
    const after = await updateOfferAtVersion(tx, offer.id, input.version, patch, { by, now });
    if (!after) {
      const current = await findOfferById(tx, offer.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    if (step === 'approve' || step === 'renew') await scheduleReminder(tx, after, now);
    if (step === 'withdraw') await cancelJob(tx, reminderKey(offer.id));
    await recordAudit(tx, acting, {
      action: `marketplace.offer:${step}`,
      entityType: 'marketplace_offer',
      entityId: offer.id,
      before: { status: offer.status, version: offer.version, expiresAt: offer.expiresAt },
      after: { status: after.status, version: after.version, expiresAt: after.expiresAt },
    });
    return { ok: true, offer: after } as const;
  });
}
