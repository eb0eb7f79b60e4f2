// Pure rules of funded projects: who manages them, the order of the statutory chain, and when a
// milestone's reminder is sent.
import { can, type Actor } from '../../../../platform/authz';
import { parseVnDateTime } from '../../../../platform/i18n';
import { vnDay } from '../../../../platform/i18n';

export const canManageProjects = (actor: Actor) => can(actor, 'programs.project:manage');

/** The statutory chain; progress reports come between the advance and the acceptance. */
export const STEP_KINDS = [
  'council_decision',
  'agreement',
  'advance',
  'acceptance',
  'settlement',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** Steps recorded on their own; the advance is recorded with its disbursement. */
export const RECORDABLE_STEPS = [
  'council_decision',
  'agreement',
  'acceptance',
  'settlement',
] as const;

/** Why a step of an ordered chain may not be recorded (any module's chain: see chainStepRefusal). */
export type ChainRefusal<K extends string> =
  | { reason: 'STEP_ALREADY_RECORDED' }
  | { reason: 'PREVIOUS_STEP_MISSING'; missing: K }
  | { reason: 'DATE_BEFORE_PREVIOUS_STEP'; previous: K; previousOn: string };

export type StepRefusal = ChainRefusal<StepKind> | { reason: 'REPORTS_NOT_ACCEPTED' };

/**
 * Whether `kind` may be recorded on `on` (yyyy-mm-dd) after the steps of `chain` already
 * recorded: once only, and its predecessor recorded on the same day or earlier. The funded
 * projects' chain and the challenges' S&T task orders (đặt hàng) keep their order by it.
 */
export function chainStepRefusal<K extends string>(
  chain: readonly K[],
  recorded: readonly { kind: string; happenedOn: string }[],
  kind: K,
  on: string,
): ChainRefusal<K> | undefined {
  if (recorded.some((s) => s.kind === kind)) return { reason: 'STEP_ALREADY_RECORDED' };
  const index = chain.indexOf(kind);
  if (index <= 0) return undefined;
  const previous = chain[index - 1]!;
  const step = recorded.find((s) => s.kind === previous);
  if (!step) return { reason: 'PREVIOUS_STEP_MISSING', missing: previous };
  if (on < step.happenedOn)
    return { reason: 'DATE_BEFORE_PREVIOUS_STEP', previous, previousOn: step.happenedOn };
  return undefined;
}

/**
 * Whether `kind` may be recorded on `on` (yyyy-mm-dd) after the steps already recorded: the
 * chain's order, and the acceptance also needs every milestone's report accepted.
 */
export function stepRefusal(
  recorded: readonly { kind: string; happenedOn: string }[],
  kind: StepKind,
  on: string,
  milestones: { total: number; accepted: number },
): StepRefusal | undefined {
  const refusal = chainStepRefusal(STEP_KINDS, recorded, kind, on);
  if (refusal) return refusal;
  if (kind === 'acceptance' && (milestones.total === 0 || milestones.accepted < milestones.total))
    return { reason: 'REPORTS_NOT_ACCEPTED' };
  return undefined;
}

/**
 * Whether a disbursement may be recorded: the advance is the chain's third step; later payments
 * follow the advance, on its day or after.
 */
export function disbursementRefusal(
  recorded: readonly { kind: string; happenedOn: string }[],
  kind: 'advance' | 'payment',
  on: string,
): Exclude<StepRefusal, { reason: 'REPORTS_NOT_ACCEPTED' }> | undefined {
  if (kind === 'advance') {
    const refusal = stepRefusal(recorded, 'advance', on, { total: 0, accepted: 0 });
    return refusal?.reason === 'REPORTS_NOT_ACCEPTED' ? undefined : refusal;
  }
  const advance = recorded.find((s) => s.kind === 'advance');
  if (!advance) return { reason: 'PREVIOUS_STEP_MISSING', missing: 'advance' };
  if (on < advance.happenedOn)
    return {
      reason: 'DATE_BEFORE_PREVIOUS_STEP',
      previous: 'advance',
      previousOn: advance.happenedOn,
    };
  return undefined;
}

/** Days before a milestone's due date that its organisation is reminded. */
export const REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * When a milestone due on `dueOn` is reminded: 08:00 Vietnam time REMINDER_DAYS before, or now
 * when that has passed; undefined once the due day itself has passed.
 */
export function reminderRunAt(dueOn: string, now: Date): Date | undefined {
  const dueMorning = parseVnDateTime(`${dueOn} 08:00`);
  if (!dueMorning || vnDay(now) > dueOn) return undefined;
  const at = new Date(dueMorning.getTime() - REMINDER_DAYS * DAY_MS);
  return at.getTime() > now.getTime() ? at : now;
}

export const reminderJobKey = (milestoneId: string) => `programs.milestone-reminder:${milestoneId}`;
export const REMINDER_JOB = 'programs.milestone-reminder';
