// A signed link stands for one record and one purpose: a forged or altered token, another
// purpose's, another secret's or an expired one is refused, and links already mailed (events'
// feedback and calendar feeds, marketplace's unsubscribe) keep working byte for byte.
import { describe, expect, it } from 'vitest';
import { linkSecret, readSignedLink, signLink } from './signed-links';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const ID = '0b6f7c1e-3f0a-4d7e-9a51-2c8e4b1d9f10';
const OTHER = '7a1d2e3f-4b5c-4d6e-8f90-a1b2c3d4e5f6';
const NOW = new Date('2026-12-06T10:00:00Z');
const DAY = 86_400_000;

describe('signed links', () => {
  it('give back the id they were made for', () => {
    expect(readSignedLink(SECRET, 'events/feedback', signLink(SECRET, 'events/feedback', ID))).toBe(
      ID,
    );
  });

  it('keep the format of the links already mailed', () => {
    // Made by the modules' own signers before this one replaced them.
    const mailed = {
      'events/feedback': `${ID}.iFTvrCW3R3GWtUyzMwZR7jXaTqCkmkf-`,
      'events/calendar-feed': `${ID}.H0PEqwFycOgAMC-h5CTVyQmIVWA4XlVu`,
      'marketplace/saved-search-unsubscribe': `${ID}.ZKyXY847IoOJBh1wsCicFYkrirk6_b2c`,
    };
    for (const [purpose, token] of Object.entries(mailed)) {
      expect(signLink(SECRET, purpose, ID)).toBe(token);
      expect(readSignedLink(SECRET, purpose, token)).toBe(ID);
      expect(readSignedLink(SECRET, purpose, token, NOW)).toBe(ID);
    }
  });

  it('refuse a forged or altered token', () => {
    const token = signLink(SECRET, 'events/feedback', ID);
    const [, mac] = token.split('.');
    const read = (t: string) => readSignedLink(SECRET, 'events/feedback', t);
    expect(read(`${OTHER}.${mac}`)).toBeUndefined();
    expect(read(`${ID}.${'A'.repeat(32)}`)).toBeUndefined();
    expect(read(`${ID}.${mac!.slice(0, -1)}${mac!.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(read(token.slice(0, -1))).toBeUndefined();
    expect(read(`${token}A`)).toBeUndefined();
    expect(read(`${token}.x`)).toBeUndefined();
    expect(read(`not-an-id.${mac}`)).toBeUndefined();
    expect(read(ID)).toBeUndefined();
    expect(read('')).toBeUndefined();
    expect(readSignedLink(`${SECRET}x`, 'events/feedback', token)).toBeUndefined();
  });

  it('refuse another purpose’s token', () => {
    const token = signLink(SECRET, 'events/calendar-feed', ID);
    expect(readSignedLink(SECRET, 'events/feedback', token)).toBeUndefined();
    expect(readSignedLink(SECRET, 'marketplace/saved-search-unsubscribe', token)).toBeUndefined();
  });

  it('expire at their time, and only then', () => {
    const until = new Date(NOW.getTime() + DAY);
    const token = signLink(SECRET, 'events/feedback', ID, until);
    expect(token).toMatch(new RegExp(`^${ID}\\.\\d+\\.[\\w-]{32}$`));
    const at = (ms: number) =>
      readSignedLink(SECRET, 'events/feedback', token, new Date(NOW.getTime() + ms));
    expect(at(0)).toBe(ID);
    expect(at(DAY - 1000)).toBe(ID);
    expect(at(DAY)).toBeUndefined();
    expect(at(30 * DAY)).toBeUndefined();
    // Read without a clock, an expiring link is refused rather than taken as never expiring.
    expect(readSignedLink(SECRET, 'events/feedback', token)).toBeUndefined();
  });

  it('refuse an expiry moved or dropped', () => {
    const token = signLink(SECRET, 'events/feedback', ID, new Date(NOW.getTime() + DAY));
    const [id, expires, mac] = token.split('.');
    const read = (t: string) => readSignedLink(SECRET, 'events/feedback', t, NOW);
    expect(read(`${id}.${Number(expires) + 365 * 86_400}.${mac}`)).toBeUndefined();
    expect(read(`${id}.${mac}`)).toBeUndefined();
    expect(read(`${id}.0${expires}.${mac}`)).toBeUndefined();
    expect(read(`${id}.${expires}x.${mac}`)).toBeUndefined();
    // And a never-expiring link cannot be given an expiry.
    const lasting = signLink(SECRET, 'events/feedback', ID);
    const [, lastingMac] = lasting.split('.');
    expect(read(`${id}.${expires}.${lastingMac}`)).toBeUndefined();
  });

  it('need the platform’s secret', () => {
    expect(linkSecret({ AUTH_SECRET: SECRET })).toBe(SECRET);
    expect(() => linkSecret({ AUTH_SECRET: undefined })).toThrow(/AUTH_SECRET/);
  });
});
