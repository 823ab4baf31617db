/**
 * Stored working calendars (docs/timers.md "Calendars"). Both collections are append-only and decided
 * by a unique index, so they are safe on FerretDB v1 (no transactions, whole-document updates):
 * - `sla_calendars`: one record per change of a calendar, unique (key, revision). A change replaces one
 *   year's holidays and make-up working days; the calendar is the engine's shipped calendar with every
 *   change laid over it in revision order. Of two concurrent changes read at revision n, exactly one
 *   gets revision n + 1.
 * - `sla_calendar_recomputes`: "open cases were recomputed for revision n", unique (key, revision); the
 *   sweep finishes a recompute a crash cut short (no record yet).
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface SlaCalendarChangeRecord {
  key: string;
  revision: number;
  year: number;
  holidays: string[];
  workdays: string[];
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

export interface SlaCalendarModels {
  SlaCalendarChange: Model<SlaCalendarChangeRecord>;
  SlaCalendarRecompute: Model<SlaCalendarRecomputeRecord>;
}

export function slaCalendarModels(conn: Connection): SlaCalendarModels {
  return {
    SlaCalendarChange:
      (conn.models['SlaCalendarChange'] as Model<SlaCalendarChangeRecord> | undefined) ??
      conn.model<SlaCalendarChangeRecord>('SlaCalendarChange', changeSchema),
    SlaCalendarRecompute:
      (conn.models['SlaCalendarRecompute'] as Model<SlaCalendarRecomputeRecord> | undefined) ??
      conn.model<SlaCalendarRecomputeRecord>('SlaCalendarRecompute', recomputeSchema),
  };
}
