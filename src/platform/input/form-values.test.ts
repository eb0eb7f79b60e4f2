import { describe, expect, it } from 'vitest';
import { endOfVnDay, parseCalendarDay, startOfVnDay } from '../i18n/vn-time';
import {
  formFiles,
  formString,
  formStrings,
  formVersion,
  parseDateTime,
  parseDay,
  parseDecimal,
  parseVnd,
  parseWhole,
  textValues,
  vndAmount,
  type FormBody,
} from './form-values';

describe('the form reader', () => {
  const file = new File([new Uint8Array([1, 2])], 'Báo cáo.pdf');
  const empty = new File([], '');
  const body: FormBody = {
    name: 'Cafe\u0301 Đà Lạt',
    roles: ['founder', 'investor'],
    upload: [empty, file],
    version: '7',
  };

  it('reads texts in NFC, every value of a checkbox group and only chosen files', () => {
    expect(formString(body, 'name')).toBe('Café Đà Lạt'.normalize('NFC'));
    expect(formString(body, 'name')).toBe(formString(body, 'name').normalize('NFC'));
    expect(formStrings(body, 'roles')).toEqual(['founder', 'investor']);
    expect(formStrings(body, 'missing')).toEqual([]);
    expect(formString(body, 'upload')).toBe('');
    expect(formFiles(body, 'upload')).toEqual([file]);
    expect(textValues(body)).toMatchObject({ roles: 'founder', version: '7' });
  });

  it('reads the version field, -1 when missing or malformed', () => {
    expect(formVersion({ version: '7' })).toBe(7);
    for (const bad of [undefined, '', '-1', '1.5', '12345678901'])
      expect(formVersion({ ...(bad === undefined ? {} : { version: bad }) })).toBe(-1);
  });

  it('reads money in whole đồng, with or without thousands separators', () => {
    expect(parseVnd('1.500.000')).toBe(1_500_000n);
    expect(parseVnd('1500000')).toBe(1_500_000n);
    expect(parseVnd('2 000 000 000 ₫')).toBe(2_000_000_000n);
    expect(parseVnd('  ')).toBeUndefined();
    for (const bad of ['1.5', '1.500.000,50', '-5', 'một triệu', '1.50.000'])
      expect(parseVnd(bad), bad).toBe('invalid');
    expect(vndAmount('1.500.000 đồng')).toBe(1_500_000);
  });

  it('reads whole and decimal numbers the Vietnamese way', () => {
    expect(parseWhole('1.500')).toBe(1500);
    expect(parseWhole('')).toBeUndefined();
    expect(parseWhole('12a')).toBe('invalid');
    expect(parseWhole(' 1 500 ')).toBe(1500);
    expect(parseWhole('1.500.000')).toBe(1_500_000);
    // Not thousands: a decimal, or a typo (issue 11: "3.7" was read as 37).
    expect(parseWhole('3.7')).toBe('invalid');
    expect(parseWhole('1.50')).toBe('invalid');
    expect(parseWhole('1.500 000')).toBe('invalid');
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('1.500')).toBe(1500);
    expect(parseDecimal('12.5')).toBe(12.5);
  });

  it('reads days as dd/mm/yyyy or yyyy-mm-dd, in Vietnam time', () => {
    expect(startOfVnDay('01/07/2025')?.toISOString()).toBe('2025-06-30T17:00:00.000Z');
    expect(startOfVnDay(' 5/3/2026 ')?.toISOString()).toBe('2026-03-04T17:00:00.000Z');
    expect(startOfVnDay('2026-03-05')?.toISOString()).toBe('2026-03-04T17:00:00.000Z');
    for (const bad of ['31/02/2026', '00/01/2026', '12/13/2026', 'hôm qua', '1/1/1900'])
      expect(startOfVnDay(bad), bad).toBeUndefined();
    expect(parseDay('')).toBeUndefined();
    expect(parseDay('30/02/2026')).toBe('invalid');
    expect(parseCalendarDay('29/02/2024')).toBe('2024-02-29');
    expect(parseCalendarDay('2025-02-29')).toBeUndefined();
    // Real calendar days, but no record's: typing slips (issue 11).
    expect(parseCalendarDay('0000-01-01')).toBeUndefined();
    expect(parseCalendarDay('9999-12-31')).toBeUndefined();
    expect(parseCalendarDay('31/12/1899')).toBeUndefined();
    expect(parseCalendarDay('01/01/1900')).toBe('1900-01-01');
    expect(endOfVnDay('2026-12-31')?.toISOString()).toBe('2026-12-31T16:59:59.999Z');
  });

  it('reads a Vietnam wall-clock time from a datetime-local control or typed', () => {
    expect((parseDateTime('2026-12-01T17:00') as Date).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    expect((parseDateTime('01/12/2026 17:00') as Date).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    expect(parseDateTime('2026-12-01T24:00')).toBe('invalid');
    expect(parseDateTime(' ')).toBeUndefined();
  });
});
