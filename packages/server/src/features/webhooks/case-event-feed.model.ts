/**
 * A read-only view of `case_events` for the features that follow the log (webhooks, live
 * subscriptions). The cases feature owns the collection and its indexes — unique (caseId, seq) and
 * (recordedAt, _id), which these readers page by — so this model declares no index of its own.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface CaseEventFeedRecord {
  caseId: Types.ObjectId;
  seq: number;
  type: string;
  at: Date;
  actor: string | null;
  data: Record<string, unknown>;
  prevHash: string | null;
  hash: string;
  recordedAt: Date;
  /**
   * False on the events of a command's batch before its last one. A case whose newest events all say
   * false holds a command cut off half-way, which the cases feature removes: not delivered until a
   * later event of the case closes the batch. Missing means complete.
   */
  batchEnd?: boolean;
}
export type CaseEventFeedDoc = CaseEventFeedRecord & { _id: Types.ObjectId };
export type CaseEventFeedModel = Model<CaseEventFeedRecord>;

const schema = new Schema<CaseEventFeedRecord>(
  {
    caseId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: String, default: null },
    data: { type: Schema.Types.Mixed, default: {} },
    prevHash: { type: String, default: null },
    hash: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    batchEnd: { type: Boolean },
  },
  { collection: 'case_events', autoIndex: false, autoCreate: false, versionKey: false, minimize: false },
);

export function caseEventFeedModel(conn: Connection): CaseEventFeedModel {
  return (
    (conn.models['CaseEventFeed'] as CaseEventFeedModel | undefined) ??
    conn.model<CaseEventFeedRecord>('CaseEventFeed', schema)
  );
}
