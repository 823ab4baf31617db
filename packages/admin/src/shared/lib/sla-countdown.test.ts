import { describe, expect, it } from 'vitest';
import { countdown, formatCountdown, slaTone } from './sla-countdown';

const due = '2026-11-20T10:00:00Z';
const at = (iso: string) => new Date(iso).getTime();

describe('slaTone', () => {
  it('is ok before the warning, warning from it, breached from the due time', () => {
    const warn = '2026-11-20T06:00:00Z';
    expect(slaTone(due, warn, at('2026-11-20T05:59:59Z'))).toBe('ok');
    expect(slaTone(due, warn, at('2026-11-20T06:00:00Z'))).toBe('warning');
    expect(slaTone(due, warn, at('2026-11-20T09:59:59Z'))).toBe('warning');
    expect(slaTone(due, warn, at('2026-11-20T10:00:00Z'))).toBe('breached');
  });
  it('warns 24 hours ahead when no warning time is given, and has no tone without a due time', () => {
    expect(slaTone(due, null, at('2026-11-19T09:59:59Z'))).toBe('ok');
    expect(slaTone(due, null, at('2026-11-19T10:00:00Z'))).toBe('warning');
    expect(slaTone(null, null, at(due))).toBe('none');
    expect(slaTone('not a date', null, at(due))).toBe('none');
  });
});

describe('countdown', () => {
  it('splits the time left and the time overdue', () => {
    expect(countdown(due, at('2026-11-18T06:56:55Z'))).toEqual({
      overdue: false,
      days: 2,
      hours: 3,
      minutes: 3,
      seconds: 5,
    });
    expect(countdown(due, at('2026-11-20T10:01:02Z'))).toEqual({
      overdue: true,
      days: 0,
      hours: 0,
      minutes: 1,
      seconds: 2,
    });
    expect(countdown(null, 0)).toBeNull();
  });
  it('formats with and without days', () => {
    expect(formatCountdown({ overdue: false, days: 2, hours: 3, minutes: 4, seconds: 5 }, '天')).toBe(
      '2天 03:04:05',
    );
    expect(formatCountdown({ overdue: true, days: 0, hours: 0, minutes: 1, seconds: 2 }, 'd')).toBe(
      '00:01:02',
    );
  });
});
