// confirmDeal outcomes (either side of the deal, at the version it was shown): the side's
// confirmation recorded — once both sides confirmed, the deal counts in the figures and, when it
// must be registered, its deadline's reminder is scheduled; audited | the side had confirmed
// already (a second click: nothing changes) | CONFLICT (the deal changed meanwhile) |
// NOT_FOUND (thrown: no deal, or the actor is neither side).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { ownerSideOf } from '../domain/deal';
import {
  findDealOf,
  findIntroductionById,
  updateDealAtVersion,
  type DealRow,
} from '../db/introductions.repository';
import { introductionRoles, listingOf } from './introduction-parties';
import { whenConfirmed } from './registration-reminder';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function confirmDeal(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; version: number },
): Promise<{ ok: true; deal: DealRow } | { ok: false; reason: 'CONFLICT' }> {
  const db = deps.database.db;
  if (!isSignedIn(acting.actor)) throw new AppError('NOT_FOUND');
  const intro = isUuid(input.id) ? await findIntroductionById(db, input.id) : undefined;
  const deal = intro && (await findDealOf(db, intro.id));
  if (!intro || !deal) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const listing = await listingOf(db, intro, now);
  const roles = await introductionRoles(db, acting.actor, intro, listing);
  const ownerSide = ownerSideOf(listing.kind);
  const sides = [
    ...(roles.includes('owner') ? [ownerSide] : []),
    ...(roles.includes('requester') ? [ownerSide === 'supplier' ? 'recipient' : 'supplier'] : []),
  ].filter((side) =>
    side === 'supplier' ? !deal.supplierConfirmedAt : !deal.recipientConfirmedAt,
  );
  if (sides.length === 0) {
    if (roles.includes('owner') || roles.includes('requester')) return { ok: true, deal };
    throw new AppError('NOT_FOUND');
  }
  if (input.version !== deal.version) return { ok: false, reason: 'CONFLICT' };
  const by = acting.actor.user.id;
  return db.transaction(async (tx) => {
    const after = await updateDealAtVersion(
      tx,
      deal.id,
      input.version,
      {
        ...(sides.includes('supplier')
          ? { supplierConfirmedAt: now, supplierConfirmedBy: by }
          : {}),
        ...(sides.includes('recipient')
          ? { recipientConfirmedAt: now, recipientConfirmedBy: by }
          : {}),
      },
      { by, now },
    );
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    await whenConfirmed(tx, after, now);
    await recordAudit(tx, acting, {
      action: 'marketplace.deal:confirm',
      entityType: 'marketplace_introduction',
      entityId: intro.id,
      after: { dealId: deal.id, sides },
    });
    return { ok: true, deal: after } as const;
  });
}
