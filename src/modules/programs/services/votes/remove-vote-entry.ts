// removeVoteEntry outcomes: removed (audited) | NOT_FOUND (thrown: unknown entry, or not the
// actor's to manage) | HAS_VOTES (ballots were cast on it: it stays, and so do they).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { countBallotsOfEntry, deleteEntry, lockVote } from '../../db/vote.repository';
import { canManageVotes } from '../../permissions';
import { requireCapability, type Refusal, type DbDeps } from '../common';
import { getEntry } from './shared-vote';

export async function removeVoteEntry(
  deps: DbDeps,
  acting: AuditContext,
  input: { entryId: string },
): Promise<{ ok: true } | Refusal<'HAS_VOTES'>> {
  const db = deps.database.db;
  const { entryId } = input;
  requireCapability(canManageVotes(acting.actor));
  const entry = await getEntry(db, entryId);
  return db.transaction(async (tx) => {
    // Ballots lock the vote in share mode: none lands between the count and the delete.
    await lockVote(tx, entry.voteId, 'update');
    if ((await countBallotsOfEntry(tx, entry.id)) > 0)
      return { ok: false as const, reason: 'HAS_VOTES' as const };
    await deleteEntry(tx, entry.id);
    await recordAudit(tx, acting, {
      action: 'programs.vote:removeEntry',
      entityType: 'public_vote',
      entityId: entry.voteId,
      before: entry,
    });
    return { ok: true as const };
  });
}
