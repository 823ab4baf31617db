/**
 * Intake attempts, append-only (one document per `submitIntake` from an address): the rate limit counts
 * them in a window, which is exact on FerretDB, where `$inc` can lose concurrent updates.
 */
import { Schema, type Connection, type Model } from 'mongoose';

export interface IntakeAttemptRecord {
  ip: string;
  /** The intake link's id. */
  linkId: string;
  at: Date;
}

const intakeAttemptSchema = new Schema<IntakeAttemptRecord>(
  {
    ip: { type: String, required: true },
    linkId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'intake_attempts', autoIndex: false, versionKey: false },
);
intakeAttemptSchema.index({ ip: 1, at: 1 }, { name: 'by_ip_time' });

const ready = new WeakMap<Connection, Promise<Model<IntakeAttemptRecord>>>();

/**
 * The model on this connection, its index created on first use (once per connection; a failure is
 * retried by the next request). Bound here rather than in db/models.ts so the feature stays self-contained.
 */
export function intakeAttempts(conn: Connection): Promise<Model<IntakeAttemptRecord>> {
  let found = ready.get(conn);
  if (!found) {
    const model =
      (conn.models['IntakeAttempt'] as Model<IntakeAttemptRecord> | undefined) ??
      conn.model<IntakeAttemptRecord>('IntakeAttempt', intakeAttemptSchema);
    found = model
      .init()
      .then(() => model.createIndexes())
      .then(() => model);
    ready.set(conn, found);
    found.catch(() => ready.delete(conn));
  }
  return found;
}
