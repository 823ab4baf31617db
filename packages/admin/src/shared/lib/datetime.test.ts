import { describe, expect, it } from 'vitest';
import { formatInstant } from './datetime';

describe('formatInstant', () => {
  it('shows instants in Asia/Shanghai whatever the offset they come with', () => {
    expect(formatInstant('2026-11-25T01:30:00Z')).toBe('2026-11-25 09:30');
    expect(formatInstant('2026-11-25T23:59:30+08:00', true)).toBe('2026-11-25 23:59:30');
    expect(formatInstant(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });

  it('is empty for a missing or invalid instant', () => {
    expect(formatInstant(null)).toBe('');
    expect(formatInstant('not a date')).toBe('');
  });
});
