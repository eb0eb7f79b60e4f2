// What an event is, independent of storage: its kinds, states, speakers, how it is attended and
// the rules of its agenda lines and of a monthly series. No I/O.
import { parseVnDateTime, vnWallClock } from '../../../platform/i18n/vn-time';

export const EVENT_TYPES = [
  'techfest',
  'workshop',
  'training',
  'meetup',
  'pitch',
  'dialogue',
  'exhibition',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_LANGUAGES = ['vi', 'en', 'vi_en'] as const;

/** A speaker: a person of the directory (its profile's slug) or a guest named here. */
export interface Speaker {
  name: string;
  affiliation: string;
  personSlug?: string;
}

export type AttendanceMode = 'offline' | 'online' | 'mixed';

export const attendanceMode = (e: { venueAddress: string; onlineUrl: string }): AttendanceMode =>
  e.onlineUrl ? (e.venueAddress ? 'mixed' : 'online') : 'offline';

export interface AgendaLine {
  startsAt: Date;
  endsAt: Date;
  title: string;
  track: string;
  speakers: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One agenda line: "09:00-10:30 | Title | Track | Speakers", or with a day of its own for an
 * event of several days, "02/12 09:00-10:30 | …". Times are Vietnam time; a line without a day
 * is on the event's first day. Undefined when the line cannot be read.
 */
export function parseAgendaLine(line: string, eventStart: Date): AgendaLine | undefined {
  const [when = '', title = '', track = '', speakers = ''] = line.split('|').map((p) => p.trim());
  const m = /^(?:(\d{1,2})\/(\d{1,2})\s+)?(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(when);
  if (!m || !title) return undefined;
  const first = vnWallClock(eventStart);
  const day = m[1] ? Number(m[1]) : first.getUTCDate();
  const month = m[2] ? Number(m[2]) : first.getUTCMonth() + 1;
  const date = `${first.getUTCFullYear()}-${pad(month)}-${pad(day)}`;
  const startsAt = parseVnDateTime(`${date} ${m[3]}`);
  const endsAt = parseVnDateTime(`${date} ${m[4]}`);
  if (!startsAt || !endsAt || endsAt <= startsAt) return undefined;
  return { startsAt, endsAt, title, track, speakers };
}

/** An agenda line as the form shows it again. */
export function agendaLineText(s: AgendaLine, eventStart: Date): string {
  const start = vnWallClock(s.startsAt);
  const end = vnWallClock(s.endsAt);
  const first = vnWallClock(eventStart);
  const hm = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const sameDay = start.toISOString().slice(0, 10) === first.toISOString().slice(0, 10);
  const day = sameDay ? '' : `${pad(start.getUTCDate())}/${pad(start.getUTCMonth() + 1)} `;
  const parts = [`${day}${hm(start)}-${hm(end)}`, s.title, s.track, s.speakers];
  while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(' | ');
}

const DAY = 86_400_000;

/**
 * The same slot a month later, as a monthly meetup is announced ("the second Thursday"): the
 * weekday and its rank in the month kept, the last such weekday when the month has no fifth.
 */
export function nextMonthlyOccurrence(at: Date): Date {
  const wall = vnWallClock(at);
  const rank = Math.floor((wall.getUTCDate() - 1) / 7);
  const weekday = wall.getUTCDay();
  const year = wall.getUTCFullYear() + (wall.getUTCMonth() === 11 ? 1 : 0);
  const month = (wall.getUTCMonth() + 1) % 12;
  const firstOfMonth = Date.UTC(year, month, 1);
  const firstWeekday = new Date(firstOfMonth).getUTCDay();
  let day = 1 + ((weekday - firstWeekday + 7) % 7) + rank * 7;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  while (day > daysInMonth) day -= 7;
  const timeOfDay = wall.getTime() % DAY;
  return new Date(Date.UTC(year, month, day) + timeOfDay - (wall.getTime() - at.getTime()));
}
