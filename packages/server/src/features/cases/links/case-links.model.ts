/**
 * `case_links`: one document per linked pair, `_id` = `<caseId>:<relatedCaseId>`. The unique `_id` makes
 * a link idempotent per pair (two concurrent `linkCases` of the same pair insert one document); the
 * `caseLinked` events in the two cases' logs are what the cases show. `open` stays true while work on the
 * link may remain (a half missing from a log, a pause to take or to lift): the sweep settles open links.
 * Only the links code updates a document, and only its `open` flag.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface CaseLinkRecord {
  _id: string;
  /** The referring case (e.g. the complaint). */
  caseId: Types.ObjectId;
  /** The case it refers to (e.g. the negotiation). */
  relatedCaseId: Types.ObjectId;
  reason: string;
  /** The referring case is a collection-related complaint and the other a negotiation: its clock pauses. */
  pauses: boolean;
  /** True until both halves are logged and, for a pausing link, the complaint ended and the pause was lifted. */
  open: boolean;
  /** Who linked them (`user:<id>`, …). */
  actor: string | null;
  createdAt: Date;
}

const schema = new Schema<CaseLinkRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    relatedCaseId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    pauses: { type: Boolean, required: true },
    open: { type: Boolean, required: true },
    actor: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'case_links', autoIndex: false, versionKey: false },
);
schema.index({ caseId: 1 }, { name: 'by_case' });
schema.index({ relatedCaseId: 1 }, { name: 'by_related_case' });
schema.index({ open: 1 }, { name: 'open' });

export type CaseLinkModel = Model<CaseLinkRecord>;

const ready = new WeakMap<Connection, Promise<CaseLinkModel>>();

/** The model on this connection, its indexes created once per process before first use. */
export function caseLinkModel(conn: Connection): Promise<CaseLinkModel> {
  let found = ready.get(conn);
  if (!found) {
    const model =
      (conn.models['CaseLink'] as CaseLinkModel | undefined) ??
      conn.model<CaseLinkRecord>('CaseLink', schema);
    found = model
      .init()
      .then(() => model.createIndexes())
      .then(() => model);
    ready.set(conn, found);
    found.catch(() => ready.delete(conn));
  }
  return found;
}
