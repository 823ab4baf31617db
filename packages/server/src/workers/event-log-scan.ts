/**
 * Paging through `case_events` by position (recordedAt, _id) — the order every follower of the log
 * reads it in (the index `recorded_order` of the cases feature serves it). A follower keeps a
 * checkpoint position, starts a little before it (a lookback for events committed late) and pages
 * forward; its own unique keys make the overlap harmless. The insight follower uses this; the webhook
 * dispatcher pages the same way (its scan predates this module).
 */
import { trusted, type Types } from 'mongoose';
import type { CaseEventFeedDoc, CaseEventFeedModel } from '../features/webhooks/case-event-feed.model';

export interface LogPosition {
  recordedAt: Date;
  _id: Types.ObjectId;
}

/** The next page of events strictly after `after`, or from `from` (inclusive) when there is no `after`. */
export async function eventLogPage(
  model: CaseEventFeedModel,
  start: { after: LogPosition } | { from: Date },
  limit: number,
): Promise<CaseEventFeedDoc[]> {
  const filter: Record<string, unknown> =
    'after' in start
      ? {
          $or: [
            { recordedAt: trusted({ $gt: start.after.recordedAt }) },
            { recordedAt: start.after.recordedAt, _id: trusted({ $gt: start.after._id }) },
          ],
        }
      : { recordedAt: trusted({ $gte: start.from }) };
  return model.find(filter).sort({ recordedAt: 1, _id: 1 }).limit(limit).lean<CaseEventFeedDoc[]>().exec();
}

/** The newest event's position, or null on an empty log. */
export async function eventLogHead(model: CaseEventFeedModel): Promise<LogPosition | null> {
  const [last] = await model
    .find({})
    .sort({ recordedAt: -1, _id: -1 })
    .limit(1)
    .select({ recordedAt: 1 })
    .lean<LogPosition[]>()
    .exec();
  return last ?? null;
}

const samePosition = (a: LogPosition, b: LogPosition): boolean =>
  a.recordedAt.getTime() === b.recordedAt.getTime() && a._id.equals(b._id);

/**
 * Pages of the log read ahead: one database read returns up to `readSize` events and the following
 * pages that continue exactly where the previous one ended are served from it. On FerretDB v1 a page
 * costs a scan of the whole log whatever its limit (no index serves the position), so a follower
 * catching up pays one scan per `readSize` events instead of one per page. Only a page that continues
 * the buffer is served from it; any other start (a lookback, another position) reads the database.
 * `reset()` at the start of each round: new events are then read fresh.
 */
export class LogReadAhead {
  private buffer: CaseEventFeedDoc[] = [];
  /** The position the buffer continues from (its events come strictly after it). */
  private after: LogPosition | null = null;
  /** The read that filled the buffer reached the end of the log. */
  private atHead = false;
  /** Database reads made (for tests and benchmarks). */
  reads = 0;

  constructor(
    private readonly model: CaseEventFeedModel,
    private readonly readSize: number,
  ) {}

  reset(): void {
    this.buffer = [];
    this.after = null;
    this.atHead = false;
  }

  async page(start: { after: LogPosition } | { from: Date }, limit: number): Promise<CaseEventFeedDoc[]> {
    const continues = 'after' in start && this.after !== null && samePosition(this.after, start.after);
    if (
      !continues ||
      (this.buffer.length < limit && !this.atHead) ||
      (this.buffer.length === 0 && this.atHead)
    ) {
      this.reads++;
      const size = Math.max(limit, this.readSize);
      this.buffer = await eventLogPage(this.model, start, size);
      this.atHead = this.buffer.length < size;
    }
    const out = this.buffer.slice(0, limit);
    this.buffer = this.buffer.slice(limit);
    const last = out[out.length - 1];
    this.after = last ? { recordedAt: last.recordedAt, _id: last._id } : null;
    return out;
  }
}
