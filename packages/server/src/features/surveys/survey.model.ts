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
} from '../definitions/definition.model';

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

export interface SurveyModels {
  Survey: SurveyModel;
  SurveyDraft: DraftModel;
  SurveyVersion: VersionModel;
}

export function surveyModels(conn: Connection): SurveyModels {
  return {
    Survey: (conn.models['Survey'] as SurveyModel | undefined) ?? conn.model<SurveyRecord>('Survey', schema),
    SurveyDraft: draftModel(conn, 'SurveyDraft', 'survey_drafts'),
    SurveyVersion: versionModel(conn, 'SurveyVersion', 'survey_versions'),
  };
}
