// A wall clock that reads as a chosen instant and then keeps moving with real time. Used by
// test-support/fixed-now.setup.ts when PARLEY_TEST_NOW is set, so that the time-sensitive suites can be
// run "on" a Sunday, at Shanghai midnight, on New Year's Eve... (scripts/test-at-instants.ts), and by
// tests in which time must pass without waiting for it (`advanceWallClock`).
//
// Why not `vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })`: that fake Date advances in
// steps of `advanceTimeDelta` on a real interval, so it stands still between steps and falls behind real
// time whenever the event loop is busy. The server under test waits on real timers (leases, polling
// loops, retries) while comparing Date stamps; it needs a clock that moves exactly as real time does.

interface ClockState {
  /** The real `Date`. */
  readonly real: DateConstructor;
  /** Milliseconds added to the real clock while shifted. */
  offsetMs: number;
}

// Kept on the global object so that a worker that evaluates this module again (a new test file's module
// graph) still finds the real `Date` and the one offset, never an earlier shifted `Date` as "real".
const STATE = Symbol.for('parley.test.wallClock');
const holder = globalThis as typeof globalThis & { [STATE]?: ClockState };
const state: ClockState = (holder[STATE] ??= { real: globalThis.Date, offsetMs: 0 });
const RealDate = state.real;

const now = () => RealDate.now() + state.offsetMs;

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

/** Whether `Date` is currently shifted (by `shiftWallClock` or `advanceWallClock`). */
export function isWallClockShifted(): boolean {
  return globalThis.Date !== RealDate;
}

function install(offsetMs: number): void {
  state.offsetMs = offsetMs;
  // A shifted Date from an earlier evaluation of this module reads the same state: keep it.
  if (globalThis.Date === RealDate) globalThis.Date = ShiftedDate as unknown as DateConstructor;
}

export interface ShiftedClock {
  /** Milliseconds added to the real clock. */
  readonly offsetMs: number;
  /** Puts back the clock as it was before this shift (the real one, or an earlier shift). */
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
  const before = { shifted: isWallClockShifted(), offsetMs: state.offsetMs };
  const offsetMs = startAt - RealDate.now();
  install(offsetMs);
  return {
    offsetMs,
    restore() {
      state.offsetMs = before.offsetMs;
      if (!before.shifted) globalThis.Date = RealDate;
    },
  };
}

/**
 * Time passes without waiting: moves this process's wall clock (and so the server's and the case
 * clock's default) `ms` forward, for the rest of the test file. Only forward: a clock that went back
 * would make stamps already handed out lie in the future.
 */
export function advanceWallClock(ms: number): void {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new Error(`advanceWallClock: not a forward step: ${ms}`);
  install(state.offsetMs + ms);
}
