// takeEventStep outcomes: done (the event moved, audited) | CONFLICT (the event changed since it
// was shown: nothing done) | NOT_APPLICABLE (the step does not apply to the event as it is) |
// NOT_FOUND (thrown). Publishing, cancelling and closing registration are one table of steps.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import {
  findEventById,
  updateEventAtVersion,
  type EventPatch,
  type EventRow,
} from '../db/events.repository';
import { canManageEvents } from '../permissions';
import { tellAttendees } from './attendee-updates';
import { accountOf } from './acting-account';
import { auditEvent } from './save-event';

export const EVENT_STEPS = [
  'publish',
  'unpublish',
  'cancel',
  'closeRegistration',
  'reopenRegistration',
] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

/** The change a step makes to an event, or undefined when it does not apply. */
function patchOf(step: EventStep, event: EventRow, now: Date): EventPatch | undefined {
  switch (step) {
    case 'publish':
      return event.status === 'draft'
        ? { status: 'published', publishedAt: event.publishedAt ?? now }
        : undefined;
    case 'unpublish':
      return event.status === 'published' ? { status: 'draft' } : undefined;
    case 'cancel':
      return event.status === 'published' ? { status: 'cancelled' } : undefined;
    case 'closeRegistration':
      return event.isRegistrationClosed ? undefined : { isRegistrationClosed: true };
    case 'reopenRegistration':
      return event.isRegistrationClosed ? { isRegistrationClosed: false } : undefined;
  }
}

export type StepResult =
  { ok: true; event: EventRow } | { ok: false; reason: 'CONFLICT' | 'NOT_APPLICABLE' };

export async function takeEventStep(
  deps: Pick<AppDeps, 'database' | 'clock' | 'mail' | 'config' | 'jobs'>,
  acting: AuditContext,
  input: { id: string; version: number; step: EventStep },
): Promise<StepResult> {
  if (!canManageEvents(acting.actor) || !isUuid(input.id)) throw new AppError('NOT_FOUND');
  const db = deps.database.db;
  const before = await findEventById(db, input.id);
  if (!before) throw new AppError('NOT_FOUND');
  if (before.version !== input.version) return { ok: false, reason: 'CONFLICT' };
  const now = deps.clock();
  const patch = patchOf(input.step, before, now);
  if (!patch) return { ok: false, reason: 'NOT_APPLICABLE' };
  const result = await db.transaction(async (tx) => {
    const after = await updateEventAtVersion(tx, before.id, input.version, patch, {
      by: accountOf(acting),
      now,
    });
    if (!after) return { ok: false, reason: 'CONFLICT' } as const;
    await auditEvent(tx, acting, input.step, after, before);
    await tellAttendees(tx, deps, { before, after });
    return { ok: true, event: after } as const;
  });
  deps.jobs.wake();
  return result;
}
