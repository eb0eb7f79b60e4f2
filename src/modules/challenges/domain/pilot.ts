// A pilot: the solver's solution tried at the owner's site under an agreement, with the problem's
// success indicators, milestones and check-ins every few weeks in which each side reports the
// indicators' values and its issues. No I/O.
import type { SuccessIndicator } from './problem';

export const PILOT_STATUSES = ['running', 'ended'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

/** Who reports at a check-in: the problem's owner and the solver each report for their side. */
export const PILOT_SIDES = ['owner', 'solver'] as const;
export type PilotSide = (typeof PILOT_SIDES)[number];

export interface PilotMilestone {
  title: string;
  /** The day it is due, yyyy-mm-dd (Vietnam). */
  dueOn: string;
}

const WEEK_MS = 7 * 86_400_000;
export const MAX_CHECK_IN_WEEKS = 26;
/** A pilot is weeks to months long; a year and a half is the longest the centre runs. */
export const MAX_PILOT_DAYS = 550;

/** When check-in n (1, 2, …) falls due. */
export const checkInDueAt = (startsAt: Date, everyWeeks: number, n: number) =>
  new Date(startsAt.getTime() + n * everyWeeks * WEEK_MS);

/** How many check-ins the pilot holds from start to end (at least one, at the end). */
export function checkInCount(p: { startsAt: Date; endsAt: Date; checkInEveryWeeks: number }) {
  const span = p.endsAt.getTime() - p.startsAt.getTime();
  return Math.max(1, Math.floor(span / (p.checkInEveryWeeks * WEEK_MS)));
}

/**
 * The check-in a side reports now: the latest one fallen due (the first one before any is due,
 * so a side may report early), never beyond the pilot's last.
 */
export function currentCheckIn(
  p: { startsAt: Date; endsAt: Date; checkInEveryWeeks: number },
  now: Date,
): number {
  const elapsed = Math.floor(
    (now.getTime() - p.startsAt.getTime()) / (p.checkInEveryWeeks * WEEK_MS),
  );
  return Math.min(Math.max(1, elapsed), checkInCount(p));
}

/** How far an indicator has moved from its baseline towards its target, 0–100 (may pass 100). */
export function progressPercent(indicator: SuccessIndicator, value: number): number {
  const span = indicator.target - indicator.baseline;
  if (span === 0) return 100;
  return Math.round(((value - indicator.baseline) / span) * 100);
}

/** How a pilot ended: in use, bought under a contract, extended, or stopped (with a reason). */
export const PILOT_OUTCOMES = ['adopted', 'contracted', 'extended', 'ended'] as const;
export type PilotOutcome = (typeof PILOT_OUTCOMES)[number];

/** Outcomes after which the owner is asked, 6 and 12 months on, whether the solution is in use. */
export const isFollowedUp = (outcome: PilotOutcome) => outcome !== 'ended';
export const FOLLOW_UP_MONTHS = [6, 12] as const;

/** The same day `months` later (the last day of a shorter month when it has no such day). */
export function monthsAfter(at: Date, months: number): Date {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
