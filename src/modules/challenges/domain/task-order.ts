// The đặt hàng path of a challenge whose winner carries out a state-funded S&T task: the ordering
// body's proposal (order), the advisory council that defines the task (its minutes), the choice
// of who carries it out — open selection (tuyển chọn) or direct assignment (giao trực tiếp) —,
// the contract and the acceptance (nghiệm thu). Each step is recorded once, in this order, with
// its day, number and signed document. No I/O.

export const TASK_ORDER_STEPS = [
  'proposal',
  'council',
  'selection',
  'contract',
  'acceptance',
] as const;
export type TaskOrderStep = (typeof TASK_ORDER_STEPS)[number];

export const SELECTION_MODES = ['open_selection', 'direct_assignment'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

export const TASK_ORDER_STATUSES = ['ordering', 'accepted'] as const;

/** A member of the advisory council as the minutes list them; the first is its chair. */
export interface CouncilMember {
  name: string;
  role: string;
}

/** The members typed one a line, "Họ và tên; vai trò" (or "—" between them); empty lines skipped. */
export function parseCouncilMembers(text: string): CouncilMember[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...role] = line.split(/\s*[;—–]\s*/);
      return { name: name.trim(), role: role.join(' ').trim() };
    });
}

export const councilMembersText = (members: readonly CouncilMember[]) =>
  members.map((m) => (m.role ? `${m.name}; ${m.role}` : m.name)).join('\n');

/** An advisory council has at least this many members to define a task. */
export const MIN_COUNCIL_MEMBERS = 3;

/** The step recorded next, or undefined once the acceptance closed the path. */
export function nextTaskOrderStep(recorded: readonly { kind: string }[]) {
  return TASK_ORDER_STEPS.find((kind) => !recorded.some((s) => s.kind === kind));
}

/** A recorded day (yyyy-mm-dd) as Vietnamese documents write it, dd/mm/yyyy. */
export const dayText = (day: string) => day.split('-').reverse().join('/');
