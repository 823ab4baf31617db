import { describe, expect, it } from 'vitest';
import { fenToYuanInput, formatCny, formatPercent, formatYuan, yuanToFen } from './money';

describe('formatYuan', () => {
  it('formats fen as yuan with two decimals and thousands separators', () => {
    expect(formatYuan('0')).toBe('0.00');
    expect(formatYuan('5')).toBe('0.05');
    expect(formatYuan('100')).toBe('1.00');
    expect(formatYuan('123456789')).toBe('1,234,567.89');
    expect(formatYuan(4_500_000)).toBe('45,000.00');
    expect(formatYuan(-1_050n)).toBe('-10.50');
  });

  it('stays exact beyond 2^53 fen', () => {
    expect(formatYuan('90071992547409931')).toBe('900,719,925,474,099.31');
  });

  it('refuses anything that is not an integer amount', () => {
    expect(() => formatYuan('12.5')).toThrow(RangeError);
    expect(() => formatYuan(0.1 + 0.2)).toThrow(RangeError);
    expect(() => formatYuan('abc')).toThrow(RangeError);
  });

  it('puts the currency sign after the minus', () => {
    expect(formatCny('199')).toBe('¥1.99');
    expect(formatCny('-199')).toBe('-¥1.99');
  });
});

describe('formatPercent', () => {
  it('shows a decimal rate as a percentage, rounded half up on the digits', () => {
    expect(formatPercent('0.06')).toBe('6.00%');
    expect(formatPercent('0.061678')).toBe('6.17%');
    expect(formatPercent('0.123449')).toBe('12.34%');
    expect(formatPercent('0.000050')).toBe('0.01%');
    expect(formatPercent('0.0000499')).toBe('0.00%');
    expect(formatPercent('1')).toBe('100.00%');
    expect(formatPercent('0.1', 0)).toBe('10%');
  });

  it('rounds an exact half up (0.00005 is half a hundredth of a percent)', () => {
    expect(formatPercent('0.00005')).toBe('0.01%');
    expect(formatPercent('1.00005')).toBe('100.01%');
  });

  it('returns null for text that is not a decimal', () => {
    expect(formatPercent('6%')).toBeNull();
    expect(formatPercent('')).toBeNull();
  });
});

describe('yuanToFen', () => {
  it('reads yuan exactly, with separators and the currency sign', () => {
    expect(yuanToFen('50000')).toBe(5_000_000);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen('¥ 0.07')).toBe(7);
    // 0.1 + 0.2 style float errors cannot creep in: digits only.
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('90071992547409.91')).toBe(9_007_199_254_740_991);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', '1.234', '-5', 'abc', '1e3', '90071992547409.92'])
      expect(yuanToFen(text)).toBeNull();
  });
  it('reads back what fenToYuanInput wrote', () => {
    for (const fen of [0, 7, 1999, 5_000_010, 9_007_199_254_740_991])
      expect(yuanToFen(fenToYuanInput(fen))).toBe(fen);
    expect(fenToYuanInput(123_456_789)).toBe('1234567.89');
  });
});
