import { describe, expect, it } from 'vitest';
import { receiptPrefix, receiptToken } from './receipt';

describe('receipt numbers', () => {
  it('begin with the programme’s own word and the year (the database adds the sequence)', () => {
    expect(receiptPrefix(receiptToken('chuong-trinh-speedup-2026'), 2026)).toBe('SPEEDUP-2026-');
    expect(receiptToken('cuoc-thi-i-star-2026')).toBe('ISTAR');
    expect(receiptToken('chuong-trinh-2026')).toBe('HS');
    expect(receiptToken('chuong-trinh-speedup-2026', 2)).toBe('SPEEDUP2');
  });
});
