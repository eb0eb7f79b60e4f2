// createProgramme outcomes: created (a draft) | INVALID (field messages: bad input, slug taken,
// unknown posting organisation) — nothing stored on refusal.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZProgrammeFields, type TProgrammeFieldsInput } from '../../contracts';
import {
  insertProgramme,
  programmeSlugTaken,
  violatedUnique,
  type ProgrammeRow,
} from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import {
  actorIdOf,
  auditable,
  freeSlug,
  invalid,
  requireCapability,
  type Invalid,
  type DbDeps,
} from '../common';
import { checkPostingOrganization, programmeColumns } from './programme-rows';

export type CreateProgrammeResult = { ok: true; programme: ProgrammeRow } | Invalid;

const SLUG_TAKEN = { slug: { key: 'programs.error.slugTaken' } } as const;

export async function createProgramme(
  deps: DbDeps,
  acting: AuditContext,
  input: TProgrammeFieldsInput,
): Promise<CreateProgrammeResult> {
  const db = deps.database.db;
  requireCapability(canManageProgrammes(acting.actor));
  const parsed = ZProgrammeFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const fields = parsed.data;
  if (fields.slug && (await programmeSlugTaken(db, fields.slug))) return invalid(SLUG_TAKEN);
  const organizationError = await checkPostingOrganization(db, fields.postingOrganizationId);
  if (organizationError) return invalid(organizationError);
  const actorId = actorIdOf(acting);
  try {
    const programme = await db.transaction(async (tx) => {
      const slug =
        fields.slug ?? (await freeSlug(fields.titleVi, (s) => programmeSlugTaken(tx, s)));
      const created = await insertProgramme(tx, {
        ...programmeColumns(fields),
        slug,
        createdBy: actorId,
        updatedBy: actorId,
      });
      await recordAudit(tx, acting, {
        action: 'programs.programme:create',
        entityType: 'programme',
        entityId: created.id,
        after: auditable(created),
      });
      return created;
    });
    return { ok: true, programme };
  } catch (err) {
    // Two creations with the same address at once: the database keeps one.
    if (violatedUnique(err) === 'programs_programmes_slug_uq') return invalid(SLUG_TAKEN);
    throw err;
  }
}
