import type { AuditContext } from '../../../platform/audit';
import { isSignedIn } from '../../../platform/authz';

/** The account acting, kept as who changed a row; null for visitors and operators. */
export const accountOf = (acting: AuditContext) =>
  isSignedIn(acting.actor) ? acting.actor.user.id : null;
