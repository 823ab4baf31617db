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
