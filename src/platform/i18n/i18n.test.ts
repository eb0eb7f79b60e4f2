import { describe, expect, it } from 'vitest';
// The modules' catalogs are installed with the modules.
import '../../wiring';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatVnd,
  localeFromAcceptLanguage,
  messages,
  translate,
} from '.';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    const vi = Object.keys(messages.vi).sort();
    const en = Object.keys(messages.en).sort();
    expect(en).toEqual(vi);
    for (const key of vi) {
      expect(messages.vi[key]?.trim(), key).toBeTruthy();
      expect(messages.en[key]?.trim(), key).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(messages.vi)) {
      expect(placeholders(messages.en[key] ?? ''), key).toEqual(placeholders(messages.vi[key]!));
    }
  });

  it('are stored in NFC so search and comparison behave', () => {
    for (const text of Object.values(messages.vi)) expect(text).toBe(text.normalize('NFC'));
  });

  it('interpolates parameters', () => {
    expect(translate('en', 'validation.tooShort', { min: 12 })).toBe('At least 12 characters.');
    expect(translate('vi', 'validation.tooShort', { min: 12 })).toBe('Cần ít nhất 12 ký tự.');
  });
});

describe('formats', () => {
  const lateEvening = new Date('2025-06-30T16:30:00Z'); // 23:30 in Asia/Ho_Chi_Minh
  const afterMidnight = new Date('2025-06-30T17:30:00Z'); // 00:30 on 1 July in Vietnam

  it('shows dates as dd/mm/yyyy in Asia/Ho_Chi_Minh', () => {
    expect(formatDate(lateEvening)).toBe('30/06/2025');
    expect(formatDate(afterMidnight)).toBe('01/07/2025');
    expect(formatDate(afterMidnight, 'en')).toBe('01/07/2025');
    expect(formatDateTime(afterMidnight)).toBe('01/07/2025 00:30');
  });

  it('formats numbers and VND the Vietnamese way', () => {
    expect(formatNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatVnd(2_000_000_000n)).toMatch(/^2\.000\.000\.000\s₫$/);
    expect(formatVnd(1234567.6)).toMatch(/^1\.234\.568\s₫$/);
  });

  it('picks the API language from Accept-Language, Vietnamese otherwise', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR, en;q=0.5, vi;q=0.8')).toBe('vi');
    expect(localeFromAcceptLanguage('de')).toBe('vi');
    expect(localeFromAcceptLanguage(undefined)).toBe('vi');
  });
});
