// acceptApplication outcomes: see decideApplication (decided and audited, the applicant written to in each
// account's language | NOT_FOUND | NOT_SUBMITTED | CONFLICT).
import type { AuditContext } from '../../../../platform/audit';
import { decideApplication, type DecisionDeps } from './decide-application';

export const acceptApplication = (
  deps: DecisionDeps,
  acting: AuditContext,
  input: { applicationId: string; expectedVersion: number; note?: string },
) => decideApplication(deps, acting, { ...input, outcome: 'accepted' });
