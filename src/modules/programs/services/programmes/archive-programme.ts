// archiveProgramme outcomes: archived (off the public list, its page kept for past results) |
// NOT_FOUND (thrown) | CONFLICT (changed since the page was loaded: nothing done).
import type { AuditContext } from '../../../../platform/audit';
import type { ClockDeps } from '../common';
import { setProgrammeStatus } from './programme-status';

export const archiveProgramme = (
  deps: ClockDeps,
  acting: AuditContext,
  input: { programmeId: string; expectedVersion: number },
) =>
  setProgrammeStatus(deps, acting, {
    ...input,
    status: 'archived',
    action: 'programs.programme:archive',
  });
