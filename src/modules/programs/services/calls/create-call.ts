// createCall outcomes: created | NOT_FOUND (thrown: unknown programme, or not the actor's to
// manage) | INVALID (field messages: bad input or form, window backwards, slug taken).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import { ZCallFields, type TCallFieldsInput } from '../../contracts';
import { callSlugTaken, insertCall, type CallRow } from '../../db/calls.repository';
import { findProgrammeById, violatedUnique } from '../../db/programmes.repository';
import { canManageCalls } from '../../permissions';
import {
  actorIdOf,
  freeSlug,
  invalid,
  requireCapability,
  type Invalid,
  type DbDeps,
} from '../common';

export type CreateCallResult = { ok: true; call: CallRow } | Invalid;

const SLUG_TAKEN = { slug: { key: 'programs.error.slugTaken' } } as const;

export async function createCall(
  deps: DbDeps,
  acting: AuditContext,
  input: TCallFieldsInput & { programmeId: string },
): Promise<CreateCallResult> {
  const db = deps.database.db;
  const { programmeId } = input;
  requireCapability(canManageCalls(acting.actor));
  const programme = await findProgrammeById(db, programmeId);
  if (!programme) throw new AppError('NOT_FOUND');
  const parsed = ZCallFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { slug: given, ...fields } = parsed.data;
  if (given && (await callSlugTaken(db, programmeId, given))) return invalid(SLUG_TAKEN);
  const actorId = actorIdOf(acting);
  try {
    const call = await db.transaction(async (tx) => {
      const slug =
        given ?? (await freeSlug(fields.titleVi, (s) => callSlugTaken(tx, programmeId, s)));
      const created = await insertCall(tx, {
        ...fields,
        programmeId,
        slug,
        createdBy: actorId,
        updatedBy: actorId,
      });
      await recordAudit(tx, acting, {
        action: 'programs.call:create',
        entityType: 'call',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return { ok: true, call };
  } catch (err) {
    if (violatedUnique(err) === 'programs_calls_slug_uq') return invalid(SLUG_TAKEN);
    throw err;
  }
}
