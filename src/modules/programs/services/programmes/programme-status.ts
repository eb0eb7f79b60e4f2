// Moves a programme to another state, version-checked like an edit; publishProgramme and
// archiveProgramme are the commands that use it.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import type { Status } from '../../contracts';
import {
  findProgrammeById,
  updateProgrammeRow,
  type ProgrammeRow,
} from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import { changeStampOf, requireCapability, type ClockDeps } from '../common';

export type ProgrammeStatusResult =
  { ok: true; programme: ProgrammeRow } | { ok: false; reason: 'CONFLICT'; current: ProgrammeRow };

export async function setProgrammeStatus(
  deps: ClockDeps,
  acting: AuditContext,
  input: { programmeId: string; expectedVersion: number; status: Status; action: string },
): Promise<ProgrammeStatusResult> {
  const db = deps.database.db;
  const { programmeId: id, expectedVersion, status, action } = input;
  requireCapability(canManageProgrammes(acting.actor));
  const before = await findProgrammeById(db, id);
  if (!before) throw new AppError('NOT_FOUND');
  const updated = await db.transaction(async (tx) => {
    const stamp = changeStampOf(deps, acting);
    const row = await updateProgrammeRow(
      tx,
      id,
      expectedVersion,
      {
        status,
        // The first publication dates the programme in the public list; a re-publication keeps it.
        publishedAt:
          status === 'published' ? (before.publishedAt ?? stamp.now) : before.publishedAt,
      },
      stamp,
    );
    if (!row) return undefined;
    await recordAudit(tx, acting, {
      action,
      entityType: 'programme',
      entityId: id,
      before: { status: before.status, version: before.version },
      after: { status: row.status, version: row.version },
    });
    return row;
  });
  if (updated) return { ok: true, programme: updated };
  const current = await findProgrammeById(db, id);
  if (!current) throw new AppError('NOT_FOUND');
  return { ok: false, reason: 'CONFLICT', current };
}
