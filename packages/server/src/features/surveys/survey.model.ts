/**
 * Surveys: a header document per survey (unique key) with its title and the projections of the
 * versioned-definition store, plus the store's append-only `survey_drafts` and `survey_versions`.
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

export interface SurveyRecord extends HeaderProjection {
  title: { zh: string; en: string };
}
export type SurveyDoc = SurveyRecord;

const localized = new Schema(
  { zh: { type: String, required: true }, en: { type: String, required: true } },
  { _id: false },
);

const schema = new Schema<SurveyRecord>(
  { ...headerProjectionFields, title: { type: localized, required: true } },
  { collection: 'surveys', timestamps: true, autoIndex: false, versionKey: false },
);
schema.index({ key: 1 }, { unique: true, name: 'key_unique' });

export type SurveyModel = Model<SurveyRecord>;

/**
 * A survey's retirement: present while the survey is archived, removed by a restore. A record of its
 * own (`_id`: the key), not a flag on the header, for the reason flow archives are (flow-template.model.ts):
 * FerretDB writes an updated header back whole, so a flag could be lost to a racing projection update;
 * the unique `_id` also decides two concurrent archives.
 */
export interface SurveyArchiveRecord {
  /** The survey key. */
  _id: string;
  archivedAt: Date;
  /** Audit name of whoever archived it. */
  archivedBy: string;
  reason: string;
}
export type SurveyArchiveModel = Model<SurveyArchiveRecord>;

const archiveSchema = new Schema<SurveyArchiveRecord>(
  {
    _id: { type: String, required: true },
    archivedAt: { type: Date, required: true },
    archivedBy: { type: String, required: true },
    reason: { type: String, required: true },
  },
  { collection: 'survey_archives', autoIndex: false, versionKey: false },
);

export interface SurveyModels {
  Survey: SurveyModel;
  SurveyDraft: DraftModel;
  SurveyVersion: VersionModel;
  SurveyArchive: SurveyArchiveModel;
}

export function surveyModels(conn: Connection): SurveyModels {
  return {
    Survey: (conn.models['Survey'] as SurveyModel | undefined) ?? conn.model<SurveyRecord>('Survey', schema),
    SurveyDraft: draftModel(conn, 'SurveyDraft', 'survey_drafts'),
    SurveyVersion: versionModel(conn, 'SurveyVersion', 'survey_versions'),
    SurveyArchive:
      (conn.models['SurveyArchive'] as SurveyArchiveModel | undefined) ??
      conn.model<SurveyArchiveRecord>('SurveyArchive', archiveSchema),
  };
}
