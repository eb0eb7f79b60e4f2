// A problem's versions and audit entries, written in the transaction of each change.
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { ProblemSnapshot } from '../domain/problem';
import { insertVersion, type ProblemRow } from '../db/problems.repository';

export const editorOf = (acting: AuditContext) =>
  isSignedIn(acting.actor)
    ? { id: acting.actor.user.id, name: acting.actor.user.name }
    : { id: null, name: acting.label ?? '' };

export const snapshotOf = (row: ProblemRow): ProblemSnapshot => ({
  title: row.title,
  sector: row.sector,
  whoSuffers: row.whoSuffers,
  currentProcess: row.currentProcess,
  evidence: row.evidence,
  constraints: row.constraints,
  indicators: row.indicators,
  budgetVnd: row.budgetVnd?.toString() ?? null,
  coFundingVnd: row.coFundingVnd?.toString() ?? null,
  timeline: row.timeline,
  pilotHost: row.pilotHost,
  isConfidential: row.isConfidential,
});

/** Keeps the problem as it now is among its versions, and audits the change. */
export async function recordProblemVersion(
  tx: Db,
  acting: AuditContext,
  action: string,
  after: ProblemRow,
  before?: ProblemRow,
) {
  const editor = editorOf(acting);
  await insertVersion(tx, {
    problemId: after.id,
    version: after.version,
    status: after.status,
    action,
    snapshot: snapshotOf(after),
    editedBy: editor.id,
    editedByName: editor.name,
    editedAt: after.updatedAt,
  });
  await recordAudit(tx, acting, {
    action: `challenges.problem:${action}`,
    entityType: 'challenges_problem',
    entityId: after.id,
    before: before && { status: before.status, version: before.version, title: before.title },
    after: { status: after.status, version: after.version, title: after.title },
  });
}
