import { describe, expect, it } from 'vitest';
import { fromIsoDuration, toIsoDuration } from './duration';

describe('wait durations', () => {
  it('turns a number and a unit into ISO 8601', () => {
    expect(toIsoDuration(3, 'days')).toBe('P3D');
    expect(toIsoDuration(4, 'hours')).toBe('PT4H');
    expect(toIsoDuration(30, 'minutes')).toBe('PT30M');
    expect(toIsoDuration(2, 'weeks')).toBe('P2W');
    expect(toIsoDuration(1, 'months')).toBe('P1M');
  });

  it('refuses amounts that are not positive whole numbers', () => {
    expect(toIsoDuration(0, 'days')).toBeNull();
    expect(toIsoDuration(-1, 'days')).toBeNull();
    expect(toIsoDuration(1.5, 'hours')).toBeNull();
    expect(toIsoDuration(Number.NaN, 'hours')).toBeNull();
  });

  it('reads single-unit durations back, telling minutes (PT…M) from months (P…M)', () => {
    expect(fromIsoDuration('P3D')).toEqual({ amount: 3, unit: 'days' });
    expect(fromIsoDuration('PT4H')).toEqual({ amount: 4, unit: 'hours' });
    expect(fromIsoDuration('PT15M')).toEqual({ amount: 15, unit: 'minutes' });
    expect(fromIsoDuration('P6M')).toEqual({ amount: 6, unit: 'months' });
    expect(fromIsoDuration('P2W')).toEqual({ amount: 2, unit: 'weeks' });
  });

  it('has no number + unit form for combined, zero or invalid durations', () => {
    expect(fromIsoDuration('P1DT2H')).toBeNull();
    expect(fromIsoDuration('P0D')).toBeNull();
    expect(fromIsoDuration('3 days')).toBeNull();
    expect(fromIsoDuration('')).toBeNull();
  });
});
