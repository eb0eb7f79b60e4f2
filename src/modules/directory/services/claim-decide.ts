// Outcomes: approved (the claimant's account organisation now manages the profile) | rejected —
// both audited, the claimant's letter queued in the same transaction | NOT_FOUND | ALREADY_DECIDED |
// ALREADY_MANAGED (another account manages it since) | ORGANIZATION_GONE (archived or merged).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { accountContact } from '../../identity';
import { decideClaim as decideClaimRow, lockClaim, type ClaimRow } from '../db/claims.repository';
import {
  lockOrganization,
  updateOrganization as updateRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { claimDecisionLetter } from './claim-mail';
import { isUuid } from '../../../platform/input/uuid';
import { isLive } from './managers';
import { auditable } from './update-organization';

export type ClaimDecision = 'approve' | 'reject';

export type DecideClaimResult =
  | { ok: true; claim: ClaimRow; organization: OrganizationRow }
  | { ok: false; reason: 'ALREADY_DECIDED' | 'ALREADY_MANAGED' | 'ORGANIZATION_GONE' };

type DecideDeps = Pick<AppDeps, 'database' | 'clock' | 'mail' | 'jobs' | 'config'>;

export async function decideClaim(
  deps: DecideDeps,
  acting: AuditContext,
  input: { claimId: string; decision: ClaimDecision; note?: string },
): Promise<DecideClaimResult> {
  const { actor } = acting;
  const { claimId, decision, note } = input;
  if (!isSignedIn(actor)) throw new AppError('UNAUTHENTICATED');
  if (!isUuid(claimId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const result = await deps.database.db.transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    if (!claim) throw new AppError('NOT_FOUND');
    if (claim.status !== 'pending')
      return { ok: false as const, reason: 'ALREADY_DECIDED' as const };
    const org = await lockOrganization(tx, claim.organizationId);
    if (!org) throw new AppError('NOT_FOUND');
    let after = org;
    if (decision === 'approve') {
      if (!isLive(org) || !claim.accountOrganizationId) {
        return { ok: false as const, reason: 'ORGANIZATION_GONE' as const };
      }
      if (org.managedBy && org.managedBy !== claim.accountOrganizationId) {
        return { ok: false as const, reason: 'ALREADY_MANAGED' as const };
      }
      const updated = await updateRow(
        tx,
        org.id,
        org.version,
        { managedBy: claim.accountOrganizationId },
        { by: actor.user.id, now },
      );
      // The row is locked: its version cannot have moved.
      if (!updated) throw new AppError('CONFLICT');
      after = updated;
    }
    const decided = await decideClaimRow(tx, claim.id, {
      status: decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor.user.id,
      decidedAt: now,
    });
    if (!decided) return { ok: false as const, reason: 'ALREADY_DECIDED' as const };
    await recordAudit(tx, acting, {
      action: decision === 'approve' ? 'directory.claim:approve' : 'directory.claim:reject',
      entityType: 'directory.claim',
      entityId: claim.id,
      before: { claim: auditable(claim), organization: { id: org.id, managedBy: org.managedBy } },
      after: {
        claim: auditable(decided),
        organization: { id: after.id, managedBy: after.managedBy },
        note: note || undefined,
      },
    });
    await tellClaimant(tx, deps, decided, after, note);
    return { ok: true as const, claim: decided, organization: after };
  });
  if (result.ok) deps.jobs.wake();
  return result;
}

/** In the decision's transaction: the letter exists exactly when the decision does. */
async function tellClaimant(
  tx: Db,
  deps: DecideDeps,
  claim: ClaimRow,
  org: OrganizationRow,
  note: string | undefined,
) {
  const contact = await accountContact(tx, claim.userId);
  if (!contact) return;
  const approved = claim.status === 'approved';
  const path = `/directory/organizations/${org.slug}${approved ? '/edit' : ''}`;
  await deps.mail.queue(
    tx,
    claimDecisionLetter({
      to: contact.email,
      name: contact.name,
      locale: contact.locale,
      approved,
      organizationName: org.shortName || org.legalName,
      url: `${deps.config.publicUrl}${path}`,
      note,
    }),
  );
}
