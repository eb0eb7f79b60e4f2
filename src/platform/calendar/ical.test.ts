import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, foldLine, type CalendarEvent } from './ical';

const NOW = new Date('2026-05-01T03:04:05.000Z');
const techfest: CalendarEvent = {
  uid: 'event-0b6c@innohub.example.vn',
  sequence: 0,
  start: new Date('2026-05-04T02:00:00.000Z'), // 09:00 in Vietnam
  end: new Date('2026-05-04T10:30:00.000Z'),
  summary: 'Techfest Bình Định 2026: Khởi nghiệp, đổi mới sáng tạo; kết nối',
  description:
    'Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh — gặp gỡ nhà đầu tư, quỹ và vườn ươm.\nMang theo vé QR; đến sớm 15 phút, cảm ơn!\\',
  location: 'Trung tâm Hội nghị tỉnh, 02 Trần Phú, Quy Nhơn',
  url: 'https://innohub.example.vn/events/techfest-2026',
  organizer: { email: 'sukien@innohub.example.vn', name: 'Trung tâm Hỗ trợ Khởi nghiệp' },
};
const meetup: CalendarEvent = {
  ...techfest,
  uid: 'event-77aa@innohub.example.vn',
  sequence: 3,
  summary: 'Cà phê công nghệ tháng 6',
  start: new Date('2026-06-12T12:00:00.000Z'),
  end: new Date('2026-06-12T13:30:00.000Z'),
  description: undefined,
};

/** The file as a calendar program reads it: ical.js, with our VTIMEZONE registered. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
  };
}

describe('iCalendar files', () => {
  it('a published feed of several events reads back exactly, times in Vietnam time', () => {
    const text = calendarFile({
      method: 'PUBLISH',
      events: [techfest, meetup],
      now: NOW,
      name: 'Sự kiện InnoHub',
    });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sự kiện InnoHub');
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first!.uid).toBe(techfest.uid);
    expect(first!.summary).toBe(techfest.summary);
    expect(first!.description).toBe(techfest.description);
    expect(first!.location).toBe(techfest.location);
    expect(first!.component.getFirstPropertyValue('url')).toBe(techfest.url);
    expect(first!.sequence).toBe(0);
    expect(first!.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(first!.startDate.toString()).toBe('2026-05-04T09:00:00');
    expect(first!.startDate.toJSDate().toISOString()).toBe(techfest.start.toISOString());
    expect(first!.endDate.toJSDate().toISOString()).toBe(techfest.end.toISOString());
    expect(first!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-05-01T03:04:05Z',
    );
    expect(first!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(second!.uid).toBe(meetup.uid);
    expect(second!.sequence).toBe(3);
    expect(second!.description).toBeNull();
  });

  it('lines end in CRLF and fold at 75 octets without cutting a Vietnamese letter', () => {
    const text = calendarFile({ method: 'PUBLISH', events: [techfest], now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text.includes('\uFFFD')).toBe(false);
    const long = `DESCRIPTION:${'Đổi mới sáng tạo '.repeat(20)}`;
    const folded = foldLine(long);
    for (const l of folded.split('\r\n'))
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(long);
  });

  it('a mailed invitation is a REQUEST with its organiser and attendee', () => {
    const text = calendarFile({
      method: 'REQUEST',
      events: [
        {
          ...techfest,
          sequence: 2,
          attendees: [{ email: 'an@example.vn', name: 'Nguyễn Văn An' }],
        },
      ],
      now: NOW,
    });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const organizer = events[0]!.component.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:sukien@innohub.example.vn');
    expect(organizer.getParameter('cn')).toBe('Trung tâm Hỗ trợ Khởi nghiệp');
    expect(events[0]!.attendees[0]!.getParameter('cn')).toBe('Nguyễn Văn An');
    expect(events[0]!.sequence).toBe(2);
    expect(() =>
      calendarFile({
        method: 'REQUEST',
        events: [meetup].map(({ organizer: _o, ...e }) => e),
        now: NOW,
      }),
    ).toThrow(/ORGANIZER/);
  });

  it('a cancellation keeps the UID, raises the sequence and says CANCELLED', () => {
    const text = calendarFile({
      method: 'CANCEL',
      events: [{ ...techfest, sequence: 4 }],
      now: NOW,
    });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0]!.uid).toBe(techfest.uid);
    expect(events[0]!.sequence).toBe(4);
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('refuses what would break the file: a line break in a UID or URL, an end before the start', () => {
    const now = NOW;
    expect(() =>
      calendarFile({ method: 'PUBLISH', events: [{ ...meetup, uid: 'a\r\nX-EVIL:1' }], now }),
    ).toThrow();
    expect(() =>
      calendarFile({ method: 'PUBLISH', events: [{ ...meetup, url: 'https://x\nATTACH:y' }], now }),
    ).toThrow();
    expect(() =>
      calendarFile({
        method: 'PUBLISH',
        events: [{ ...meetup, end: new Date(meetup.start.getTime() - 1) }],
        now,
      }),
    ).toThrow();
  });
});
