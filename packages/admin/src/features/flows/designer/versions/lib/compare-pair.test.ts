import { describe, expect, it } from 'vitest';
import { bothPublished, defaultPair, parseSide, shortHash, sideValue } from './compare-pair';

describe('compare pair', () => {
  it('starts with the two newest versions, or the only one against the draft', () => {
    expect(defaultPair([3, 2, 1])).toEqual({ from: 2, to: 3 });
    expect(defaultPair([1])).toEqual({ from: 1, to: 'draft' });
    expect(defaultPair([])).toBeNull();
  });

  it('round-trips select values and tells which pairs the server diffs', () => {
    expect(parseSide(sideValue(12))).toBe(12);
    expect(parseSide(sideValue('draft'))).toBe('draft');
    expect(parseSide('x1')).toBeNull();
    expect(bothPublished({ from: 1, to: 2 })).toBe(true);
    expect(bothPublished({ from: 1, to: 'draft' })).toBe(false);
    expect(shortHash('0123456789abcdef')).toBe('01234567');
  });
});
