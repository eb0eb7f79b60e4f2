// The task forms as posted, read into the commands' inputs, and a task as its form shows it.
import {
  formString,
  formStrings,
  type FormBody,
  type FormValues,
} from '../../../platform/input/form-values';
import { parseCalendarDay } from '../../../platform/i18n/vn-time';
import { parseWhole } from '../../../platform/input/form-values';
import type { TProgressInput } from '../contracts';
import { BUDGET_SOURCES } from '../domain/task-tree';
import type { TaskWithBudget } from './plans.queries';
import { budgetField, type TaskInput } from './task-input';

export const TASK_TEXT_FIELDS = [
  'code',
  'title',
  'leadAgencyId',
  'startsOn',
  'dueOn',
  'deliverables',
  ...BUDGET_SOURCES.map(budgetField),
] as const;

export interface TaskFormState {
  values: FormValues;
  coordinating: string[];
}

const day = (typed: string) =>
  typed.trim() === '' ? undefined : (parseCalendarDay(typed) ?? typed);

export function readTaskForm(body: FormBody): {
  input: TaskInput;
  code: string;
  state: TaskFormState;
} {
  const values: FormValues = {};
  for (const f of TASK_TEXT_FIELDS) values[f] = formString(body, f);
  const coordinating = formStrings(body, 'coordinatingAgencyIds').filter(Boolean);
  const input: TaskInput = {
    fields: {
      title: values.title ?? '',
      leadAgencyId: values.leadAgencyId || undefined,
      coordinatingAgencyIds: coordinating,
      startsOn: day(values.startsOn ?? ''),
      dueOn: day(values.dueOn ?? ''),
      deliverables: values.deliverables ?? '',
    },
    budgets: Object.fromEntries(BUDGET_SOURCES.map((s) => [s, values[budgetField(s)] ?? ''])),
  };
  return { input, code: values.code ?? '', state: { values, coordinating } };
}

export function taskFormState(task: TaskWithBudget): TaskFormState {
  const values: FormValues = {
    code: task.code,
    title: task.title,
    leadAgencyId: task.leadAgencyId ?? '',
    startsOn: task.startsOn ?? '',
    dueOn: task.dueOn ?? '',
    deliverables: task.deliverables,
  };
  for (const b of task.budgets) values[budgetField(b.source as never)] = String(b.amountVnd);
  return { values, coordinating: [...task.coordinatingAgencyIds] };
}

export function readProgressForm(body: FormBody): { progress: TProgressInput; values: FormValues } {
  const values: FormValues = {
    status: formString(body, 'status'),
    percentDone: formString(body, 'percentDone'),
    progressNote: formString(body, 'progressNote'),
  };
  const percent = parseWhole(values.percentDone ?? '');
  return {
    progress: {
      status: values.status as TProgressInput['status'],
      percentDone: (typeof percent === 'number' ? percent : Number.NaN) as number,
      progressNote: values.progressNote ?? '',
    },
    values,
  };
}
