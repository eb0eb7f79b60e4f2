// The parts of an event a ticket is checked in to: the entrance ('' in the core) and each session
// of the agenda. A session's key is its start and track, not its row id: staff saving the event
// rewrite the agenda's rows, and a title or speaker corrected on the day must not orphan the
// check-ins already made; a session moved to another time is another part.
import { countAttendance } from '../../../platform/reservations';
import type { AppDeps } from '../../../platform/deps';
import { listSessions, type SessionRow } from '../db/events.repository';
import { hm } from '../ui/door-text';
import { EVENTS_MODULE } from '../db/tables';

export interface DoorPart {
  /** '' for the entrance. */
  key: string;
  /** Start time and title; empty for the entrance (the page names it). */
  time: string;
  title: string;
}

export const sessionKeyOf = (s: Pick<SessionRow, 'startsAt' | 'track'>) =>
  `${s.startsAt.toISOString()}|${s.track}`;

export async function doorParts(
  deps: Pick<AppDeps, 'database'>,
  eventId: string,
): Promise<DoorPart[]> {
  const sessions = await listSessions(deps.database.db, eventId);
  return [
    { key: '', time: '', title: '' },
    ...sessions.map((s) => ({ key: sessionKeyOf(s), time: hm(s.startsAt), title: s.title })),
  ];
}

export interface PartCount {
  part: DoorPart;
  checkedIn: number;
  walkIns: number;
}

/** People checked in to each part, walk-ins among them: the staff's live count at the door. */
export async function countDoorParts(
  deps: Pick<AppDeps, 'database'>,
  eventId: string,
  parts: DoorPart[],
): Promise<PartCount[]> {
  const db = deps.database.db;
  return Promise.all(
    parts.map(async (part) => {
      const pools = await countAttendance(
        { db },
        { ownerModule: EVENTS_MODULE, groupKey: eventId, sessionKey: part.key },
      );
      return {
        part,
        checkedIn: pools.reduce((n, p) => n + p.checkedInUnits, 0),
        walkIns: pools.reduce((n, p) => n + p.walkInUnits, 0),
      };
    }),
  );
}
