/**
 * The cross-case view of approval requests (`pendingOfferApprovals`). The event log is the truth; these
 * two collections are an append-only projection of it, safe on FerretDB (no update of a shared document):
 *
 * - `offer_approvals`: one document per `offerApprovalRequested` event, `_id` = the request id.
 * - `offer_approval_decisions`: one per request that stopped waiting (approved, declined, superseded),
 *   `_id` = the request id, so a request gets exactly one recorded outcome whoever writes it first.
 *
 * Both are written after the append and re-synced from the log by every offer command on the case, so a
 * crash between the append and these inserts is repaired by the next command (docs/offers.md).
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface OfferApprovalRecord {
  _id: string;
  caseId: Types.ObjectId;
  caseReference: string;
  departmentCode: string | null;
  templateKey: string;
  version: number;
  stepKey: string;
  requiredRole: string;
  requestedBy: string;
  requestedAt: Date;
}

export interface OfferApprovalDecisionRecord {
  _id: string;
  caseId: Types.ObjectId;
  status: 'APPROVED' | 'DECLINED' | 'SUPERSEDED';
  decidedAt: Date;
}

const approvalSchema = new Schema<OfferApprovalRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    caseReference: { type: String, required: true },
    departmentCode: { type: String, default: null },
    templateKey: { type: String, required: true },
    version: { type: Number, required: true },
    stepKey: { type: String, required: true },
    requiredRole: { type: String, required: true },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
  },
  { collection: 'offer_approvals', autoIndex: false, versionKey: false },
);
approvalSchema.index({ requestedAt: 1, _id: 1 }, { name: 'requested_order' });
approvalSchema.index({ caseId: 1 }, { name: 'by_case' });

const decisionSchema = new Schema<OfferApprovalDecisionRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true },
    decidedAt: { type: Date, required: true },
  },
  { collection: 'offer_approval_decisions', autoIndex: false, versionKey: false },
);

export interface OfferModels {
  OfferApproval: Model<OfferApprovalRecord>;
  OfferApprovalDecision: Model<OfferApprovalDecisionRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function offerModels(conn: Connection): OfferModels {
  return {
    OfferApproval: bind(conn, 'OfferApproval', approvalSchema),
    OfferApprovalDecision: bind(conn, 'OfferApprovalDecision', decisionSchema),
  };
}
