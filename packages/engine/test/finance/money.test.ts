import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FinanceError,
  fenToYuanString,
  formatFen,
  percentOfFen,
  requireFen,
  yuanToFen,
} from '../../src/finance/index';

describe('money in fen', () => {
  it.each([
    ['1234.56', 123456],
    ['0.1', 10],
    ['0.10', 10],
    ['-5.00', -500],
    ['  42 ', 4200],
    ['90071992547409.91', 9007199254740991],
  ])('yuanToFen(%j) = %i', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each([
    ['1.234', 'MONEY_TOO_PRECISE'],
    ['1e3', 'MONEY_INVALID_YUAN'],
    ['¥12', 'MONEY_INVALID_YUAN'],
    ['1,000.00', 'MONEY_INVALID_YUAN'],
    ['90071992547409.92', 'MONEY_OUT_OF_RANGE'],
  ])('yuanToFen(%j) fails with %s', (yuan, code) => {
    expect(() => yuanToFen(yuan)).toThrow(FinanceError);
    expect(() => yuanToFen(yuan)).toThrow(code);
  });

  it('formats like ¥1,234.56', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(123456, 'zh-CN')).toBe('¥1,234.56');
    expect(formatFen(123456, 'en')).toBe('CN¥1,234.56');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(formatFen(100_000_000_000)).toBe('¥1,000,000,000.00');
    expect(formatFen(0)).toBe('¥0.00');
  });

  it('validates fen amounts with a path', () => {
    expect(() => requireFen(1.5, 'owed.principalFen')).toThrow(/owed\.principalFen/);
    expect(() => requireFen(-1, 'x')).toThrow(/MONEY_INVALID_FEN/);
    expect(requireFen(-1, 'x', { allowNegative: true })).toBe(-1);
  });

  it('takes percentages half-up to the fen', () => {
    expect(percentOfFen(10001, '50')).toBe(5001); // 5000.5 → 5001
    expect(percentOfFen(10001, '12.5')).toBe(1250); // 1250.125 → 1250
  });

  it('round-trips every safe amount through its yuan string', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
      }),
    );
  });
});
