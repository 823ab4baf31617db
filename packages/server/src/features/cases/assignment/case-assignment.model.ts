/**
 * Round-robin tickets of automatic assignment (case-auto-assign.ts). One document per turn of a pool
 * (a department and a role): the unique (pool, n) index decides who gets turn n when several server
 * processes assign at once, without `$inc` (a lost update on FerretDB v1). Append-only; a turn taken
 * by a command that then lost its append (CONFLICT) stays taken — the rotation skips it.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface AssignmentTicketRecord {
  /** `<departmentCode>/<role>`. */
  pool: string;
  /** The turn, from 0; the assignee is the pool's sorted candidates[n % length]. */
  n: number;
  caseId: Types.ObjectId;
  stepKey: string;
  /** The user the turn picked. */
  assigneeId: Types.ObjectId;
  at: Date;
}

const ticketSchema = new Schema<AssignmentTicketRecord>(
  {
    pool: { type: String, required: true },
    n: { type: Number, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    stepKey: { type: String, required: true },
    assigneeId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'assignment_tickets', autoIndex: false, versionKey: false },
);
ticketSchema.index({ pool: 1, n: 1 }, { unique: true, name: 'pool_n_unique' });

export interface AssignmentModels {
  AssignmentTicket: Model<AssignmentTicketRecord>;
}

export function assignmentModels(conn: Connection): AssignmentModels {
  return {
    AssignmentTicket:
      (conn.models['AssignmentTicket'] as Model<AssignmentTicketRecord> | undefined) ??
      conn.model<AssignmentTicketRecord>('AssignmentTicket', ticketSchema),
  };
}
