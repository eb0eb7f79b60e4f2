import { describe, expect, it } from 'vitest';
import { respell } from './respell';

describe('respell', () => {
  it('keeps the typed words (marks, capitals) where the suggestion agrees, its own elsewhere', () => {
    expect(respell('Công ty Bảo mật  Safup', 'cong ty bao mat safeup')).toBe(
      'Công ty Bảo mật safeup',
    );
    expect(respell('bach khao', 'bach khoa')).toBe('bach khoa');
    // a search reads twelve words: the thirteenth follows as typed
    expect(
      respell(
        'cong ty co phan intenet van vat huong giang',
        'cong ty co phan internet van vat huong',
      ),
    ).toBe('cong ty co phan internet van vat huong giang');
    expect(respell('e-commerce hanoi', 'e commerce hanoi')).toBe('e commerce hanoi');
  });
});
