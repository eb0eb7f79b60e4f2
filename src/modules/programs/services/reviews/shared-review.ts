// What the review commands and queries share: the round's input, a reviewer's own assignment,
// and the organisations a reviewer is linked to.
import { z } from 'zod';
import type { Actor } from '../../../../platform/authz';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { organizationsLinkedToAccounts, organizationsManagedBy } from '../../../directory';
import { accountOrganizationsOf } from '../../../identity';
import { ZText } from '../../contracts';
import {
  findAssignmentById,
  findConflictsOfUsers,
  findRoundById,
  type AssignmentRow,
  type RoundRow,
} from '../../db/review.repository';
import { REVIEW_ROUND_KINDS } from '../../db/tables';
import type { TAssignmentReviewer } from '../../domain/assignment';
import { canScore } from '../../permissions';
import { isUuid } from '../../../../platform/input/uuid';

const ZCriterion = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'programs.review.error.criterionId' }),
    label: z.object({ vi: ZText(200).pipe(z.string().min(1)), en: ZText(200).default('') }),
    weight: z.number().positive({ message: 'programs.review.error.weight' }).max(1000),
    scale: z.object({
      min: z.number().int().min(0).max(100),
      max: z.number().int().min(1).max(100),
    }),
  })
  .refine((c) => c.scale.min < c.scale.max, {
    message: 'programs.review.error.scale',
    path: ['scale'],
  });

export const ZRoundInput = z.object({
  kind: z.enum(REVIEW_ROUND_KINDS),
  titleVi: ZText(200).pipe(z.string().min(1)),
  titleEn: ZText(200).default(''),
  reviewersPerApplication: z.number().int().min(1).max(20),
  isBlind: z.boolean(),
  rubric: z
    .array(ZCriterion)
    .min(1, { message: 'programs.review.error.noCriteria' })
    .max(30)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
      message: 'programs.review.error.criterionDuplicate',
    }),
});
export type TRoundInput = z.input<typeof ZRoundInput>;

export async function getRound(db: Db, roundId: string): Promise<RoundRow> {
  const round = isUuid(roundId) ? await findRoundById(db, roundId) : undefined;
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

/** The actor's own assignment; NOT_FOUND for anyone else's, as if it did not exist. */
export async function getOwnAssignment(
  db: Db,
  actor: Actor,
  assignmentId: string,
): Promise<AssignmentRow> {
  const assignment = isUuid(assignmentId) ? await findAssignmentById(db, assignmentId) : undefined;
  if (!assignment || !canScore(actor, assignment)) throw new AppError('NOT_FOUND');
  return assignment;
}

/**
 * The pool as domain/assignment sees it: each reviewer's linked organisations (the directory
 * profiles their person profile is affiliated with, and those their account organisations
 * manage) and their declared conflicts.
 */
export async function reviewersWithLinks(
  db: Db,
  userIds: readonly string[],
): Promise<TAssignmentReviewer[]> {
  const affiliated = await organizationsLinkedToAccounts(db, userIds);
  const conflicts = await findConflictsOfUsers(db, userIds);
  // One after another: inside a transaction the queries share one connection.
  const reviewers: TAssignmentReviewer[] = [];
  for (const id of userIds) {
    const accounts = await accountOrganizationsOf(db, id);
    const managed = await organizationsManagedBy(
      db,
      accounts.map((o) => o.id),
    );
    const mine = conflicts.filter((c) => c.userId === id);
    reviewers.push({
      id,
      linkedOrganizationIds: [...(affiliated.get(id) ?? []), ...managed.map((o) => o.id)],
      conflictOrganizationIds: mine.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
      conflictApplicationIds: mine.flatMap((c) => (c.applicationId ? [c.applicationId] : [])),
    });
  }
  return reviewers;
}
