import { afterEach, describe, expect, it } from 'vitest';
import { advanceWallClock, isWallClockShifted, shiftWallClock, type ShiftedClock } from './shifted-clock';

describe('PARLEY_TEST_NOW (test-support/fixed-now.setup.ts)', () => {
  it('starts the wall clock at the instant when set; leaves the real clock otherwise', () => {
    const at = process.env['PARLEY_TEST_NOW'];
    if (!at) {
      expect(isWallClockShifted()).toBe(false);
      return;
    }
    console.info(`[fixed-now] PARLEY_TEST_NOW=${at}; new Date() = ${new Date().toISOString()}`);
    expect(isWallClockShifted()).toBe(true);
    const instant = Date.parse(at);
    // The shift happened after this process started, so no more real time than the process' age has
    // passed since "now" was the instant.
    const elapsed = new Date().getTime() - instant;
    expect(elapsed).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThanOrEqual(performance.now() + 1);
  });
});

describe('shiftWallClock', () => {
  let shifted: ShiftedClock | undefined;
  afterEach(() => {
    shifted?.restore();
    shifted = undefined;
  });
  const instant = Date.parse('2027-02-05T15:00:00+08:00');

  it('reads as the instant, then moves on with real time', () => {
    const realBefore = performance.now();
    shifted = shiftWallClock(instant);
    const first = Date.now();
    expect(first - instant).toBeGreaterThanOrEqual(0);
    expect(first - instant).toBeLessThanOrEqual(performance.now() - realBefore + 1);
    expect(new Date().getTime()).toBeGreaterThanOrEqual(first);
    // It moves: wait (by polling, not by a fixed sleep) for real time to pass two milliseconds.
    const realStart = performance.now();
    while (performance.now() < realStart + 2);
    expect(Date.now()).toBeGreaterThan(first);
    expect(new Date(Date()).getFullYear()).toBe(new Date(instant).getFullYear());
  });

  it('leaves dates with arguments, parse, UTC and instanceof as they were', () => {
    const madeBefore = new Date(0);
    shifted = shiftWallClock(instant);
    expect(new Date(0).getTime()).toBe(0);
    expect(new Date('2026-12-31T15:59:59Z').getTime()).toBe(Date.UTC(2026, 11, 31, 15, 59, 59));
    expect(new Date(2026, 0, 1).getFullYear()).toBe(2026);
    expect(Date.parse('1970-01-01T00:00:01Z')).toBe(1000);
    expect(madeBefore).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(Date);
    expect(structuredClone(new Date(5))).toBeInstanceOf(Date);
    class Stamp extends Date {}
    const stamp = new Stamp();
    expect(stamp).toBeInstanceOf(Stamp);
    expect(stamp.getTime() - instant).toBeGreaterThanOrEqual(0);
  });

  it('restores the clock it replaced', () => {
    const before = Date.now();
    const wasShifted = isWallClockShifted();
    const inner = shiftWallClock(instant + 86_400_000);
    shifted = shiftWallClock(instant);
    inner.restore();
    expect(isWallClockShifted()).toBe(wasShifted);
    expect(Date.now() - before).toBeGreaterThanOrEqual(0);
    expect(Date.now() - before).toBeLessThan(86_400_000);
    shifted = undefined;
  });

  it('advanceWallClock moves now forward, and only forward', () => {
    shifted = shiftWallClock(instant);
    advanceWallClock(86_400_000);
    expect(Date.now() - instant).toBeGreaterThanOrEqual(86_400_000);
    expect(new Date().getTime() - instant).toBeGreaterThanOrEqual(86_400_000);
    expect(() => advanceWallClock(-1)).toThrow(/forward/);
  });

  it('refuses what is not an instant', () => {
    expect(() => shiftWallClock(Number.NaN)).toThrow(/not an instant/);
  });
});
