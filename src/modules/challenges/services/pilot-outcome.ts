// How a pilot ends. recordPilotOutcome (the centre) outcomes: recorded (ended, follow-ups at 6
// and 12 months scheduled unless it stopped, audited) | CONFLICT (someone changed the pilot since
// the form was read: nothing overwritten) | ENDED (already recorded) | INVALID | NOT_FOUND
// (thrown). evaluatePilot (each side, once): evaluated | ALREADY_EVALUATED | INVALID |
// NOT_FOUND (thrown: not that side). answerFollowUp (the owner, once each, once due): answered |
// ALREADY_ANSWERED | NOT_DUE | NOT_FOUND (thrown).
import { recordAudit, type AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError, invalid, type Invalid } from '../../../platform/errors';
import { scheduleJob } from '../../../platform/jobs';
import { ZText } from '../../../platform/input/text-fields';
import { fieldErrors } from '../../../platform/input/validation';
import { ZEvaluation, ZPilotOutcome, type TPilotOutcomeInput } from '../contracts';
import {
  insertFollowUp,
  recordEvaluation,
  updatePilotOutcome,
  type FollowUpRow,
  type PilotRow,
} from '../db/pilots.repository';
import { FOLLOW_UP_MONTHS, isFollowedUp, monthsAfter, type PilotSide } from '../domain/pilot';
import { canManagePilots, canReportFor } from '../permissions';
import { pilotInReach } from './pilot-access';
import { editorOf } from './problem-rows';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export const FOLLOW_UP_JOB = 'challenges.pilot-follow-up';

export async function recordPilotOutcome(
  deps: Deps,
  acting: AuditContext,
  input: TPilotOutcomeInput & { pilotId: string; version: number },
): Promise<
  | { ok: true; pilot: PilotRow }
  | { ok: false; reason: 'CONFLICT' | 'ENDED'; pilot: PilotRow }
  | Invalid
> {
  const db = deps.database.db;
  const { pilot } = await pilotInReach(db, acting.actor, input.pilotId);
  if (!canManagePilots(acting.actor)) throw new AppError('NOT_FOUND');
  if (pilot.status === 'ended') return { ok: false, reason: 'ENDED', pilot };
  const parsed = ZPilotOutcome.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const now = deps.clock();
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const after = await updatePilotOutcome(
      tx,
      pilot.id,
      input.version,
      { ...parsed.data, status: 'ended', endedAt: now },
      { by: editor.id, now },
    );
    if (!after) return { ok: false, reason: 'CONFLICT', pilot } as const;
    if (isFollowedUp(parsed.data.outcome)) {
      for (const months of FOLLOW_UP_MONTHS) {
        await scheduleJob(tx, {
          name: FOLLOW_UP_JOB,
          payload: { pilotId: pilot.id, monthsAfter: months },
          runAt: monthsAfter(now, months),
          key: `${FOLLOW_UP_JOB}:${pilot.id}:${months}`,
        });
      }
    }
    await recordAudit(tx, acting, {
      action: 'challenges.pilot:outcome',
      entityType: 'challenges_pilot',
      entityId: pilot.id,
      before: { status: pilot.status },
      after: {
        outcome: parsed.data.outcome,
        contractValueVnd: parsed.data.contractValueVnd?.toString() ?? null,
        contractNumber: parsed.data.contractNumber,
      },
    });
    return { ok: true, pilot: after } as const;
  });
}

export async function evaluatePilot(
  deps: Deps,
  acting: AuditContext,
  input: { pilotId: string; side: PilotSide; rating: number; words: string },
): Promise<{ ok: true } | { ok: false; reason: 'ALREADY_EVALUATED' } | Invalid> {
  const db = deps.database.db;
  const { pilot, access } = await pilotInReach(db, acting.actor, input.pilotId);
  if (!canReportFor(access, input.side)) throw new AppError('NOT_FOUND');
  const parsed = ZEvaluation.safeParse(input);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const { rating, words } = parsed.data;
    const after = await recordEvaluation(tx, pilot.id, input.side, rating, words, {
      by: editor.id,
      now: deps.clock(),
    });
    if (!after) return { ok: false, reason: 'ALREADY_EVALUATED' } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.pilot:evaluate',
      entityType: 'challenges_pilot',
      entityId: pilot.id,
      after: { side: input.side, rating },
    });
    return { ok: true } as const;
  });
}

/** The follow-up the owner answers now: the latest one fallen due, if any. */
export function dueFollowUp(pilot: PilotRow, now: Date): number | undefined {
  if (!pilot.endedAt || !pilot.outcome || !isFollowedUp(pilot.outcome as never)) return undefined;
  return [...FOLLOW_UP_MONTHS]
    .reverse()
    .find((m) => monthsAfter(pilot.endedAt!, m).getTime() <= now.getTime());
}

export async function answerFollowUp(
  deps: Deps,
  acting: AuditContext,
  input: { pilotId: string; isInUse: boolean; scale: string },
): Promise<
  | { ok: true; answer: FollowUpRow }
  | { ok: false; reason: 'ALREADY_ANSWERED' | 'NOT_DUE' }
  | Invalid
> {
  const db = deps.database.db;
  const { pilot, access } = await pilotInReach(db, acting.actor, input.pilotId);
  if (!access.isOwner) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const months = dueFollowUp(pilot, now);
  if (months === undefined) return { ok: false, reason: 'NOT_DUE' };
  const scale = ZText(2000).safeParse(input.scale);
  if (!scale.success)
    return invalid({ scale: { key: 'validation.tooLong', params: { max: 2000 } } });
  const editor = editorOf(acting);
  return db.transaction(async (tx) => {
    const answer = await insertFollowUp(tx, {
      pilotId: pilot.id,
      monthsAfter: months,
      isInUse: input.isInUse,
      scale: scale.data,
      answeredBy: editor.id,
      answeredAt: now,
    });
    if (!answer) return { ok: false, reason: 'ALREADY_ANSWERED' } as const;
    await recordAudit(tx, acting, {
      action: 'challenges.pilot:follow_up',
      entityType: 'challenges_pilot',
      entityId: pilot.id,
      after: { monthsAfter: months, isInUse: input.isInUse },
    });
    return { ok: true, answer } as const;
  });
}
