/**
 * Stopping a process on SIGTERM / SIGINT: the steps run in order (each failure logged, the next step
 * still run), then the process exits 0. It never hangs: past `deadlineMs` it exits 1 whatever is still
 * pending, and a second signal exits at once (1).
 */
import type { Logger } from 'pino';

export interface ShutdownStep {
  name: string;
  run(): Promise<unknown>;
}

export const SHUTDOWN_DEADLINE_MS = 8_000;

export interface ShutdownHandle {
  /** Runs the shutdown (as a signal would); resolves never — the process exits. */
  shutdown(reason: string, exitCode?: number): Promise<void>;
  /**
   * Removes SIGINT/SIGTERM listeners that libraries added since (Vite's servers exit the process on
   * SIGTERM by themselves, cutting the shutdown short); call after starting such a library.
   */
  reclaimSignals(): void;
}

export function handleShutdownSignals(options: {
  logger: Logger;
  /** Called once, when the first signal arrives: what to stop, in order (the latest state). */
  steps(): readonly ShutdownStep[];
  deadlineMs?: number;
  message?: string;
}): ShutdownHandle {
  const { logger } = options;
  let stopping = false;
  async function shutdown(reason: string, exitCode = 0): Promise<void> {
    if (stopping) {
      logger.warn({ reason }, 'second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    stopping = true;
    logger.info({ reason }, options.message ?? 'stopping');
    const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
    setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, deadlineMs).unref();
    for (const step of options.steps()) {
      try {
        await step.run();
      } catch (err) {
        logger.error({ err, step: step.name }, 'a shutdown step failed');
      }
    }
    logger.info('stopped');
    process.exit(exitCode);
  }
  const onSignal = (signal: NodeJS.Signals): void => void shutdown(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    shutdown,
    reclaimSignals() {
      for (const signal of ['SIGTERM', 'SIGINT'] as const)
        for (const listener of process.listeners(signal))
          if (listener !== onSignal) process.off(signal, listener as (...args: unknown[]) => void);
    },
  };
}
