// Links without an account stand for one record and one purpose: another record's id, another
// purpose's link, another secret or a cut signature is refused. The centre's sender is the
// calendar entry's organiser whether MAIL_FROM names it or not.
import { describe, expect, it } from 'vitest';
import { organizerOf } from './attendee-calendar';
import { readSignedToken, signedToken } from './signed-links';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const ID = '0b6f7c1e-3f0a-4d7e-9a51-2c8e4b1d9f10';
const OTHER = '7a1d2e3f-4b5c-4d6e-8f90-a1b2c3d4e5f6';

describe('signed links', () => {
  it('give back the id they were made for', () => {
    expect(readSignedToken(SECRET, 'feedback', signedToken(SECRET, 'feedback', ID))).toBe(ID);
  });

  it('refuse another id, another purpose, another secret and a cut or padded signature', () => {
    const token = signedToken(SECRET, 'feedback', ID);
    const [, mac] = token.split('.');
    expect(readSignedToken(SECRET, 'feedback', `${OTHER}.${mac}`)).toBeUndefined();
    expect(readSignedToken(SECRET, 'calendar-feed', token)).toBeUndefined();
    expect(readSignedToken(`${SECRET}x`, 'feedback', token)).toBeUndefined();
    expect(readSignedToken(SECRET, 'feedback', token.slice(0, -1))).toBeUndefined();
    expect(readSignedToken(SECRET, 'feedback', `${token}A`)).toBeUndefined();
    expect(readSignedToken(SECRET, 'feedback', `${token}.x`)).toBeUndefined();
    expect(readSignedToken(SECRET, 'feedback', `not-an-id.${mac}`)).toBeUndefined();
  });
});

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
