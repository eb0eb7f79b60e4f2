// publishWinners outcomes: published or withdrawn (audited) | NOT_FOUND (thrown: unknown call,
// or not the actor's to decide) | UNCHANGED (already in that state). The publication row's key is
// the call, so of two publications at once one is written: a held call's letters (held-results.ts)
// are queued with it, in its transaction, once.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { findCallById, type CallRow } from '../../db/calls.repository';
import { findProgrammeById, type ProgrammeRow } from '../../db/programmes.repository';
import {
  deletePublication,
  findDecisionsOfCall,
  insertPublication,
} from '../../db/review.repository';
import { canDecide } from '../../permissions';
import { actorIdOf, requireCapability, type Refusal } from '../common';
import { tellApplicant, type DecisionDeps } from './decide-application';
import { holdsResults } from './held-results';

export async function publishWinners(
  deps: DecisionDeps,
  acting: AuditContext,
  input: { callId: string; isPublished: boolean },
): Promise<{ ok: true } | Refusal<'UNCHANGED'>> {
  const db = deps.database.db;
  const now = deps.clock();
  const { callId, isPublished } = input;
  requireCapability(canDecide(acting.actor));
  const call = await findCallById(db, callId);
  const programme = call && (await findProgrammeById(db, call.programmeId));
  if (!call || !programme) throw new AppError('NOT_FOUND');
  const changed = await db.transaction(async (tx) => {
    const row = isPublished
      ? await insertPublication(tx, { callId, publishedBy: actorIdOf(acting), publishedAt: now })
      : await deletePublication(tx, callId);
    if (!row) return false;
    await recordAudit(tx, acting, {
      action: isPublished ? 'programs.results:publish' : 'programs.results:withdraw',
      entityType: 'call',
      entityId: callId,
      after: { isPublished },
    });
    if (isPublished) await sendHeldLetters(tx, deps, { call, programme });
    return true;
  });
  if (changed) deps.jobs.wake();
  return changed ? { ok: true } : { ok: false, reason: 'UNCHANGED' };
}

async function sendHeldLetters(
  tx: Db,
  deps: DecisionDeps,
  about: { call: CallRow; programme: ProgrammeRow },
) {
  if (!holdsResults(about.programme)) return;
  for (const { decision, organizationId } of await findDecisionsOfCall(tx, about.call.id)) {
    await tellApplicant(
      tx,
      deps,
      { id: decision.applicationId, organizationId },
      {
        ...about,
        decision,
      },
    );
  }
}
