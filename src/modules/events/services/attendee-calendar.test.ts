// The centre's sender is the calendar entry's organiser whether MAIL_FROM names it or not.
import { describe, expect, it } from 'vitest';
import { organizerOf } from './attendee-calendar';

describe('the calendar entry’s organiser', () => {
  it('is the sender named in MAIL_FROM, or the bare address', () => {
    expect(organizerOf('InnoHub <no-reply@innohub.local>')).toEqual({
      email: 'no-reply@innohub.local',
      name: 'InnoHub',
    });
    expect(organizerOf('"Sở KH&CN Đà Nẵng" <sukien@sokhcn.example>')).toEqual({
      email: 'sukien@sokhcn.example',
      name: 'Sở KH&CN Đà Nẵng',
    });
    expect(organizerOf('sukien@sokhcn.example')).toEqual({ email: 'sukien@sokhcn.example' });
  });
});
