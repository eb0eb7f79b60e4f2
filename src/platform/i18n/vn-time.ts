// Dates and times are typed and shown in Vietnam time. Vietnam has kept UTC+7 without daylight
// saving since 1975, so a wall-clock time there is one fixed UTC instant and a day a fixed span.
import { formatDateTime } from './format';
import type { Locale } from './locale';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Vietnam's wall clock in the UTC fields of a Date: getUTCFullYear() is the year in Vietnam. */
export const vnWallClock = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS);

/** Vietnam's calendar day of an instant, yyyy-mm-dd. */
export const vnDay = (at: Date) => vnWallClock(at).toISOString().slice(0, 10);

/** Years a typed date may name: older or later ones are typing slips. */
const isPlausibleYear = (year: number) => year >= 2000 && year < 2200;

/** The UTC milliseconds of a wall-clock time, or undefined when no such time exists. */
function wallClock(parts: number[]): number | undefined {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts as [number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  const isReal =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return isReal ? utc : undefined;
}

/** Year, month, day of "dd/mm/yyyy" or "yyyy-mm-dd" (what a date control sends). */
function dayParts(s: string): number[] | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return [iso[1], iso[2], iso[3]].map(Number);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return vn ? [vn[3], vn[2], vn[1]].map(Number) : undefined;
}

/** Years of the days people type for records (founding, birth, a document): 9999 is a slip. */
const isRecordYear = (year: number) => year >= 1900 && year < 2200;

/** A calendar day typed as dd/mm/yyyy or yyyy-mm-dd, as yyyy-mm-dd; undefined when none. */
export function parseCalendarDay(typed: string): string | undefined {
  const parts = dayParts(typed.trim());
  const utc = parts && isRecordYear(parts[0]!) ? wallClock(parts) : undefined;
  return utc === undefined ? undefined : new Date(utc).toISOString().slice(0, 10);
}

/** The instant a day typed as dd/mm/yyyy or yyyy-mm-dd begins in Vietnam (2000 to 2199). */
export function startOfVnDay(typed: string): Date | undefined {
  const parts = dayParts(typed.trim());
  const utc = parts && isPlausibleYear(parts[0]!) ? wallClock(parts) : undefined;
  return utc === undefined ? undefined : new Date(utc - VN_OFFSET_MS);
}

/** The last millisecond of a day typed as dd/mm/yyyy or yyyy-mm-dd, in Vietnam. */
export function endOfVnDay(typed: string): Date | undefined {
  const day = parseCalendarDay(typed);
  return day === undefined
    ? undefined
    : new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + DAY_MS - 1);
}

/**
 * The instant of a Vietnam wall-clock time typed as "2026-12-01 17:00", "2026-12-01T17:00"
 * (what a datetime-local control sends) or "01/12/2026 17:00"; undefined when it is not one.
 */
export function parseVnDateTime(typed: string): Date | undefined {
  const s = typed.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : vn
      ? [vn[3], vn[2], vn[1], vn[4], vn[5], vn[6]]
      : undefined;
  if (!parts) return undefined;
  const numbers = parts.map((p) => Number(p ?? 0));
  const utc = isPlausibleYear(numbers[0]!) ? wallClock(numbers) : undefined;
  return utc === undefined ? undefined : new Date(utc - VN_OFFSET_MS);
}

/** The value of a datetime-local control for an instant, in Vietnam time: "2026-12-01T17:00". */
export function vnDateTimeInputValue(date: Date): string {
  return vnWallClock(date).toISOString().slice(0, 16);
}

/** "17:00, 01/12/2026": the time first, as a deadline is read. */
export function vnDeadline(date: Date, locale: Locale): string {
  const [day, time] = formatDateTime(date, locale).split(' ');
  return `${time}, ${day}`;
}

/** A calendar year in Vietnam as instants: from its first moment to the next year's (half-open). */
export const vnYearRange = (year: number) => ({
  from: new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS),
  to: new Date(Date.UTC(year + 1, 0, 1) - VN_OFFSET_MS),
});
