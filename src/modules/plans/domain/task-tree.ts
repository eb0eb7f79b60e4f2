// A plan's tasks form a tree numbered as the appendix numbers it: "1" a programme, "1.2" a
// project of it, "1.2.3" a task of that project. The code says the level and the parent.

export const TASK_LEVELS = ['programme', 'project', 'task'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Where a task's money comes from (the appendices' budget columns). */
export const BUDGET_SOURCES = ['central', 'local', 'socialized', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

const CODE = /^[1-9]\d{0,2}(?:\.[1-9]\d{0,2}){0,2}$/;

/** "1.2." and "1.2" are the same code; undefined when it is not one. */
export function normalizeTaskCode(typed: string): string | undefined {
  const code = typed.trim().replace(/\.$/, '');
  return CODE.test(code) ? code : undefined;
}

export function levelOf(code: string): TaskLevel {
  return TASK_LEVELS[code.split('.').length - 1]!;
}

/** The parent's code, undefined for a programme. */
export function parentCodeOf(code: string): string | undefined {
  const at = code.lastIndexOf('.');
  return at < 0 ? undefined : code.slice(0, at);
}

/** Appendix order: 1, 1.1, 1.2, 1.10, 2 (numerically per part, not as text). */
export function compareTaskCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** Overdue: its due day has passed (Vietnam calendar day `today`) and it is neither done nor cancelled. */
export function isOverdue(task: { dueOn: string | null; status: string }, today: string): boolean {
  return (
    task.dueOn !== null &&
    task.dueOn < today &&
    task.status !== 'done' &&
    task.status !== 'cancelled'
  );
}
