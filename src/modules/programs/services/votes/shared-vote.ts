// What the public-vote commands and queries share: the inputs, the lookups that answer
// NOT_FOUND for an unknown id, and writing a new row with its audit entry.
import { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { ZText } from '../../contracts';
import {
  findEntryById,
  findVoteById,
  type VoteEntryRow,
  type VoteRow,
} from '../../db/vote.repository';
import { isUuid } from '../../../../platform/input/uuid';
import { actorIdOf } from '../common';

const required = (max: number) => ZText(max).pipe(z.string().min(1));

export const ZVoteInput = z.object({ titleVi: required(200), titleEn: ZText(200).default('') });
export type TVoteInput = z.input<typeof ZVoteInput>;

/** What the public page of an entry shows: only what staff typed here, nothing of the file. */
export const ZVoteEntryInput = z.object({
  applicationId: z.string(),
  solutionName: required(200),
  organizationName: required(200),
  summary: ZText(2000).default(''),
});
export type TVoteEntryInput = z.input<typeof ZVoteEntryInput>;

export async function getVote(db: Db, voteId: string): Promise<VoteRow> {
  const vote = isUuid(voteId) ? await findVoteById(db, voteId) : undefined;
  if (!vote) throw new AppError('NOT_FOUND');
  return vote;
}

export async function getEntry(db: Db, entryId: string): Promise<VoteEntryRow> {
  const entry = isUuid(entryId) ? await findEntryById(db, entryId) : undefined;
  if (!entry) throw new AppError('NOT_FOUND');
  return entry;
}

/**
 * Inserts a row of a vote (the vote itself, or an entry) and its audit entry in one transaction.
 * Undefined, and nothing audited, when the row was there already: a call has one vote, and an
 * application is on a vote once.
 */
export async function insertAudited<R>(
  db: Db,
  acting: AuditContext,
  insert: (tx: Db, createdBy: string) => Promise<R | undefined>,
  entry: (row: R) => { action: string; entityId: string },
): Promise<R | undefined> {
  return db.transaction(async (tx) => {
    const created = await insert(tx, actorIdOf(acting));
    if (!created) return undefined;
    await recordAudit(tx, acting, { ...entry(created), entityType: 'public_vote', after: created });
    return created;
  });
}
