// updateProgramme outcomes: updated | NOT_FOUND (thrown: unknown, or not the actor's to manage) |
// CONFLICT (someone saved first: nothing overwritten, the stored row is returned) | INVALID.
// The address (slug) is fixed at creation: links to a programme keep working.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZProgrammeFields, type TProgrammeFieldsInput } from '../../contracts';
import {
  findProgrammeById,
  updateProgrammeRow,
  type ProgrammeRow,
} from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import {
  changeStampOf,
  auditable,
  invalid,
  requireCapability,
  type Invalid,
  type ClockDeps,
} from '../common';
import { checkPostingOrganization, programmeColumns } from './programme-rows';

export type UpdateProgrammeResult =
  | { ok: true; programme: ProgrammeRow }
  | { ok: false; reason: 'CONFLICT'; current: ProgrammeRow }
  | Invalid;

export async function updateProgramme(
  deps: ClockDeps,
  acting: AuditContext,
  input: TProgrammeFieldsInput & { programmeId: string; expectedVersion: number },
): Promise<UpdateProgrammeResult> {
  const db = deps.database.db;
  const { programmeId: id, expectedVersion, ...fields } = input;
  requireCapability(canManageProgrammes(acting.actor));
  const before = await findProgrammeById(db, id);
  if (!before) throw new AppError('NOT_FOUND');
  const parsed = ZProgrammeFields.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const organizationError = await checkPostingOrganization(db, parsed.data.postingOrganizationId);
  if (organizationError) return invalid(organizationError);
  const updated = await db.transaction(async (tx) => {
    const columns = programmeColumns(parsed.data);
    const row = await updateProgrammeRow(
      tx,
      id,
      expectedVersion,
      columns,
      changeStampOf(deps, acting),
    );
    if (!row) return undefined;
    await recordAudit(tx, acting, {
      action: 'programs.programme:update',
      entityType: 'programme',
      entityId: id,
      before: auditable(before),
      after: auditable(row),
    });
    return row;
  });
  if (updated) return { ok: true, programme: updated };
  const current = await findProgrammeById(db, id);
  if (!current) throw new AppError('NOT_FOUND');
  return { ok: false, reason: 'CONFLICT', current };
}
