/**
 * What the background workers run, filled by the server's start-up wiring (src/workers/server-workers.ts):
 * features register their timer handlers by kind and their sweeps by name here, so the scheduler
 * imports no feature. A kind or a sweep name registered twice is a wiring mistake and throws.
 */
import type { TimerHandler, TimerHandlers } from './timer-runner';

/** A running background loop. */
export interface Sweep {
  stop(): Promise<void>;
}

export interface RegisteredSweep {
  name: string;
  start(): Sweep;
}

export class WorkerRegistry {
  private readonly handlers = new Map<string, TimerHandler>();
  private readonly sweepList: RegisteredSweep[] = [];

  registerTimerHandler(kind: string, handler: TimerHandler): this {
    if (this.handlers.has(kind)) throw new Error(`timer handler for "${kind}" registered twice`);
    this.handlers.set(kind, handler);
    return this;
  }

  registerTimerHandlers(handlers: TimerHandlers): this {
    for (const [kind, handler] of Object.entries(handlers)) this.registerTimerHandler(kind, handler);
    return this;
  }

  registerSweep(name: string, start: () => Sweep): this {
    if (this.sweepList.some((s) => s.name === name)) throw new Error(`sweep "${name}" registered twice`);
    this.sweepList.push({ name, start });
    return this;
  }

  timerHandlers(): TimerHandlers {
    return Object.fromEntries(this.handlers);
  }

  sweeps(): readonly RegisteredSweep[] {
    return [...this.sweepList];
  }
}
