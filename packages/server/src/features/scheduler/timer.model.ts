/**
 * Durable timers (docs/timers.md). Three collections, each with the one unique index that makes it
 * safe on FerretDB v1 (no transactions, no atomic read-modify-write):
 * - `timers`: one document per timer, unique `key` — scheduling the same key twice is one timer.
 *   Its `status` is a projection for queries; the outcome of record is in `timer_firings`.
 * - `timer_leases`: the lease chain of firing attempts (lease-chain.ts), unique (subject, n).
 * - `timer_firings`: the terminal outcome, unique `timerKey` — fired, cancelled or failed, exactly one.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { leaseModel, type LeaseModel } from './lease-chain';

export type TimerStatus = 'pending' | 'fired' | 'cancelled' | 'failed';
export type TimerOutcome = Exclude<TimerStatus, 'pending'>;

export interface TimerRecord {
  key: string;
  kind: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  status: TimerStatus;
  createdAt: Date;
  /** When the status left `pending`. */
  finishedAt: Date | null;
  lastError: string | null;
}
export type TimerDoc = TimerRecord & { _id: Types.ObjectId };

export interface TimerFiringRecord {
  timerKey: string;
  outcome: TimerOutcome;
  at: Date;
  /** Process (or `api`) that decided the outcome. */
  by: string;
  attempts: number;
  error: string | null;
}
export type TimerFiringDoc = TimerFiringRecord & { _id: Types.ObjectId };

const timerSchema = new Schema<TimerRecord>(
  {
    key: { type: String, required: true },
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, default: {} },
    dueAt: { type: Date, required: true },
    status: { type: String, required: true, enum: ['pending', 'fired', 'cancelled', 'failed'] },
    createdAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    lastError: { type: String, default: null },
  },
  { collection: 'timers', autoIndex: false, versionKey: false, minimize: false },
);
timerSchema.index({ key: 1 }, { unique: true, name: 'key_unique' });
timerSchema.index({ status: 1, dueAt: 1 }, { name: 'status_due' });

const firingSchema = new Schema<TimerFiringRecord>(
  {
    timerKey: { type: String, required: true },
    outcome: { type: String, required: true, enum: ['fired', 'cancelled', 'failed'] },
    at: { type: Date, required: true },
    by: { type: String, required: true },
    attempts: { type: Number, required: true },
    error: { type: String, default: null },
  },
  { collection: 'timer_firings', autoIndex: false, versionKey: false },
);
firingSchema.index({ timerKey: 1 }, { unique: true, name: 'timer_key_unique' });

export interface SchedulerModels {
  Timer: Model<TimerRecord>;
  TimerFiring: Model<TimerFiringRecord>;
  TimerLease: LeaseModel;
}

export function schedulerModels(conn: Connection): SchedulerModels {
  return {
    Timer:
      (conn.models['Timer'] as Model<TimerRecord> | undefined) ??
      conn.model<TimerRecord>('Timer', timerSchema),
    TimerFiring:
      (conn.models['TimerFiring'] as Model<TimerFiringRecord> | undefined) ??
      conn.model<TimerFiringRecord>('TimerFiring', firingSchema),
    TimerLease: leaseModel(conn, 'TimerLease', 'timer_leases'),
  };
}
