// publishProgramme outcomes: published (also from archived: it runs again) | NOT_FOUND (thrown) |
// CONFLICT (changed since the page was loaded: nothing done).
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { setProgrammeStatus } from './programme-status';

export const publishProgramme = (db: Db, audit: AuditContext, id: string, version: number) =>
  setProgrammeStatus(db, audit, id, version, 'published', 'programs.programme:publish');
