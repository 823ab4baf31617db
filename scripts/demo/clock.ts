/**
 * The demo's time: the case clock (`setCaseClock`, the runtime's injectable clock) moved forward as the
 * history is written, and the durable timers fired as a runner would at each instant the clock passes
 * — SLA warnings and breaches, wait steps and return visits — through the server's own timer runner.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger';
import type { Models } from '../../packages/server/src/db/models';
import { setCaseClock } from '../../packages/server/src/features/cases/runtime/case-runtime.service';
import { caseTimerHandlers } from '../../packages/server/src/features/cases';
import {
  startTimerRunner,
  type TimerRunner,
} from '../../packages/server/src/features/scheduler/timer-runner';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const SHANGHAI = 8 * HOUR;

/** The Shanghai local hour (0–23) and weekday (0 = Sunday) of an instant. */
export function shanghai(t: number): { hour: number; weekday: number; date: string } {
  const local = new Date(t + SHANGHAI);
  return {
    hour: local.getUTCHours(),
    weekday: local.getUTCDay(),
    date: local.toISOString().slice(0, 10),
  };
}

/**
 * The first instant at or after `t` inside Shanghai office hours (09:00–18:00, Monday to Friday), or
 * waking hours every day (08:00–21:00) for customers.
 */
export function withinHours(t: number, who: 'staff' | 'customer'): number {
  const [from, to] = who === 'staff' ? [9, 18] : [8, 21];
  let at = t;
  for (let i = 0; i < 24 * 14; i++) {
    const { hour, weekday } = shanghai(at);
    const workday = who === 'customer' || (weekday !== 0 && weekday !== 6);
    if (workday && hour >= from && hour < to) return at;
    // The next full local hour.
    at = (Math.floor((at + SHANGHAI) / HOUR) + 1) * HOUR - SHANGHAI;
  }
  return at;
}

/** What is still pending after a sweep: per case (local id) and for everything else, the earliest. */
export interface PendingTimers {
  global: number | null;
  byCase: Map<string, number>;
}

/** The case clock of one database and the timer sweep that follows it. */
export class DemoClock {
  private current: number;
  /** The instant of the step running in this async context (steps of a wave run side by side). */
  private readonly stepAt = new AsyncLocalStorage<number>();
  private readonly runner: TimerRunner;
  /** Timers fired while the demo ran. */
  fired = 0;

  constructor(
    private readonly models: Models,
    logger: Logger,
    start: number,
  ) {
    this.current = start;
    setCaseClock(models, () => new Date(this.stepAt.getStore() ?? this.current));
    // The server's runner and handlers, polled by hand (the interval is never reached).
    this.runner = startTimerRunner({
      models,
      logger,
      handlers: caseTimerHandlers(models),
      intervalMs: 2_147_000_000,
      clock: () => new Date(this.current),
    });
  }

  now(): number {
    return this.stepAt.getStore() ?? this.current;
  }

  /** Runs `fn` with the case clock at `at` for everything it awaits (other steps keep their own). */
  at<T>(at: number, fn: () => Promise<T>): Promise<T> {
    return this.stepAt.run(at, fn);
  }

  /**
   * Moves the clock to `t` (never back), firing on the way every timer that comes due, each at its own
   * due time, as a runner that never sleeps would. Returns the pending timers that remain (one read,
   * the same that finds no more due): the earliest of a case by case, and the earliest of the rest
   * (the daily audit anchor and any timer not about one case).
   */
  async advance(t: number): Promise<PendingTimers> {
    const skip: string[] = [];
    for (;;) {
      // The pending timers, earliest first, read as the runner reads them.
      const pending = await this.models.Timer.find({ status: 'pending' })
        .select({ key: 1, dueAt: 1, 'payload.caseId': 1 })
        .sort({ dueAt: 1, _id: 1 })
        .lean()
        .exec();
      const live = pending.filter((d) => !skip.includes(d.key));
      const next = live[0];
      if (!next || next.dueAt.getTime() > Math.max(t, this.current)) {
        this.current = Math.max(this.current, t);
        const byCase = new Map<string, number>();
        let global: number | null = null;
        for (const d of live) {
          const caseId = d.payload?.['caseId'];
          if (typeof caseId !== 'string') global ??= d.dueAt.getTime();
          else if (!byCase.has(caseId)) byCase.set(caseId, d.dueAt.getTime());
        }
        return { global, byCase };
      }
      this.current = Math.max(this.current, next.dueAt.getTime());
      this.fired += await this.runner.runOnce();
      const still = await this.models.Timer.exists({ key: next.key, status: 'pending' }).exec();
      // A handler that failed backs off; the demo moves on rather than waiting for its retry.
      if (still) skip.push(next.key);
    }
  }

  /** Stops the runner and gives the database back to the wall clock. */
  async stop(): Promise<void> {
    await this.runner.stop();
    setCaseClock(this.models, null);
  }
}
