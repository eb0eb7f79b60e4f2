// Figures of calls that other modules count in their own figures (challenges: the solutions each
// challenge's call received).
import type { AppDeps } from '../../../../platform/deps';
import { isUuid } from '../../../../platform/input/uuid';
import { countSubmittedByCalls } from '../../db/dashboard.repository';

/** Submitted applications per call, for the calls given; calls without any are absent. */
export const submittedApplicationsByCall = (
  deps: Pick<AppDeps, 'database'>,
  callIds: readonly string[],
): Promise<Map<string, number>> =>
  countSubmittedByCalls(deps.database.db, [...new Set(callIds)].filter(isUuid));
