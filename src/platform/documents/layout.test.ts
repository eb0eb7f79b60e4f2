import { describe, expect, it } from 'vitest';
import { cellText, dateLine } from './layout';

describe('the date line and figures of an official document', () => {
  it('pads days below 10 and months 1–2 only', () => {
    expect(dateLine('Lâm Đồng', '2026-12-06')).toBe('Lâm Đồng, ngày 06 tháng 12 năm 2026');
    expect(dateLine('Lâm Đồng', '2026-02-15')).toBe('Lâm Đồng, ngày 15 tháng 02 năm 2026');
    expect(dateLine('Hà Nội', '2027-03-01')).toBe('Hà Nội, ngày 01 tháng 3 năm 2027');
    expect(() => dateLine('Hà Nội', '06/12/2026')).toThrow();
  });

  it('writes numbers the Vietnamese way', () => {
    expect(cellText(1234567, { header: 'x', kind: 'number' })).toBe('1.234.567');
    expect(cellText(20.5, { header: 'x', kind: 'percent', decimals: 1 })).toBe('20,5%');
    expect(cellText(null, { header: 'x', kind: 'number' })).toBe('');
  });
});
