// A wall clock that reads as a chosen instant and then keeps moving with real time. Used by
// test-support/fixed-now.setup.ts when PARLEY_TEST_NOW is set, so that the time-sensitive suites can be
// run "on" a Sunday, at Shanghai midnight, on New Year's Eve... (scripts/test-at-instants.ts).
//
// Why not `vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })`: that fake Date advances in
// steps of `advanceTimeDelta` on a real interval, so it stands still between steps and falls behind real
// time whenever the event loop is busy. The server under test waits on real timers (leases, polling
// loops, retries) while comparing Date stamps; it needs a clock that moves exactly as real time does.

/**
 * The real `Date`, kept on the global object so that a worker that evaluates this module again (a new
 * test file's module graph) still finds the real one rather than an earlier shifted one.
 */
const REAL_DATE = Symbol.for('parley.test.realDate');
const holder = globalThis as typeof globalThis & { [REAL_DATE]?: DateConstructor };
const RealDate: DateConstructor = (holder[REAL_DATE] ??= globalThis.Date);

/** Whether `Date` is currently shifted by `shiftWallClock`. */
export function isWallClockShifted(): boolean {
  return globalThis.Date !== RealDate;
}

export interface ShiftedClock {
  /** Milliseconds added to the real clock. */
  readonly offsetMs: number;
  /** Puts the real `Date` back. */
  restore(): void;
}

/**
 * Replaces `globalThis.Date` with one whose "now" (`Date.now()`, `new Date()`, `Date()`) starts at
 * `startAt` and advances with real time. Every other use of `Date` is the real one: dates made with
 * arguments, `Date.parse`, `Date.UTC`, and `instanceof Date` (the prototype is shared, so dates made by
 * Node itself or before the shift are still `instanceof Date`).
 */
export function shiftWallClock(startAt: number): ShiftedClock {
  if (!Number.isFinite(startAt)) throw new Error(`shiftWallClock: not an instant: ${String(startAt)}`);
  const offsetMs = startAt - RealDate.now();
  const now = () => RealDate.now() + offsetMs;
  function ShiftedDate(this: unknown, ...args: unknown[]): unknown {
    // Called without `new`, Date() returns the current time as a string.
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  Object.defineProperties(ShiftedDate, {
    prototype: { value: RealDate.prototype, writable: false },
    now: { value: now, writable: true, configurable: true },
    parse: { value: RealDate.parse.bind(RealDate), writable: true, configurable: true },
    UTC: { value: RealDate.UTC.bind(RealDate), writable: true, configurable: true },
    length: { value: RealDate.length },
    name: { value: 'Date' },
  });
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
  return {
    offsetMs,
    restore() {
      globalThis.Date = RealDate;
    },
  };
}
