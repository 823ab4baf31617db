import { describe, expect, it } from 'vitest';
import { formatCny, formatPercent, formatYuan } from './money';

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
