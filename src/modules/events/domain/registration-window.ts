// Whether an event takes registrations now, and until when its attendees may cancel. No I/O.

export type RegistrationState =
  | { isOpen: true }
  | { isOpen: false; reason: 'NOT_PUBLISHED' | 'NOT_YET_OPEN' | 'CLOSED' | 'OVER'; at?: Date };

export interface RegistrationWindow {
  status: string;
  startsAt: Date;
  endsAt: Date;
  isRegistrationClosed: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  cancelUntil: Date | null;
}

export function registrationState(e: RegistrationWindow, now: Date): RegistrationState {
  if (e.status !== 'published') return { isOpen: false, reason: 'NOT_PUBLISHED' };
  if (e.endsAt <= now) return { isOpen: false, reason: 'OVER' };
  if (e.isRegistrationClosed) return { isOpen: false, reason: 'CLOSED' };
  if (e.registrationClosesAt && e.registrationClosesAt <= now)
    return { isOpen: false, reason: 'CLOSED', at: e.registrationClosesAt };
  if (e.registrationOpensAt && e.registrationOpensAt > now)
    return { isOpen: false, reason: 'NOT_YET_OPEN', at: e.registrationOpensAt };
  return { isOpen: true };
}

/** Attendees cancel themselves until the deadline staff set, or else until the event starts. */
export const cancelDeadline = (e: RegistrationWindow) => e.cancelUntil ?? e.startsAt;
