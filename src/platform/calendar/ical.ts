// iCalendar files (RFC 5545, with RFC 5546's methods): one writer for downloads, feeds and mail.
// Times are written in Vietnam time with a VTIMEZONE (UTC+7, no daylight saving since 1975), so
// a calendar shows 09:00 as the organisers wrote it and converts it for a viewer elsewhere.
// The caller keeps each event's UID stable and raises SEQUENCE on every change (time, place,
// cancellation): that is how calendar programs know an update from a new event.
import { vnWallClock } from '../i18n/vn-time';

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface CalendarPerson {
  email: string;
  name?: string;
}

export interface CalendarEvent {
  /** Stable for the event's life, unique in the world: e.g. `event-<id>@<host>`. */
  uid: string;
  /** 0 when created, raised on every change the attendee should see. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  isCancelled?: boolean;
  /** Required by REQUEST and CANCEL (RFC 5546): who sends the invitation. */
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
  updatedAt?: Date;
}

export interface CalendarFile {
  /** PUBLISH for downloads and feeds, REQUEST for a registrant's mail, CANCEL when it is off. */
  method: CalendarMethod;
  events: CalendarEvent[];
  /** DTSTAMP: when this file was made. */
  now: Date;
  /** The feed's name in calendar programs (X-WR-CALNAME). */
  name?: string;
}

export const CALENDAR_TZID = 'Asia/Ho_Chi_Minh';
export const CALENDAR_CONTENT_TYPE = (method: CalendarMethod) =>
  `text/calendar; charset=utf-8; method=${method}`;

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19750613T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1) without cutting a UTF-8 character: Vietnamese
 * letters take two or three octets, and a cut one shows as garbage in some calendar programs.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the continuation's leading space is one of its 75
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20260504T020000Z */
export function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** 20260504T090000 in Vietnam time, for DTSTART;TZID=Asia/Ho_Chi_Minh. */
export const vnStamp = (date: Date): string => utcStamp(vnWallClock(date)).slice(0, -1);

function checkLineSafe(name: string, value: string) {
  if (/[\r\n]/.test(value)) throw new Error(`iCalendar ${name} must be one line`);
}

function person(role: 'ORGANIZER' | 'ATTENDEE', p: CalendarPerson): string {
  checkLineSafe(role, p.email);
  const cn = p.name ? `;CN="${p.name.replace(/["\r\n]/g, '')}"` : '';
  const rsvp = role === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT;RSVP=FALSE' : '';
  return `${role}${cn}${rsvp}:mailto:${p.email}`;
}

function eventLines(e: CalendarEvent, method: CalendarMethod, now: Date): string[] {
  checkLineSafe('UID', e.uid);
  if (e.url) checkLineSafe('URL', e.url);
  if (!Number.isInteger(e.sequence) || e.sequence < 0) throw new Error('SEQUENCE: whole, ≥ 0');
  if (e.end.getTime() < e.start.getTime()) throw new Error('DTEND before DTSTART');
  const isCancelled = method === 'CANCEL' || e.isCancelled === true;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${CALENDAR_TZID}:${vnStamp(e.start)}`,
    `DTEND;TZID=${CALENDAR_TZID}:${vnStamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.updatedAt) lines.push(`LAST-MODIFIED:${utcStamp(e.updatedAt)}`);
  if (e.organizer) lines.push(person('ORGANIZER', e.organizer));
  for (const a of e.attendees ?? []) lines.push(person('ATTENDEE', a));
  lines.push(`STATUS:${isCancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** The file's text: CRLF line ends, lines folded at 75 octets. */
export function calendarFile(file: CalendarFile): string {
  if (
    (file.method === 'REQUEST' || file.method === 'CANCEL') &&
    file.events.some((e) => !e.organizer)
  ) {
    throw new Error(`METHOD:${file.method} needs each event's ORGANIZER (RFC 5546)`);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//InnoHub//InnoHub//VI',
    'CALSCALE:GREGORIAN',
    `METHOD:${file.method}`,
    ...(file.name ? [`X-WR-CALNAME:${escapeText(file.name)}`] : []),
    `X-WR-TIMEZONE:${CALENDAR_TZID}`,
    ...VTIMEZONE,
    ...file.events.flatMap((e) => eventLines(e, file.method, file.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
