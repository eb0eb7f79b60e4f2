// Outcomes: accepted (now a member) | declined | CLOSED (answered, cancelled or expired meanwhile);
// NOT_FOUND for anyone but the invited address.
import type { AppDeps } from '../../../platform/deps';
import { auditStaffWrite } from './account-context';
import { authFor } from './auth';
import { attempt } from './auth-errors';
import { authHeaders, type SessionActing } from './caller-session';
import { getInvitationForRecipient } from './organization-queries';

type Outcome = { ok: true; organizationId: string } | { ok: false; reason: 'CLOSED' };

export async function respondToInvitation(
  deps: AppDeps,
  acting: SessionActing,
  input: { invitationId: string; answer: 'accept' | 'decline' },
): Promise<Outcome> {
  const { invitationId, answer } = input;
  const invitation = await getInvitationForRecipient(deps, acting, input);
  if (!invitation.isOpen) return { ok: false, reason: 'CLOSED' };
  const api = authFor(deps).api;
  const body = { invitationId };
  const headers = authHeaders(acting.session, acting.ip);
  const result =
    answer === 'accept'
      ? await attempt(() => api.acceptInvitation({ body, headers }))
      : await attempt(() => api.rejectInvitation({ body, headers }));
  if (!result.ok) return { ok: false, reason: 'CLOSED' };
  const status = answer === 'accept' ? 'accepted' : 'rejected';
  await auditStaffWrite(deps.database.db, acting, {
    action: `identity.invitation:${answer}`,
    entityType: 'identity.invitation',
    entityId: invitationId,
    before: { organizationId: invitation.organizationId, status: invitation.status },
    after: { organizationId: invitation.organizationId, status },
  });
  return { ok: true, organizationId: invitation.organizationId };
}
