// addBudgetLine outcomes: added | INVALID | BUDGET_ABOVE_AWARD (the lines would total more than
// the award) | PROJECT_CLOSED. Lines are added under the project's row lock, so two at once
// cannot together pass the award.
import type { AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  budgetLinesOf,
  insertBudgetLine,
  lockProject,
  type BudgetLineRow,
} from '../../db/projects.repository';
import type { Invalid, DbDeps } from '../common';
import { ZBudgetLine, type TBudgetLineInput } from './funded-project-inputs';
import { auditProject, readProjectCommand } from './project-command';

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
  const { projectId } = input;
  const command = readProjectCommand(acting, ZBudgetLine, input);
  if (!command.ok) return command;
  const { label, amountVnd } = command.fields;
  return deps.database.db.transaction(async (tx): Promise<AddBudgetLineResult> => {
    const project = await lockProject(tx, projectId);
    if (!project) throw new AppError('NOT_FOUND');
    if (project.status === 'closed') return { ok: false, reason: 'PROJECT_CLOSED' };
    const planned = (await budgetLinesOf(tx, projectId)).reduce((s, l) => s + l.amountVnd, 0n);
    if (planned + amountVnd > project.awardVnd)
      return { ok: false, reason: 'BUDGET_ABOVE_AWARD', remainingVnd: project.awardVnd - planned };
    const createdBy = command.actorId;
    const line = await insertBudgetLine(tx, { projectId, label, amountVnd, createdBy });
    await auditProject(tx, acting, { action: 'budget', projectId, after: line });
    return { ok: true, line };
  });
}
