// Outcomes: approved (the claimant's account organisation now manages the profile) | rejected —
// both audited, the claimant told by e-mail | NOT_FOUND | ALREADY_DECIDED |
// ALREADY_MANAGED (another account manages it since) | ORGANIZATION_GONE (archived or merged).
import { recordAudit } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';
import type { RequestContext } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/errors';
import { log } from '../../../platform/log/logger';
import { accountContact } from '../../identity';
import {
  decideClaim as decideClaimRow,
  lockClaim,
  lockOrganization,
  updateOrganization as updateRow,
  type ClaimRow,
  type OrganizationRow,
} from '../db/organizations.repository';
import { claimDecisionLetter } from './claim-mail';
import { isLive, isUuid } from './managers';
import { auditable } from './update-organization';

export type ClaimDecision = 'approve' | 'reject';

export type DecideClaimResult =
  | { ok: true; claim: ClaimRow; organization: OrganizationRow }
  | { ok: false; reason: 'ALREADY_DECIDED' | 'ALREADY_MANAGED' | 'ORGANIZATION_GONE' };

export async function decideClaim(
  ctx: RequestContext,
  claimId: string,
  decision: ClaimDecision,
  note?: string,
): Promise<DecideClaimResult> {
  const { actor, deps } = ctx;
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
      const updated = await updateRow(tx, org.id, org.version, {
        managedBy: claim.accountOrganizationId,
        updatedBy: actor.user.id,
      });
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
    await recordAudit(tx, ctx, {
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
    return { ok: true as const, claim: decided, organization: after };
  });
  if (result.ok) await tellClaimant(ctx, result.claim, result.organization, note);
  return result;
}

/** After the commit: a failed delivery stays in the outbox to be retried, the decision stands. */
async function tellClaimant(
  ctx: RequestContext,
  claim: ClaimRow,
  org: OrganizationRow,
  note: string | undefined,
) {
  const { deps } = ctx;
  const contact = await accountContact(deps.database.db, claim.userId);
  if (!contact) return;
  const approved = claim.status === 'approved';
  const path = `/directory/organizations/${org.slug}${approved ? '/edit' : ''}`;
  try {
    await deps.mail.send(
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
  } catch (err) {
    log.warn('claim decision mail not kept', { claimId: claim.id, err });
  }
}
