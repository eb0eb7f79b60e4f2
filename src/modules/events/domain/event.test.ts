import { describe, expect, it } from 'vitest';
import { agendaLineText, nextMonthlyOccurrence, parseAgendaLine } from './event';

const vn = (s: string) => new Date(`${s}+07:00`);

describe('a monthly series', () => {
  it('keeps the weekday and its rank: the second Thursday stays the second Thursday', () => {
    expect(nextMonthlyOccurrence(vn('2026-12-10T18:00:00'))).toEqual(vn('2027-01-14T18:00:00'));
  });
  it('takes the last such weekday when the month has no fifth', () => {
    // 29/10/2026 is the fifth Thursday; November 2026 has four: the 26th.
    expect(nextMonthlyOccurrence(vn('2026-10-29T18:00:00'))).toEqual(vn('2026-11-26T18:00:00'));
  });
  it('keeps the Vietnam time of day across the UTC date line', () => {
    expect(nextMonthlyOccurrence(vn('2026-12-03T06:30:00'))).toEqual(vn('2027-01-07T06:30:00'));
  });
});

describe('agenda lines', () => {
  const start = vn('2026-12-15T09:00:00');
  it('reads a session on the first day, and one on a day of its own', () => {
    expect(parseAgendaLine('09:00-10:30 | Khai mạc | Hội trường | Lê Hoa', start)).toEqual({
      startsAt: vn('2026-12-15T09:00:00'),
      endsAt: vn('2026-12-15T10:30:00'),
      title: 'Khai mạc',
      track: 'Hội trường',
      speakers: 'Lê Hoa',
    });
    expect(parseAgendaLine('16/12 8:00 – 9:00 | Chung kết', start)?.startsAt).toEqual(
      vn('2026-12-16T08:00:00'),
    );
  });
  it('refuses a line without a time span, a title, or ending before it starts', () => {
    expect(parseAgendaLine('sáng | Khai mạc', start)).toBeUndefined();
    expect(parseAgendaLine('09:00-10:00 |', start)).toBeUndefined();
    expect(parseAgendaLine('10:00-09:00 | Ngược', start)).toBeUndefined();
    expect(parseAgendaLine('31/02 09:00-10:00 | Ngày không có', start)).toBeUndefined();
  });
  it('writes a session back as it was typed', () => {
    const line = '16/12 08:00-09:00 | Chung kết | Hội trường';
    expect(agendaLineText(parseAgendaLine(line, start)!, start)).toBe(line);
  });
});
