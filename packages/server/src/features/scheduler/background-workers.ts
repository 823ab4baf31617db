/**
 * The background work of a server process: the timer runner and the sweeps the features registered
 * (src/workers/server-workers.ts: the case effects and links sweeps, the webhook dispatcher,
 * housekeeping, the insight roll-up follower, survey reminders). All are safe to run in every process
 * at once (lease chains and unique indexes), so a deployment simply runs them everywhere;
 * PARLEY_WORKERS=off keeps a process (or a test server) serving requests only.
 */
import type { Logger } from 'pino';
import { startTimerRunner, type TimerHandlers } from './timer-runner';
import type { SchedulerModels } from './timer.model';
import type { RegisteredSweep } from './worker-registry';

export interface BackgroundWorkers {
  stop(): Promise<void>;
}

export function startBackgroundWorkers(opts: {
  models: SchedulerModels;
  logger: Logger;
  timerPollMs: number;
  timerHandlers: TimerHandlers;
  sweeps: readonly RegisteredSweep[];
}): BackgroundWorkers {
  const { models, logger } = opts;
  const timers = startTimerRunner({
    models,
    logger,
    handlers: opts.timerHandlers,
    intervalMs: opts.timerPollMs,
  });
  const sweeps = opts.sweeps.map((s) => s.start());
  logger.info(`background workers started (timers, ${opts.sweeps.map((s) => s.name).join(', ')})`);
  return {
    async stop() {
      await Promise.all([timers.stop(), ...sweeps.map((s) => s.stop())]);
    },
  };
}
