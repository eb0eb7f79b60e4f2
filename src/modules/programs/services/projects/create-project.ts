// createProject outcomes: created | INVALID (field messages: bad input, unknown organisation) |
// ABOVE_CAP (the award exceeds the programme's funding cap) | TOO_LONG (the duration exceeds the
// programme's maximum) — nothing stored on refusal. Unknown programme: NOT_FOUND (thrown).
import type { AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { findOrganizationRefBySlug, findProgrammeById } from '../../db/programmes.repository';
import { insertProject, type ProjectRow } from '../../db/projects.repository';
import { invalid, requireCapability, type Invalid, type DbDeps } from '../common';
import { ZProjectFields, type TProjectFieldsInput } from './funded-project-inputs';
import { canManageProjects } from './funded-project-rules';
import { auditProject, readProjectCommand } from './project-command';

export type CreateProjectResult =
  | { ok: true; project: ProjectRow }
  | { ok: false; reason: 'ABOVE_CAP'; capVnd: bigint }
  | { ok: false; reason: 'TOO_LONG'; maxMonths: number }
  | Invalid;

export async function createProject(
  deps: DbDeps,
  acting: AuditContext,
  input: TProjectFieldsInput & { programmeId: string },
): Promise<CreateProjectResult> {
  const db = deps.database.db;
  const { programmeId } = input;
  // Before the lookup: anyone else learns nothing of the programme, whatever the id.
  requireCapability(canManageProjects(acting.actor));
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) throw new AppError('NOT_FOUND');
  const command = readProjectCommand(acting, ZProjectFields, input);
  if (!command.ok) return command;
  const { fields, actorId } = command;
  const organization = await findOrganizationRefBySlug(db, fields.organizationSlug);
  if (!organization)
    return invalid({ organizationSlug: { key: 'programs.project.error.unknownOrganization' } });
  const cap = programme.fundingCapVnd;
  if (cap !== null && fields.awardVnd > cap) return { ok: false, reason: 'ABOVE_CAP', capVnd: cap };
  const maxMonths = programme.maxDurationMonths;
  if (maxMonths !== null && fields.durationMonths > maxMonths)
    return { ok: false, reason: 'TOO_LONG', maxMonths };
  const project = await db.transaction(async (tx) => {
    const created = await insertProject(tx, {
      programmeId,
      organizationId: organization.id,
      applicationId: fields.applicationId,
      titleVi: fields.titleVi,
      titleEn: fields.titleEn,
      awardVnd: fields.awardVnd,
      durationMonths: fields.durationMonths,
      createdBy: actorId,
      updatedBy: actorId,
    });
    await auditProject(tx, acting, { action: 'create', projectId: created.id, after: created });
    return created;
  });
  return { ok: true, project };
}
