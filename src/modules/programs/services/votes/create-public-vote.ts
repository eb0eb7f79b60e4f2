// createPublicVote outcomes: created as a draft (audited) | NOT_FOUND (thrown: unknown call, or
// not the actor's to manage) | INVALID (field messages) | ALREADY_EXISTS (the call has its vote).
import type { AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { findCallById } from '../../db/calls.repository';
import { insertVote, type VoteRow } from '../../db/vote.repository';
import { canManageVotes } from '../../permissions';
import { invalid, requireCapability, type Invalid, type Refusal, type DbDeps } from '../common';
import { insertAudited, ZVoteInput, type TVoteInput } from './shared-vote';

export type CreatePublicVoteResult =
  { ok: true; vote: VoteRow } | Invalid | Refusal<'ALREADY_EXISTS'>;

export async function createPublicVote(
  deps: DbDeps,
  acting: AuditContext,
  input: TVoteInput & { callId: string },
): Promise<CreatePublicVoteResult> {
  const db = deps.database.db;
  const { callId } = input;
  requireCapability(canManageVotes(acting.actor));
  const call = await findCallById(db, callId);
  if (!call) throw new AppError('NOT_FOUND');
  const parsed = ZVoteInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const vote = await insertAudited(
    db,
    acting,
    (tx, createdBy) => insertVote(tx, { ...parsed.data, callId, createdBy }),
    (created) => ({ action: 'programs.vote:create', entityId: created.id }),
  );
  return vote ? { ok: true, vote } : { ok: false, reason: 'ALREADY_EXISTS' };
}
