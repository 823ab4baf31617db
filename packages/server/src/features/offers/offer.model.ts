/**
 * The cross-case view of approval requests (`pendingOfferApprovals`). The event log is the truth; these
 * two collections are an append-only projection of it, safe on FerretDB (no update of a shared document):
 *
 * - `offer_approvals`: one document per `offerApprovalRequested` event, `_id` = the request id.
 * - `offer_approval_decisions`: one per request that stopped waiting (approved, declined, superseded),
 *   `_id` = the request id, so a request gets exactly one recorded outcome whoever writes it first.
 *
 * Both are written after the append and re-synced from the log by every offer command on the case (and
 * by housekeeping), so a crash between the append and these inserts is repaired (docs/offers.md). The one
 * update is `settled` false → true on a request, which concurrent writers cannot undo.
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
  /** Set (false → true, never back) once the log shows the request decided or superseded. */
  settled?: boolean;
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
    settled: { type: Boolean, default: false },
  },
  { collection: 'offer_approvals', autoIndex: false, versionKey: false },
);
approvalSchema.index({ requestedAt: 1, _id: 1 }, { name: 'requested_order' });
// The waiting requests, oldest first (`pendingOfferApprovals` reads only these).
approvalSchema.index({ settled: 1, requestedAt: 1 }, { name: 'unsettled_order' });
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

/**
 * A signing under way: `_id` = `<caseId>:<seq>`, the case as the signer read it. Inserted BEFORE the PDF
 * is rendered, so of concurrent signings of one case only the one whose insert wins renders (the unique
 * `_id` decides, on FerretDB too); the others are refused at once. Kept after a recorded signing (the seq
 * has moved on, it never matches again), removed when the signing recorded nothing.
 */
export interface AgreementSigningRecord {
  _id: string;
  caseId: Types.ObjectId;
  at: Date;
}

const signingSchema = new Schema<AgreementSigningRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'agreement_signings', autoIndex: false, versionKey: false },
);

/**
 * One request of a customer link's public operations (view, accept, counter, sign), append-only: the
 * rate limit counts them per address and per token (its SHA-256) in a window, exact on FerretDB.
 */
export interface CustomerAttemptRecord {
  ip: string;
  tokenHash: string;
  at: Date;
}

const attemptSchema = new Schema<CustomerAttemptRecord>(
  {
    ip: { type: String, required: true },
    tokenHash: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'customer_link_attempts', autoIndex: false, versionKey: false },
);
attemptSchema.index({ ip: 1, at: 1 }, { name: 'by_ip_time' });
attemptSchema.index({ tokenHash: 1, at: 1 }, { name: 'by_token_time' });

export interface OfferModels {
  OfferApproval: Model<OfferApprovalRecord>;
  OfferApprovalDecision: Model<OfferApprovalDecisionRecord>;
  AgreementSigning: Model<AgreementSigningRecord>;
  CustomerLinkAttempt: Model<CustomerAttemptRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function offerModels(conn: Connection): OfferModels {
  return {
    OfferApproval: bind(conn, 'OfferApproval', approvalSchema),
    OfferApprovalDecision: bind(conn, 'OfferApprovalDecision', decisionSchema),
    AgreementSigning: bind(conn, 'AgreementSigning', signingSchema),
    CustomerLinkAttempt: bind(conn, 'CustomerLinkAttempt', attemptSchema),
  };
}
