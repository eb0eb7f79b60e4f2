// createProblem outcomes: created (a draft, version 1, audited) | INVALID (field messages) |
// NOT_FOUND (thrown: the owner is not an organisation the actor acts for, nor is the actor the centre).
// updateProblem outcomes: updated (next version kept, audited) | CONFLICT (someone saved first:
// nothing overwritten, the current row returned) | LOCKED (approved or withdrawn) | INVALID |
// NOT_FOUND (thrown: unknown, or not the actor's to see).
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { isUuid } from '../../../platform/input/uuid';
import { ZProblemFields, type TProblemFieldsInput } from '../contracts';
import {
  findProblemById,
  insertProblem,
  updateProblemAtVersion,
  type ProblemRow,
} from '../db/problems.repository';
import { canEditProblem, canSeeProblem } from '../permissions';
import { getOwnerOrganization, problemAccessOf } from './owners';
import { editorOf, recordProblemVersion } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type CreateProblemResult = { ok: true; problem: ProblemRow } | Invalid;
export type UpdateProblemResult =
  | { ok: true; problem: ProblemRow }
  | { ok: false; reason: 'CONFLICT'; current: ProblemRow }
  | { ok: false; reason: 'LOCKED' }
  | Invalid;

export async function createProblem(
  deps: Deps,
  acting: AuditContext,
  input: TProblemFieldsInput & { ownerOrganizationId: string },
): Promise<CreateProblemResult> {
  const db = deps.database.db;
  if (!isUuid(input.ownerOrganizationId)) {
    return invalid({ ownerOrganizationId: { key: 'validation.choice' } });
  }
  const owner = await getOwnerOrganization(db, input.ownerOrganizationId);
  if (!canSeeProblem(await problemAccessOf(db, acting.actor, owner.id))) {
    throw new AppError('NOT_FOUND');
  }
  const parsed = ZProblemFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const now = deps.clock();
  const editor = editorOf(acting);
  const problem = await db.transaction(async (tx) => {
    const created = await insertProblem(tx, {
      ...parsed.data,
      ownerOrganizationId: owner.id,
      createdAt: now,
      updatedAt: now,
      createdBy: editor.id,
      updatedBy: editor.id,
    });
    await recordProblemVersion(tx, acting, 'create', created);
    return created;
  });
  return { ok: true, problem };
}

export async function updateProblem(
  deps: Deps,
  acting: AuditContext,
  input: TProblemFieldsInput & { id: string; version: number },
): Promise<UpdateProblemResult> {
  const db = deps.database.db;
  const before = isUuid(input.id) ? await findProblemById(db, input.id) : undefined;
  if (!before) throw new AppError('NOT_FOUND');
  const access = await problemAccessOf(db, acting.actor, before.ownerOrganizationId);
  if (!canSeeProblem(access)) throw new AppError('NOT_FOUND');
  if (!canEditProblem(access, before.status)) return { ok: false, reason: 'LOCKED' };
  const parsed = ZProblemFields.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const after = await updateProblemAtVersion(tx, before.id, input.version, parsed.data, {
      by: editor.id,
      now: deps.clock(),
    });
    if (!after) {
      const current = await findProblemById(tx, before.id);
      if (!current) throw new AppError('NOT_FOUND');
      return { ok: false, reason: 'CONFLICT', current } as const;
    }
    await recordProblemVersion(tx, acting, 'edit', after, before);
    return { ok: true, problem: after } as const;
  });
}
