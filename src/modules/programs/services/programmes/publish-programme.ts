// publishProgramme outcomes: published (also from archived: it runs again) | NOT_FOUND (thrown) |
// CONFLICT (changed since the page was loaded: nothing done).
import type { AuditContext } from '../../../../platform/audit';
import type { ClockDeps } from '../common';
import { setProgrammeStatus } from './programme-status';

export const publishProgramme = (
  deps: ClockDeps,
  acting: AuditContext,
  input: { programmeId: string; expectedVersion: number },
) =>
  setProgrammeStatus(deps, acting, {
    ...input,
    status: 'published',
    action: 'programs.programme:publish',
  });
