// startSolution outcomes: the address of the linked programmes call's application, for a solver
// that accepted the challenge's agreement as it now stands | AGREEMENT_NEEDED | CLOSED | NO_CALL
// (the centre has not linked a call yet) | NOT_FOUND (thrown: not the actor's to see, or an
// organisation the actor does not act for).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isOpenAt } from '../domain/challenge';
import { hasAcceptedAgreement } from './accept-agreement';
import { challengeInReach } from './challenge-access';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function startSolution(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; organizationId: string },
): Promise<
  { ok: true; applyPath: string } | { ok: false; reason: 'AGREEMENT_NEEDED' | 'CLOSED' | 'NO_CALL' }
> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  const solver = access.solverOrganizations.find((o) => o.id === input.organizationId);
  if (!solver) throw new AppError('NOT_FOUND');
  if (!isOpenAt(challenge, deps.clock())) return { ok: false, reason: 'CLOSED' };
  if (!(await hasAcceptedAgreement(db, challenge, solver.id)))
    return { ok: false, reason: 'AGREEMENT_NEEDED' };
  if (!challenge.callApplyPath) return { ok: false, reason: 'NO_CALL' };
  return { ok: true, applyPath: challenge.callApplyPath };
}
