import { describe, expect, it } from 'vitest';
import { formatReceipt, receiptToken } from './receipt';

describe('receipt numbers', () => {
  it('take the programme’s own word, the year and a six-digit sequence', () => {
    expect(formatReceipt(receiptToken('chuong-trinh-speedup-2026'), 2026, 123)).toBe(
      'SPEEDUP-2026-000123',
    );
    expect(receiptToken('cuoc-thi-i-star-2026')).toBe('ISTAR');
    expect(receiptToken('chuong-trinh-2026')).toBe('HS');
    expect(receiptToken('chuong-trinh-speedup-2026', 2)).toBe('SPEEDUP2');
    expect(formatReceipt('AI', 2026, 1_234_567)).toBe('AI-2026-1234567');
  });
});
