/**
 * Stored working calendars (docs/timers.md "Calendars"). Both collections are append-only and decided
 * by a unique index, so they are safe on FerretDB v1 (no transactions, whole-document updates):
 * - `sla_calendars`: one record per change of a calendar, unique (key, revision). A change replaces one
 *   year's holidays and make-up working days; the calendar is the engine's shipped calendar with every
 *   change laid over it in revision order. Of two concurrent changes read at revision n, exactly one
 *   gets revision n + 1.
 * - `sla_calendar_recomputes`: "open cases were recomputed for revision n", unique (key, revision); the
 *   sweep finishes a recompute a crash cut short (no record yet).
 * - `sla_calendar_recompute_progress`: the progress of that recompute (total, done, the last case id
 *   looked at, a lease), unique (key, revision). Written by whichever process runs it, read by any; a
 *   process that finds the lease expired resumes after the stored case id.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface SlaCalendarChangeRecord {
  key: string;
  revision: number;
  year: number;
  holidays: string[];
  workdays: string[];
  /** Optional names of days of the year (holidays, make-up days), e.g. 春节. */
  names?: { date: string; name: string }[];
  reason: string;
  actor: string;
  at: Date;
}
export type SlaCalendarChangeDoc = SlaCalendarChangeRecord & { _id: Types.ObjectId };

export interface SlaCalendarRecomputeRecord {
  key: string;
  revision: number;
  casesRecomputed: number;
  at: Date;
}

const changeSchema = new Schema<SlaCalendarChangeRecord>(
  {
    key: { type: String, required: true },
    revision: { type: Number, required: true },
    year: { type: Number, required: true },
    holidays: { type: [String], default: [] },
    workdays: { type: [String], default: [] },
    names: { type: [{ _id: false, date: String, name: String }], default: undefined },
    reason: { type: String, required: true },
    actor: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'sla_calendars', autoIndex: false, versionKey: false },
);
changeSchema.index({ key: 1, revision: 1 }, { unique: true, name: 'key_revision_unique' });

const recomputeSchema = new Schema<SlaCalendarRecomputeRecord>(
  {
    key: { type: String, required: true },
    revision: { type: Number, required: true },
    casesRecomputed: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'sla_calendar_recomputes', autoIndex: false, versionKey: false },
);
recomputeSchema.index({ key: 1, revision: 1 }, { unique: true, name: 'key_revision_unique' });

export interface SlaRecomputeProgressRecord {
  key: string;
  revision: number;
  state: 'RUNNING' | 'DONE';
  total: number;
  done: number;
  moved: number;
  /** The last case id looked at (cases are visited in id order); null before the first. */
  after: Types.ObjectId | null;
  /** Until when the running process holds it; past that, any process may resume it. */
  leaseUntil: Date;
  startedAt: Date;
  finishedAt: Date | null;
}
export type SlaRecomputeProgressDoc = SlaRecomputeProgressRecord & { _id: Types.ObjectId };

const progressSchema = new Schema<SlaRecomputeProgressRecord>(
  {
    key: { type: String, required: true },
    revision: { type: Number, required: true },
    state: { type: String, required: true },
    total: { type: Number, required: true },
    done: { type: Number, required: true },
    moved: { type: Number, required: true },
    after: { type: Schema.Types.ObjectId, default: null },
    leaseUntil: { type: Date, required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'sla_calendar_recompute_progress', autoIndex: false, versionKey: false },
);
progressSchema.index({ key: 1, revision: 1 }, { unique: true, name: 'key_revision_unique' });
progressSchema.index({ state: 1 }, { name: 'state' });

export interface SlaCalendarModels {
  SlaCalendarChange: Model<SlaCalendarChangeRecord>;
  SlaCalendarRecompute: Model<SlaCalendarRecomputeRecord>;
  SlaRecomputeProgress: Model<SlaRecomputeProgressRecord>;
}

export function slaCalendarModels(conn: Connection): SlaCalendarModels {
  return {
    SlaCalendarChange:
      (conn.models['SlaCalendarChange'] as Model<SlaCalendarChangeRecord> | undefined) ??
      conn.model<SlaCalendarChangeRecord>('SlaCalendarChange', changeSchema),
    SlaCalendarRecompute:
      (conn.models['SlaCalendarRecompute'] as Model<SlaCalendarRecomputeRecord> | undefined) ??
      conn.model<SlaCalendarRecomputeRecord>('SlaCalendarRecompute', recomputeSchema),
    SlaRecomputeProgress:
      (conn.models['SlaRecomputeProgress'] as Model<SlaRecomputeProgressRecord> | undefined) ??
      conn.model<SlaRecomputeProgressRecord>('SlaRecomputeProgress', progressSchema),
  };
}
