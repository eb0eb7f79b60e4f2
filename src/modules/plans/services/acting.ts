// Who a command records as its author, and the time it uses.
import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';

export const actingUserId = (acting: AuditContext): string | null =>
  isSignedIn(acting.actor) ? acting.actor.user.id : null;
