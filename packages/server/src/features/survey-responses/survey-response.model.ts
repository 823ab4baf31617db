/**
 * Surveys in use: the collections of features/survey-responses.
 *
 * - `survey_invitations`: one per link sent (`_id` = the invitation id, also the token's `jti`). Written
 *   BEFORE the batch that appends its `surveySent` (state `pending`), confirmed (`sent`) after; a pending
 *   one whose batch lost its race never left the server (its token is only ever handed out after the
 *   append) and is voided by the reminder sweep. Never holds the token: the token is re-signed from
 *   `issuedAt`/`hours` (HS256 is deterministic) when the webhook delivers `surveySent`.
 * - `survey_answers`: one per invitation — the unique `invitationId` decides which of two concurrent
 *   submits wins. Carries the case's attributes at answer time (agent, flow version, step, category,
 *   channel, department, outcome), the scores and the free-text answers (`texts`, `searchText`).
 * - `survey_reminders`: `_id` = invitation id; the insert decides which sweep (of any process) sends the
 *   one reminder.
 * - `survey_link_attempts`: append-only request records counted by the rate limit (db/window-limit.ts).
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export type SurveyTrigger = 'step' | 'outcome' | 'on-demand';

export interface SurveyInvitationRecord {
  _id: string;
  caseId: Types.ObjectId;
  surveyKey: string;
  surveyVersion: number;
  stepKey: string | null;
  outcome: string | null;
  trigger: SurveyTrigger;
  /** `pending` until its `surveySent` is appended; `void` when that batch never was. */
  state: 'pending' | 'sent' | 'void';
  /** Whole seconds: the token's `iat`. */
  issuedAt: Date;
  /** Validity in hours: `exp` = `iat` + hours. */
  hours: number;
  expiresAt: Date;
  /** When the reminder is due if still unanswered. */
  remindAt: Date;
  remindedAt: Date | null;
  answeredAt: Date | null;
  answerId: Types.ObjectId | null;
  /** `user:<id>` for on-demand, `system:surveys` otherwise. */
  sentBy: string;
}

const invitationSchema = new Schema<SurveyInvitationRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    surveyKey: { type: String, required: true },
    surveyVersion: { type: Number, required: true },
    stepKey: { type: String, default: null },
    outcome: { type: String, default: null },
    trigger: { type: String, required: true },
    state: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    hours: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
    remindAt: { type: Date, required: true },
    remindedAt: { type: Date, default: null },
    answeredAt: { type: Date, default: null },
    answerId: { type: Schema.Types.ObjectId, default: null },
    sentBy: { type: String, required: true },
  },
  { collection: 'survey_invitations', autoIndex: false, versionKey: false, minimize: false, _id: false },
);
invitationSchema.index({ caseId: 1, issuedAt: 1 }, { name: 'by_case' });
invitationSchema.index({ remindAt: 1 }, { name: 'by_remind_at' });

export interface SurveyScores {
  nps?: number;
  csat?: number;
  ces?: number;
}

export interface SurveyTextAnswer {
  name: string;
  title: { zh: string; en: string };
  text: string;
}

export interface SurveyAnswerRecord {
  _id: Types.ObjectId;
  invitationId: string;
  caseId: Types.ObjectId;
  caseReference: string;
  surveyKey: string;
  surveyVersion: number;
  trigger: SurveyTrigger;
  flowKey: string;
  flowVersion: number;
  /** The invitation's step (a survey step, or the end step of an outcome); null on demand. */
  stepKey: string | null;
  /** The case's end outcome when it had reached an end step at answer time, else null. */
  outcome: string | null;
  agentId: Types.ObjectId | null;
  categoryId: Types.ObjectId | null;
  channel: string;
  departmentCode: string | null;
  scores: SurveyScores;
  answers: Record<string, unknown>;
  texts: SurveyTextAnswer[];
  /** The text answers, lower-cased and joined: what `filter.search` looks in. */
  searchText: string;
  answeredAt: Date;
  /** False until the `surveyAnswered` event is appended (a crash in between leaves it false). */
  appended: boolean;
}

const answerSchema = new Schema<SurveyAnswerRecord>(
  {
    invitationId: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    caseReference: { type: String, required: true },
    surveyKey: { type: String, required: true },
    surveyVersion: { type: Number, required: true },
    trigger: { type: String, required: true },
    flowKey: { type: String, required: true },
    flowVersion: { type: Number, required: true },
    stepKey: { type: String, default: null },
    outcome: { type: String, default: null },
    agentId: { type: Schema.Types.ObjectId, default: null },
    categoryId: { type: Schema.Types.ObjectId, default: null },
    channel: { type: String, required: true },
    departmentCode: { type: String, default: null },
    scores: { type: Schema.Types.Mixed, default: {} },
    answers: { type: Schema.Types.Mixed, default: {} },
    texts: { type: Schema.Types.Mixed, default: [] },
    searchText: { type: String, default: '' },
    answeredAt: { type: Date, required: true },
    appended: { type: Boolean, required: true },
  },
  { collection: 'survey_answers', autoIndex: false, versionKey: false, minimize: false },
);
answerSchema.index({ invitationId: 1 }, { unique: true, name: 'one_answer_per_invitation' });
answerSchema.index({ answeredAt: -1, _id: -1 }, { name: 'answered_order' });
answerSchema.index({ surveyKey: 1, answeredAt: -1, _id: -1 }, { name: 'survey_answered_order' });
answerSchema.index({ caseId: 1 }, { name: 'by_case' });

export interface SurveyReminderRecord {
  _id: string;
  caseId: Types.ObjectId;
  at: Date;
}
const reminderSchema = new Schema<SurveyReminderRecord>(
  {
    _id: { type: String, required: true },
    caseId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'survey_reminders', autoIndex: false, versionKey: false, _id: false },
);

export interface SurveyAttemptRecord {
  ip: string;
  tokenHash: string;
  at: Date;
}
const attemptSchema = new Schema<SurveyAttemptRecord>(
  {
    ip: { type: String, required: true },
    tokenHash: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'survey_link_attempts', autoIndex: false, versionKey: false },
);
attemptSchema.index({ ip: 1, at: 1 }, { name: 'by_ip_time' });
attemptSchema.index({ tokenHash: 1, at: 1 }, { name: 'by_token_time' });

export interface SurveyResponseModels {
  SurveyInvitation: Model<SurveyInvitationRecord>;
  SurveyAnswer: Model<SurveyAnswerRecord>;
  SurveyReminder: Model<SurveyReminderRecord>;
  SurveyLinkAttempt: Model<SurveyAttemptRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function surveyResponseModels(conn: Connection): SurveyResponseModels {
  return {
    SurveyInvitation: bind(conn, 'SurveyInvitation', invitationSchema),
    SurveyAnswer: bind(conn, 'SurveyAnswer', answerSchema),
    SurveyReminder: bind(conn, 'SurveyReminder', reminderSchema),
    SurveyLinkAttempt: bind(conn, 'SurveyLinkAttempt', attemptSchema),
  };
}
