// Times of calls are entered and shown in Vietnam time. Vietnam has kept UTC+7 without daylight
// saving since 1975, so a wall-clock time there is one fixed UTC instant.
import { formatDateTime, type Locale } from '../../../platform/i18n';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Vietnam's wall clock in the UTC fields of a Date: getUTCFullYear() is the year in Vietnam. */
export const vnWallClock = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS);

/** Vietnam's calendar day of an instant, yyyy-mm-dd. */
export const vnDay = (at: Date) => vnWallClock(at).toISOString().slice(0, 10);

/**
 * The instant of a Vietnam wall-clock time typed as "2026-12-01 17:00", "2026-12-01T17:00"
 * (what a datetime-local control sends) or "01/12/2026 17:00"; undefined when it is not one.
 */
export function parseVnDateTime(input: string): Date | undefined {
  const s = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const parts = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : vn
      ? [vn[3], vn[2], vn[1], vn[4], vn[5], vn[6]]
      : undefined;
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.map((p) => Number(p ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  const isReal =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month! - 1 &&
    check.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60;
  return isReal && year! >= 2000 && year! < 2200 ? new Date(utc - VN_OFFSET_MS) : undefined;
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
