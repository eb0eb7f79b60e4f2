// Outcomes: accepted (now a member) | declined | CLOSED (answered, cancelled or expired meanwhile);
// NOT_FOUND for anyone but the invited address.
import type { RequestContext } from '../../../platform/http/context';
import { auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { getInvitationForRecipient } from './organization-queries';

type Outcome = { ok: true; organizationId: string } | { ok: false; reason: 'CLOSED' };

export async function respondToInvitation(
  ctx: RequestContext,
  headers: Headers,
  invitationId: string,
  answer: 'accept' | 'decline',
): Promise<Outcome> {
  const invitation = await getInvitationForRecipient(ctx, invitationId);
  if (!invitation.isOpen) return { ok: false, reason: 'CLOSED' };
  const api = authFor(ctx.deps).api;
  const body = { invitationId };
  const result =
    answer === 'accept'
      ? await attempt(() => api.acceptInvitation({ body, headers }))
      : await attempt(() => api.rejectInvitation({ body, headers }));
  if (!result.ok) return { ok: false, reason: 'CLOSED' };
  const status = answer === 'accept' ? 'accepted' : 'rejected';
  await auditStaffWrite(ctx, {
    action: `identity.invitation:${answer}`,
    entityType: 'identity.invitation',
    entityId: invitationId,
    before: { organizationId: invitation.organizationId, status: invitation.status },
    after: { organizationId: invitation.organizationId, status },
  });
  return { ok: true, organizationId: invitation.organizationId };
}
