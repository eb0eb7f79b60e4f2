// A task's fields as a form or an appendix row gives them, checked: texts and days by the
// contract, amounts as whole đồng, agencies among those listed for plans.
import type { FieldErrors } from '../../../platform/errors';
import { parseVnd } from '../../../platform/input/form-values';
import { fieldErrors } from '../../../platform/input/validation';
import { ZTaskFields, type TTaskFields, type TTaskFieldsInput } from '../contracts';
import { BUDGET_SOURCES, type BudgetSource } from '../domain/task-tree';

export interface TaskInput {
  fields: TTaskFieldsInput;
  /** Amounts as typed, by source; empty means none. */
  budgets: Partial<Record<BudgetSource, string>>;
}

export type CheckedTask =
  | { ok: true; fields: TTaskFields; budgets: { source: BudgetSource; amountVnd: bigint }[] }
  | { ok: false; errors: FieldErrors };

export const budgetField = (source: BudgetSource) => `budget_${source}`;

export function checkTaskInput(input: TaskInput, listedAgencies: ReadonlySet<string>): CheckedTask {
  const parsed = ZTaskFields.safeParse(input.fields);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const budgets: { source: BudgetSource; amountVnd: bigint }[] = [];
  for (const source of BUDGET_SOURCES) {
    const amount = parseVnd(input.budgets[source] ?? '');
    if (amount === 'invalid') errors[budgetField(source)] = { key: 'plans.error.amount' };
    else if (amount !== undefined && amount > 0n) budgets.push({ source, amountVnd: amount });
  }
  if (parsed.success) {
    const { leadAgencyId, coordinatingAgencyIds } = parsed.data;
    if (leadAgencyId && !listedAgencies.has(leadAgencyId))
      errors.leadAgencyId = { key: 'plans.error.agency' };
    if (coordinatingAgencyIds.some((id) => !listedAgencies.has(id) || id === leadAgencyId))
      errors.coordinatingAgencyIds = { key: 'plans.error.coordinating' };
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, fields: parsed.data, budgets };
}

/** The columns a checked task writes. */
export const taskColumns = (f: TTaskFields) => ({
  title: f.title,
  leadAgencyId: f.leadAgencyId ?? null,
  coordinatingAgencyIds: f.coordinatingAgencyIds,
  startsOn: f.startsOn ?? null,
  dueOn: f.dueOn ?? null,
  deliverables: f.deliverables,
});
