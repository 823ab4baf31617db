/**
 * Flow templates: a header document per template (unique key: the arbiter of concurrent creates)
 * holding names, kind and the projections of the versioned-definition store, plus the store's
 * append-only `flow_drafts` and `flow_versions` collections.
 *
 * Archiving is an insert into `flow_archives` (`_id`: the key), not an update of the header: FerretDB
 * writes an updated document back whole, so a projection update racing with an archive update could
 * silently undo it. The header's `archived` is a projection of that record, like the others.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import {
  draftModel,
  headerProjectionFields,
  versionModel,
  type DraftModel,
  type HeaderProjection,
  type VersionModel,
} from '../definitions';

export const FLOW_KINDS = ['NEGOTIATION', 'COMPLAINT', 'SERVICE', 'LOAN', 'SURVEY_FOLLOW_UP'] as const;
export type FlowKindValue = (typeof FLOW_KINDS)[number];

export interface FlowTemplateRecord extends HeaderProjection {
  name: { zh: string; en: string };
  kind: FlowKindValue;
  archived: boolean;
  archivedAt: Date | null;
}
export type FlowTemplateDoc = FlowTemplateRecord;

const localized = new Schema(
  { zh: { type: String, required: true }, en: { type: String, required: true } },
  { _id: false },
);

const schema = new Schema<FlowTemplateRecord>(
  {
    ...headerProjectionFields,
    name: { type: localized, required: true },
    kind: { type: String, enum: FLOW_KINDS, required: true },
    archived: { type: Boolean, required: true, default: false },
    archivedAt: { type: Date, default: null },
  },
  { collection: 'flow_templates', timestamps: true, autoIndex: false, versionKey: false },
);
schema.index({ key: 1 }, { unique: true, name: 'key_unique' });
schema.index({ kind: 1, key: 1 }, { name: 'kind_key' });

export type FlowTemplateModel = Model<FlowTemplateRecord>;

export interface FlowArchiveRecord {
  /** The template key. */
  _id: string;
  archivedAt: Date;
  archivedBy: string;
}
export type FlowArchiveModel = Model<FlowArchiveRecord>;

const archiveSchema = new Schema<FlowArchiveRecord>(
  {
    _id: { type: String, required: true },
    archivedAt: { type: Date, required: true },
    archivedBy: { type: String, required: true },
  },
  { collection: 'flow_archives', autoIndex: false, versionKey: false },
);

export interface FlowModels {
  FlowTemplate: FlowTemplateModel;
  FlowDraft: DraftModel;
  FlowVersion: VersionModel;
  FlowArchive: FlowArchiveModel;
}

export function flowModels(conn: Connection): FlowModels {
  return {
    FlowTemplate:
      (conn.models['FlowTemplate'] as FlowTemplateModel | undefined) ??
      conn.model<FlowTemplateRecord>('FlowTemplate', schema),
    FlowDraft: draftModel(conn, 'FlowDraft', 'flow_drafts'),
    FlowVersion: versionModel(conn, 'FlowVersion', 'flow_versions'),
    FlowArchive:
      (conn.models['FlowArchive'] as FlowArchiveModel | undefined) ??
      conn.model<FlowArchiveRecord>('FlowArchive', archiveSchema),
  };
}
