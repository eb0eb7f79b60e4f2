// addVoteEntry outcomes: added (audited) | NOT_FOUND (thrown: unknown vote, or not the actor's
// to manage) | INVALID (field messages; an application of another call) | NOT_SUBMITTED (only
// submitted applications are shortlisted) | VOTE_CLOSED | ALREADY_EXISTS (on the vote already).
import type { AuditContext } from '../../../../platform/audit';
import { fieldErrors } from '../../../../platform/input/validation';
import { findCallApplication, insertEntry, type VoteEntryRow } from '../../db/vote.repository';
import { canManageVotes } from '../../permissions';
import { invalid, requireCapability, type Invalid, type Refusal, type DbDeps } from '../common';
import { isUuid } from '../../../../platform/input/uuid';
import { getVote, insertAudited, ZVoteEntryInput, type TVoteEntryInput } from './shared-vote';

export type AddVoteEntryResult =
  | { ok: true; entry: VoteEntryRow }
  | Invalid
  | Refusal<'NOT_SUBMITTED' | 'VOTE_CLOSED' | 'ALREADY_EXISTS'>;

export async function addVoteEntry(
  deps: DbDeps,
  acting: AuditContext,
  input: TVoteEntryInput & { voteId: string },
): Promise<AddVoteEntryResult> {
  const db = deps.database.db;
  const { voteId } = input;
  requireCapability(canManageVotes(acting.actor));
  const vote = await getVote(db, voteId);
  const parsed = ZVoteEntryInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const app = isUuid(parsed.data.applicationId)
    ? await findCallApplication(db, vote.callId, parsed.data.applicationId)
    : undefined;
  if (!app) return invalid({ applicationId: { key: 'programs.vote.error.application' } });
  if (app.status !== 'submitted') return { ok: false, reason: 'NOT_SUBMITTED' };
  if (vote.status === 'closed') return { ok: false, reason: 'VOTE_CLOSED' };
  const entry = await insertAudited(
    db,
    acting,
    (tx, createdBy) => insertEntry(tx, { ...parsed.data, voteId: vote.id, createdBy }),
    () => ({ action: 'programs.vote:addEntry', entityId: vote.id }),
  );
  return entry ? { ok: true, entry } : { ok: false, reason: 'ALREADY_EXISTS' };
}
