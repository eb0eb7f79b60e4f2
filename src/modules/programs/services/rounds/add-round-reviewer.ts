// addRoundReviewer outcomes: added (audited) | NOT_FOUND (thrown: unknown round, or not the
// actor's to manage) | INVALID (the profile is unknown or has no account) | ALREADY_EXISTS (in
// the pool already: nothing changes).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { personAccountBySlug } from '../../../directory';
import { insertPoolMembers } from '../../db/review.repository';
import { canManageReviews } from '../../permissions';
import {
  actorIdOf,
  invalid,
  requireCapability,
  type Invalid,
  type Refusal,
  type DbDeps,
} from '../common';
import { lastSegment } from '../../../../platform/input/form-values';
import { getRound } from '../reviews/shared-review';

export type AddRoundReviewerResult =
  { ok: true; userId: string; fullName: string } | Invalid | Refusal<'ALREADY_EXISTS'>;

/** Adds the account of a directory person profile (slug or address) to a round's pool. */
export async function addRoundReviewer(
  deps: DbDeps,
  acting: AuditContext,
  input: { roundId: string; profile: string },
): Promise<AddRoundReviewerResult> {
  const db = deps.database.db;
  const { roundId, profile } = input;
  requireCapability(canManageReviews(acting.actor));
  const round = await getRound(db, roundId);
  const person = await personAccountBySlug(db, lastSegment(profile));
  if (!person) return invalid({ reviewer: { key: 'programs.review.error.personUnknown' } });
  const userId = person.userId;
  if (!userId) return invalid({ reviewer: { key: 'programs.review.error.personNoAccount' } });
  const added = await db.transaction(async (tx) => {
    const [inserted] = await insertPoolMembers(tx, round.id, [userId], actorIdOf(acting));
    if (!inserted) return false;
    await recordAudit(tx, acting, {
      action: 'programs.round:addReviewer',
      entityType: 'review_round',
      entityId: round.id,
      after: { userId, personId: person.personId },
    });
    return true;
  });
  if (!added) return { ok: false, reason: 'ALREADY_EXISTS' };
  return { ok: true, userId, fullName: person.fullName };
}
