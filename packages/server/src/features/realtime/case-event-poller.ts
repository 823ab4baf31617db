/**
 * One poller per process (per database) that feeds every live subscription from `case_events`.
 * FerretDB has no change streams, so the log is polled by (recordedAt, _id). Each poll re-reads a short
 * lookback window, so an event committed a little after a newer one (another process's clock, a slow
 * insert) is still seen; ids already emitted are remembered for the window so nothing is sent twice.
 * The poller runs only while somebody listens, and starts at "now": subscribers see what is recorded
 * after they connect.
 */
import { trusted } from 'mongoose';
import type { Logger } from 'pino';
import type { CaseEventFeedDoc, CaseEventFeedModel } from '../webhooks';

export type CaseEventListener = (event: CaseEventFeedDoc) => void;

export interface PollerOptions {
  intervalMs?: number;
  lookbackMs?: number;
  logger?: Logger;
}

export class CaseEventPoller {
  private readonly listeners = new Set<CaseEventListener>();
  private readonly seen = new Map<string, number>();
  private cursor = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private readonly intervalMs: number;
  private readonly lookbackMs: number;

  constructor(
    private readonly feed: CaseEventFeedModel,
    private readonly options: PollerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.lookbackMs = options.lookbackMs ?? 10_000;
  }

  /** Starts polling with the first listener; returns the unsubscribe function. */
  subscribe(listener: CaseEventListener): () => void {
    this.listeners.add(listener);
    if (!this.running) {
      this.running = true;
      this.cursor = Date.now();
      this.seen.clear();
      this.schedule(0);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private async poll(): Promise<void> {
    try {
      const from = new Date(this.cursor - this.lookbackMs);
      const events = await this.feed
        .find({ recordedAt: trusted({ $gte: from }) })
        .sort({ recordedAt: 1, _id: 1 })
        .limit(1000)
        .lean<CaseEventFeedDoc[]>()
        .exec();
      // A batch's events are shown once the batch is closed (see CaseEventFeedRecord.batchEnd).
      const closedUpTo = new Map<string, number>();
      for (const e of events) {
        if (e.batchEnd === false) continue;
        const key = e.caseId.toHexString();
        closedUpTo.set(key, Math.max(closedUpTo.get(key) ?? 0, e.seq));
      }
      for (const event of events) {
        const id = event._id.toHexString();
        if (this.seen.has(id)) continue;
        if (event.batchEnd === false && (closedUpTo.get(event.caseId.toHexString()) ?? 0) <= event.seq)
          continue;
        this.seen.set(id, event.recordedAt.getTime());
        this.cursor = Math.max(this.cursor, event.recordedAt.getTime());
        for (const listener of this.listeners) listener(event);
      }
      const forgetBefore = this.cursor - this.lookbackMs;
      for (const [id, t] of this.seen) if (t < forgetBefore) this.seen.delete(id);
    } catch (err) {
      this.options.logger?.error({ err }, 'polling case events for subscriptions failed');
    }
    if (this.running) this.schedule(this.intervalMs);
  }
}

const pollers = new WeakMap<CaseEventFeedModel, CaseEventPoller>();

/** The process's poller for this database (created with `options` the first time). */
export function casePollerFor(feed: CaseEventFeedModel, options?: PollerOptions): CaseEventPoller {
  let poller = pollers.get(feed);
  if (!poller) {
    poller = new CaseEventPoller(feed, options);
    pollers.set(feed, poller);
  }
  return poller;
}
