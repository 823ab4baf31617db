/**
 * Complaint categories: a tree stored as parent references plus the materialised path of codes, so that
 * both "children of X" and "everything under X" are single indexed reads.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type SeverityValue = (typeof SEVERITIES)[number];

export interface ComplaintCategoryRecord {
  code: string;
  name: { zh: string; en: string };
  parentId: Types.ObjectId | null;
  /** Codes from the root down to this category. */
  path: string[];
  depth: number;
  order: number;
  active: boolean;
  severity: SeverityValue;
  slaPolicyKey: string;
  routing?: { departmentCode?: string | null; queueCode?: string | null } | null;
  regulatoryCodes?: {
    jrtBusinessType?: string | null;
    jrtCause?: string | null;
    cfpbProduct?: string | null;
    cfpbIssue?: string | null;
  } | null;
  /** Names of case fields a complaint in this category must have. */
  requiredFields?: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A category as resolvers see it (lean document). */
export type ComplaintCategoryDoc = ComplaintCategoryRecord & { _id: Types.ObjectId };

const localized = new Schema(
  { zh: { type: String, required: true }, en: { type: String, required: true } },
  { _id: false },
);

const schema = new Schema<ComplaintCategoryRecord>(
  {
    code: { type: String, required: true },
    name: { type: localized, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    path: { type: [String], required: true },
    depth: { type: Number, required: true },
    order: { type: Number, required: true },
    active: { type: Boolean, required: true, default: true },
    severity: { type: String, enum: SEVERITIES, required: true, default: 'MEDIUM' },
    slaPolicyKey: { type: String, required: true, default: 'regulatory-complaint' },
    requiredFields: { type: [String], default: [] },
    routing: {
      type: new Schema({ departmentCode: String, queueCode: String }, { _id: false }),
      default: null,
    },
    regulatoryCodes: {
      type: new Schema(
        { jrtBusinessType: String, jrtCause: String, cfpbProduct: String, cfpbIssue: String },
        { _id: false },
      ),
      default: null,
    },
  },
  { collection: 'complaint_categories', timestamps: true, autoIndex: false },
);

// The unique index is the arbiter of concurrent creates with the same code (see docs/database.md).
schema.index({ code: 1 }, { unique: true, name: 'code_unique' });
schema.index({ parentId: 1, order: 1 }, { name: 'siblings_by_order' });
schema.index({ path: 1 }, { name: 'by_path' });

export type ComplaintCategoryModel = Model<ComplaintCategoryRecord>;

export function complaintCategoryModel(conn: Connection): ComplaintCategoryModel {
  return conn.models['ComplaintCategory'] ?? conn.model<ComplaintCategoryRecord>('ComplaintCategory', schema);
}
