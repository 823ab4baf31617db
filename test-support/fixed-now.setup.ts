// Vitest setup file (unit and integration projects): when PARLEY_TEST_NOW is set to an ISO instant,
// the wall clock of every test file starts at that instant and then runs on (test-support/shifted-clock.ts).
// The server runs in-process in the integration tests, so it, the case clock's default and the timer
// runners all see the same "now". `pnpm test:time` (scripts/test-at-instants.ts) uses it to run the
// time-sensitive suites at fixed instants; unset, nothing changes.
import { shiftWallClock } from './shifted-clock';

const at = process.env['PARLEY_TEST_NOW'];
if (at) {
  const startAt = Date.parse(at);
  if (Number.isNaN(startAt)) throw new Error(`PARLEY_TEST_NOW is not an ISO instant: ${at}`);
  shiftWallClock(startAt);
}
