// acceptAgreement outcomes: accepted (recorded with the agreement's version, audited; accepting
// again records nothing new) | CHANGED (the agreement changed since the page was loaded: read it
// again) | CLOSED | NOT_FOUND (thrown: not the actor's to see, or an organisation the actor does
// not act for).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { findAcceptances, insertAcceptance, type AcceptanceRow } from '../db/challenges.repository';
import { isOpenAt } from '../domain/challenge';
import { challengeInReach } from './challenge-access';
import { accountIdOf } from './owners';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export async function acceptAgreement(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string; organizationId: string; agreementVersion: number },
): Promise<
  | { ok: true; acceptance: AcceptanceRow; isNew: boolean }
  | { ok: false; reason: 'CHANGED' | 'CLOSED' }
> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  const userId = accountIdOf(acting.actor);
  const solver = access.solverOrganizations.find((o) => o.id === input.organizationId);
  if (!userId || !solver) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  if (!isOpenAt(challenge, now)) return { ok: false, reason: 'CLOSED' };
  if (input.agreementVersion !== challenge.agreementVersion)
    return { ok: false, reason: 'CHANGED' };
  return db.transaction(async (tx) => {
    const { row, isNew } = await insertAcceptance(tx, {
      challengeId: challenge.id,
      organizationId: solver.id,
      agreementVersion: challenge.agreementVersion,
      acceptedBy: userId,
      acceptedAt: now,
    });
    if (isNew) {
      await recordAudit(tx, acting, {
        action: 'challenges.agreement:accept',
        entityType: 'challenges_challenge',
        entityId: challenge.id,
        after: { organizationId: solver.id, agreementVersion: row.agreementVersion },
      });
    }
    return { ok: true, acceptance: row, isNew } as const;
  });
}

/** Whether this solver accepted the challenge's agreement as it now stands: needed to propose. */
export async function hasAcceptedAgreement(
  db: Db,
  challenge: { id: string; agreementVersion: number },
  organizationId: string,
): Promise<boolean> {
  const rows = await findAcceptances(db, challenge.id, challenge.agreementVersion, [
    organizationId,
  ]);
  return rows.length > 0;
}
