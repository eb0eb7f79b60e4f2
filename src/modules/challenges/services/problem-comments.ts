// addProblemComment outcomes: added (audited) | INVALID (empty or too long) | NOT_FOUND (thrown).
// inviteSolver outcomes: invited (audited; once per organisation) | INVALID (no such live
// organisation) | NOT_FOUND (thrown: the problem is not the actor's to see).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { organizationFactsBySlug } from '../../directory';
import { ZComment } from '../contracts';
import {
  findProblemById,
  insertComment,
  insertInvitation,
  type ProblemRow,
} from '../db/problems.repository';
import { canSeeProblem, type ProblemAccess } from '../permissions';
import { problemAccessOf } from './owners';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

async function problemInReach(
  deps: Deps,
  acting: AuditContext,
  id: string,
): Promise<{ problem: ProblemRow; access: ProblemAccess }> {
  const db = deps.database.db;
  const problem = isUuid(id) ? await findProblemById(db, id) : undefined;
  if (!problem) throw new AppError('NOT_FOUND');
  const access = await problemAccessOf(db, acting.actor, problem.ownerOrganizationId);
  if (!canSeeProblem(access)) throw new AppError('NOT_FOUND');
  return { problem, access };
}

export async function addProblemComment(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; body: string },
): Promise<{ ok: true } | Invalid> {
  const { problem, access } = await problemInReach(deps, acting, input.id);
  const body = ZComment.safeParse(input.body);
  if (!body.success) return invalid({ body: { key: 'validation.required' } });
  const editor = editorOf(acting);
  await deps.database.db.transaction(async (tx) => {
    await insertComment(tx, {
      problemId: problem.id,
      body: body.data,
      authorId: editor.id,
      authorName: editor.name,
      isCentre: access.isCentre && !access.isOwner,
      createdAt: deps.clock(),
    });
    await recordAudit(tx, acting, {
      action: 'challenges.problem:comment',
      entityType: 'challenges_problem',
      entityId: problem.id,
    });
  });
  return { ok: true };
}

export async function inviteSolver(
  deps: Deps,
  acting: AuditContext,
  input: { id: string; organizationSlug: string },
): Promise<{ ok: true; isNew: boolean } | Invalid> {
  const { problem } = await problemInReach(deps, acting, input.id);
  const db = deps.database.db;
  const slug = input.organizationSlug.trim().toLowerCase();
  const solver = slug ? await organizationFactsBySlug(db, slug) : undefined;
  if (!solver?.isLive)
    return invalid({ organizationSlug: { key: 'challenges.error.noSuchSolver' } });
  const isNew = await db.transaction(async (tx) => {
    const inserted = await insertInvitation(tx, {
      problemId: problem.id,
      organizationId: solver.id,
      invitedBy: editorOf(acting).id,
      createdAt: deps.clock(),
    });
    if (inserted) {
      await recordAudit(tx, acting, {
        action: 'challenges.problem:invite',
        entityType: 'challenges_problem',
        entityId: problem.id,
        after: { organizationId: solver.id },
      });
    }
    return inserted;
  });
  return { ok: true, isNew };
}
