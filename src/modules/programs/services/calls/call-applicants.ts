// The organisations answering a call (a draft started or a submission), for modules that must
// write to them: a challenge's solvers are told when the challenge they answer changes.
import type { AppDeps } from '../../../../platform/deps';
import { isUuid } from '../../../../platform/input/uuid';
import { applicantOrganizationIds } from '../../db/call-applicants.repository';

export const applicantsOfCall = (
  deps: Pick<AppDeps, 'database'>,
  input: { callId: string },
): Promise<string[]> =>
  isUuid(input.callId)
    ? applicantOrganizationIds(deps.database.db, input.callId)
    : Promise.resolve([]);
