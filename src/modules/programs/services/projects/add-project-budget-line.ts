// addBudgetLine outcomes: added | INVALID | BUDGET_ABOVE_AWARD (the lines would total more than
// the award) | PROJECT_CLOSED. Lines are added under the project's row lock, so two at once
// cannot together pass the award.
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { fieldErrors } from '../../../../platform/input/validation';
import {
  budgetLinesOf,
  insertBudgetLine,
  lockProject,
  type BudgetLineRow,
} from '../../db/projects.repository';
import {
  actorIdOf,
  auditable,
  invalid,
  requireCapability,
  type Invalid,
  type DbDeps,
} from '../common';
import { ZBudgetLine, type TBudgetLineInput } from './funded-project-inputs';
import { canManageProjects } from './funded-project-rules';

export type AddBudgetLineResult =
  | { ok: true; line: BudgetLineRow }
  | { ok: false; reason: 'BUDGET_ABOVE_AWARD'; remainingVnd: bigint }
  | { ok: false; reason: 'PROJECT_CLOSED' }
  | Invalid;

export async function addBudgetLine(
  deps: DbDeps,
  acting: AuditContext,
  input: TBudgetLineInput & { projectId: string },
): Promise<AddBudgetLineResult> {
  const db = deps.database.db;
  const { projectId } = input;
  requireCapability(canManageProjects(acting.actor));
  const parsed = ZBudgetLine.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const { label, amountVnd } = parsed.data;
  return db.transaction(async (tx): Promise<AddBudgetLineResult> => {
    const project = await lockProject(tx, projectId);
    if (!project) throw new AppError('NOT_FOUND');
    if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
    const planned = (await budgetLinesOf(tx, projectId)).reduce((s, l) => s + l.amountVnd, 0n);
    if (planned + amountVnd > project.awardVnd)
      return { ok: false, reason: 'BUDGET_ABOVE_AWARD', remainingVnd: project.awardVnd - planned };
    const line = await insertBudgetLine(tx, {
      projectId,
      label,
      amountVnd,
      createdBy: actorIdOf(acting),
    });
    await recordAudit(tx, acting, {
      action: 'programs.project:budget',
      entityType: 'project',
      entityId: projectId,
      after: auditable(line),
    });
    return { ok: true, line };
  });
}
