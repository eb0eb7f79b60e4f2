// createOffer outcomes: created (a draft, audited) | the offer the same form already made (a form
// sent twice is one offer) | INVALID (field messages: the owner unknown or not the author's, the
// fields).
// updateOffer outcomes: updated (audited; a listed offer changed by someone who may not approve
// it goes back to approval) | CONFLICT (someone saved first: nothing overwritten) | INVALID |
// NOT_FOUND (thrown: unknown, or not the actor's to write).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import { violatedUnique } from '../../../platform/db/violations';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import type { Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import {
  findOfferById,
  findOfferBySubmission,
  insertOffer,
  updateOfferAtVersion,
  type OfferRow,
} from '../db/offers.repository';
import { checkOfferFields, checkOwner, mayWriteFor, type OfferInput } from './offer-input';
import { mayApprove } from './offer-access';
import { ownerById } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type SaveOfferResult =
  { ok: true; offer: OfferRow } | { ok: false; reason: 'CONFLICT'; current: OfferRow } | Invalid;

const userOf = (acting: AuditContext) => (isSignedIn(acting.actor) ? acting.actor.user.id : null);

const audited = (offer: OfferRow) => ({
  status: offer.status,
  version: offer.version,
  title: offer.title,
});

export async function createOffer(
  deps: Deps,
  acting: AuditContext,
  input: OfferInput & { submissionKey?: string },
): Promise<SaveOfferResult> {
  const db = deps.database.db;
  const owner = await checkOwner(db, acting.actor, input.owner);
  const checked = await checkOfferFields(db, input.fields);
  if (!owner.ok || !checked.ok)
    return {
      ok: false,
      reason: 'INVALID',
      fields: { ...(owner.ok ? {} : owner.fields), ...(checked.ok ? {} : checked.fields) },
    };
  const key = input.submissionKey?.slice(0, 80) || undefined;
  const made = key && (await findOfferBySubmission(db, key));
  if (made) return { ok: true, offer: made };
  const now = deps.clock();
  const by = userOf(acting);
  try {
    const offer = await db.transaction(async (tx) => {
      const created = await insertOffer(tx, {
        ...checked.columns,
        ownerOrgId: owner.owner.id,
        ownerKind: owner.owner.kind,
        ownerProvince: owner.owner.provinceCode,
        submissionKey: key,
        createdAt: now,
        updatedAt: now,
        createdBy: by,
        updatedBy: by,
      });
      await recordAudit(tx, acting, {
        action: 'marketplace.offer:create',
        entityType: 'marketplace_offer',
        entityId: created.id,
        after: audited(created),
      });
      return created;
    });
    return { ok: true, offer };
  } catch (err) {
    const existing = key && violatedUnique(err) && (await findOfferBySubmission(db, key));
    if (existing) return { ok: true, offer: existing };
    throw err;
  }
}

/** The offer the actor may write, or NOT_FOUND. */
export async function getWritableOffer(deps: Deps, acting: AuditContext, id: string) {
  const db = deps.database.db;
  const offer = isUuid(id) ? await findOfferById(db, id) : undefined;
  const owner = offer && (await ownerById(db, offer.ownerOrgId));
  if (!offer || !owner || !(await mayWriteFor(db, acting.actor, owner)))
    throw new AppError('NOT_FOUND');
  return { offer, owner };
}

export async function updateOffer(
  deps: Deps,
  acting: AuditContext,
  input: Pick<OfferInput, 'fields'> & { id: string; version: number },
): Promise<SaveOfferResult> {
  const db = deps.database.db;
  const { offer: before, owner } = await getWritableOffer(deps, acting, input.id);
  const checked = await checkOfferFields(db, input.fields);
  if (!checked.ok) return checked;
  const backToApproval =
    before.status === 'published' && !(await mayApprove(db, acting.actor, owner));
  return db.transaction(async (tx) => {
    const after = await updateOfferAtVersion(
      tx,
      before.id,
      input.version,
      { ...checked.columns, ...(backToApproval ? { status: 'pending' } : {}) },
      { by: userOf(acting), now: deps.clock() },
    );
    if (!after) {
      const current = await findOfferById(tx, before.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await recordAudit(tx, acting, {
      action: 'marketplace.offer:edit',
      entityType: 'marketplace_offer',
      entityId: after.id,
      before: audited(before),
      after: audited(after),
    });
    return { ok: true, offer: after } as const;
  });
}
