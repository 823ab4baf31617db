/**
 * The timer runner: polls for due timers and fires each through the lease chain (lease-chain.ts).
 * Any number of processes may run it against one database. Guarantees:
 * - a timer's handler is started by at most one process at a time (the lease), and is retried after
 *   a crash once the lease expires — so handlers must be idempotent by the timer key (a case handler
 *   appends its event with the key as idempotency key, and the unique index keeps one);
 * - the outcome (fired / failed / cancelled) is recorded once (unique `timer_firings.timerKey`);
 * - timers live in the database, so a restart picks up whatever came due while no runner ran.
 */
import { startPollingLoop } from '../../workers/polling-loop';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { SchedulerModels, TimerDoc } from './timer.model';
import { backoffMs, chainStatus, claimLease, finishLease, latestLease } from './lease-chain';
import { dueTimers, firingOf, projectOutcome, recordTimerOutcome } from './timer.service';

/** What a handler gets: the timer and which attempt this is (1 on the first try). */
export interface DueTimer {
  key: string;
  kind: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  attempt: number;
}

export type TimerHandler = (timer: DueTimer) => Promise<void>;
/** Handlers by timer kind. A timer whose kind has no handler fails (after its retries) and is logged. */
export type TimerHandlers = Readonly<Record<string, TimerHandler>>;

export interface TimerRunnerOptions {
  models: SchedulerModels;
  logger: Logger;
  handlers: TimerHandlers;
  /** Pause between polls. */
  intervalMs?: number;
  /** How long a claimed firing is exclusive; must exceed the slowest handler. */
  leaseMs?: number;
  /** Attempts before a timer is recorded as failed. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt, capped at one hour. */
  retryBaseMs?: number;
  batchSize?: number;
  clock?: () => Date;
}

export interface TimerRunner {
  /** Stops polling and waits for the poll in progress. */
  stop(): Promise<void>;
  /** One poll now (tests and tools); resolves with the number of timers this process fired. */
  runOnce(): Promise<number>;
}

export function processOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export function startTimerRunner(options: TimerRunnerOptions): TimerRunner {
  const { models, logger, handlers } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 10_000;
  const batchSize = options.batchSize ?? 100;
  const clock = options.clock ?? (() => new Date());
  const owner = processOwnerId();
  const log = logger.child({ component: 'timer-runner', owner });

  async function fireOne(timer: TimerDoc): Promise<boolean> {
    const firing = await firingOf(models, timer.key);
    if (firing) {
      // Decided earlier; the projection update was lost (crash or concurrent rewrite): heal it.
      await projectOutcome(models, timer.key, firing);
      return false;
    }
    const now = clock();
    const status = chainStatus(await latestLease(models.TimerLease, timer.key), now);
    if (status.kind === 'busy' || status.kind === 'backing-off') return false;
    if (status.kind === 'succeeded') {
      await recordTimerOutcome(
        models,
        timer.key,
        { outcome: 'fired', by: owner, attempts: status.latest.n },
        now,
      );
      return false;
    }
    if (status.next > maxAttempts) {
      await recordTimerOutcome(models, timer.key, {
        outcome: 'failed',
        by: owner,
        attempts: status.next - 1,
        error: 'retries exhausted',
      });
      return false;
    }
    const lease = await claimLease(models.TimerLease, timer.key, status.next, owner, now, leaseMs);
    if (!lease) return false;
    // A cancellation may have landed between the first check and the claim.
    if (await firingOf(models, timer.key)) {
      await finishLease(models.TimerLease, lease, {
        state: 'succeeded',
        at: clock(),
        detail: { skipped: true },
      });
      return false;
    }
    const handler = handlers[timer.kind];
    try {
      if (!handler) throw new Error(`no handler for timer kind "${timer.kind}"`);
      await handler({
        key: timer.key,
        kind: timer.kind,
        payload: timer.payload,
        dueAt: timer.dueAt,
        attempt: lease.n,
      });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const at = clock();
      log.warn({ err, key: timer.key, attempt: lease.n }, 'timer handler failed');
      await finishLease(models.TimerLease, lease, {
        state: 'failed',
        at,
        retryAt: new Date(at.getTime() + backoffMs(lease.n, retryBaseMs, 3_600_000)),
        error,
      });
      if (lease.n >= maxAttempts) {
        await recordTimerOutcome(
          models,
          timer.key,
          { outcome: 'failed', by: owner, attempts: lease.n, error },
          at,
        );
      }
      return false;
    }
    const at = clock();
    await recordTimerOutcome(models, timer.key, { outcome: 'fired', by: owner, attempts: lease.n }, at);
    await finishLease(models.TimerLease, lease, { state: 'succeeded', at });
    return true;
  }

  async function poll(): Promise<number> {
    let fired = 0;
    const due = await dueTimers(models, clock(), batchSize);
    for (const timer of due) {
      if (stopped) break;
      try {
        if (await fireOne(timer)) fired += 1;
      } catch (err) {
        // One timer's database trouble must not stop the others; it is retried at the next poll.
        log.error({ err, key: timer.key }, 'firing a timer failed');
      }
    }
    return fired;
  }

  // Rounds check `stopped` between items so that stop() does not wait for a whole batch.
  let stopped = false;
  const loop = startPollingLoop({
    round: poll,
    intervalMs,
    regular: undefined,
    onError: (err) => log.error({ err }, 'timer poll failed'),
  });
  return {
    runOnce: () => loop.runOnce(),
    stop: () => {
      stopped = true;
      return loop.stop();
    },
  };
}
