// archiveProgramme outcomes: archived (off the public list, its page kept for past results) |
// NOT_FOUND (thrown) | CONFLICT (changed since the page was loaded: nothing done).
import type { AuditContext } from '../../../../platform/audit';
import type { Db } from '../../../../platform/db/client';
import { setProgrammeStatus } from './programme-status';

export const archiveProgramme = (db: Db, audit: AuditContext, id: string, version: number) =>
  setProgrammeStatus(db, audit, id, version, 'archived', 'programs.programme:archive');
