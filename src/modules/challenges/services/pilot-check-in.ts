// reportCheckIn outcomes: reported (the side's values and issues for the check-in now due,
// audited) | ALREADY_REPORTED (this side reported this check-in: two people of one side posting
// at once store one report) | ENDED (the pilot is over, also when its outcome is recorded while
// the report is sent: the report waits for the pilot's row) | INVALID (a value outside its unit's
// range, or nothing reported at all) | NOT_FOUND (thrown: unknown pilot, not the actor's to see,
// or the actor does not act for that side).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type FieldErrors, type Invalid } from '../../../platform/errors';
import { ZText } from '../../../platform/input/text-fields';
import { insertCheckIn, lockRunningPilot, type CheckInRow } from '../db/pilots.repository';
import { currentCheckIn, type PilotSide } from '../domain/pilot';
import { UNIT_RANGE } from '../domain/problem';
import { canReportFor } from '../permissions';
import { pilotInReach } from './pilot-access';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export type CheckInResult =
  | { ok: true; report: CheckInRow }
  | { ok: false; reason: 'ALREADY_REPORTED' | 'ENDED'; checkIn: number }
  | Invalid;

export interface CheckInInput {
  pilotId: string;
  side: PilotSide;
  /** One per indicator of the pilot, in order; null where not measured this time. */
  values: (number | null)[];
  issues: string;
}

function valueErrors(
  indicators: { unit: keyof typeof UNIT_RANGE }[],
  values: (number | null)[],
): FieldErrors {
  const errors: FieldErrors = {};
  indicators.forEach((indicator, i) => {
    const v = values[i];
    const { min, max } = UNIT_RANGE[indicator.unit];
    if (v !== null && v !== undefined && (!Number.isFinite(v) || v < min || v > max)) {
      errors[`values.${i}`] = {
        key:
          indicator.unit === 'percent'
            ? 'challenges.error.percentRange'
            : 'challenges.error.unitRange',
      };
    }
  });
  return errors;
}

export async function reportCheckIn(
  deps: Deps,
  acting: AuditContext,
  input: CheckInInput,
): Promise<CheckInResult> {
  const db = deps.database.db;
  const { pilot, access } = await pilotInReach(db, acting.actor, input.pilotId);
  if (!canReportFor(access, input.side)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const checkIn = currentCheckIn(pilot, now);
  if (pilot.status !== 'running') return { ok: false, reason: 'ENDED', checkIn };
  const issues = ZText(5000).safeParse(input.issues);
  const values = pilot.indicators.map((_, i) => input.values[i] ?? null);
  const errors = valueErrors(pilot.indicators, values);
  if (!issues.success) errors.issues = { key: 'validation.tooLong', params: { max: 5000 } };
  if (Object.keys(errors).length > 0) return invalid(errors);
  if (values.every((v) => v === null) && !issues.data) {
    return invalid({ _: { key: 'challenges.error.emptyCheckIn' } });
  }
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    if (!(await lockRunningPilot(tx, pilot.id)))
      return { ok: false, reason: 'ENDED', checkIn } as const;
    const report = await insertCheckIn(tx, {
      pilotId: pilot.id,
      checkIn,
      side: input.side,
      values,
      issues: issues.data ?? '',
      reportedBy: editor.id,
      reporterName: editor.name,
      reportedAt: now,
    });
    if (!report) return { ok: false, reason: 'ALREADY_REPORTED', checkIn } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.pilot:check_in',
      entityType: 'challenges_pilot',
      entityId: pilot.id,
      after: { checkIn, side: input.side, values },
    });
    return { ok: true, report } as const;
  });
}
