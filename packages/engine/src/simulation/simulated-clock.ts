import type { EnginePorts, Instant } from '../interpreter/ports.types';
import { addIsoDuration } from './iso-duration';

/**
 * A clock the simulation moves by hand, with sequential ids: the ports of a "test run". Reading the
 * time does not advance it — only script steps and due timers do.
 */
export interface SimulatedClock extends EnginePorts {
  /** Moves forward by an ISO 8601 duration. */
  advance(duration: string): Instant;
  /** Moves to an instant (never backwards). */
  set(instant: Instant): Instant;
}

export function createSimulatedClock(start: Instant, idPrefix = 'sim'): SimulatedClock {
  let now = new Date(start).toISOString();
  let ids = 0;
  return {
    now: () => now,
    newId: () => `${idPrefix}-${++ids}`,
    advance(duration) {
      now = addIsoDuration(now, duration);
      return now;
    },
    set(instant) {
      const next = new Date(instant).toISOString();
      if (next > now) now = next;
      return now;
    },
  };
}
