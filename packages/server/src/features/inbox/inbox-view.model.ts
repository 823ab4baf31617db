/**
 * Saved inbox views (`inbox_views`): a user's named view + filter. The unique (userId, name) makes
 * "save under an existing name" replace it, even when two saves race.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface SavedInboxViewRecord {
  userId: string;
  name: string;
  view: string;
  /** A checked filter (inbox-filter.ts `CheckedFilter`), without `search`. */
  filter: Record<string, unknown>;
  updatedAt: Date;
}
export type SavedInboxViewDoc = SavedInboxViewRecord & { _id: Types.ObjectId };

const schema = new Schema<SavedInboxViewRecord>(
  {
    userId: { type: String, required: true },
    name: { type: String, required: true },
    view: { type: String, required: true },
    filter: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'inbox_views', autoIndex: false, versionKey: false, minimize: false },
);
schema.index({ userId: 1, name: 1 }, { unique: true, name: 'user_name_unique' });

export interface InboxModels {
  SavedInboxView: Model<SavedInboxViewRecord>;
}

export function inboxModels(conn: Connection): InboxModels {
  return {
    SavedInboxView:
      (conn.models['SavedInboxView'] as Model<SavedInboxViewRecord> | undefined) ??
      conn.model<SavedInboxViewRecord>('SavedInboxView', schema),
  };
}
