/**
 * The case runtime's collections.
 *
 * - `case_events`: the append-only history. The unique (caseId, seq) decides every race: of two commands
 *   that read a case at seq n, exactly one inserts n + 1. Its document shape is a contract other features
 *   (webhooks, subscriptions) read — see docs/cases.md before changing it.
 * - `cases`: the projection (a cache of the fold of the events; `rebuildCaseProjection` repairs it).
 * - `case_references`: one document per human reference; the unique _id allocates `C-2026-000123`.
 * - `idempotency_keys`: unique (scope, key); the first result of a mutation, returned to its retries.
 * - `audit_anchors`: one per day (unique), over the heads of the chains that moved that day.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { Sealed } from '../privacy/data-keys';

export interface CaseEventRecord {
  caseId: Types.ObjectId;
  /** 1, 2, 3 … without gaps, per case. */
  seq: number;
  type: string;
  at: Date;
  /** `user:<id>`, `api:<clientId>`, `system:<name>`, or null for the customer. */
  actor: string | null;
  /** Personal data inside is sealed (`{ __enc }`). */
  data: Record<string, unknown>;
  prevHash: string | null;
  hash: string;
  recordedAt: Date;
  /**
   * True on the last event of one command's batch. A trailing run of events without it is a command
   * cut off half-way (a database crash mid-insert): readers ignore it, the next command removes it.
   */
  batchEnd: boolean;
  /** On the first event of a batch: the scoped idempotency key of the mutation that wrote it. */
  idempotencyKey: string | null;
}

/** An event as read back from `case_events`. */
export type StoredEvent = CaseEventRecord & { _id: Types.ObjectId };
export type CaseEventDoc = CaseEventRecord & { _id: Types.ObjectId };

const eventSchema = new Schema<CaseEventRecord>(
  {
    caseId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    type: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: String, default: null },
    data: { type: Schema.Types.Mixed, required: true },
    prevHash: { type: String, default: null },
    hash: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    batchEnd: { type: Boolean, required: true },
    idempotencyKey: { type: String, default: null },
  },
  { collection: 'case_events', autoIndex: false, versionKey: false, minimize: false },
);
eventSchema.index({ caseId: 1, seq: 1 }, { unique: true, name: 'case_seq_unique' });
eventSchema.index({ recordedAt: 1, _id: 1 }, { name: 'recorded_order' });

export interface CustomerRecord {
  name: Sealed;
  idNumber: Sealed | null;
  phone: Sealed | null;
  bankCard: Sealed | null;
  address: Sealed | null;
  masked: {
    name: string;
    idNumber: string | null;
    phone: string | null;
    bankCard: string | null;
    address: string | null;
  };
  /** HMAC blind indexes (`<key version>:<hex>`), for exact lookup without decrypting. */
  idNumberIndex: string | null;
  phoneIndex: string | null;
}

export type CaseStatusValue = 'OPEN' | 'PAUSED' | 'RESOLVED' | 'CLOSED' | 'CANCELLED';

export interface CaseRecord {
  _id: Types.ObjectId;
  reference: string;
  templateKey: string;
  version: number;
  status: CaseStatusValue;
  activeSteps: string[];
  channel: string;
  customer: CustomerRecord;
  categoryId: Types.ObjectId | null;
  departmentCode: string | null;
  queueId: Types.ObjectId | null;
  assigneeId: Types.ObjectId | null;
  /** assigneeId while the case is OPEN or PAUSED, else null: the inbox is one equality lookup. */
  inboxKey: string | null;
  dueAt: Date | null;
  /**
   * True when `dueAt` counted a day of a year whose holiday notice is not entered yet (the calendar's
   * provisional statutory holidays); absent on cases projected before it existed (= false).
   */
  dueAtProvisional?: boolean;
  /**
   * Calendar key → the revision `dueAt` was last computed on (sla-calendar.store.ts); absent on cases
   * projected before it existed (= 0). The command path trusts its calendar cache when it is at least
   * this new (docs/database.md "The command path of submitStep").
   */
  calendarRevisions?: Record<string, number>;
  openedAt: Date;
  /** When the bank received it (`openedAt` unless backdated); absent on cases projected before it existed. */
  receivedAt?: Date;
  /** Why it was backdated; null (or absent) when it was not. */
  receivedAtReason?: string | null;
  closedAt: Date | null;
  outcome: string | null;
  /** Sequence number of the last event folded in. */
  seq: number;
  /** The engine's CaseState as JSON (sensitive form values and contacts sealed inside). */
  stateJson: string;
  /** Hash of the event at `seq` (the chain's head). */
  headHash: string;
  updatedAt: Date;
  /** A complaint's finding, folded from `complaintFindingRecorded` (features/findings); absent when none. */
  finding?: CaseFindingRecord | null;
}

/** Data of a `complaintFindingRecorded` event, with when and by whom (the event's `at` and `actor`). */
export interface CaseFindingRecord {
  rootCause: string;
  remedy: string;
  recordedAt: Date;
  recordedBy: string | null;
}
export type CaseDoc = CaseRecord;

const caseSchema = new Schema<CaseRecord>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    reference: { type: String, required: true },
    templateKey: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, required: true },
    activeSteps: { type: [String], default: [] },
    channel: { type: String, required: true },
    customer: { type: Schema.Types.Mixed, required: true },
    categoryId: { type: Schema.Types.ObjectId, default: null },
    departmentCode: { type: String, default: null },
    queueId: { type: Schema.Types.ObjectId, default: null },
    assigneeId: { type: Schema.Types.ObjectId, default: null },
    inboxKey: { type: String, default: null },
    dueAt: { type: Date, default: null },
    dueAtProvisional: { type: Boolean, default: false },
    calendarRevisions: { type: Schema.Types.Mixed },
    openedAt: { type: Date, required: true },
    receivedAt: { type: Date },
    receivedAtReason: { type: String, default: null },
    closedAt: { type: Date, default: null },
    outcome: { type: String, default: null },
    seq: { type: Number, required: true },
    stateJson: { type: String, required: true },
    headHash: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    finding: { type: Schema.Types.Mixed },
  },
  { collection: 'cases', autoIndex: false, versionKey: false, minimize: false },
);
caseSchema.index({ reference: 1 }, { unique: true, name: 'reference_unique' });
caseSchema.index({ inboxKey: 1, dueAt: 1, _id: 1 }, { name: 'inbox' });
caseSchema.index({ departmentCode: 1, status: 1, dueAt: 1 }, { name: 'department_status_due' });
caseSchema.index({ queueId: 1, status: 1, dueAt: 1 }, { name: 'queue_status_due' });
// Least-loaded assignment counts a candidate's open cases; FlowVersion.openCases lists a version's cases.
caseSchema.index({ assigneeId: 1, status: 1 }, { name: 'assignee_status' });
caseSchema.index({ templateKey: 1, version: 1, status: 1 }, { name: 'template_version_status' });
caseSchema.index({ 'customer.idNumberIndex': 1 }, { name: 'customer_id_number' });
caseSchema.index({ 'customer.phoneIndex': 1 }, { name: 'customer_phone' });

export interface CaseReferenceRecord {
  /** The reference itself, e.g. `C-2026-000123`: the unique _id is the allocator. */
  _id: string;
  year: number;
  n: number;
  caseId: Types.ObjectId;
}
const referenceSchema = new Schema<CaseReferenceRecord>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true },
    n: { type: Number, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
  },
  { collection: 'case_references', autoIndex: false, versionKey: false },
);
referenceSchema.index({ year: 1, n: -1 }, { name: 'year_n' });
referenceSchema.index({ caseId: 1 }, { name: 'by_case' });

export interface IdempotencyRecord {
  scope: string;
  key: string;
  /** SHA-256 of the canonical request: the same key with another request is refused. */
  requestHash: string;
  operation: string;
  state: 'pending' | 'done';
  /** The case the mutation addresses (opens allocate it before their first write). */
  caseId: Types.ObjectId | null;
  result: Record<string, unknown> | null;
  createdAt: Date;
}
export type IdempotencyDoc = IdempotencyRecord & { _id: Types.ObjectId };
const idempotencySchema = new Schema<IdempotencyRecord>(
  {
    scope: { type: String, required: true },
    key: { type: String, required: true },
    requestHash: { type: String, required: true },
    operation: { type: String, required: true },
    state: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, default: null },
    result: { type: Schema.Types.Mixed, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', autoIndex: false, versionKey: false, minimize: false },
);
idempotencySchema.index({ scope: 1, key: 1 }, { unique: true, name: 'scope_key_unique' });

export interface AuditAnchorRecord {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  /** SHA-256 over the canonical list of heads and the previous anchor's hash. */
  hash: string;
  prevAnchorHash: string | null;
  heads: { caseId: string; seq: number; hash: string }[];
  createdAt: Date;
}
export type AuditAnchorDoc = AuditAnchorRecord & { _id: Types.ObjectId };
const anchorSchema = new Schema<AuditAnchorRecord>(
  {
    day: { type: String, required: true },
    hash: { type: String, required: true },
    prevAnchorHash: { type: String, default: null },
    heads: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'audit_anchors', autoIndex: false, versionKey: false },
);
anchorSchema.index({ day: 1 }, { unique: true, name: 'day_unique' });

export interface CaseModels {
  Case: Model<CaseRecord>;
  CaseEvent: Model<CaseEventRecord>;
  CaseReference: Model<CaseReferenceRecord>;
  Idempotency: Model<IdempotencyRecord>;
  AuditAnchor: Model<AuditAnchorRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function caseModels(conn: Connection): CaseModels {
  return {
    Case: bind(conn, 'Case', caseSchema),
    CaseEvent: bind(conn, 'CaseEvent', eventSchema),
    CaseReference: bind(conn, 'CaseReference', referenceSchema),
    Idempotency: bind(conn, 'Idempotency', idempotencySchema),
    AuditAnchor: bind(conn, 'AuditAnchor', anchorSchema),
  };
}
