// declineSuggestion outcomes: declined (audited; the pair leaves the listing's suggestions and
// similar ones rank lower) | already declined (a form sent twice: one decline, no second audit
// entry) | INVALID (no reason among the four, or a comment too long). undoDecline outcomes: undone
// (audited) | nothing to undo (sent twice). Both throw NOT_FOUND when the listing is unknown or the
// actor is neither of its owner's people nor a broker, or the counterpart is unknown.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { fieldErrors } from '../../../platform/input/validation';
import { deleteDecline, insertDecline } from '../db/match-declines.repository';
import { findNeedById } from '../db/needs.repository';
import { findOfferById } from '../db/offers.repository';
import { DECLINE_COMMENT_MAX, DECLINE_REASONS, type DeclineSide } from '../domain/match-declines';
import { needForMatching, offerForMatching } from './matching';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface SuggestionPair {
  /** Whose suggestions: the need's (an offer declined) or the offer's (a need declined). */
  side: DeclineSide;
  listingId: string;
  counterpartId: string;
}

const ZDecline = z.object({
  reason: z.enum(DECLINE_REASONS, { error: 'marketplace.decline.reasonRequired' }),
  comment: z
    .string()
    .trim()
    .max(DECLINE_COMMENT_MAX, { error: 'marketplace.decline.commentTooLong' }),
});

/** The pair's ids, once the actor may decline on that side and the counterpart exists. */
async function pairOf(db: Db, acting: AuditContext, pair: SuggestionPair) {
  const { actor } = acting;
  const isKnown = isUuid(pair.counterpartId);
  if (pair.side === 'need') {
    const { need } = await needForMatching(db, actor, pair.listingId);
    if (!isKnown || !(await findOfferById(db, pair.counterpartId))) throw new AppError('NOT_FOUND');
    return { side: pair.side, needId: need.id, offerId: pair.counterpartId };
  }
  const { offer } = await offerForMatching(db, actor, pair.listingId);
  if (!isKnown || !(await findNeedById(db, pair.counterpartId))) throw new AppError('NOT_FOUND');
  return { side: pair.side, needId: pair.counterpartId, offerId: offer.id };
}

export async function declineSuggestion(
  deps: Deps,
  acting: AuditContext,
  input: SuggestionPair & { reason: string; comment: string },
): Promise<{ ok: true; isNew: boolean } | Invalid> {
  const db = deps.database.db;
  const pair = await pairOf(db, acting, input);
  const parsed = ZDecline.safeParse({ reason: input.reason, comment: input.comment });
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const actor = acting.actor;
  if (actor.kind !== 'user') throw new AppError('NOT_FOUND');
  const isNew = await db.transaction(async (tx) => {
    const created = await insertDecline(tx, {
      ...pair,
      ...parsed.data,
      declinedBy: actor.user.id,
      createdAt: deps.clock(),
    });
    if (!created) return false;
    await recordAudit(tx, acting, {
      action: 'marketplace.suggestion:decline',
      entityType: 'marketplace_match_decline',
      entityId: created.id,
      after: { ...pair, reason: created.reason, comment: created.comment },
    });
    return true;
  });
  return { ok: true, isNew };
}

export async function undoDecline(
  deps: Deps,
  acting: AuditContext,
  input: SuggestionPair,
): Promise<{ ok: true; isUndone: boolean }> {
  const db = deps.database.db;
  const pair = await pairOf(db, acting, input);
  const isUndone = await db.transaction(async (tx) => {
    const removed = await deleteDecline(tx, pair);
    if (!removed) return false;
    await recordAudit(tx, acting, {
      action: 'marketplace.suggestion:undo-decline',
      entityType: 'marketplace_match_decline',
      entityId: removed.id,
      before: { ...pair, reason: removed.reason, comment: removed.comment },
    });
    return true;
  });
  return { ok: true, isUndone };
}
