import { describe, expect, it } from 'vitest';
import { searchKey, slugify, sortKey } from './vietnamese';

describe('searchKey', () => {
  it('makes spellings with and without marks, and both tone placements, meet', () => {
    expect(searchKey('Thuỷ sản')).toBe('thuy san');
    expect(searchKey('thủy sản')).toBe('thuy san');
    expect(searchKey('THUY SAN')).toBe('thuy san');
    expect(searchKey('Khánh Hoà')).toBe(searchKey('Khánh Hòa'));
    expect(searchKey('Đà Nẵng')).toBe('da nang');
    expect(searchKey('Khởi nghiệp nông nghiệp')).toBe('khoi nghiep nong nghiep');
  });

  it('treats NFD input (macOS, copy-paste) like NFC', () => {
    const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn Đức');
    expect(searchKey(nfd)).toBe('nguyen van duc');
  });

  it('drops punctuation and collapses spaces', () => {
    expect(searchKey('  Công ty TNHH   "Sáng tạo" - (Huế) ')).toBe('cong ty tnhh sang tao hue');
  });
});

describe('slugify', () => {
  it('gives ASCII slugs with đ as d', () => {
    expect(slugify('Công ty CP Đổi mới Sáng tạo Đà Nẵng')).toBe(
      'cong-ty-cp-doi-moi-sang-tao-da-nang',
    );
  });
});

describe('sortKey', () => {
  const sorted = (words: string[]) => [...words].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));

  it('orders by the Vietnamese alphabet: đ after d, before e; Đ words not after Z', () => {
    expect(sorted(['Zalo', 'Đà Nẵng', 'Ấn Độ', 'An Giang', 'Dũng', 'Đức', 'da', 'Em'])).toEqual([
      'An Giang',
      'Ấn Độ',
      'da',
      'Dũng',
      'Đà Nẵng',
      'Đức',
      'Em',
      'Zalo',
    ]);
  });

  it('orders tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(sorted(['bạn', 'bán', 'bãn', 'bản', 'bàn', 'ban'])).toEqual([
      'ban',
      'bàn',
      'bản',
      'bãn',
      'bán',
      'bạn',
    ]);
  });

  it('orders a ă â and o ô ơ as separate letters', () => {
    expect(sorted(['âm', 'ăn', 'an', 'ơn', 'ôm', 'on'])).toEqual([
      'an',
      'ăn',
      'âm',
      'on',
      'ôm',
      'ơn',
    ]);
  });
});
