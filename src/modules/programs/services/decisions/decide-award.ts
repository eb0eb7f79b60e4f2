// awardPrize outcomes: see decideApplication (awarded one of the programme's prizes, audited, the
// applicant written to | NOT_FOUND | NOT_SUBMITTED | INVALID: no such prize | CONFLICT).
import type { AuditContext } from '../../../../platform/audit';
import { decideApplication, type DecisionDeps } from './decide-application';

export const awardPrize = (
  deps: DecisionDeps,
  acting: AuditContext,
  input: { applicationId: string; expectedVersion: number; prizeIndex: number; note?: string },
) => decideApplication(deps, acting, { ...input, outcome: 'awarded' });
