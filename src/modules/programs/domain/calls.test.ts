import { describe, expect, it } from 'vitest';
import type { TCallForm } from './call-form';
import { closesAtFor, isOpenFor, phaseAt } from './call-window';
import { refusedFormChanges } from './form-change';
import { parseVnDateTime, vnDateTimeInputValue, vnDeadline } from '../../../platform/i18n';

describe('Vietnam time', () => {
  it('reads 17:00 on 01/12/2026 typed in Vietnam as 10:00 UTC, in every accepted shape', () => {
    const expected = '2026-12-01T10:00:00.000Z';
    for (const typed of [
      '2026-12-01 17:00',
      '2026-12-01T17:00',
      '01/12/2026 17:00',
      ' 1/12/2026 17:00 ',
    ]) {
      expect(parseVnDateTime(typed)?.toISOString(), typed).toBe(expected);
    }
    // Midnight in Vietnam is the previous day in UTC.
    expect(parseVnDateTime('2027-01-01 00:00')?.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('refuses what is not a real time', () => {
    for (const typed of [
      '',
      '31/02/2026 10:00',
      '2026-12-01 24:00',
      '2026-12-01',
      'mai 17h',
      '2026-13-01 10:00',
    ])
      expect(parseVnDateTime(typed), typed).toBeUndefined();
  });

  it('round-trips through the datetime-local value and shows the deadline time first', () => {
    const at = parseVnDateTime('2026-12-01 17:00')!;
    expect(vnDateTimeInputValue(at)).toBe('2026-12-01T17:00');
    expect(parseVnDateTime(vnDateTimeInputValue(at))).toEqual(at);
    expect(vnDeadline(at, 'vi')).toBe('17:00, 01/12/2026');
    expect(vnDeadline(at, 'en')).toBe('17:00, 01/12/2026');
  });
});

describe('call window', () => {
  const opensAt = new Date('2026-10-01T01:00:00Z');
  const closesAt = new Date('2026-12-01T10:00:00Z');
  const window = { opensAt, closesAt };
  const second = (d: Date, n: number) => new Date(d.getTime() + n * 1000);

  it('is open from the opening (included) to the deadline (excluded)', () => {
    expect(phaseAt(window, second(opensAt, -1))).toBe('upcoming');
    expect(phaseAt(window, opensAt)).toBe('open');
    expect(phaseAt(window, second(closesAt, -1))).toBe('open');
    expect(phaseAt(window, closesAt)).toBe('closed');
  });

  it('applies the latest extension of the applicant only', () => {
    const later = new Date('2026-12-03T10:00:00Z');
    const extensions = [
      { organizationId: 'a', closesAt: new Date('2026-12-10T10:00:00Z'), createdAt: new Date(1) },
      { organizationId: 'a', closesAt: later, createdAt: new Date(2) },
    ];
    expect(closesAtFor(window, extensions, 'a')).toEqual(later);
    expect(closesAtFor(window, extensions, 'b')).toEqual(closesAt);
    expect(isOpenFor(window, extensions, 'a', second(later, -1))).toBe(true);
    expect(isOpenFor(window, extensions, 'a', later)).toBe(false);
    expect(isOpenFor(window, extensions, 'b', closesAt)).toBe(false);
    // The call moved past the extension: the applicant keeps the call's own deadline.
    const moved = { opensAt, closesAt: new Date('2026-12-20T10:00:00Z') };
    expect(closesAtFor(moved, extensions, 'a')).toEqual(moved.closesAt);
    expect(isOpenFor(moved, extensions, 'a', second(later, 1))).toBe(true);
  });
});

describe('form changes once a call has opened', () => {
  const form = (questions: { id: string; kind: 'short_text' | 'number' }[]): TCallForm => ({
    sections: [
      {
        id: 's',
        title: { vi: 'Phần', en: '' },
        questions: questions.map((q) => ({
          ...q,
          label: { vi: q.id, en: '' },
          isRequired: false,
        })) as never,
      },
    ],
  });

  it('allows new questions, other order and other labels', () => {
    const before = form([
      { id: 'a', kind: 'short_text' },
      { id: 'b', kind: 'number' },
    ]);
    const after = form([
      { id: 'b', kind: 'number' },
      { id: 'a', kind: 'short_text' },
      { id: 'c', kind: 'number' },
    ]);
    expect(refusedFormChanges(before, after)).toEqual([]);
  });

  it('refuses a removed question and a changed kind, naming each', () => {
    const before = form([
      { id: 'a', kind: 'short_text' },
      { id: 'b', kind: 'number' },
    ]);
    const after = form([{ id: 'a', kind: 'number' }]);
    expect(refusedFormChanges(before, after)).toEqual([
      { questionId: 'a', reason: 'KIND_CHANGED', from: 'short_text', to: 'number' },
      { questionId: 'b', reason: 'REMOVED', from: 'number' },
    ]);
  });
});
