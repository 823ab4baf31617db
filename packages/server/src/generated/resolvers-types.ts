import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ComplaintCategoryDoc } from '../features/complaint-categories/complaint-category.model';
import type {
  UserDoc,
  RoleDoc,
  DepartmentDoc,
  QueueDoc,
  ApiClientDoc,
} from '../features/access/access.model';
import type { Session } from '../features/access/auth.service';
import type { ConfigAuditDoc } from '../features/audit/config-audit.model';
import type { BrokenLinkView } from '../features/audit/audit-chain-wording';
import type { FlowTemplateDoc } from '../features/flows/flow-template.model';
import type { DraftDoc, VersionDoc } from '../features/definitions/definition.model';
import type { StepView, TransitionView } from '../features/flows/flow-view';
import type { EngineFormDefinition, EngineFieldDefinition } from '../graphql/engine-mappers';
import type { SurveyDoc } from '../features/surveys/survey.model';
import type { CaseDoc, CaseEventDoc, CustomerRecord } from '../features/cases/case.model';
import type { ContactAttemptView } from '../features/cases/contact/contact.service';
import type { CommandOutcome } from '../features/cases/runtime/case-runtime.service';
import type { AgreementView } from '../features/offers/offer-log';
import type { CustomerLinkView } from '../features/offers/customer-view.service';
import type { WebhookSubscriptionDoc, WebhookDeliveryDoc } from '../features/webhooks/webhook.model';
import type { LeaseDoc } from '../features/scheduler/lease-chain';
import type { InboxRow } from '../features/inbox/inbox.service';
import type { SavedInboxViewDoc } from '../features/inbox/inbox-view.model';
import type { SlaCalendarView } from '../features/cases/timers/calendar/sla-calendar.service';
import type { SlaRecomputeProgressDoc } from '../features/cases/timers/calendar/sla-calendar.model';
import type { InvitationView } from '../features/survey-responses/survey-response.resolvers';
import type { SurveyAnswerRecord } from '../features/survey-responses/survey-response.model';
import type { PublicSurveyView } from '../features/survey-responses/survey-answer.service';
import type { GraphQLContext } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date without time, ISO 8601 `YYYY-MM-DD`, read in the relevant calendar's time zone. */
  Date: { input: string; output: string };
  /** An instant in time, ISO 8601 with a UTC offset, e.g. `2026-11-25T09:30:00+08:00`. */
  DateTime: { input: Date; output: Date | string };
  /**
   * An amount of Chinese yuan in integer fen (1 CNY = 100 fen), serialised as a string of digits with an
   * optional leading minus, so that amounts beyond 2^53 stay exact. Never a binary floating-point number.
   */
  Fen: { input: string; output: string | number | bigint };
  /** Arbitrary JSON: form data, rule expressions (JSON Logic), flow definitions. */
  JSON: { input: unknown; output: unknown };
};

/** A signed agreement: the PDF's fingerprint and the signing record. */
export type Agreement = {
  __typename?: 'Agreement';
  /** The signature record's id. */
  id: Scalars['ID']['output'];
  /** The signer's IP address. */
  ip: Scalars['String']['output'];
  /** The offer it agrees to; null for a document signed without an offer (e.g. a loan contract). */
  offerId?: Maybe<Scalars['ID']['output']>;
  /**
   * The PDF, base64-encoded. It names the customer in full, so reading it is a reveal: it needs
   * `case.reveal-pii` and appends `agreementRead` to the case's log before the bytes are returned. The
   * customer reads their own copy through `CustomerView.agreementPdfBase64`.
   */
  pdfBase64: Scalars['String']['output'];
  /** SHA-256 (hex) of the agreement PDF as signed. */
  sha256: Scalars['String']['output'];
  /** Drawn or typed. */
  signatureKind: SignatureKind;
  /** When it was signed. */
  signedAt: Scalars['DateTime']['output'];
  /** The signer's masked name. */
  signerName: Scalars['String']['output'];
  /** Size of the PDF in bytes. */
  size: Scalars['Int']['output'];
  /** The signer's browser user agent. */
  userAgent: Scalars['String']['output'];
};

/** A piece of a rendered clause: text, or the repayment schedule. */
export type AgreementClausePart = {
  __typename?: 'AgreementClausePart';
  /** The schedule's instalments as printed; null for text. */
  scheduleRows?: Maybe<Array<AgreementScheduleRow>>;
  /** The schedule's totals row as printed; null for text. */
  scheduleTotal?: Maybe<AgreementScheduleRow>;
  /** The text, line breaks kept; null for the schedule. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One rendered clause of an agreement. */
export type AgreementClauseText = {
  __typename?: 'AgreementClauseText';
  /** The clause's key in the flow's agreement text. */
  key: Scalars['String']['output'];
  /** The body in pieces, in order: text, and the repayment schedule where the clause prints it as a table. */
  parts: Array<AgreementClausePart>;
  /** The whole body as plain text (the repayment schedule as one line per instalment). */
  text: Scalars['String']['output'];
  /** The clause's title. */
  title: Scalars['String']['output'];
};

/** One row of the repayment schedule as the agreement prints it: money in yuan (exact, from fen), dates as calendar dates in Asia/Shanghai. */
export type AgreementScheduleRow = {
  __typename?: 'AgreementScheduleRow';
  /** Due date (empty in the totals row). */
  dueDate: Scalars['String']['output'];
  /** Fee. */
  fee: Scalars['String']['output'];
  /** Interest. */
  interest: Scalars['String']['output'];
  /** Instalment number (or `合计` / `Total` for the totals row). */
  period: Scalars['String']['output'];
  /** Principal. */
  principal: Scalars['String']['output'];
  /** What is due. */
  total: Scalars['String']['output'];
};

/** An agreement's clauses rendered with a case's values, in both languages (see `CustomerView.agreementText`). */
export type AgreementText = {
  __typename?: 'AgreementText';
  /** The bank party as the agreement names it. */
  bankName: LocalizedText;
  /** The clauses in English, in order. */
  en: Array<AgreementClauseText>;
  /** The clauses in Chinese, in order. */
  zh: Array<AgreementClauseText>;
};

/** The outcome of `verifyAgreement`. */
export type AgreementVerification = {
  __typename?: 'AgreementVerification';
  /** Hash of the document checked. */
  actualSha256: Scalars['String']['output'];
  /** True when the document's SHA-256 equals the hash recorded at signing. */
  ok: Scalars['Boolean']['output'];
  /** Hash recorded in the event log when the customer signed. */
  recordedSha256: Scalars['String']['output'];
  /** Position of the signing event in the case's log (covered by the audit chain). */
  signedEventSeq: Scalars['Int']['output'];
};

/** An API client of another bank system. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (a username, or the system). */
  createdBy: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** First characters of the key, to recognise it. */
  keyPrefix: Scalars['String']['output'];
  /** When its key last authenticated a request (recorded at most once a minute), if ever. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the system, e.g. `core-banking`. */
  name: Scalars['String']['output'];
  /** Requests allowed per minute. */
  rateLimitPerMinute: Scalars['Int']['output'];
  /** When the client was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Permission names the key carries. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of API clients. */
export type ApiClientConnection = {
  __typename?: 'ApiClientConnection';
  /** The items with their cursors. */
  edges: Array<ApiClientEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of API clients. */
  totalCount: Scalars['Int']['output'];
};

/** An API client with its cursor. */
export type ApiClientEdge = {
  __typename?: 'ApiClientEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The API client. */
  node: ApiClient;
};

/** A freshly created API client with its key (shown this once). */
export type ApiClientWithKey = {
  __typename?: 'ApiClientWithKey';
  /** The client. */
  client: ApiClient;
  /** The secret key, for `Authorization: ApiKey <key>`. Store it now; it cannot be shown again. */
  key: Scalars['String']['output'];
};

/** A file attached to a case. */
export type Attachment = {
  __typename?: 'Attachment';
  /** The content, base64-encoded (audited read). */
  contentBase64: Scalars['String']['output'];
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** The attachment's id. */
  id: Scalars['ID']['output'];
  /** SHA-256 (hex) of the content. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** The step it belongs to. */
  stepKey?: Maybe<Scalars['String']['output']>;
  /** When. */
  uploadedAt: Scalars['DateTime']['output'];
  /** Who attached it. */
  uploadedBy?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `verifyAudit`. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** Number of case logs checked. */
  casesChecked: Scalars['Int']['output'];
  /** Number of events checked. */
  eventsChecked: Scalars['Int']['output'];
  /** The first broken link found, if any. */
  firstBroken?: Maybe<BrokenAuditLink>;
  /** True when every chain and anchor checked is intact. */
  ok: Scalars['Boolean']['output'];
};

/** The result of signing in or refreshing. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for the `Authorization` header; short-lived. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single-use token for `refreshSession`. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** Where an audit chain breaks. */
export type BrokenAuditLink = {
  __typename?: 'BrokenAuditLink';
  /** The case whose log is broken. */
  caseId: Scalars['ID']['output'];
  /** The case's human reference (e.g. `C-2026-000123`); null when the case is unknown or hidden from the caller. */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** Why the link is broken, in both languages. */
  explanation: LocalizedText;
  /** `HASH_MISMATCH` (the event was altered), `PREVIOUS_HASH_MISMATCH`, `SEQUENCE_GAP` or `ANCHOR_MISMATCH`. */
  reason: Scalars['String']['output'];
  /** Position of the first bad event. */
  seq: Scalars['Int']['output'];
};

/** The outcome of one case in a bulk operation. */
export type BulkCaseResult = {
  __typename?: 'BulkCaseResult';
  /** The case after the change, when it succeeded. */
  case?: Maybe<Case>;
  /** The case's id as given. */
  caseId: Scalars['ID']['output'];
  /** Why it failed (the same codes as the single-case mutation). */
  errorCode?: Maybe<ErrorCode>;
  /** The failure in zh-CN and English. */
  errorMessage?: Maybe<LocalizedText>;
  /** True when the case was changed. */
  ok: Scalars['Boolean']['output'];
};

/**
 * A case: one negotiation, complaint or service request running on a pinned flow version. Its history is
 * an append-only event log; the case is a projection of it.
 */
export type Case = Node & {
  __typename?: 'Case';
  /** Keys of the active steps (several during parallel work). */
  activeSteps: Array<Scalars['String']['output']>;
  /** The signed agreement, once the customer has signed. */
  agreement?: Maybe<Agreement>;
  /** Assigned agent. */
  assignee?: Maybe<User>;
  /** One attached file by its id (so reading one file's content audits that read only); null when the case has no such file. */
  attachment?: Maybe<Attachment>;
  /** Files attached to the case, oldest first. */
  attachments: Array<Attachment>;
  /** Complaint category, for complaints. */
  category?: Maybe<ComplaintCategory>;
  /** Channel of intake. */
  channel: Channel;
  /** When it was closed, if it is. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The regulatory complaint clock, for complaints on it. */
  complaintClock?: Maybe<ComplaintClock>;
  /** Contact attempts logged on the case, oldest first. */
  contactAttempts: Array<ContactAttempt>;
  /** The customer, masked. */
  customer?: Maybe<Customer>;
  /** Code of the department handling it. */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Due time of the current SLA. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when `dueAt` is provisional: it counted a year whose State Council holiday notice is not entered yet (see `CaseSla.provisional`). */
  dueAtProvisional: Scalars['Boolean']['output'];
  /** The event log, oldest first. */
  events: CaseEventConnection;
  /** The complaint's finding (root cause and remedy, 溯源整改) recorded when it was closed; null when none. */
  finding?: Maybe<ComplaintFinding>;
  /** True when closing this case needs a finding (`closeCase(finding:)`): its flow is of kind COMPLAINT. */
  findingRequired: Scalars['Boolean']['output'];
  /** The flow version it runs on. */
  flowVersion: FlowVersion;
  /** Follow-ups and return visits the flow scheduled, oldest first. */
  followUps: Array<FollowUp>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Cases linked to this one. */
  links: Array<CaseLink>;
  /** Offers outside their proposer's authority and their approval decisions, oldest first. */
  offerApprovals: Array<OfferApprovalRequest>;
  /** Offers made on the case, oldest first. */
  offers: Array<Offer>;
  /** When the case was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Outcome of the end step reached. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Queue it sits in. */
  queue?: Maybe<Queue>;
  /**
   * When the bank received the complaint or request: `openedAt`, unless the case was backdated at opening
   * (`OpenCaseInput.receivedAt`, e.g. a letter that arrived days before it was entered). The complaint clock
   * and every SLA of the case count from it.
   */
  receivedAt: Scalars['DateTime']['output'];
  /** Why the case was backdated (`OpenCaseInput.receivedAtReason`); null when it was not. */
  receivedAtReason?: Maybe<Scalars['String']['output']>;
  /** Human reference, e.g. `C-2026-000123`. */
  reference: Scalars['String']['output'];
  /** The case's SLA clock, when its flow has an SLA policy. */
  sla?: Maybe<CaseSla>;
  /** Lifecycle state. */
  status: CaseStatus;
  /** The survey invitations sent to the customer of this case (links, reminders, answers), oldest first. */
  surveyInvitations: Array<SurveyInvitation>;
};

/**
 * A case: one negotiation, complaint or service request running on a pinned flow version. Its history is
 * an append-only event log; the case is a projection of it.
 */
export type CaseAttachmentArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A case: one negotiation, complaint or service request running on a pinned flow version. Its history is
 * an append-only event log; the case is a projection of it.
 */
export type CaseEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who acted, for display; never a raw `user:<id>`. */
export type CaseActor = {
  __typename?: 'CaseActor';
  /** The staff member's display name or the API client's name; null for the system and the customer (the page names them in its language) and for a user or client no longer on file. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The kind of party. */
  kind: CaseActorKind;
  /** The staff member's login name, for a user still on file. */
  username?: Maybe<Scalars['String']['output']>;
};

/** What kind of party caused a case event or a logged contact. */
export type CaseActorKind =
  /** Another bank system, through an API client. */
  | 'API_CLIENT'
  /** The customer, through their link, the intake page or the public complaint form. */
  | 'CUSTOMER'
  /** Parley itself (timers, the SLA clock, case links, the seed). */
  | 'SYSTEM'
  /** A member of staff. */
  | 'USER';

/** What a case command did. */
export type CaseCommandResult = {
  __typename?: 'CaseCommandResult';
  /** The case after the command. */
  case: Case;
  /** The events this command appended, in order. */
  events: Array<CaseEvent>;
  /** True when this is the stored first result of an idempotent retry (nothing new happened). */
  replayed: Scalars['Boolean']['output'];
};

/** A page of cases. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The items with their cursors. */
  edges: Array<CaseEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A case with its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** One entry of a case's append-only history. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** Who caused it (null for the system or the customer). */
  actor?: Maybe<User>;
  /** Who caused it, as recorded (`user:<id>`, `api:<client id>`, `system:<name>`; null for the customer). */
  actorKey?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Event data. */
  data: Scalars['JSON']['output'];
  /** SHA-256 of this event. */
  hash: Scalars['String']['output'];
  /** Who caused it, in words: the staff member's display name, the API client's name, the system, or the customer (resolved in one batch per page of events). */
  performedBy: CaseActor;
  /** SHA-256 of the previous event (the audit chain). */
  previousHash?: Maybe<Scalars['String']['output']>;
  /** Position in the case's log, 1, 2, 3 … without gaps. */
  seq: Scalars['Int']['output'];
  /** What happened, in both languages (every event type of the engine and the server has a text; an unknown type shows the type itself). */
  title: LocalizedText;
  /** Event type, e.g. `CaseStarted`, `StepSubmitted`, `OfferProposed`. */
  type: Scalars['String']['output'];
};

/** A page of case events. */
export type CaseEventConnection = {
  __typename?: 'CaseEventConnection';
  /** The items with their cursors. */
  edges: Array<CaseEventEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of events in the log. */
  totalCount: Scalars['Int']['output'];
};

/** A case event with its cursor. */
export type CaseEventEdge = {
  __typename?: 'CaseEventEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: CaseEvent;
};

/** Conditions narrowing the `cases` list; omitted conditions do not narrow. The dimensions are those of `InsightFilter`, so a list reconciles with the complaint report for the same filter. */
export type CaseFilter = {
  /** Only cases in this complaint category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases from this intake channel (e.g. `HOTLINE`). */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Only cases of this department (code). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only cases on this flow (template key). */
  flowKey?: InputMaybe<Scalars['String']['input']>;
  /** Only cases on flows of this kind (e.g. COMPLAINT). */
  flowKind?: InputMaybe<FlowKind>;
  /** Only cases pinned to this version of their flow. */
  flowVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Only cases received (`Case.receivedAt`) at or after this instant. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases received before this instant. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A link between two cases. */
export type CaseLink = {
  __typename?: 'CaseLink';
  /** When the link was made. */
  at: Scalars['DateTime']['output'];
  /** The other case. */
  case: Case;
  /** True while this link keeps the negotiation's clock paused. */
  pausing: Scalars['Boolean']['output'];
  /** Why they are linked. */
  reason: Scalars['String']['output'];
  /** Direction of the link. */
  relation: CaseLinkRelation;
};

/** How two cases relate. */
export type CaseLinkRelation =
  /** The other case refers to this one. */
  | 'REFERRED_BY'
  /** This case refers to the other (e.g. a complaint about a negotiation). */
  | 'REFERS_TO';

/** The result of migrating one case. */
export type CaseMigrationCaseResult = {
  __typename?: 'CaseMigrationCaseResult';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** Error code of a skip or failure (`MIGRATION_BLOCKED`, `CONFLICT`, `NOT_FOUND` …); null when migrated. */
  code?: Maybe<Scalars['String']['output']>;
  /** What happened, in both languages. */
  message: LocalizedText;
  /** Migrated, skipped or failed. */
  outcome: CaseMigrationOutcome;
  /** The case's reference (empty when the case was not found). */
  reference: Scalars['String']['output'];
};

/** What happened to one case in a migration. */
export type CaseMigrationOutcome =
  /** The move was attempted and failed (e.g. `CONFLICT` with a concurrent change); the case is untouched. */
  | 'FAILED'
  /** Moved to the target version. */
  | 'MIGRATED'
  /** Left untouched: blocked by the dry run, not on the source version, or not visible. */
  | 'SKIPPED';

/** The dry run of a case migration. Nothing was written. */
export type CaseMigrationPlan = {
  __typename?: 'CaseMigrationPlan';
  /** Cases that would be skipped as blocked. */
  blockedCount: Scalars['Int']['output'];
  /** One item per case considered. */
  cases: Array<CaseMigrationPlanItem>;
  /** The source version. */
  fromVersion: Scalars['Int']['output'];
  /** Cases that would be migrated. */
  migratableCount: Scalars['Int']['output'];
  /** The template's key. */
  templateKey: Scalars['String']['output'];
  /** The target version. */
  toVersion: Scalars['Int']['output'];
};

/** What migrating one case would do (dry run). */
export type CaseMigrationPlanItem = {
  __typename?: 'CaseMigrationPlanItem';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** Each change the move would make (positions moved, fields dropped, timers cancelled). */
  changes: Array<LocalizedText>;
  /** The case's active steps now (source version keys). */
  fromSteps: Array<Scalars['String']['output']>;
  /** True when nothing blocks the move. */
  migratable: Scalars['Boolean']['output'];
  /** What blocks the move (`error`) or deserves a look (`warning`). */
  problems: Array<MigrationProblem>;
  /** The case's reference. */
  reference: Scalars['String']['output'];
  /** Its active steps after the move (target version keys); equal to `fromSteps` where blocked. */
  toSteps: Array<Scalars['String']['output']>;
};

/** The result of a case migration, per case. */
export type CaseMigrationResult = {
  __typename?: 'CaseMigrationResult';
  /** Number of batches run. */
  batches: Scalars['Int']['output'];
  /** Cases that failed. */
  failed: Scalars['Int']['output'];
  /** The source version. */
  fromVersion: Scalars['Int']['output'];
  /** Cases migrated. */
  migrated: Scalars['Int']['output'];
  /** One result per case, in the order considered. */
  results: Array<CaseMigrationCaseResult>;
  /** Cases skipped. */
  skipped: Scalars['Int']['output'];
  /** The template's key. */
  templateKey: Scalars['String']['output'];
  /** The target version. */
  toVersion: Scalars['Int']['output'];
};

/** A case's SLA clock. */
export type CaseSla = {
  __typename?: 'CaseSla';
  /** When it was breached, if it was. */
  breachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The calendar it counts on. */
  calendarKey: Scalars['String']['output'];
  /** When the SLA is breached. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Escalation levels reached so far. */
  escalationLevel: Scalars['Int']['output'];
  /** True while the clock is paused. */
  paused: Scalars['Boolean']['output'];
  /** True when `dueAt` (and `warningAt`) counted a day of a year whose State Council holiday notice is not entered yet: that year is counted on weekends and the statutory holidays only (《全国年节及纪念日放假办法》), without bridging or make-up days. Recomputed, and cleared, when a supervisor enters the year with `updateSlaCalendar`. */
  provisional: Scalars['Boolean']['output'];
  /** The years counted provisionally, ascending; empty when not provisional. */
  provisionalYears: Array<Scalars['Int']['output']>;
  /** When the clock started. */
  startedAt: Scalars['DateTime']['output'];
  /** When the warning fires. */
  warningAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Lifecycle state of a case. */
export type CaseStatus =
  /** Cancelled before an end. */
  | 'CANCELLED'
  /** Closed after reaching an end step. */
  | 'CLOSED'
  /** Running. */
  | 'OPEN'
  /** Clock paused (e.g. waiting on a linked complaint). */
  | 'PAUSED'
  /** Reached an end step; waiting to be formally closed. */
  | 'RESOLVED';

/** A new event in a case's log. */
export type CaseUpdate = {
  __typename?: 'CaseUpdate';
  /** Who caused it (`user:<id>`, `api:<id>`, `system:<name>`), null for the customer. */
  actor?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** Event data (personal data in it stays sealed). */
  data: Scalars['JSON']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Position of the event in the case's log. */
  seq: Scalars['Int']['output'];
  /** Event type, e.g. `stepCompleted`. */
  type: Scalars['String']['output'];
};

/** A field of a complaint form that a category may require. */
export type CategoryFieldOption = {
  __typename?: 'CategoryFieldOption';
  /** The form it belongs to, in both languages. */
  form: LocalizedText;
  /** The field's label in both languages. */
  label: LocalizedText;
  /** The field name (`requiredFields` entry). */
  name: Scalars['String']['output'];
  /** The engine's field type (e.g. `text`, `phone`, `money`). */
  type: Scalars['String']['output'];
};

/** Routing of complaints in a category. */
export type CategoryRouting = {
  __typename?: 'CategoryRouting';
  /** Department code that handles them (e.g. `PRODUCT`, `CUSTOMER_SERVICE`, `POLICY`). */
  departmentCode?: Maybe<Scalars['String']['output']>;
  /** Queue code within the department. */
  queueCode?: Maybe<Scalars['String']['output']>;
};

/** Routing, as input. */
export type CategoryRoutingInput = {
  /** Department code. */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Queue code within the department. */
  queueCode?: InputMaybe<Scalars['String']['input']>;
};

/** An SLA policy a complaint category may name. */
export type CategorySlaPolicyOption = {
  __typename?: 'CategorySlaPolicyOption';
  /** Keys of the complaint flows that define it; empty for the built-in regulatory clock. */
  flowKeys: Array<Scalars['String']['output']>;
  /** The policy key (`slaPolicyKey`). */
  key: Scalars['String']['output'];
  /** Its name in both languages. */
  name: LocalizedText;
};

/** Where a case came from. */
export type Channel =
  /** Another system through the API. */
  | 'API'
  /** Mobile app. */
  | 'APP'
  /** Branch counter. */
  | 'BRANCH'
  /** Online chat. */
  | 'CHAT'
  /** Email. */
  | 'EMAIL'
  /** Telephone hotline. */
  | 'HOTLINE'
  /** Letter. */
  | 'LETTER'
  /** Bank website. */
  | 'WEBSITE';

/** One extension of the regulatory complaint clock. */
export type ClockExtension = {
  __typename?: 'ClockExtension';
  /** The approving supervisor, for a second extension. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who extended it. */
  by?: Maybe<Scalars['String']['output']>;
  /** Days added. */
  days: Scalars['Int']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
};

/**
 * A node of the complaint-category tree (product / service / policy / other by default, any depth).
 * Categories route complaints to a department and queue and choose their SLA policy; regulatory codes map
 * them onto PBOC JR/T 0169-2018 and a CFPB-shaped product / issue pair for reporting.
 */
export type ComplaintCategory = Node & {
  __typename?: 'ComplaintCategory';
  /** Inactive categories are kept for history but cannot receive new complaints. */
  active: Scalars['Boolean']['output'];
  /** Direct children, ordered by `order`. */
  children: Array<ComplaintCategory>;
  /** Stable, unique code, upper-case letters, digits, `-` and `_` (e.g. `PRODUCT`, `SERVICE-ATTITUDE`). */
  code: Scalars['String']['output'];
  /** When the category was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Depth in the tree: 0 for a root. */
  depth: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Display name in both languages. */
  name: LocalizedText;
  /** Position among its siblings, ascending. */
  order: Scalars['Int']['output'];
  /** The parent category; null for a root. */
  parent?: Maybe<ComplaintCategory>;
  /** Codes from the root down to this category, e.g. `["PRODUCT", "PRODUCT-CARD"]`. */
  path: Array<Scalars['String']['output']>;
  /** Codes for regulatory reporting. */
  regulatoryCodes?: Maybe<RegulatoryCodes>;
  /** Names of case fields a complaint in this category must have. */
  requiredFields: Array<Scalars['String']['output']>;
  /** Where complaints of this category go. */
  routing?: Maybe<CategoryRouting>;
  /** How severe complaints of this category are by default. */
  severity: Severity;
  /** Key of the SLA policy that times complaints of this category (the regulatory 15/30/+30-day clock by default). */
  slaPolicyKey: Scalars['String']['output'];
  /** When the category last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of complaint categories. */
export type ComplaintCategoryConnection = {
  __typename?: 'ComplaintCategoryConnection';
  /** The items with their cursors. */
  edges: Array<ComplaintCategoryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of categories matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A complaint category with its cursor. */
export type ComplaintCategoryEdge = {
  __typename?: 'ComplaintCategoryEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The category. */
  node: ComplaintCategory;
};

/** An XLSX export of the complaint categories. */
export type ComplaintCategoryExport = {
  __typename?: 'ComplaintCategoryExport';
  /** The workbook, base64-encoded. */
  contentBase64: Scalars['String']['output'];
  /** Number of categories (rows below the header). */
  count: Scalars['Int']['output'];
  /** Suggested file name, e.g. `complaint-categories.xlsx`. */
  fileName: Scalars['String']['output'];
};

/** A problem with one cell (or one row) of an imported workbook. */
export type ComplaintCategoryImportProblem = {
  __typename?: 'ComplaintCategoryImportProblem';
  /** The column's header (e.g. `code`); null when the problem concerns the whole row or file. */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in both languages. */
  message: LocalizedText;
  /** The worksheet row number (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** The outcome of checking (and maybe writing) an imported workbook. */
export type ComplaintCategoryImportResult = {
  __typename?: 'ComplaintCategoryImportResult';
  /** Rows that create a new category (or would, on a dry run). */
  created: Scalars['Int']['output'];
  /** Every problem found; nothing is written while there is one. */
  problems: Array<ComplaintCategoryImportProblem>;
  /** Rows identical to the existing category. */
  unchanged: Scalars['Int']['output'];
  /** Rows that change an existing category (or would). */
  updated: Scalars['Int']['output'];
  /** True when the categories were written (no problems and not a dry run). */
  written: Scalars['Boolean']['output'];
};

/** What the complaint-category editor's pickers offer. */
export type ComplaintCategoryOptions = {
  __typename?: 'ComplaintCategoryOptions';
  /** The fields of the complaint forms (the published complaint flows' forms, or the shipped complaint flow's when none is published), by name. */
  fields: Array<CategoryFieldOption>;
  /** JR/T 0169-2018 business types (B). */
  jrtBusinessTypes: Array<RegulatoryTerm>;
  /** JR/T 0169-2018 causes (C). */
  jrtCauses: Array<RegulatoryTerm>;
  /** JR/T 0169-2018 channels (A); they belong to each complaint, not to a category, and are listed for reference. */
  jrtChannels: Array<RegulatoryTerm>;
  /** The built-in regulatory clock and the SLA policies of the published complaint flows (the shipped complaint flow's when none is published). */
  slaPolicies: Array<CategorySlaPolicyOption>;
};

/** The regulatory complaint clock (15 days, extendable to 30, then by 30 more with approval). */
export type ComplaintClock = {
  __typename?: 'ComplaintClock';
  /** Calendar days from today (Asia/Shanghai) to the deadline's date; negative once past it. */
  daysLeft: Scalars['Int']['output'];
  /** The current deadline. */
  deadline: Scalars['DateTime']['output'];
  /** Extension requests, oldest first. */
  extensionRequests: Array<ComplaintExtensionRequest>;
  /** Extensions, oldest first. */
  extensions: Array<ClockExtension>;
  /** True when finding `deadline` looked at a day of a year whose State Council holiday notice is not entered yet (counted on weekends and the statutory holidays only). It moves if the notice differs, and clears once a supervisor enters the year with `updateSlaCalendar`. */
  provisional: Scalars['Boolean']['output'];
  /** The years counted provisionally, ascending; empty when not provisional. */
  provisionalYears: Array<Scalars['Int']['output']>;
  /** When the complaint was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** On time, extended or late, as of now (or of when the case closed). */
  status: ComplaintClockStatus;
  /** Working days of the SLA calendar after today up to and including the deadline's date; 0 once past it. */
  workingDaysLeft: Scalars['Int']['output'];
};

/** Where a complaint stands against its clock. */
export type ComplaintClockStatus =
  /** Extended, and within the extended deadline. */
  | 'EXTENDED'
  /** Past the deadline (still open, or closed after it). */
  | 'LATE'
  /** Within the first 15 days. */
  | 'ON_TIME';

/** A request to extend the complaint clock, decided by a supervisor other than the requester. */
export type ComplaintExtensionRequest = {
  __typename?: 'ComplaintExtensionRequest';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** The case's reference. */
  caseReference: Scalars['String']['output'];
  /** The decider's remark (the reason, when declined). */
  comment?: Maybe<Scalars['String']['output']>;
  /** Days the extension adds (15 for the first, 30 for the second). */
  days: Scalars['Int']['output'];
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** Why more time is needed. */
  reason: Scalars['String']['output'];
  /** When. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked (actor key, e.g. `user:<id>`). */
  requestedBy: Scalars['String']['output'];
  /** Pending, approved or declined. */
  status: ComplaintExtensionStatus;
};

/** State of a complaint-extension request. */
export type ComplaintExtensionStatus =
  /** Approved: the clock was extended. */
  | 'APPROVED'
  /** Declined, with a reason. */
  | 'DECLINED'
  /** Waiting for a supervisor. */
  | 'PENDING';

/** The finding recorded when a complaint was closed (event `complaintFindingRecorded`). */
export type ComplaintFinding = {
  __typename?: 'ComplaintFinding';
  /** When it was recorded (the close). */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it, in words. */
  recordedBy: CaseActor;
  /** The remedy (整改措施) as recorded. */
  remedy: Scalars['String']['output'];
  /** The root cause's code (`complaintRootCauses.code`). */
  rootCause: Scalars['String']['output'];
  /** The root cause's name in both languages. */
  rootCauseLabel: LocalizedText;
};

/** A complaint's finding, given when the case is closed. */
export type ComplaintFindingInput = {
  /** What was done or will be changed so it does not happen again, 1–1000 characters (trimmed). */
  remedy: Scalars['String']['input'];
  /** One of `complaintRootCauses.code`. */
  rootCause: Scalars['String']['input'];
};

/** Closed complaints with one end outcome. */
export type ComplaintOutcomeCount = {
  __typename?: 'ComplaintOutcomeCount';
  /** Closed complaints with this outcome. */
  count: Scalars['Int']['output'];
  /** The end step's outcome (EndOutcome); '' when none was recorded. */
  outcome: Scalars['String']['output'];
};

/** The complaint rate of one day. */
export type ComplaintRateDay = {
  __typename?: 'ComplaintRateDay';
  /** Complaint cases opened that day. */
  complaints: Scalars['Int']['output'];
  /** The day (Asia/Shanghai). */
  day: Scalars['Date']['output'];
  /** complaints ÷ served × 10,000; null when none served. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** Cases opened that day on all flows. */
  served: Scalars['Int']['output'];
};

/** What a customer gets back after filing a complaint. */
export type ComplaintReceipt = {
  __typename?: 'ComplaintReceipt';
  /** The complaint's case reference, to quote when contacting the bank. */
  caseReference: Scalars['String']['output'];
  /** The regulatory deadline for the bank's answer, when the flow runs the complaint clock. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** When the tracking link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** True when this is the first result of a repeated submit (nothing new was filed). */
  replayed: Scalars['Boolean']['output'];
  /** The tracking token (signed; the server keeps only its id). */
  trackingToken: Scalars['String']['output'];
  /** The tracking page's path with its token, e.g. `/track/<token>` (prefix the admin's origin). */
  trackingUrl: Scalars['String']['output'];
};

/** The regulator's complaint report: complaints received in the period, by channel × business type × cause. */
export type ComplaintReport = {
  __typename?: 'ComplaintReport';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** One row per channel, business type and cause with complaints received, ordered by those three. */
  rows: Array<ComplaintReportRow>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** The sum of the rows (channel, business type and cause ''). */
  totals: ComplaintReportRow;
};

/** One row of the complaint report: the complaints received in the period with one channel, business type and cause. */
export type ComplaintReportRow = {
  __typename?: 'ComplaintReportRow';
  /** The JR/T 0169-2018 business type of the case's complaint category; '' when uncategorised or uncoded (and in the totals row). */
  businessType: Scalars['String']['output'];
  /** The JR/T 0169-2018 cause of the case's complaint category; '' when uncategorised or uncoded (and in the totals row). */
  cause: Scalars['String']['output'];
  /** The intake channel (e.g. `HOTLINE`); '' in the totals row. */
  channel: Scalars['String']['output'];
  /** Of those, closed so far (closed = closedOnTime + extended + late). */
  closed: Scalars['Int']['output'];
  /** Closed within the first regulatory deadline, never extended. */
  closedOnTime: Scalars['Int']['output'];
  /** Closed after the deadline was extended, within the extended deadline. */
  extended: Scalars['Int']['output'];
  /** Closed after the regulatory deadline (the SLA breached). */
  late: Scalars['Int']['output'];
  /** (closedOnTime + extended) ÷ closed: closed within the (possibly extended) deadline; null when none closed. */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Not closed yet (received − closed − cancelled). */
  open: Scalars['Int']['output'];
  /** Closed complaints by end outcome. */
  outcomes: Array<ComplaintOutcomeCount>;
  /** Complaints received in the period. */
  received: Scalars['Int']['output'];
};

/** A root cause a complaint's finding can name (溯源整改; the engine's `ROOT_CAUSES`). */
export type ComplaintRootCause = {
  __typename?: 'ComplaintRootCause';
  /** Stable code, e.g. `staff-error`. */
  code: Scalars['String']['output'];
  /** One line on when to choose it, in both languages. */
  description: LocalizedText;
  /** Its name in both languages. */
  label: LocalizedText;
};

/** What a complaint tracking link shows. No staff names (the handling department at most), no internal codes, no personal data. */
export type ComplaintTracking = {
  __typename?: 'ComplaintTracking';
  /** The complaint's case reference. */
  caseReference: Scalars['String']['output'];
  /** The chosen category's customer-facing name, if any. */
  categoryName?: Maybe<LocalizedText>;
  /** The regulatory deadline for the bank's answer (15 days, possibly extended), when the flow runs the complaint clock. */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** The department handling it, by name. */
  departmentName?: Maybe<LocalizedText>;
  /** What has happened, oldest first. */
  entries: Array<ComplaintTrackingEntry>;
  /** When the tracking link expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** When the complaint was received. */
  receivedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: ComplaintTrackingStatus;
};

/** One thing that happened to a complaint, in plain words. */
export type ComplaintTrackingEntry = {
  __typename?: 'ComplaintTrackingEntry';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What happened, in both languages. */
  text: LocalizedText;
};

/** Where a complaint stands, as its tracking page says it. */
export type ComplaintTrackingStatus =
  /** The bank has given its answer (in writing or by phone). */
  | 'ANSWERED'
  /** Closed. */
  | 'CLOSED'
  /** Being handled. */
  | 'IN_PROGRESS'
  /** Received; not yet being worked on. */
  | 'RECEIVED';

/** Someone who made configuration changes. */
export type ConfigAuditActor = {
  __typename?: 'ConfigAuditActor';
  /** How many entries of the log they made. */
  entries: Scalars['Int']['output'];
  /** The actor as recorded (`ConfigAuditEntry.actor`), the value of `ConfigAuditFilter.actor`. */
  key: Scalars['String']['output'];
  /** In words: the user's display name, or the API client's or system's name. */
  name: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type ConfigAuditConnection = {
  __typename?: 'ConfigAuditConnection';
  /** The items with their cursors. */
  edges: Array<ConfigAuditEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of entries matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry with its cursor. */
export type ConfigAuditEdge = {
  __typename?: 'ConfigAuditEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ConfigAuditEntry;
};

/** One entry of the configuration audit log. */
export type ConfigAuditEntry = {
  __typename?: 'ConfigAuditEntry';
  /** What was done, e.g. `flow.publish`, `category.move`. */
  action: Scalars['String']['output'];
  /** Who made it (user name or API client name). */
  actor: Scalars['String']['output'];
  /** Who made it, in words: the user's display name (looked up once per page), or the API client's or system's name without its prefix. */
  actorName: Scalars['String']['output'];
  /** When the change happened. */
  at: Scalars['DateTime']['output'];
  /** Details of the change (before/after, version, revision). */
  details?: Maybe<Scalars['JSON']['output']>;
  /** Key of the entity changed. */
  entityKey: Scalars['String']['output'];
  /** Kind of entity changed. */
  entityType: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

/** The values the configuration audit log holds, to filter by. */
export type ConfigAuditFacets = {
  __typename?: 'ConfigAuditFacets';
  /** Everyone who appears as an actor in the log, by display name. */
  actors: Array<ConfigAuditActor>;
  /** Every kind of entity the log records, sorted. */
  entityTypes: Array<Scalars['String']['output']>;
};

/** Narrows the configuration audit log; every given condition must hold. */
export type ConfigAuditFilter = {
  /** Only entries made by this actor, as recorded (`ConfigAuditEntry.actor`: a user name, `api:<client>`, `system:<name>`). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only entries whose entity key contains this text (case-insensitive; template key, category code, user name …). */
  entityKeyContains?: InputMaybe<Scalars['String']['input']>;
  /** Only entries about one of these kinds of entity (e.g. `FlowTemplate`, `ComplaintCategory`, `User`). */
  entityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only entries at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries before this instant (must be after `from`). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A contact attempt logged on a case. */
export type ContactAttempt = {
  __typename?: 'ContactAttempt';
  /** Who made it. */
  actor?: Maybe<Scalars['String']['output']>;
  /** Whether the customer answered. */
  answered: Scalars['Boolean']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Channel, e.g. `phone`. */
  channel: Scalars['String']['output'];
  /** The contact, masked. */
  contact: Scalars['String']['output'];
  /** Who made it, in words (see `CaseEvent.performedBy`). */
  performedBy: CaseActor;
  /** Summary of the conversation. */
  summary: Scalars['String']['output'];
};

/** The contact-compliance guard's answer. */
export type ContactCheck = {
  __typename?: 'ContactCheck';
  /** True when contacting now is allowed. */
  allowed: Scalars['Boolean']['output'];
  /** The daily limit of unanswered attempts. */
  dailyLimit: Scalars['Int']['output'];
  /** The earliest time contact is allowed again, when not allowed. */
  nextAllowedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why not, when not allowed. */
  reason?: Maybe<LocalizedText>;
  /** Unanswered attempts to this contact today (local day). */
  unansweredToday: Scalars['Int']['output'];
};

/** A new API client. */
export type CreateApiClientInput = {
  /** Name of the system. */
  name: Scalars['String']['input'];
  /** Requests allowed per minute (default 600). */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Permission names the key carries. */
  scopes: Array<Scalars['String']['input']>;
};

/** A new complaint category. */
export type CreateComplaintCategoryInput = {
  /** Unique code: 2–40 characters of A–Z, 0–9, `-`, `_`, starting with a letter. */
  code: Scalars['String']['input'];
  /** Names in both languages. */
  name: LocalizedTextInput;
  /** Position among siblings; defaults to after the last sibling. */
  order?: InputMaybe<Scalars['Int']['input']>;
  /** Parent category id; omit for a root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Regulatory reporting codes. */
  regulatoryCodes?: InputMaybe<RegulatoryCodesInput>;
  /** Names of case fields a complaint in this category must have. */
  requiredFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Routing of complaints in this category. */
  routing?: InputMaybe<CategoryRoutingInput>;
  /** Default severity; MEDIUM when omitted. */
  severity?: InputMaybe<Severity>;
  /** SLA policy key; `regulatory-complaint` (15/30/+30 days) when omitted. */
  slaPolicyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Stable code: A–Z, 0–9, `_`. */
  code: Scalars['String']['input'];
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new flow template. */
export type CreateFlowTemplateInput = {
  /** A whole definition to start from (instead of a seed). */
  definition?: InputMaybe<Scalars['JSON']['input']>;
  /** Key of a shipped seed template to copy (see `seedFlowTemplates`). */
  fromSeed?: InputMaybe<Scalars['String']['input']>;
  /** Stable key: 3–60 characters of a–z, 0–9 and `-`, starting with a letter. */
  key: Scalars['String']['input'];
  /** What the flow is for. */
  kind: FlowKind;
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new queue. */
export type CreateQueueInput = {
  /** Code, unique within the department. */
  code: Scalars['String']['input'];
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new custom role. */
export type CreateRoleInput = {
  /** Stable key: a–z, 0–9, `-`. */
  key: Scalars['String']['input'];
  /** Names in both languages. */
  name: LocalizedTextInput;
  /** Permission names (see docs/access.md). */
  permissions: Array<Scalars['String']['input']>;
};

/** A new survey. */
export type CreateSurveyInput = {
  /** Initial definition (questions) in the engine's form format. */
  definition?: InputMaybe<Scalars['JSON']['input']>;
  /** Stable key. */
  key: Scalars['String']['input'];
  /** Title in both languages. */
  title: LocalizedTextInput;
};

/** A new user. */
export type CreateUserInput = {
  /** Department codes. */
  departments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Display name. */
  displayName: Scalars['String']['input'];
  /** Initial password (at least 10 characters). */
  password: Scalars['String']['input'];
  /** Role keys. */
  roles: Array<Scalars['String']['input']>;
  /** Login name: 3–40 characters of a–z, 0–9, `.`, `_`, `-`. */
  username: Scalars['String']['input'];
};

/** A new webhook subscription. */
export type CreateWebhookSubscriptionInput = {
  /** Event types to deliver (1–50), e.g. `caseStarted`, `slaBreached`; `*` for every type. */
  eventTypes: Array<Scalars['String']['input']>;
  /** Name of the receiving system: 2–60 characters of a–z, 0–9 or `-`, starting with a letter. */
  name: Scalars['String']['input'];
  /** The receiver's http or https URL (no user name or password in it). */
  url: Scalars['String']['input'];
};

/** A customer, with personal data masked (revealing needs a permission and is audited). */
export type Customer = {
  __typename?: 'Customer';
  /** Masked address (province and city only). */
  address?: Maybe<Scalars['String']['output']>;
  /** Masked bank card number, e.g. `6222***********0123`. */
  bankCard?: Maybe<Scalars['String']['output']>;
  /** Masked PRC resident ID number, e.g. `110***********1234`. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Masked name, e.g. `张*`. */
  name: Scalars['String']['output'];
  /** Masked phone, e.g. `138****5678`. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** What the customer may do on their page now. */
export type CustomerAction =
  /** Accept the offer. */
  | 'ACCEPT'
  /** Ask for changes. */
  | 'COUNTER'
  /** Fill in a form (see `CustomerView.formSteps`). */
  | 'FILL_FORM'
  /** Sign the agreement. */
  | 'SIGN';

/** A customer's personal-data fields, for `revealCustomerField`. */
export type CustomerField =
  /** Postal address. */
  | 'ADDRESS'
  /** Bank card number. */
  | 'BANK_CARD'
  /** PRC resident ID number. */
  | 'ID_NUMBER'
  /** Full name. */
  | 'NAME'
  /** Mobile number. */
  | 'PHONE';

/** A file the customer uploaded through their link: the reference a file field's data holds. */
export type CustomerFile = {
  __typename?: 'CustomerFile';
  /** The attachment's id. */
  id: Scalars['ID']['output'];
  /** MIME type. */
  mime: Scalars['String']['output'];
  /** The file name. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  sizeBytes: Scalars['Int']['output'];
};

/** A form step the customer fills in on their link. */
export type CustomerFormStep = {
  __typename?: 'CustomerFormStep';
  /** The case's answers the form's rules read (`data.<name>` of earlier steps, e.g. the security chosen in an application), for the form's `caseData` context: fields show and are required as the server will check them. Sensitive answers are left out. */
  context: Scalars['JSON']['output'];
  /** The form in the engine's form format (docs/flows.md), texts in both languages; the same definition the server validates against. */
  form: Scalars['JSON']['output'];
  /** The step's name in both languages. */
  name: LocalizedText;
  /** The step's key (pass it to `submitCustomerStep` and `uploadCustomerFile`). */
  stepKey: Scalars['String']['output'];
};

/** A new customer's personal data; stored encrypted, shown masked. */
export type CustomerInput = {
  /** Postal address, up to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Bank card number (12–19 digits, Luhn verified). */
  bankCard?: InputMaybe<Scalars['String']['input']>;
  /** PRC resident ID number (18 characters, checksum verified). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Full name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number (11 digits). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A signed, expiring link for the customer. */
export type CustomerLink = {
  __typename?: 'CustomerLink';
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The token's id, as recorded in the event log. */
  linkId: Scalars['ID']['output'];
  /** The token (shown once; the server keeps only its id). */
  token: Scalars['String']['output'];
  /** The public page's path with the token, e.g. `/c/<token>` (prefix the admin's origin). */
  url: Scalars['String']['output'];
};

/** What a customer link shows. Contains no personal data beyond the masked name. */
export type CustomerView = {
  __typename?: 'CustomerView';
  /** What the customer may do now (empty when there is nothing to do). */
  actions: Array<CustomerAction>;
  /** The signed agreement, once signed (its `pdfBase64` is staff-only: use `agreementPdfBase64`). */
  agreement?: Maybe<Agreement>;
  /** The signed agreement's PDF, base64, for the customer to keep; null until signed. Each read is recorded in the case's log (`agreementRead`). */
  agreementPdfBase64?: Maybe<Scalars['String']['output']>;
  /** The agreement as the signed PDF will print it, for the customer to read before signing: the flow version's clauses rendered with this case's values and the offer on the table, in Chinese and English. The customer's name is masked here as everywhere on the link; the PDF prints it in full. Null when there is nothing to sign yet (no offer and no signature waiting) and once signed (the PDF is then the record). */
  agreementText?: Maybe<AgreementText>;
  /** The case's reference. */
  caseReference: Scalars['String']['output'];
  /** The customer's masked name. */
  customerName: Scalars['String']['output'];
  /** When the link expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The form steps waiting for the customer (form steps submitted by the customer), in the flow's order; empty when there is none. Submit with `submitCustomerStep`. */
  formSteps: Array<CustomerFormStep>;
  /** The offer on the table (the newest), if any. */
  offer?: Maybe<Offer>;
};

/** A department (产品部门, 客服部门, 政策部门 …). */
export type Department = {
  __typename?: 'Department';
  /** Stable code. */
  code: Scalars['String']['output'];
  /** The users who belong to it, by username (needs `user.manage`). */
  members: Array<User>;
  /** Display name. */
  name: LocalizedText;
  /** Its work queues. */
  queues: Array<Queue>;
  /** Complaint categories whose routing sends new cases to this department (needs `category.read`). */
  routedCategories: Array<ComplaintCategory>;
};

/** A case the what-if would handle differently, as an example. */
export type DraftWhatIfCase = {
  __typename?: 'DraftWhatIfCase';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** For a blocked case: the refused command (`submitStep`, `approve` …). */
  command?: Maybe<Scalars['String']['output']>;
  /** Whether it would breach under the draft. */
  draftBreached: Scalars['Boolean']['output'];
  /** The SLA due time under the draft; null without an SLA. */
  draftDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Steps it would enter under the draft (up to a refusal, if any). */
  draftPath: Array<Scalars['String']['output']>;
  /** The draft's step at that place (null: the draft's path ends there). */
  draftStep?: Maybe<Scalars['String']['output']>;
  /** Whether the case breached (or, while open, has breached) its SLA as recorded. */
  recordedBreached: Scalars['Boolean']['output'];
  /** The SLA due time as recorded; null without an SLA. */
  recordedDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Steps the case entered, as recorded. */
  recordedPath: Array<Scalars['String']['output']>;
  /** The first step where the paths part, as recorded (null: the recorded path ended there). */
  recordedStep?: Maybe<Scalars['String']['output']>;
  /** The case's reference, e.g. `C-2026-000123`. */
  reference: Scalars['String']['output'];
  /** For a blocked case: the refusal's code (`GUARD_FAILED`, `UNKNOWN_STEP` …). */
  refusalCode?: Maybe<Scalars['String']['output']>;
  /** For a blocked case: the refusal, in both languages. */
  refusalMessage?: Maybe<LocalizedText>;
  /** For a blocked case: the step the refused command was for. */
  stepKey?: Maybe<Scalars['String']['output']>;
};

/** How many blocked cases a refusal code stopped. */
export type DraftWhatIfRefusalCount = {
  __typename?: 'DraftWhatIfRefusalCount';
  /** The refusal's code. */
  code: Scalars['String']['output'];
  /** Cases it stopped. */
  count: Scalars['Int']['output'];
  /** The refusal's message (of the first case it stopped), in both languages. */
  message: LocalizedText;
};

/** The what-if of a draft on recorded cases (`simulateDraftOnCases`). */
export type DraftWhatIfReport = {
  __typename?: 'DraftWhatIfReport';
  /** Cases where the draft refuses a recorded command while the case is still on its recorded path. */
  blocked: Scalars['Int']['output'];
  /** Up to 10 of them. */
  blockedExamples: Array<DraftWhatIfCase>;
  /** Cases whose sequence of steps entered would differ. */
  differentPath: Scalars['Int']['output'];
  /** Up to 10 of them. */
  differentPathExamples: Array<DraftWhatIfCase>;
  /** The draft revision that was replayed. */
  draftRevision: Scalars['Int']['output'];
  /** The published version the cases are on; null when nothing is published. */
  publishedVersion?: Maybe<Scalars['Int']['output']>;
  /** The refusals that blocked cases, by code, most frequent first. */
  refusals: Array<DraftWhatIfRefusalCount>;
  /** Cases that could not be replayed (their log was migrated between versions, or the draft cannot run). */
  skipped: Scalars['Int']['output'];
  /** Cases whose SLA verdict (breached or not) would differ. */
  slaChanged: Scalars['Int']['output'];
  /** Up to 10 of them. */
  slaChangedExamples: Array<DraftWhatIfCase>;
  /** The template's key. */
  templateKey: Scalars['String']['output'];
  /** Cases replayed. */
  total: Scalars['Int']['output'];
};

/**
 * The vocabulary of `extensions.code` values. Clients branch on these codes, never on message text.
 * (The enum is not returned by any field; it documents the codes.)
 */
export type ErrorCode =
  /** The offer needs an approval that is still pending, or the approval request was already decided. */
  | 'APPROVAL_PENDING'
  /** An attachment was refused: too large, an unsupported type, or content that does not match its type. */
  | 'ATTACHMENT_REJECTED'
  /** The HTTP request itself is malformed: its body is not JSON, its compressed data is broken, its Content-Encoding or charset is not supported (HTTP 415), or it is not a GraphQL request. Nothing was executed. */
  | 'BAD_REQUEST'
  /** The input is malformed or breaks a rule; `extensions.fieldPath` names the field. Nothing was written. */
  | 'BAD_USER_INPUT'
  /** The case is closed or cancelled. */
  | 'CASE_CLOSED'
  /** The case has not reached an end step, so it cannot be closed yet. */
  | 'CASE_NOT_FINISHED'
  /** The communication step does not use this channel. */
  | 'CHANNEL_NOT_ALLOWED'
  /** The case's clock is already paused. */
  | 'CLOCK_ALREADY_PAUSED'
  /** The case's clock is not paused. */
  | 'CLOCK_NOT_PAUSED'
  /** The command does not apply to the step addressed (e.g. approving a form step). */
  | 'COMMAND_NOT_APPLICABLE'
  /** A concurrent change won: the object changed since it was read, or a unique key is taken. Retry after re-reading. */
  | 'CONFLICT'
  /** The customer may not be contacted now (quiet hours or attempt limit); see `extensions.nextAllowedAt`. */
  | 'CONTACT_NOT_ALLOWED'
  /** The definition failed validation; `extensions.problems` lists each problem with its path. */
  | 'DEFINITION_INVALID'
  /** The deadline cannot be extended (stage or approval missing). */
  | 'EXTENSION_NOT_ALLOWED'
  /** Closing a complaint needs its finding (溯源整改): the root cause and the remedy (`closeCase(finding:)`); `extensions.fieldPath` is `finding`. */
  | 'FINDING_REQUIRED'
  /** The caller is authenticated but lacks the permission for this operation or field. */
  | 'FORBIDDEN'
  /** Submitted form data failed validation; `extensions.problems` lists each field path and message. */
  | 'FORM_INVALID'
  /** The GraphQL document could not be parsed. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The GraphQL document itself is invalid against this schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** A transition guard evaluated to false. */
  | 'GUARD_FAILED'
  /** The same idempotency key was used with a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** Something unexpected failed on the server. The details are logged, not returned. */
  | 'INTERNAL_SERVER_ERROR'
  /** A customer link has expired; staff can issue a new one. */
  | 'LINK_EXPIRED'
  /** A customer link's token is malformed, forged or for another purpose. */
  | 'LINK_INVALID'
  /** Automatic steps looped too often: the flow has a cycle without exit (a flow defect). */
  | 'LOOP_LIMIT'
  /** A case cannot be moved to the target flow version; `extensions.problems` lists what blocks it. */
  | 'MIGRATION_BLOCKED'
  /** The actor's role may not perform this workflow command. */
  | 'NOT_AUTHORISED'
  /** No object with the given id or key exists (or the caller may not know that it exists). */
  | 'NOT_FOUND'
  /** This part of the contract is described but its resolver is not yet live. */
  | 'NOT_IMPLEMENTED'
  /** There is no open offer for the customer to answer. */
  | 'NO_OPEN_OFFER'
  /** An offer breaks the flow's offer policy; `extensions.problems` lists each finding. */
  | 'OFFER_INVALID'
  /** The case is not eligible for the offer (the policy's eligibility rule). */
  | 'OFFER_NOT_ELIGIBLE'
  /** An offer exceeds every role's authority in the authority matrix. */
  | 'OFFER_OUTSIDE_AUTHORITY'
  /** The request body is larger than the server accepts (8 MiB; HTTP 413). Nothing was executed. */
  | 'PAYLOAD_TOO_LARGE'
  /** Allow-list mode is on and the operation is not in the persisted-query manifest. */
  | 'PERSISTED_QUERY_NOT_ALLOWED'
  /** The document exceeds a depth, alias, token or cost limit. */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests or failed attempts; retry after `extensions.retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** An object that others reference cannot be removed; deactivate it instead. */
  | 'REFERENCED'
  /** A workflow command addressed a step that is not active. */
  | 'STEP_NOT_ACTIVE'
  /** A survey link was already answered: each link takes one answer. */
  | 'SURVEY_ALREADY_ANSWERED'
  /** The survey is archived (retired): it cannot be changed, published or newly used until it is restored. */
  | 'SURVEY_ARCHIVED'
  /** No valid credentials were presented. */
  | 'UNAUTHENTICATED'
  /** The flow has no step with the given key. */
  | 'UNKNOWN_STEP'
  /** No pending timer with this id. */
  | 'UNKNOWN_TIMER';

/** Findings of one complaint category with one root cause. */
export type FindingCategoryCount = {
  __typename?: 'FindingCategoryCount';
  /** The ComplaintCategory global id; '' for uncategorised complaints. */
  category: Scalars['String']['output'];
  /** Findings recorded in the period. */
  count: Scalars['Int']['output'];
  /** The root cause code. */
  rootCause: Scalars['String']['output'];
};

/** Findings recorded with one root cause. */
export type FindingCount = {
  __typename?: 'FindingCount';
  /** Findings recorded in the period. */
  count: Scalars['Int']['output'];
  /** The root cause code (`complaintRootCauses`). */
  rootCause: Scalars['String']['output'];
};

/** Findings with one root cause recorded on one day. */
export type FindingDay = {
  __typename?: 'FindingDay';
  /** Findings recorded that day. */
  count: Scalars['Int']['output'];
  /** The day (Asia/Shanghai). */
  day: Scalars['Date']['output'];
  /** The root cause code. */
  rootCause: Scalars['String']['output'];
};

/** One added, removed or changed entry of a flow definition, with the values that differ. */
export type FlowChange = {
  __typename?: 'FlowChange';
  /** Where the change is. */
  area: FlowChangeArea;
  /** The entry: a step key, `from→to`, `form.field` or a flow property. */
  key: Scalars['String']['output'];
  /** Added, removed or changed. */
  kind: FlowChangeKind;
  /**
   * The values that differ. For an added or removed step, transition or field: one value with path `""` and
   * the whole entry; for flow settings paths start with the property.
   */
  values: Array<FlowValueChange>;
};

/** Where in a flow definition a change is. */
export type FlowChangeArea =
  /** A form field, named `form.field`. */
  | 'FIELD'
  /** A setting of the flow itself, named by its property (`sla`, `roles`, `name` …; `forms.<key>` for a form's own title). */
  | 'FLOW'
  /** A step, named by its key. */
  | 'STEP'
  /** The transitions between two steps, named `from→to`. */
  | 'TRANSITION';

/** Whether an entry of a flow definition was added, removed or changed. */
export type FlowChangeKind =
  /** Only in the newer version. */
  | 'ADDED'
  /** In both, with different values. */
  | 'CHANGED'
  /** Only in the older version. */
  | 'REMOVED';

/** What changed between two versions of a flow. */
export type FlowDiff = {
  __typename?: 'FlowDiff';
  /**
   * Every change with its values before and after: flow settings first, then steps, transitions and form
   * fields, each in definition order. Canvas positions (`layout`) and the version number are not compared.
   */
  changes: Array<FlowChange>;
  /** Form fields (`form.field`) only in the newer version. */
  fieldsAdded: Array<Scalars['String']['output']>;
  /** Form fields whose type, requirement or options changed. */
  fieldsChanged: Array<Scalars['String']['output']>;
  /** Form fields only in the older version. */
  fieldsRemoved: Array<Scalars['String']['output']>;
  /** Whether the offer policy changed. */
  offerPolicyChanged: Scalars['Boolean']['output'];
  /** Whether the SLA policy changed. */
  slaChanged: Scalars['Boolean']['output'];
  /** Keys of steps only in the newer version. */
  stepsAdded: Array<Scalars['String']['output']>;
  /** Keys of steps present in both but configured differently. */
  stepsChanged: Array<Scalars['String']['output']>;
  /** Keys of steps only in the older version. */
  stepsRemoved: Array<Scalars['String']['output']>;
  /** Transitions (`from→to`) only in the newer version. */
  transitionsAdded: Array<Scalars['String']['output']>;
  /** Transitions whose guard or outcome changed. */
  transitionsChanged: Array<Scalars['String']['output']>;
  /** Transitions only in the older version. */
  transitionsRemoved: Array<Scalars['String']['output']>;
};

/** The editable draft of a flow template. */
export type FlowDraft = {
  __typename?: 'FlowDraft';
  /** The draft bundle, in the engine's definition format. */
  definition: Scalars['JSON']['output'];
  /** Optimistic-concurrency revision: a save must name the revision it was based on. */
  revision: Scalars['Int']['output'];
  /** How the draft stands against the newest published version: clean, unpublished changes, or invalid. */
  state: FlowDraftState;
  /** When the draft was last saved. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved it last. */
  updatedBy?: Maybe<User>;
};

/** How a draft stands against the newest published version of its template. */
export type FlowDraftState =
  /** The draft's content is the newest published version's content. */
  | 'CLEAN'
  /** The draft has errors that block publication (see `validateFlowDefinition`). */
  | 'INVALID'
  /** The draft differs from the newest published version, or nothing is published yet, and it would publish. */
  | 'UNPUBLISHED';

/** What a flow is for. */
export type FlowKind =
  /** Complaint handling (投诉处理), on the regulatory clock. */
  | 'COMPLAINT'
  /** Loan application and post-loan work. */
  | 'LOAN'
  /** Overdue-debt or other negotiation (协商). */
  | 'NEGOTIATION'
  /** Customer service (enterprise reception, service plans). */
  | 'SERVICE'
  /** Satisfaction follow-up (回访). */
  | 'SURVEY_FOLLOW_UP';

/**
 * A flow template: a named flow with an editable draft and immutable published versions. Cases run on a
 * published version and stay pinned to it until migrated.
 */
export type FlowTemplate = Node & {
  __typename?: 'FlowTemplate';
  /** Archived templates accept no new cases. */
  archived: Scalars['Boolean']['output'];
  /** When the template was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The editable draft, if any. */
  draft?: Maybe<FlowDraft>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Stable key, unique, e.g. `minsheng-e-negotiation`. */
  key: Scalars['String']['output'];
  /** What the flow is for. */
  kind: FlowKind;
  /** The newest published version, if any. */
  latestVersion?: Maybe<FlowVersion>;
  /** Display name in both languages. */
  name: LocalizedText;
  /** When the template last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** One published version by number. */
  version?: Maybe<FlowVersion>;
  /** Published versions, newest first. */
  versions: Array<FlowVersion>;
};

/**
 * A flow template: a named flow with an editable draft and immutable published versions. Cases run on a
 * published version and stay pinned to it until migrated.
 */
export type FlowTemplateVersionArgs = {
  version: Scalars['Int']['input'];
};

/** A page of flow templates. */
export type FlowTemplateConnection = {
  __typename?: 'FlowTemplateConnection';
  /** The items with their cursors. */
  edges: Array<FlowTemplateEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of templates matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A flow template with its cursor. */
export type FlowTemplateEdge = {
  __typename?: 'FlowTemplateEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The template. */
  node: FlowTemplate;
};

/** One value that differs between two versions of a flow definition. */
export type FlowValueChange = {
  __typename?: 'FlowValueChange';
  /** The value in the newer version; null when it is not set. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The value in the older version; null when it was not set. */
  before?: Maybe<Scalars['JSON']['output']>;
  /**
   * Where the value is inside its entry, e.g. `assignTo.role`, `choices[product].text`, `on:approved.guard`
   * (list items are named by their key, name or value when they have one, else by position).
   */
  path: Scalars['String']['output'];
};

/**
 * An immutable published version of a flow template: one bundle of steps, transitions, forms, rules,
 * SLA policy, offer policy and survey, identified by a content hash.
 */
export type FlowVersion = Node & {
  __typename?: 'FlowVersion';
  /** SHA-256 of the canonical bundle. */
  contentHash: Scalars['String']['output'];
  /** The whole bundle, in the engine's definition format. */
  definition: Scalars['JSON']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Number of cases pinned to this version that are not closed or cancelled (department scoping applies). */
  openCaseCount: Scalars['Int']['output'];
  /** Cases pinned to this version that are not closed or cancelled (department scoping as in `Query.cases`). */
  openCases: CaseConnection;
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it. */
  publishedBy?: Maybe<User>;
  /** Release notes written at publication. */
  releaseNotes?: Maybe<Scalars['String']['output']>;
  /** The SLA policy of the flow. */
  slaPolicy?: Maybe<SlaPolicy>;
  /** The steps. */
  steps: Array<Step>;
  /** The transitions between steps. */
  transitions: Array<Transition>;
  /** Version number, 1, 2, 3 … per template. */
  version: Scalars['Int']['output'];
};

/**
 * An immutable published version of a flow template: one bundle of steps, transitions, forms, rules,
 * SLA policy, offer policy and survey, identified by a content hash.
 */
export type FlowVersionOpenCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A follow-up or return visit the flow scheduled. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** True once it came due and the step was opened. */
  done: Scalars['Boolean']['output'];
  /** When it is due. */
  dueAt: Scalars['DateTime']['output'];
  /** Its id (the durable timer's key). */
  id: Scalars['ID']['output'];
  /** Follow-up or return visit. */
  kind: FollowUpKind;
  /** The step that handles it. */
  stepKey: Scalars['String']['output'];
};

/** Kind of a scheduled follow-up. */
export type FollowUpKind =
  /** A follow-up on the agreement (e.g. checking the first payment). */
  | 'FOLLOW_UP'
  /** A return visit to the customer. */
  | 'RETURN_VISIT';

/** A form of a step or a survey page, in the engine's form format. */
export type FormDefinition = {
  __typename?: 'FormDefinition';
  /** The whole form definition. */
  definition: Scalars['JSON']['output'];
  /** The form's fields. */
  fields: Array<FormField>;
};

/** A field of a form. */
export type FormField = {
  __typename?: 'FormField';
  /** Label in both languages. */
  label: LocalizedText;
  /** Name, unique within the form; the data key. */
  name: Scalars['String']['output'];
  /** Whether the field is required (a rule may override). */
  required: Scalars['Boolean']['output'];
  /** Field type: text, textarea, number, money, date, select, multiSelect, phone, prcId, bankCard, file, rating, or a plug-in type. */
  type: Scalars['String']['output'];
};

/** A case that changed, for a live inbox (`Subscription.inboxChanges`). */
export type InboxCaseChange = {
  __typename?: 'InboxCaseChange';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** When that newest event was recorded. */
  updatedAt: Scalars['DateTime']['output'];
  /** The case's version: the position of its newest event in its log (grows with every change). */
  version: Scalars['Int']['output'];
};

/** A page of the inbox. */
export type InboxConnection = {
  __typename?: 'InboxConnection';
  /** The rows with their cursors. */
  edges: Array<InboxEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** An inbox row with its cursor. */
export type InboxEdge = {
  __typename?: 'InboxEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: InboxItem;
};

/** Conditions narrowing an inbox view; omitted conditions do not narrow. */
export type InboxFilter = {
  /** Only cases in this complaint category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases from these channels. */
  channels?: InputMaybe<Array<Channel>>;
  /** Only cases due at or after this instant. */
  dueFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases due before this instant. */
  dueTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases opened at or after this instant. */
  openedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases opened before this instant. */
  openedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases in this queue. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** A case number (`C-2026-000123`, exact), or a customer's mobile number or PRC ID number (exact, through the blind index). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cases in one of these SLA states (computed from the due time, now). */
  slaStates?: InputMaybe<Array<SlaState>>;
  /** Only cases with this step active (a step key). */
  stepKey?: InputMaybe<Scalars['String']['input']>;
  /** Only cases on these flow templates (keys). */
  templateKeys?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** One row of the inbox: what an agent needs to pick the next case. */
export type InboxItem = {
  __typename?: 'InboxItem';
  /** The case. */
  case: Case;
  /** The active steps, with their names. */
  currentSteps: Array<InboxStep>;
  /** The customer's name, masked. */
  customerName: Scalars['String']['output'];
  /** The customer's phone, masked. */
  customerPhone?: Maybe<Scalars['String']['output']>;
  /** Due time of the current SLA. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The flow's name. */
  flowName: LocalizedText;
  /** The SLA state now. */
  slaState: SlaState;
  /** When the SLA state turns to `WARNING` (24 hours before `dueAt`). */
  warningAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An active step of a case in the inbox. */
export type InboxStep = {
  __typename?: 'InboxStep';
  /** The step's key. */
  key: Scalars['String']['output'];
  /** The step's name. */
  name: LocalizedText;
};

/** Which cases an inbox shows. Only open and paused cases are listed. */
export type InboxView =
  /** Cases assigned to the caller. */
  | 'MY_CASES'
  /** Cases in the queues of the caller's departments (assigned or not); unassigned ones can be claimed. */
  | 'MY_QUEUES'
  /** Cases assigned to members of the caller's departments, the caller included. */
  | 'MY_TEAM'
  /** Cases nobody is assigned to, in the departments the caller sees. */
  | 'UNASSIGNED';

/**
 * What the insight queries count. Days are Asia/Shanghai calendar days. Every dimension narrows the figures to
 * the events that happened while the case had that value (its flow version, department, assignee, channel and
 * category at the time of each event).
 */
export type InsightFilter = {
  /** Only while the case was assigned to this user. */
  agent?: InputMaybe<Scalars['ID']['input']>;
  /** Only this complaint category. */
  category?: InputMaybe<Scalars['ID']['input']>;
  /** Only this intake channel (e.g. `HOTLINE`). */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Only this department (code). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only this flow (template key). */
  flowKey?: InputMaybe<Scalars['String']['input']>;
  /** Only this version of the flow. */
  flowVersion?: InputMaybe<Scalars['Int']['input']>;
  /** First day of the period (inclusive). */
  from: Scalars['Date']['input'];
  /** Last day of the period (inclusive); a period holds at most 366 days. */
  to: Scalars['Date']['input'];
};

/** Complaint findings (溯源整改: root cause and remedy recorded at closing) over a period. */
export type InsightFindings = {
  __typename?: 'InsightFindings';
  /** By complaint category and root cause. */
  byCategory: Array<FindingCategoryCount>;
  /** By root cause, most frequent first. */
  byCause: Array<FindingCount>;
  /** By day and root cause (days with findings only). */
  days: Array<FindingDay>;
  /** Findings recorded in the period. */
  total: Scalars['Int']['output'];
};

/** Negotiation figures of a period. */
export type InsightNegotiation = {
  __typename?: 'InsightNegotiation';
  /** Offers proposed and agreements signed in the period by repayment plan kind (the offer's `kind`, e.g. `equalInstalment`); plans kept or broken are not followed (no event records repayments). */
  byPlanKind: Array<InsightPlanKind>;
  /** Every day of the period. */
  days: Array<InsightNegotiationDay>;
  /** The period's totals (`day` is the period's last day). */
  totals: InsightNegotiationDay;
};

/** Negotiation figures of one day. */
export type InsightNegotiationDay = {
  __typename?: 'InsightNegotiationDay';
  /** Agreements signed. */
  agreementsSigned: Scalars['Int']['output'];
  /** Offers the customer asked to change. */
  changesRequested: Scalars['Int']['output'];
  /** The day. */
  day: Scalars['Date']['output'];
  /** Offers the customer accepted. */
  offersAccepted: Scalars['Int']['output'];
  /** Offers proposed. */
  offersProposed: Scalars['Int']['output'];
  /** Amount owed put under the signed plans. */
  restructured: Scalars['Fen']['output'];
  /** Amount waived (waivers and settlement discounts) by the signed plans. */
  waived: Scalars['Fen']['output'];
};

/** Offers and signed agreements of one repayment plan kind in a period. */
export type InsightPlanKind = {
  __typename?: 'InsightPlanKind';
  /** Agreements signed on an offer of this kind. */
  agreementsSigned: Scalars['Int']['output'];
  /** The plan kind (`equalInstalment`, `equalPrincipal`, `instalmentWithFee`, `interestFrozen`, `extension`, `lumpSumSettlement`). */
  kind: Scalars['String']['output'];
  /** Offers of this kind proposed. */
  offersProposed: Scalars['Int']['output'];
  /** Amount owed that those agreements restructured (integer fen). */
  restructured: Scalars['Fen']['output'];
  /** Amount those agreements waived (integer fen). */
  waived: Scalars['Fen']['output'];
};

/** Satisfaction and the complaint rate over a period. */
export type InsightSatisfaction = {
  __typename?: 'InsightSatisfaction';
  /** By the case's assignee at each survey event. */
  byAgent: Array<SatisfactionGroup>;
  /** By the case's complaint category. */
  byCategory: Array<SatisfactionGroup>;
  /** By the case's flow version at each survey event. */
  byFlow: Array<SatisfactionGroup>;
  /** By the `outcome` the survey event carried (the case's end outcome when it had reached one). */
  byOutcome: Array<SatisfactionGroup>;
  /** Complaint cases opened per 10,000 customers served (cases opened on all flows) in the period; null when none served. */
  complaintRate?: Maybe<Scalars['Float']['output']>;
  /** The complaint rate per day of the period. */
  complaintRateDays: Array<ComplaintRateDay>;
  /** Cases of COMPLAINT-kind flows opened in the period. */
  complaintsOpened: Scalars['Int']['output'];
  /** Cases opened on all flows in the period (customers served). */
  customersServed: Scalars['Int']['output'];
  /** Per day of the period (every day, zeros included). */
  days: Array<SatisfactionDay>;
  /** The period's figures. */
  totals: SatisfactionScores;
};

/** SLA and regulatory-clock figures of a period. */
export type InsightSla = {
  __typename?: 'InsightSla';
  /** met ÷ (met + missed), null when no case with an SLA closed. */
  compliance?: Maybe<Scalars['Float']['output']>;
  /** Every day of the period. */
  days: Array<InsightSlaDay>;
  /** The period's totals (`day` is the period's last day). */
  totals: InsightSlaDay;
};

/** SLA and regulatory-clock figures of one day. */
export type InsightSlaDay = {
  __typename?: 'InsightSlaDay';
  /** SLA breaches recorded. */
  breaches: Scalars['Int']['output'];
  /** The day. */
  day: Scalars['Date']['output'];
  /** Complaint deadlines extended. */
  extensions: Scalars['Int']['output'];
  /** Cases closed within their SLA. */
  met: Scalars['Int']['output'];
  /** Cases closed after breaching their SLA. */
  missed: Scalars['Int']['output'];
  /** Complaints closed on time after an extension. */
  regulatoryExtended: Scalars['Int']['output'];
  /** Complaints closed late. */
  regulatoryLate: Scalars['Int']['output'];
  /** Complaints closed on time without an extension. */
  regulatoryOnTime: Scalars['Int']['output'];
};

/** How far the insight roll-ups are behind the case event log. */
export type InsightStatus = {
  __typename?: 'InsightStatus';
  /** Whether the working generation has caught up with the log. */
  caughtUp: Scalars['Boolean']['output'];
  /** Recorded time of the last event the followers scanned. */
  foldedUpTo?: Maybe<Scalars['DateTime']['output']>;
  /** The generation queries read (a rebuild starts a new one); null before the first fold. */
  generation?: Maybe<Scalars['Int']['output']>;
  /** logHead − foldedUpTo in milliseconds (0 when caught up; null before the first fold). */
  lagMs?: Maybe<Scalars['Float']['output']>;
  /** Recorded time of the newest event in the log. */
  logHead?: Maybe<Scalars['DateTime']['output']>;
};

/** How many cases wait at one step now (entered minus left, over all time). */
export type InsightStepBacklog = {
  __typename?: 'InsightStepBacklog';
  /** Cases (tokens) at the step. */
  count: Scalars['Int']['output'];
  /** The step key. */
  step: Scalars['String']['output'];
};

/** Time spent in one step by the steps left in the period. */
export type InsightStepTime = {
  __typename?: 'InsightStepTime';
  /** totalMs ÷ count (null when none). */
  averageMs?: Maybe<Scalars['Float']['output']>;
  /** Number of stays summed. */
  count: Scalars['Int']['output'];
  /** Times the step was entered in the period. */
  entered: Scalars['Int']['output'];
  /** Times the step was left in the period. */
  left: Scalars['Int']['output'];
  /** The step key. */
  step: Scalars['String']['output'];
  /** Sum of the time spent, in milliseconds. */
  totalMs: Scalars['Float']['output'];
};

/** Time spent in steps left on one day. */
export type InsightTimeDay = {
  __typename?: 'InsightTimeDay';
  /** Number of stays summed. */
  count: Scalars['Int']['output'];
  /** The day. */
  day: Scalars['Date']['output'];
  /** Sum of the time spent, in milliseconds. */
  totalMs: Scalars['Float']['output'];
};

/** Time-in-step figures of a period. */
export type InsightTimeInStep = {
  __typename?: 'InsightTimeInStep';
  /** Every day of the period. */
  days: Array<InsightTimeDay>;
  /** Per step, slowest average first. */
  steps: Array<InsightStepTime>;
};

/** Volume figures of a period. */
export type InsightVolume = {
  __typename?: 'InsightVolume';
  /** Cases waiting at each step now (the period does not apply). */
  backlog: Array<InsightStepBacklog>;
  /** By complaint category. */
  byCategory: Array<InsightVolumeGroup>;
  /** By intake channel. */
  byChannel: Array<InsightVolumeGroup>;
  /** By department. */
  byDepartment: Array<InsightVolumeGroup>;
  /** By flow version (`flowKey@version`). */
  byFlow: Array<InsightVolumeGroup>;
  /** Cases cancelled in the period. */
  cancelled: Scalars['Int']['output'];
  /** Cases closed in the period. */
  closed: Scalars['Int']['output'];
  /** Every day of the period, zeros included. */
  days: Array<InsightVolumeDay>;
  /** Cases open now (opened minus closed and cancelled, over all time; the period does not apply). */
  openNow: Scalars['Int']['output'];
  /** Cases opened in the period. */
  opened: Scalars['Int']['output'];
};

/** Cases opened, closed and cancelled on one day. */
export type InsightVolumeDay = {
  __typename?: 'InsightVolumeDay';
  /** Cases cancelled. */
  cancelled: Scalars['Int']['output'];
  /** Cases closed. */
  closed: Scalars['Int']['output'];
  /** The day. */
  day: Scalars['Date']['output'];
  /** Cases opened. */
  opened: Scalars['Int']['output'];
};

/** Cases opened, closed and cancelled in the period for one value of a dimension. */
export type InsightVolumeGroup = {
  __typename?: 'InsightVolumeGroup';
  /** Cases cancelled. */
  cancelled: Scalars['Int']['output'];
  /** Cases closed. */
  closed: Scalars['Int']['output'];
  /** The value: a channel code, `flowKey@version`, a department code or a category id; empty when the case had none. */
  key: Scalars['String']['output'];
  /** Cases opened. */
  opened: Scalars['Int']['output'];
};

/** The form a customer fills in through an intake link. */
export type IntakeForm = {
  __typename?: 'IntakeForm';
  /** When the link expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The flow's name. */
  flowName: LocalizedText;
  /** The form, in the engine's SurveyJS-shaped format (docs/flows.md); null when there is no customer form. */
  form?: Maybe<Scalars['JSON']['output']>;
  /** The first step the customer completes (its form is `form`); null when the flow starts with staff work. */
  stepKey?: Maybe<Scalars['String']['output']>;
  /** The same form as SurveyJS JSON, for the SurveyJS runtime; null when there is no customer form. */
  surveyJson?: Maybe<Scalars['JSON']['output']>;
  /** The flow template's key. */
  templateKey: Scalars['String']['output'];
};

/** What a customer gets back after opening a case through an intake link. */
export type IntakeReceipt = {
  __typename?: 'IntakeReceipt';
  /** The new case's reference, to quote when contacting the bank. */
  caseReference: Scalars['String']['output'];
  /** A customer link to follow the case (offers, signature), valid for 30 days. */
  followUpLink: CustomerLink;
  /** True when this is the first result of a repeated submit (nothing new was opened). */
  replayed: Scalars['Boolean']['output'];
};

/** A text in both languages Parley speaks. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English. */
  en: Scalars['String']['output'];
  /** Simplified Chinese (zh-CN). */
  zh: Scalars['String']['output'];
};

/** A text in both languages, as input. Both are required and trimmed; neither may be empty. */
export type LocalizedTextInput = {
  /** English, 1–100 characters. */
  en: Scalars['String']['input'];
  /** Simplified Chinese (zh-CN), 1–100 characters. */
  zh: Scalars['String']['input'];
};

/** A problem found by the migration dry run. */
export type MigrationProblem = {
  __typename?: 'MigrationProblem';
  /** Stable code, e.g. `UNMAPPED_STEP`, `CASE_NOT_ACTIVE`, `KIND_CHANGED`. */
  code: Scalars['String']['output'];
  /** The problem in both languages. */
  message: LocalizedText;
  /** Where in the case state, e.g. `tokens[0]`. */
  path: Scalars['String']['output'];
  /** `error` blocks the migration of the case; `warning` does not. */
  severity: Scalars['String']['output'];
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** ISO 4217 currency code; always `CNY` in version 1. */
  currency: Scalars['String']['output'];
  /** The amount in integer fen. */
  fen: Scalars['Fen']['output'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The customer accepts the offer shown by their link (public; the token is the credential). */
  acceptOffer: CustomerView;
  /** Attaches a file to a case (PDF, images, Office documents, text; at most 5 MiB), stored in the database (GridFS) and recorded in the event log with its SHA-256. */
  addAttachment: Attachment;
  /** Approves a review step. */
  approveStep: CaseCommandResult;
  /** Archives a template: no new cases; running cases continue. */
  archiveFlowTemplate: FlowTemplate;
  /**
   * Archives (retires) a survey. An archived survey is left out of `surveys` unless `includeArchived`, is
   * read-only (saving, publishing and rolling back get `SURVEY_ARCHIVED`), cannot be sent on demand and
   * cannot be newly referenced by a flow (publishing a flow draft that names it is refused with the problem
   * `SURVEY_ARCHIVED`). Flow versions already published keep sending the version they pin (or the newest, for
   * `pin: latest`), and links already sent keep working. Already archived: `SURVEY_ARCHIVED`. Audited
   * (`survey.archive`); needs `survey.write`.
   */
  archiveSurvey: Survey;
  /** Closes many resolved cases at once; each case succeeds or fails on its own. */
  bulkCloseCases: Array<BulkCaseResult>;
  /** Reassigns many cases at once; each case succeeds or fails on its own. */
  bulkReassignCases: Array<BulkCaseResult>;
  /** Cancels a running case. */
  cancelCase: CaseCommandResult;
  /** Changes the signed-in user's password (ends their other sessions). */
  changePassword: Scalars['Boolean']['output'];
  /** Takes an unassigned case (or one already the caller's) into the caller's inbox. */
  claimCase: CaseCommandResult;
  /** Closes a case that reached an end step. */
  closeCase: CaseCommandResult;
  /** Adds a comment to a case's log. */
  commentOnCase: CaseCommandResult;
  /** The customer asks for changes to the offer shown by their link; the case goes back to plan drafting (public). */
  counterOffer: CustomerView;
  /** Creates an API client for another bank system; the key is shown once, only its hash is stored. */
  createApiClient: ApiClientWithKey;
  /** Creates a complaint category, at the root or under `parentId`. */
  createComplaintCategory: ComplaintCategory;
  /** Creates a department. */
  createDepartment: Department;
  /** Creates a flow template from scratch (an empty valid draft), from a shipped seed, or from a definition. */
  createFlowTemplate: FlowTemplate;
  /** Creates a queue in a department. */
  createQueue: Queue;
  /** Creates a custom role with named permissions. */
  createRole: Role;
  /** Creates a survey with a draft definition. */
  createSurvey: Survey;
  /** Creates a user with an initial password. */
  createUser: User;
  /** Subscribes a receiver URL to case events; the signing secret is returned this once. */
  createWebhookSubscription: WebhookSubscriptionWithSecret;
  /** Approves (the clock is extended at once, in the same batch) or declines a complaint-extension request. Needs `case.assign` and the flow's `furtherExtensionApproverRole`; never the requester's own request. */
  decideComplaintExtension: CaseCommandResult;
  /** Approves or declines an offer waiting for approval. Needs the role the authority matrix named; approval proposes the offer with the approver's authority. */
  decideOfferApproval: CaseCommandResult;
  /** Deletes a category with no children that no case references; otherwise `REFERENCED` (deactivate it instead). */
  deleteComplaintCategory: Scalars['Boolean']['output'];
  /** Deletes a department together with its queues. Refused with `REFERENCED` (the message names every reason, `extensions.details` counts them) while it has open cases or members, or while a flow's routing (newest version or draft) or a complaint category's routing names it. Needs `user.manage`; audited. */
  deleteDepartment: Scalars['Boolean']['output'];
  /** Deletes one of the caller's saved inbox views; false when there was none with this id. */
  deleteInboxView: Scalars['Boolean']['output'];
  /** Deletes a queue. Refused with `REFERENCED` (the message names every reason) while it holds open cases, or while a flow's routing (newest version or draft) or a complaint category's routing names it. Needs `user.manage`; audited. */
  deleteQueue: Scalars['Boolean']['output'];
  /** Deletes a custom role. Built-in roles are refused (`FORBIDDEN`); a role still held by users, or one that a flow (newest version or draft) gives a flow role to, is refused with `REFERENCED`, saying how many hold it and which flows name it. Needs `user.manage`; audited. */
  deleteRole: Scalars['Boolean']['output'];
  /** Disables a subscription: no new deliveries are created for it and its pending ones are not sent. */
  disableWebhookSubscription: WebhookSubscription;
  /** Escalates a case one level. */
  escalateCase: CaseCommandResult;
  /** Extends the regulatory complaint clock: 15 → 30 days, then a further 30 days with the approval of a supervisor. The customer is told (a notification effect). */
  extendComplaintDeadline: CaseCommandResult;
  /** Checks a whole XLSX workbook of complaint categories (the `exportComplaintCategories` layout) and, only when no row has a problem and `dryRun` is false, creates and updates the categories by code in one pass. */
  importComplaintCategories: ComplaintCategoryImportResult;
  /** Imports a template exported by `exportFlowTemplate`; refuses unknown or invalid input with paths and imports nothing then. */
  importFlowTemplate: FlowTemplate;
  /** Issues a signed, expiring link for the customer to see the current offer, accept or counter it, and sign the agreement. The token is shown once; the event log records its id and expiry. */
  issueCustomerLink: CustomerLink;
  /** Issues a signed, expiring intake link that lets customers open cases on a flow themselves (e.g. published on the bank's website or sent by SMS). The token is shown once; the configuration audit log records its id. */
  issueIntakeLink: CustomerLink;
  /** Links two cases. A complaint linked to a negotiation whose category pauses linked negotiations pauses that negotiation's clock until the complaint ends. */
  linkCases: CaseCommandResult;
  /** Logs a contact attempt at a communication step (checked by the flow's contact-compliance guard). */
  logCommunication: CaseCommandResult;
  /** Signs in with a password; returns a short-lived access token and a rotating refresh token. */
  login: AuthPayload;
  /** Ends the session of a refresh token. */
  logout: Scalars['Boolean']['output'];
  /**
   * Moves running cases from one published version of a template to another: the dry run first (blocked
   * cases are skipped, each with its reasons), then the rest in batches. Each case is moved by appending the
   * engine's `caseMigrated` event to its log (a concurrent change makes that case FAILED with `CONFLICT`),
   * and gets a `case.migrate` entry in the configuration audit log.
   */
  migrateCases: CaseMigrationResult;
  /** Moves a category (with its subtree) under another parent, or to the root when `parentId` is null. */
  moveComplaintCategory: ComplaintCategory;
  /** Opens a case on a published flow version. With an idempotency key a retry returns the first result. */
  openCase: CaseCommandResult;
  /** Stops the case's SLA clock (e.g. waiting for the customer's documents). */
  pauseCaseClock: CaseCommandResult;
  /** Does nothing and returns true: a liveness probe for clients, and the no-op baseline of `pnpm bench`. */
  ping: Scalars['Boolean']['output'];
  /**
   * Proposes a repayment plan at an offer (plan-drafting) step. The engine builds the plan, checks it
   * against the flow's offer policy and the authority matrix. Within the caller's authority the offer is
   * proposed (event `offerProposed`); outside it, an approval request goes to the role the matrix names
   * (event `offerApprovalRequested`) and the step waits; nobody may make it: `OFFER_OUTSIDE_AUTHORITY`.
   */
  proposeOffer: CaseCommandResult;
  /** Publishes the draft as a new immutable version; refused with `DEFINITION_INVALID` and the problems if it is invalid. */
  publishFlowTemplate: FlowVersion;
  /** Publishes a survey's draft as a new version. */
  publishSurvey: Survey;
  /** Assigns a case to a user (and optionally moves it to another queue). */
  reassignCase: CaseCommandResult;
  /** Rebuilds the insight roll-ups from the case event log: a new generation is folded from the beginning by the background followers while queries keep reading the previous one until the new one has caught up. Administrators (`user.manage`). */
  rebuildInsight: InsightStatus;
  /** Records the customer's consent to be contacted during quiet hours (22:00–08:00), valid from `grantedAt` until `expiresAt` (open-ended when omitted); the contact-compliance guard honours it in `logCommunication` and `contactCheck`. Event `contactConsentRecorded`. */
  recordContactConsent: CaseCommandResult;
  /** Staff record the customer's answer at a confirmation step, given on an assisted channel (phone, branch): acceptance or a request for changes. Customers answering themselves use their link (`acceptOffer`, `counterOffer`). */
  recordCustomerResponse: CaseCommandResult;
  /** Exchanges a refresh token for a new pair; the old refresh token stops working (reuse revokes the session). */
  refreshSession: AuthPayload;
  /** Rejects a review step. */
  rejectStep: CaseCommandResult;
  /** Gives a case the caller holds back to its queue. */
  releaseCase: CaseCommandResult;
  /** Renames a complaint category (both languages at once). */
  renameComplaintCategory: ComplaintCategory;
  /** Renames a department (both languages at once). Needs `user.manage`, like creating one; audited. */
  renameDepartment: Department;
  /** Renames a queue (both languages at once). Needs `user.manage`, like creating one; audited. */
  renameQueue: Queue;
  /** Sets the order of all children of a parent (or of the roots) at once. */
  reorderComplaintCategories: Array<ComplaintCategory>;
  /** Puts a dead-lettered delivery back in the queue for a fresh round of attempts. */
  replayWebhookDelivery: WebhookDelivery;
  /** Asks for an extension of the regulatory complaint clock. Nothing changes until a supervisor other than the requester approves it (`decideComplaintExtension`); a request already waiting: `APPROVAL_PENDING`. */
  requestComplaintExtension: CaseCommandResult;
  /** Resets a user's password: a new password shown this once (never stored in clear). Every session of the user ends; audited. */
  resetUserPassword: PasswordResetResult;
  /** Restores an archived survey: listed, editable and usable by flows again. Not archived: `BAD_USER_INPUT`. Audited (`survey.restore`); needs `survey.write`. */
  restoreSurvey: Survey;
  /** Restarts a paused SLA clock. */
  resumeCaseClock: CaseCommandResult;
  /** Returns one customer field in plain text; needs `case.reveal-pii` and is recorded in the case's log. */
  revealCustomerField?: Maybe<Scalars['String']['output']>;
  /** Revokes an API client: its key stops working at once. */
  revokeApiClient: ApiClient;
  /** Publishes an earlier version's bundle again as a new version (a roll back that keeps history). */
  rollbackFlowTemplate: FlowVersion;
  /**
   * Rolls a survey back: publishes an earlier version's definition again as a new version (history is kept)
   * and makes it the draft, so the editor continues from what is live. `baseRevision` is the draft revision
   * the editor loaded; a stale one gets `CONFLICT` and changes nothing.
   */
  rollbackSurvey: Survey;
  /** Replaces the subscription's signing secret; the new secret is returned this once. The previous secret keeps signing beside it (a second `v1=` in `X-Parley-Signature`) for `graceHours`. Needs `webhook.manage`. */
  rotateWebhookSecret: WebhookSubscriptionWithSecret;
  /** Saves the draft. `baseRevision` must be the revision the editor loaded; a stale save gets `CONFLICT` and changes nothing. */
  saveFlowDraft: FlowDraft;
  /** Saves a named inbox view (view and filter) for the caller; a view of the same name is replaced. */
  saveInboxView: SavedInboxView;
  /** Saves a survey's draft (optimistic concurrency as for flows). */
  saveSurveyDraft: Survey;
  /** Sends a published survey to the case's customer now (on demand): a signed, single-use link; the URL is returned once. Needs case.work and sight of the case. */
  sendSurvey: SurveyInvitation;
  /** Signs and sends a `ping` event to the subscription's receiver now (same egress rule and signature as every delivery) and records it in the delivery log; a failed test goes to the dead letters. Needs `webhook.manage`. */
  sendTestWebhook: WebhookDelivery;
  /** Activates or deactivates a category (deactivating keeps history; the subtree follows). */
  setComplaintCategoryActive: ComplaintCategory;
  /** Sets who belongs to a department (replaces its member list). Adding a member gives them the department's cases: the caller must belong to it or see every department; audited. */
  setDepartmentMembers: Department;
  /**
   * The customer signs the agreement for the accepted offer (public). The server renders the agreement PDF
   * (plan and schedule, CJK text, the signature), stores it, records its SHA-256, the signer, time, IP
   * address and user agent in the event log, and completes the e-signature step.
   */
  signAgreement: CustomerView;
  /**
   * A customer files a complaint on the public complaint form (public, no account). Everything is validated
   * before anything is written (the text by the engine's form rules, the customer's details as `openCase`
   * does, attachments as `addAttachment` does); then a case is opened on the complaint flow, routed to the
   * department and queue of the chosen category, with the customer as the actor, and the attachments are
   * added to it. Rate-limited per address; one complaint per idempotency key. The receipt carries the case
   * reference and a signed link to follow the complaint.
   */
  submitComplaint: ComplaintReceipt;
  /**
   * The customer submits a form step of theirs (`CustomerView.formSteps`) through their link (public; the
   * token is the credential). Validated by the engine exactly as `submitStep` is (`FORM_INVALID` with
   * field paths under `data`); file fields may only name files uploaded through the same link for that
   * step (`uploadCustomerFile`). Recorded in the case's log with the customer as the actor. Rate-limited
   * like the link's other operations; with an idempotency key a retry returns the first answer.
   */
  submitCustomerStep: CustomerView;
  /**
   * A customer opens a case through an intake link (public). The customer's details and the answers to the
   * flow's first customer form are validated by the engine before anything is written; the case is opened
   * with the customer as the actor and the form submitted in the same request. Rate-limited per address.
   * The receipt carries the case reference and a customer link to follow the case.
   */
  submitIntake: IntakeReceipt;
  /** Submits a form step's data; validated by the same rules as in the browser (`FORM_INVALID` with field paths). */
  submitStep: CaseCommandResult;
  /** The customer's one answer through a survey link (public: the token is the credential). Validated by the engine; rate-limited per token and address. */
  submitSurveyAnswer: PublicSurveyResult;
  /** Changes an API client's name, scopes or rate limit (omitted fields stay). A scope it does not carry yet must be one the caller holds; the key itself does not change, and its new scopes apply from its next request. A revoked client cannot be changed. */
  updateApiClient: ApiClient;
  /** Changes a category's names, severity, SLA policy, routing, required fields or regulatory codes. */
  updateComplaintCategory: ComplaintCategory;
  /** Changes a custom role's names or permissions (built-in roles are fixed). Whoever changes it must hold every permission added or removed; audited. */
  updateRole: Role;
  /** Changes a working calendar (holidays and make-up working days of a year). Open cases' SLA deadlines are recomputed and each change is recorded in the case's log and the configuration audit log. */
  updateSlaCalendar: SlaCalendarChange;
  /** Changes a user's display name, roles, departments or active flag. */
  updateUser: User;
  /** Changes a webhook subscription's receiver URL, event types or whether it is enabled (omitted fields stay). The URL is checked as on creation; re-enabling delivers events recorded from then on, not those recorded while it was disabled. */
  updateWebhookSubscription: WebhookSubscription;
  /**
   * The customer uploads a file for a file field of one of their form steps, through their link (public).
   * Stored as `addAttachment` stores it (encrypted at rest, recorded in the case's log with its SHA-256,
   * the customer as the actor; same types and 5 MiB limit). Returns the reference to put in the form's data.
   */
  uploadCustomerFile: CustomerFile;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationAcceptOfferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationAddAttachmentArgs = {
  caseId: Scalars['ID']['input'];
  contentBase64: Scalars['String']['input'];
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationApproveStepArgs = {
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  data?: InputMaybe<Scalars['JSON']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationArchiveFlowTemplateArgs = {
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationArchiveSurveyArgs = {
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationBulkCloseCasesArgs = {
  caseIds: Array<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationBulkReassignCasesArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  caseIds: Array<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCancelCaseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationClaimCaseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  finding?: InputMaybe<ComplaintFindingInput>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCommentOnCaseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCounterOfferArgs = {
  comment: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateComplaintCategoryArgs = {
  input: CreateComplaintCategoryInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateFlowTemplateArgs = {
  input: CreateFlowTemplateInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateQueueArgs = {
  departmentCode: Scalars['String']['input'];
  input: CreateQueueInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDecideComplaintExtensionArgs = {
  approve: Scalars['Boolean']['input'];
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDecideOfferApprovalArgs = {
  approve: Scalars['Boolean']['input'];
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDeleteComplaintCategoryArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDeleteDepartmentArgs = {
  code: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDeleteInboxViewArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDeleteQueueArgs = {
  code: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDeleteRoleArgs = {
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationDisableWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationEscalateCaseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationExtendComplaintDeadlineArgs = {
  approvedBy?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationImportComplaintCategoriesArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fileBase64: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationImportFlowTemplateArgs = {
  document: Scalars['JSON']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationIssueCustomerLinkArgs = {
  caseId: Scalars['ID']['input'];
  expiresInHours?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationIssueIntakeLinkArgs = {
  channel?: InputMaybe<Channel>;
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  expiresInHours?: InputMaybe<Scalars['Int']['input']>;
  templateKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationLinkCasesArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  relatedCaseId: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationLogCommunicationArgs = {
  answered: Scalars['Boolean']['input'];
  caseId: Scalars['ID']['input'];
  channel: Scalars['String']['input'];
  contact: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
  summary: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationMigrateCasesArgs = {
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  fromVersion: Scalars['Int']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepMapping: Array<StepMappingInput>;
  templateKey: Scalars['String']['input'];
  toVersion: Scalars['Int']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationMoveComplaintCategoryArgs = {
  id: Scalars['ID']['input'];
  order?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationOpenCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenCaseInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationPauseCaseClockArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationProposeOfferArgs = {
  caseId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['JSON']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['JSON']['input'];
  stepKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationPublishFlowTemplateArgs = {
  baseRevision: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationPublishSurveyArgs = {
  baseRevision: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationReassignCaseArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRecordContactConsentArgs = {
  caseId: Scalars['ID']['input'];
  evidence: Scalars['String']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  grantedAt: Scalars['DateTime']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRecordCustomerResponseArgs = {
  accepted: Scalars['Boolean']['input'];
  caseId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRejectStepArgs = {
  caseId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['JSON']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  stepKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationReleaseCaseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRenameComplaintCategoryArgs = {
  id: Scalars['ID']['input'];
  name: LocalizedTextInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRenameDepartmentArgs = {
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRenameQueueArgs = {
  code: Scalars['String']['input'];
  departmentCode: Scalars['String']['input'];
  name: LocalizedTextInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationReorderComplaintCategoriesArgs = {
  orderedIds: Array<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRequestComplaintExtensionArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  mode: PasswordResetMode;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRestoreSurveyArgs = {
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationResumeCaseClockArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRevealCustomerFieldArgs = {
  caseId: Scalars['ID']['input'];
  field: CustomerField;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRollbackFlowTemplateArgs = {
  key: Scalars['String']['input'];
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
  toVersion: Scalars['Int']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRollbackSurveyArgs = {
  baseRevision: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  releaseNotes?: InputMaybe<Scalars['String']['input']>;
  toVersion: Scalars['Int']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationRotateWebhookSecretArgs = {
  graceHours?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSaveFlowDraftArgs = {
  baseRevision: Scalars['Int']['input'];
  definition: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSaveInboxViewArgs = {
  input: SaveInboxViewInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSaveSurveyDraftArgs = {
  baseRevision: Scalars['Int']['input'];
  definition: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSendSurveyArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  surveyKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSetComplaintCategoryActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSetDepartmentMembersArgs = {
  departmentCode: Scalars['String']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSignAgreementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  signature: SignatureInput;
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSubmitComplaintArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: PublicComplaintInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSubmitCustomerStepArgs = {
  data: Scalars['JSON']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSubmitIntakeArgs = {
  customer?: InputMaybe<CustomerInput>;
  data: Scalars['JSON']['input'];
  idempotencyKey: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSubmitStepArgs = {
  caseId: Scalars['ID']['input'];
  data: Scalars['JSON']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationSubmitSurveyAnswerArgs = {
  answers: Scalars['JSON']['input'];
  token: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateApiClientArgs = {
  id: Scalars['ID']['input'];
  input: UpdateApiClientInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateComplaintCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateComplaintCategoryInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
  key: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateSlaCalendarArgs = {
  background?: InputMaybe<Scalars['Boolean']['input']>;
  input: SlaCalendarYearInput;
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUpdateWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookSubscriptionInput;
};

/** Changes to Parley. Every mutation validates all of its input before writing anything. */
export type MutationUploadCustomerFileArgs = {
  contentBase64: Scalars['String']['input'];
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stepKey: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Anything with a globally unique, opaque id. */
export type Node = {
  /** Opaque global id. */
  id: Scalars['ID']['output'];
};

/** An offer made on a case: a repayment plan with its computed summary. */
export type Offer = {
  __typename?: 'Offer';
  /** The role whose authority covered it (the proposer's or the approver's). */
  authorisedRole: Scalars['String']['output'];
  /** The customer's comment when they asked for changes. */
  customerComment?: Maybe<Scalars['String']['output']>;
  /** The offer's id (from the event log). */
  id: Scalars['ID']['output'];
  /** The plan input as proposed (engine format). */
  input: Scalars['JSON']['output'];
  /** The plan with its schedule. */
  plan: RepaymentPlanPreview;
  /** When it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** Who proposed it (`user:<id>` or `api:<id>`). */
  proposedBy: Scalars['String']['output'];
  /** Its state. */
  status: OfferStatus;
  /** The offer step it was made at. */
  stepKey: Scalars['String']['output'];
};

/** An offer outside its proposer's authority, routed to the role the authority matrix names. */
export type OfferApprovalRequest = {
  __typename?: 'OfferApprovalRequest';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** The case's reference. */
  caseReference: Scalars['String']['output'];
  /** The approver's remark. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When it was decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who decided (`user:<id>`). */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** The plan as proposed. */
  plan: RepaymentPlanPreview;
  /** When. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked (`user:<id>`). */
  requestedBy: Scalars['String']['output'];
  /** The role that may approve it. */
  requiredRole: Scalars['String']['output'];
  /** Its state. */
  status: OfferApprovalStatus;
  /** The offer step. */
  stepKey: Scalars['String']['output'];
};

/** State of an offer approval request. */
export type OfferApprovalStatus =
  /** Approved: the offer was proposed with the approver's authority. */
  | 'APPROVED'
  /** Declined: the step is open for a new proposal. */
  | 'DECLINED'
  /** Waiting for an approver. */
  | 'PENDING'
  /** Another proposal or approval replaced it. */
  | 'SUPERSEDED';

/** What `proposeOffer` would do with an offer, for the caller, now. */
export type OfferCheck = {
  __typename?: 'OfferCheck';
  /** The refusal's code when not within authority (e.g. `OFFER_INVALID`, `OFFER_NOT_ELIGIBLE`). */
  code?: Maybe<Scalars['String']['output']>;
  /** The refusal in both languages. */
  message?: Maybe<LocalizedText>;
  /** Policy or plan problems, with paths inside `plan` (or `data`). */
  problems: Array<ValidationProblem>;
  /** The role whose approval the offer needs (with `NEEDS_APPROVAL`). */
  requiredRole?: Maybe<Scalars['String']['output']>;
  /** The verdict. */
  verdict: OfferCheckVerdict;
};

/** The verdict of `checkOffer`. */
export type OfferCheckVerdict =
  /** Refused by the plan maths, the offer policy, eligibility, the step or the form (see `problems`). */
  | 'INVALID'
  /** Outside the caller's authority: proposing sends it to `requiredRole` for approval. */
  | 'NEEDS_APPROVAL'
  /** Outside every role's authority: it cannot be proposed. */
  | 'OUTSIDE_AUTHORITY'
  /** Within the caller's authority: proposing sends it to the customer. */
  | 'WITHIN_AUTHORITY';

/** State of an offer. */
export type OfferStatus =
  /** Accepted by the customer. */
  | 'ACCEPTED'
  /** The customer asked for changes. */
  | 'CHANGES_REQUESTED'
  /** Proposed, waiting for the customer. */
  | 'PROPOSED'
  /** Signed by the customer. */
  | 'SIGNED'
  /** Replaced by a newer offer. */
  | 'SUPERSEDED';

/** A case to open. */
export type OpenCaseInput = {
  /** Assign the new case to the caller (users only). */
  assignToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Complaint category (must exist and be active); its routing picks department and queue unless given. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Channel of intake. */
  channel: Channel;
  /** The customer. */
  customer: CustomerInput;
  /** Start data for the flow's fields (e.g. pre-filled from CRM), validated by the engine. */
  data?: InputMaybe<Scalars['JSON']['input']>;
  /** Handling department's code (overrides the category's routing). */
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  /** Queue (overrides the category's routing). */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * When the bank received the complaint or request; default: now. The complaint clock and the case's SLA
   * count from it (the day of receipt itself is not counted). An earlier time backdates the case — e.g. a
   * letter or a branch complaint entered later — and needs `receivedAtReason`; it may be at most 30 days
   * back and not in the future. Backdating is recorded in the case's audit chain (event `receiptBackdated`).
   */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the case is backdated (1–500 characters); required when `receivedAt` is more than 10 minutes before now. */
  receivedAtReason?: InputMaybe<Scalars['String']['input']>;
  /** The flow template's key. */
  templateKey: Scalars['String']['input'];
  /** Published version to pin; the newest when omitted. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede `startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How a reset password reaches the user. */
export type PasswordResetMode =
  /** A new random password, shown once to the administrator, who passes it on. */
  'PASSWORD';

/** The outcome of a password reset: shown once, never readable again. */
export type PasswordResetResult = {
  __typename?: 'PasswordResetResult';
  /** The mode used. */
  mode: PasswordResetMode;
  /** The new password (mode PASSWORD). */
  password?: Maybe<Scalars['String']['output']>;
  /** The user whose password was reset. */
  user: User;
};

/** A review or approval step waiting for a flow role the caller holds. */
export type PendingReview = {
  __typename?: 'PendingReview';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** The case's reference. */
  caseReference: Scalars['String']['output'];
  /** The flow's name. */
  flowName: LocalizedText;
  /** The flow role the step waits for. */
  role: Scalars['String']['output'];
  /** When the step became active. */
  since: Scalars['DateTime']['output'];
  /** The step's key. */
  stepKey: Scalars['String']['output'];
  /** The step's name. */
  stepName: LocalizedText;
};

/** What a permission is about: the role matrix groups permissions by it. */
export type PermissionGroup =
  /** Audit logs. */
  | 'AUDIT'
  /** Working calendars. */
  | 'CALENDARS'
  /** Cases: reading, working, assigning, personal data. */
  | 'CASES'
  /** Complaint categories. */
  | 'CATEGORIES'
  /** Flow templates and satisfaction surveys. */
  | 'FLOWS_SURVEYS'
  /** API clients and webhooks. */
  | 'INTEGRATIONS'
  /** Users, roles, departments and queues. */
  | 'PEOPLE';

/** One permission of the catalogue, explained in words. */
export type PermissionInfo = {
  __typename?: 'PermissionInfo';
  /** What it allows, in both languages. */
  description: LocalizedText;
  /** What it is about. */
  group: PermissionGroup;
  /** The permission's name, e.g. `case.reveal-pii`. */
  key: Scalars['String']['output'];
};

/** One instalment of a repayment plan (amounts in fen). */
export type PlanInstalment = {
  __typename?: 'PlanInstalment';
  /** Due date (Asia/Shanghai calendar date). */
  dueDate: Scalars['Date']['output'];
  /** Fee in this instalment. */
  fee: Money;
  /** Interest in this instalment. */
  interest: Money;
  /** 1-based period number. */
  period: Scalars['Int']['output'];
  /** Principal repaid in this instalment. */
  principal: Money;
  /** Amount financed still outstanding after it. */
  remainingPrincipal: Money;
  /** What the customer pays in this instalment. */
  total: Money;
};

/** A file attached to a public complaint (the same rules as `addAttachment`: PDF, images, Office documents, text; at most 5 MiB; content must match the type). */
export type PublicAttachmentInput = {
  /** The file's bytes, base64-encoded. */
  contentBase64: Scalars['String']['input'];
  /** MIME type; must match the content. */
  contentType: Scalars['String']['input'];
  /** File name as the customer sees it, 1–200 characters. */
  fileName: Scalars['String']['input'];
};

/** A complaint category as the public complaint form shows it: its customer-facing name and its active sub-categories. */
export type PublicComplaintCategory = {
  __typename?: 'PublicComplaintCategory';
  /** Active sub-categories, in order. */
  children: Array<PublicComplaintCategory>;
  /** The category's id (to pass as `PublicComplaintInput.categoryId`). */
  id: Scalars['ID']['output'];
  /** The customer-facing name. */
  name: LocalizedText;
};

/** A complaint filed on the public complaint form. */
export type PublicComplaintInput = {
  /** Attached files, at most 5. */
  attachments?: InputMaybe<Array<PublicAttachmentInput>>;
  /** The chosen category (an active one from `publicComplaintCategories`); its routing picks the department and queue. */
  categoryId: Scalars['ID']['input'];
  /** The customer's contact details: name and mobile number are required, the ID number optional. */
  customer: CustomerInput;
  /** What happened, 1–4000 characters. */
  text: Scalars['String']['input'];
};

/** What a survey link shows the customer. */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  /** When it was answered; null before. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case's reference, for the customer's orientation; null when expired. */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** When the link stops working; null when expired. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The survey in the engine's form format (questions, rules); null unless OPEN. */
  form?: Maybe<Scalars['JSON']['output']>;
  /** The link's state. */
  status: PublicSurveyStatus;
  /** The same survey as SurveyJS JSON (for other renderers); null unless OPEN. */
  surveyJson?: Maybe<Scalars['JSON']['output']>;
  /** The survey's title; null when expired. */
  title?: Maybe<LocalizedText>;
};

/** The result of an answer. */
export type PublicSurveyResult = {
  __typename?: 'PublicSurveyResult';
  /** When the answer was recorded. */
  answeredAt: Scalars['DateTime']['output'];
  /** ANSWERED. */
  status: PublicSurveyStatus;
};

/** The state of a survey link. */
export type PublicSurveyStatus =
  /** Already answered (each link takes one answer). */
  | 'ANSWERED'
  /** No longer valid. */
  | 'EXPIRED'
  /** Waiting for the customer's answer. */
  | 'OPEN';

/** Read access to Parley. */
export type Query = {
  __typename?: 'Query';
  /** API clients of other bank systems (never their secrets). */
  apiClients: Array<ApiClient>;
  /** API clients of other bank systems by name, paged by keyset (the cursor is the last name seen; never their secrets). */
  apiClientsPage: ApiClientConnection;
  /** Active users a case can be reassigned to from the inbox: those sharing a department with the caller (everyone active with `case.all-departments`), by display name. Needs `case.assign`. */
  assignableUsers: Array<User>;
  /** One case by id. */
  case?: Maybe<Case>;
  /** One case by its human reference (exact, e.g. `C-2026-000123`); null when there is none or the caller may not see it. */
  caseByReference?: Maybe<Case>;
  /** Cases visible to the caller (department scoping applies). */
  cases: CaseConnection;
  /** Cases of one customer by exact PRC ID number or phone (blind-index lookup; department scoping applies). */
  casesByCustomer: Array<Case>;
  /**
   * Checks an offer exactly as `proposeOffer` would (the step, the flow's offer policy, eligibility and the
   * authority matrix, for the caller), without writing anything: the offer builder shows it before sending.
   * Needs `case.work`.
   */
  checkOffer: OfferCheck;
  /** Complaint categories as a flat, ordered list (tree order: parents before children, siblings by `order`). */
  complaintCategories: ComplaintCategoryConnection;
  /** One complaint category by id. */
  complaintCategory?: Maybe<ComplaintCategory>;
  /** What the complaint-category editor's pickers offer: the JR/T 0169-2018 vocabulary, the SLA policies of the complaint flows and the fields of the complaint forms. */
  complaintCategoryOptions: ComplaintCategoryOptions;
  /** The complaint category tree: the root categories, each with its `children`. */
  complaintCategoryTree: Array<ComplaintCategory>;
  /** The regulator's complaint report for a period (JR/T 0169-2018: channel × business type × cause). Needs case.assign. */
  complaintReport: ComplaintReport;
  /** The root causes a complaint's finding is recorded in (溯源整改), in the order pickers show them. Needs case.read. */
  complaintRootCauses: Array<ComplaintRootCause>;
  /** What a complaint tracking link shows: the complaint's status, its deadline and what has happened, in plain words (no staff names, no internal codes, no personal data). Public; the signed, unexpired token is the credential. */
  complaintTracking: ComplaintTracking;
  /** Who appears in the configuration audit log and which kinds of entity it records, for the audit page's filters. */
  configAuditFacets: ConfigAuditFacets;
  /** The configuration audit log: who changed which definition, when, and what. */
  configAuditLog: ConfigAuditConnection;
  /** Whether the contact-compliance guard allows contacting this number or address now (quiet hours, daily attempt limit), without logging anything. */
  contactCheck: ContactCheck;
  /** What a customer link shows: the case's current offer and what the customer may do. Public; the signed, unexpired token is the credential. */
  customerView: CustomerView;
  /** All departments with their queues. */
  departments: Array<Department>;
  /** Every complaint category as an XLSX workbook (one row each, parent by code), base64-encoded. */
  exportComplaintCategories: ComplaintCategoryExport;
  /** A template as a portable JSON document (schema version, names, kind, a version's bundle). */
  exportFlowTemplate: Scalars['JSON']['output'];
  /** One flow template by its key. */
  flowTemplate?: Maybe<FlowTemplate>;
  /** Flow templates (negotiation, complaint, service …). */
  flowTemplates: FlowTemplateConnection;
  /** One published flow version: the newest when `version` is omitted. */
  flowVersion?: Maybe<FlowVersion>;
  /** What changed between two published versions of a template (steps, transitions, fields, rules). */
  flowVersionDiff: FlowDiff;
  /** The agent workspace's inbox: one view (my cases, my queues, unassigned, my team) with filters and a search, soonest due first, keyset-paged (department scoping applies). */
  inbox: InboxConnection;
  /** The caller's saved inbox views, by name. */
  inboxViews: Array<SavedInboxView>;
  /** Complaint findings (溯源整改) grouped by root cause and category over time. Needs case.assign. */
  insightFindings: InsightFindings;
  /** Insight: offers proposed and accepted, agreements signed and the amounts restructured and waived (integer fen), per day and in total. Needs `case.assign`. */
  insightNegotiation: InsightNegotiation;
  /** Satisfaction from answered surveys (roll-ups). Needs case.assign, like the other insight queries. */
  insightSatisfaction: InsightSatisfaction;
  /** Insight: SLA breaches and compliance of the cases closed in the period, and the regulatory complaint clock's outcomes (on time, extended, late). Needs `case.assign`. */
  insightSla: InsightSla;
  /** Insight: how far the roll-ups are behind the case event log. Needs `case.assign`. */
  insightStatus: InsightStatus;
  /** Insight: time spent in each step (steps left in the period), as exact sums and counts, and per day. Needs `case.assign`. */
  insightTimeInStep: InsightTimeInStep;
  /** Insight: cases opened, closed and cancelled per day of the period, by channel, flow, category and department, and the cases waiting at each step now. Read from the daily roll-ups only (docs/insight.md). Needs `case.assign`; without `case.all-departments` the figures are those of the caller's departments. */
  insightVolume: InsightVolume;
  /** What a customer intake link offers: the flow's name and the form the customer fills in to open a case. Public; the signed, unexpired token is the credential. */
  intakeForm: IntakeForm;
  /** The signed-in user. */
  me?: Maybe<User>;
  /** The caller's inbox: open and paused cases assigned to them, soonest due first. */
  myInbox: CaseConnection;
  /** Any object by its global id. */
  node?: Maybe<Node>;
  /** Complaint-deadline extension requests waiting for a decision, on the cases the caller may see, oldest first. Needs `case.assign`; reads only. */
  pendingComplaintExtensions: Array<ComplaintExtensionRequest>;
  /** Offers outside their proposer's authority, waiting for an approver, oldest first; only those the caller's roles may decide unless `all`. Reads only. */
  pendingOfferApprovals: Array<OfferApprovalRequest>;
  /** Review and approval steps (e.g. a superior review) waiting for a flow role the caller holds, on the cases the caller may see, oldest first. Needs `case.assign`. */
  pendingReviews: Array<PendingReview>;
  /** The permission catalogue, grouped and explained in both languages (for the role matrix). */
  permissions: Array<PermissionInfo>;
  /**
   * Dry run of a case migration: for each case, where its active steps would move, what would be dropped
   * or cancelled, and what blocks the move. Nothing is written.
   */
  planCaseMigration: CaseMigrationPlan;
  /** The repayment plan the engine's maths makes of a plan input (nothing is stored). Needs `case.read`. */
  previewRepaymentPlan: RepaymentPlanPreview;
  /** What changing one year of a calendar would do, without writing anything: how many open cases' SLA and complaint deadlines would move, with a sample of before/after. The input is validated as `updateSlaCalendar` validates it. Needs `calendar.manage`. */
  previewSlaCalendarChange: SlaCalendarChangePreview;
  /** The complaint categories a customer may choose on the public complaint form: the active categories as a tree, with their customer-facing names only (no codes, routing or regulatory fields). Public. */
  publicComplaintCategories: Array<PublicComplaintCategory>;
  /** What a survey link shows the customer (public: the token is the credential); rate-limited per token and address. */
  publicSurvey: PublicSurvey;
  /** Open-case counts per queue the caller may see (department scoping applies). */
  queueCounts: Array<QueueCount>;
  /** All roles. */
  roles: Array<Role>;
  /** The flow templates shipped with Parley (from the bank documents), to create a template from. */
  seedFlowTemplates: Array<SeedFlowTemplate>;
  /**
   * What if the newest cases had run on the saved draft: the last `last` cases (newest first) on the
   * template's newest published version, visible to the caller (department scoping as in `cases`), each
   * with its recorded commands issued again at their recorded times against the draft. Counts the cases
   * that would take another path, breach their SLA differently, or be blocked by a refusal. Reads only.
   */
  simulateDraftOnCases: DraftWhatIfReport;
  /** Working calendars used by SLA policies, with the years they hold. */
  slaCalendars: Array<SlaCalendar>;
  /** The progress of the recompute of open cases after a calendar change (stored in the database; any server process reports it). Null when unknown. Needs `calendar.manage`. */
  slaRecompute?: Maybe<SlaRecompute>;
  /** One survey by key. */
  survey?: Maybe<Survey>;
  /** Survey answers with their case's attributes, newest first (keyset paging). Needs case.assign; department-scoped unless case.all-departments. */
  surveyAnswers: SurveyAnswerConnection;
  /** What changed between two published versions of a survey, question by question. */
  surveyVersionDiff: SurveyDiff;
  /** Survey definitions. */
  surveys: SurveyConnection;
  /** Users (administrators and supervisors), by username; pages by keyset (the cursor is the last username seen). */
  users: UserConnection;
  /** Validates a flow definition without saving it: every problem with its path, in both languages. */
  validateFlowDefinition: ValidationReport;
  /** Checks a signed agreement: recomputes the SHA-256 of the stored PDF (or of the given copy) and compares it with the hash recorded in the case's event log when it was signed. */
  verifyAgreement: AgreementVerification;
  /** Verifies the hash chains of case logs (one case, or all) and the daily anchors; reports the first broken link. */
  verifyAudit: AuditVerification;
  /** The webhook delivery log, newest first: one entry per (subscription, event), with its attempts. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The case event types a webhook subscription can name, with their words in both languages (`*` means all of them; `ping` is only sent by `sendTestWebhook`). Needs `webhook.manage`. */
  webhookEventTypes: Array<WebhookEventType>;
  /** Webhook subscriptions of other systems, newest first (never their secrets). */
  webhookSubscriptions: Array<WebhookSubscription>;
  /** Webhook subscriptions, newest first, paged by keyset on (creation time, id), so new subscriptions never shift a later page (never their secrets). */
  webhookSubscriptionsPage: WebhookSubscriptionConnection;
};

/** Read access to Parley. */
export type QueryApiClientsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};

/** Read access to Parley. */
export type QueryCaseByReferenceArgs = {
  reference: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/** Read access to Parley. */
export type QueryCasesByCustomerArgs = {
  idNumber?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Read access to Parley. */
export type QueryCheckOfferArgs = {
  caseId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['JSON']['input']>;
  plan: Scalars['JSON']['input'];
  stepKey: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryComplaintCategoriesArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryComplaintCategoryArgs = {
  id: Scalars['ID']['input'];
};

/** Read access to Parley. */
export type QueryComplaintCategoryTreeArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Read access to Parley. */
export type QueryComplaintReportArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryComplaintTrackingArgs = {
  token: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryConfigAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConfigAuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryContactCheckArgs = {
  caseId: Scalars['ID']['input'];
  channel: Scalars['String']['input'];
  contact: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryCustomerViewArgs = {
  token: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryExportFlowTemplateArgs = {
  key: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryFlowTemplateArgs = {
  key: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryFlowTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FlowKind>;
};

/** Read access to Parley. */
export type QueryFlowVersionArgs = {
  templateKey: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryFlowVersionDiffArgs = {
  fromVersion: Scalars['Int']['input'];
  templateKey: Scalars['String']['input'];
  toVersion: Scalars['Int']['input'];
};

/** Read access to Parley. */
export type QueryInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  view: InboxView;
};

/** Read access to Parley. */
export type QueryInsightFindingsArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryInsightNegotiationArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryInsightSatisfactionArgs = {
  filter: InsightFilter;
  surveyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Read access to Parley. */
export type QueryInsightSlaArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryInsightTimeInStepArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryInsightVolumeArgs = {
  filter: InsightFilter;
};

/** Read access to Parley. */
export type QueryIntakeFormArgs = {
  token: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryMyInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

/** Read access to Parley. */
export type QueryPendingComplaintExtensionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryPendingOfferApprovalsArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryPendingReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QueryPlanCaseMigrationArgs = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  fromVersion: Scalars['Int']['input'];
  stepMapping: Array<StepMappingInput>;
  templateKey: Scalars['String']['input'];
  toVersion: Scalars['Int']['input'];
};

/** Read access to Parley. */
export type QueryPreviewRepaymentPlanArgs = {
  plan: Scalars['JSON']['input'];
};

/** Read access to Parley. */
export type QueryPreviewSlaCalendarChangeArgs = {
  input: SlaCalendarYearInput;
  key: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QueryPublicSurveyArgs = {
  token: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QuerySimulateDraftOnCasesArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  templateKey: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QuerySlaRecomputeArgs = {
  id: Scalars['ID']['input'];
};

/** Read access to Parley. */
export type QuerySurveyArgs = {
  key: Scalars['String']['input'];
};

/** Read access to Parley. */
export type QuerySurveyAnswersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: SurveyAnswerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read access to Parley. */
export type QuerySurveyVersionDiffArgs = {
  fromVersion: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  toVersion: Scalars['Int']['input'];
};

/** Read access to Parley. */
export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Read access to Parley. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Read access to Parley. */
export type QueryValidateFlowDefinitionArgs = {
  definition: Scalars['JSON']['input'];
};

/** Read access to Parley. */
export type QueryVerifyAgreementArgs = {
  caseId: Scalars['ID']['input'];
  pdfBase64?: InputMaybe<Scalars['String']['input']>;
};

/** Read access to Parley. */
export type QueryVerifyAuditArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Read access to Parley. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Read access to Parley. */
export type QueryWebhookSubscriptionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A work queue of a department. */
export type Queue = {
  __typename?: 'Queue';
  /** Code, unique within the department. */
  code: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: LocalizedText;
};

/** Open cases in one queue. */
export type QueueCount = {
  __typename?: 'QueueCount';
  /** Open cases in it (not closed or cancelled). */
  open: Scalars['Int']['output'];
  /** Of those, past their SLA due time. */
  overdue: Scalars['Int']['output'];
  /** The queue. */
  queue: Queue;
  /** Of those, unassigned. */
  unassigned: Scalars['Int']['output'];
};

/** Codes that map a category onto regulatory classification schemes. */
export type RegulatoryCodes = {
  __typename?: 'RegulatoryCodes';
  /** CFPB-shaped issue (e.g. `Attempts to collect debt not owed`). */
  cfpbIssue?: Maybe<Scalars['String']['output']>;
  /** CFPB-shaped product (e.g. `Debt collection`). */
  cfpbProduct?: Maybe<Scalars['String']['output']>;
  /** JR/T 0169-2018 business-type code (e.g. 贷款, 银行卡). */
  jrtBusinessType?: Maybe<Scalars['String']['output']>;
  /** JR/T 0169-2018 cause code (e.g. 债务催收, 服务态度及服务质量). */
  jrtCause?: Maybe<Scalars['String']['output']>;
};

/** Regulatory codes, as input. */
export type RegulatoryCodesInput = {
  /** CFPB-shaped issue. */
  cfpbIssue?: InputMaybe<Scalars['String']['input']>;
  /** CFPB-shaped product. */
  cfpbProduct?: InputMaybe<Scalars['String']['input']>;
  /** JR/T 0169-2018 business-type code. */
  jrtBusinessType?: InputMaybe<Scalars['String']['input']>;
  /** JR/T 0169-2018 cause code. */
  jrtCause?: InputMaybe<Scalars['String']['input']>;
};

/** A term of a closed regulatory vocabulary (JR/T 0169-2018). */
export type RegulatoryTerm = {
  __typename?: 'RegulatoryTerm';
  /** Parley's stable identifier (upper snake case). */
  key: Scalars['String']['output'];
  /** The term in both languages. */
  label: LocalizedText;
  /** The value stored on a category: the standard's Chinese term (e.g. `贷款`). */
  value: Scalars['String']['output'];
};

/** A repayment plan as the engine's maths computes it, for disclosure. */
export type RepaymentPlanPreview = {
  __typename?: 'RepaymentPlanPreview';
  /** Annualised cost including fees (IRR), as a decimal string, when the plan has a cost. */
  annualisedRate?: Maybe<Scalars['String']['output']>;
  /** Down payment due on the start date. */
  downPayment: Money;
  /** Amount repaid by instalments. */
  financed: Money;
  /** Waivers plus settlement discount. */
  forgiven: Money;
  /** Plan type: `equalInstalment`, `equalPrincipal`, `instalmentWithFee`, `interestFrozen`, `extension` or `lumpSumSettlement`. */
  kind: Scalars['String']['output'];
  /** Everything owed before the plan. */
  owedTotal: Money;
  /** Regulatory or policy problems found (empty when the plan is acceptable); plan input errors are raised as `OFFER_INVALID`. */
  problems: Array<ValidationProblem>;
  /** The instalments. */
  schedule: Array<PlanInstalment>;
  /** Number of instalments. */
  termMonths: Scalars['Int']['output'];
  /** Down payment plus all instalments. */
  totalDue: Money;
};

/** A role: a named set of permissions (administrator, supervisor, agent, auditor, or custom). */
export type Role = {
  __typename?: 'Role';
  /** Built-in roles cannot be removed. */
  builtIn: Scalars['Boolean']['output'];
  /** How many users hold the role, active or not (needs `user.manage`): what a change to its permissions affects, and why a delete is refused. */
  holderCount: Scalars['Int']['output'];
  /** Stable key, e.g. `supervisor`. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: LocalizedText;
  /** Permission names, e.g. `case.reveal-pii`. */
  permissions: Array<Scalars['String']['output']>;
};

/** Survey figures of one day. */
export type SatisfactionDay = {
  __typename?: 'SatisfactionDay';
  /** The day (Asia/Shanghai). */
  day: Scalars['Date']['output'];
  /** Invitations sent and answers received that day, and their scores. */
  scores: SatisfactionScores;
};

/** Survey figures for one value of a dimension. */
export type SatisfactionGroup = {
  __typename?: 'SatisfactionGroup';
  /** The value: a User global id (agent), `flowKey@version` (flow), a ComplaintCategory global id (category) or an EndOutcome (outcome); '' when the case had none. */
  key: Scalars['String']['output'];
  /** The figures of the period for this value. */
  scores: SatisfactionScores;
};

/** Survey figures: invitations sent, answers, and the NPS, CSAT and CES scores with their counts. A ratio is null when its denominator is 0. */
export type SatisfactionScores = {
  __typename?: 'SatisfactionScores';
  /** Surveys answered (`surveyAnswered`). */
  answered: Scalars['Int']['output'];
  /** Customer effort score: cesSum ÷ cesCount; null without CES answers. */
  ces?: Maybe<Scalars['Float']['output']>;
  /** Answers with a CES score (1–7). */
  cesCount: Scalars['Int']['output'];
  /** Sum of the CES scores. */
  cesSum: Scalars['Int']['output'];
  /** csatSatisfied ÷ csatCount (a share, 0–1); null without CSAT answers. */
  csat?: Maybe<Scalars['Float']['output']>;
  /** Answers with a CSAT score (1–5). */
  csatCount: Scalars['Int']['output'];
  /** CSAT answers of 4 or 5. */
  csatSatisfied: Scalars['Int']['output'];
  /** NPS answers of 0 to 6. */
  detractors: Scalars['Int']['output'];
  /** Net promoter score: (promoters − detractors) ÷ npsCount × 100; null without NPS answers. */
  nps?: Maybe<Scalars['Float']['output']>;
  /** Answers with an NPS score (0–10). */
  npsCount: Scalars['Int']['output'];
  /** NPS answers of 7 or 8. */
  passives: Scalars['Int']['output'];
  /** NPS answers of 9 or 10. */
  promoters: Scalars['Int']['output'];
  /** answered ÷ sent; null when nothing was sent. */
  responseRate?: Maybe<Scalars['Float']['output']>;
  /** Survey invitations sent (`surveySent`). */
  sent: Scalars['Int']['output'];
};

/** An inbox view to save. */
export type SaveInboxViewInput = {
  /** The filter (`search` is not saved). */
  filter?: InputMaybe<InboxFilter>;
  /** Its name, 1–40 characters (a saved view with this name is replaced). */
  name: Scalars['String']['input'];
  /** The view. */
  view: InboxView;
};

/** A named inbox view a user saved. */
export type SavedInboxView = {
  __typename?: 'SavedInboxView';
  /** The filter, as saved (an `InboxFilter`). */
  filter: Scalars['JSON']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Its name, 1–40 characters. */
  name: Scalars['String']['output'];
  /** When it was last saved. */
  updatedAt: Scalars['DateTime']['output'];
  /** The view. */
  view: InboxView;
};

/** A shipped template, from the bank documents in the seeds. */
export type SeedFlowTemplate = {
  __typename?: 'SeedFlowTemplate';
  /** A short description of what the flow does, in both languages (shown in the seed gallery). */
  description?: Maybe<LocalizedText>;
  /** The seed's key. */
  key: Scalars['String']['output'];
  /** What it is for. */
  kind: FlowKind;
  /** Its name. */
  name: LocalizedText;
  /** Where it comes from (document and section). */
  source?: Maybe<Scalars['String']['output']>;
  /** Its steps (e.g. for a thumbnail of the graph in the seed gallery). */
  steps: Array<Step>;
  /** Its transitions between steps. */
  transitions: Array<Transition>;
};

/** Severity of a complaint. */
export type Severity =
  /** Regulator-forwarded, media or mass complaint. */
  | 'CRITICAL'
  /** Escalate early; supervisor visibility. */
  | 'HIGH'
  /** Routine. */
  | 'LOW'
  /** Needs attention within the normal clock. */
  | 'MEDIUM';

/** A customer's signature. */
export type SignatureInput = {
  /** The customer confirms they have read the agreement (must be true). */
  consent: Scalars['Boolean']['input'];
  /** For DRAWN: the PNG image, base64 (a `data:image/png;base64,` prefix is allowed), at most 200 KiB. */
  imagePngBase64?: InputMaybe<Scalars['String']['input']>;
  /** Drawn or typed. */
  kind: SignatureKind;
  /** For TYPED: the full name as typed, 1–50 characters. */
  typedName?: InputMaybe<Scalars['String']['input']>;
};

/** How the customer signed. */
export type SignatureKind =
  /** Drawn on the screen (a PNG image). */
  | 'DRAWN'
  /** Typed full name. */
  | 'TYPED';

/** An SLA warning or breach on a case. */
export type SlaAlert = {
  __typename?: 'SlaAlert';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** Escalation level reached, for breaches. */
  escalationLevel?: Maybe<Scalars['Int']['output']>;
  /** Warning or breach. */
  kind: SlaAlertKind;
  /** The SLA rule, if the flow names one. */
  ruleKey?: Maybe<Scalars['String']['output']>;
  /** Position of the event in the case's log. */
  seq: Scalars['Int']['output'];
};

/** Kind of an SLA alert. */
export type SlaAlertKind =
  /** An SLA was breached. */
  | 'BREACH'
  /** The warning threshold of an SLA was reached. */
  | 'WARNING';

/** A working calendar used by SLA policies. */
export type SlaCalendar = {
  __typename?: 'SlaCalendar';
  /** One year of it, day by day: its holidays (named) and make-up working days, maintained or provisional. */
  days: SlaCalendarYear;
  /** Its key, e.g. `cn-mainland`. */
  key: Scalars['String']['output'];
  /** Number of changes made to it since it shipped. */
  revision: Scalars['Int']['output'];
  /** Its time zone, e.g. `Asia/Shanghai`. */
  timeZone: Scalars['String']['output'];
  /** The years whose holidays it holds. */
  years: Array<Scalars['Int']['output']>;
};

/** A working calendar used by SLA policies. */
export type SlaCalendarDaysArgs = {
  year: Scalars['Int']['input'];
};

/** The outcome of a calendar change. */
export type SlaCalendarChange = {
  __typename?: 'SlaCalendarChange';
  /** The calendar after the change. */
  calendar: SlaCalendar;
  /** Open cases whose SLA deadlines were recomputed: the due time moved, or it lost (or gained) its provisional mark. 0 when the recompute runs in the background (see `recompute`). */
  casesRecomputed: Scalars['Int']['output'];
  /** The recompute of open cases this change started, with its progress. */
  recompute: SlaRecompute;
};

/** What a calendar change would do to open cases, computed without writing. */
export type SlaCalendarChangePreview = {
  __typename?: 'SlaCalendarChangePreview';
  /** The calendar's key. */
  calendarKey: Scalars['String']['output'];
  /** Of those, cases with at least one deadline that would move. */
  casesAffected: Scalars['Int']['output'];
  /** Regulatory complaint deadlines that would move. */
  complaintMoves: Scalars['Int']['output'];
  /** Open cases (OPEN or PAUSED) whose deadlines count on this calendar. */
  openCases: Scalars['Int']['output'];
  /** Up to 20 moves, oldest case first. */
  samples: Array<SlaDeadlineMove>;
  /** SLA due times that would be recomputed (moved, or losing or gaining the provisional mark): what `casesRecomputed` will report. */
  slaMoves: Scalars['Int']['output'];
  /** The year changed. */
  year: Scalars['Int']['output'];
};

/** A named day of a calendar year. */
export type SlaCalendarDay = {
  __typename?: 'SlaCalendarDay';
  /** The day (Asia/Shanghai for the shipped calendar). */
  date: Scalars['Date']['output'];
  /** Its name when known, e.g. 春节; for a make-up working day, the holiday it is worked for. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A name for one day of a calendar year. */
export type SlaCalendarDayNameInput = {
  /** The day. */
  date: Scalars['Date']['input'];
  /** Its name, 1–40 characters, e.g. 春节. */
  name: Scalars['String']['input'];
};

/** One year of a working calendar. */
export type SlaCalendarYear = {
  __typename?: 'SlaCalendarYear';
  /** Days off (public holidays and the days moved next to them), ascending. */
  holidays: Array<SlaCalendarDay>;
  /** Where the schedule comes from (a notice, a stored revision, the statutory rule). */
  source?: Maybe<Scalars['String']['output']>;
  /** Maintained, provisional or missing. */
  status: SlaCalendarYearStatus;
  /** Weekend days that are working days (调休上班), ascending. */
  workdays: Array<SlaCalendarDay>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A year of a working calendar. */
export type SlaCalendarYearInput = {
  /** Public holidays (days off that would otherwise be working days). */
  holidays: Array<Scalars['Date']['input']>;
  /** Optional names of holidays and make-up days, e.g. 春节 (at most one per date; each date must be in `holidays` or `workdays`). */
  names?: InputMaybe<Array<SlaCalendarDayNameInput>>;
  /** Make-up working days (调休: weekend days that are working days). */
  workdays: Array<Scalars['Date']['input']>;
  /** The year, e.g. 2027. */
  year: Scalars['Int']['input'];
};

/** Where a calendar year's days come from. */
export type SlaCalendarYearStatus =
  /** Entered from the State Council notice (shipped or by a supervisor). */
  | 'MAINTAINED'
  /** No notice and no provisional rule: a deadline reaching it cannot be computed. */
  | 'NOT_MAINTAINED'
  /** No notice entered yet: counted on weekends and the statutory holidays only, and marked provisional. */
  | 'PROVISIONAL';

/** Which deadline of a case would move. */
export type SlaDeadlineKind =
  /** The regulatory complaint deadline (`Case.complaintClock.deadline`). */
  | 'COMPLAINT'
  /** The SLA due time (`Case.sla.dueAt`). */
  | 'SLA';

/** One deadline that a calendar change would move. */
export type SlaDeadlineMove = {
  __typename?: 'SlaDeadlineMove';
  /** The case's id. */
  caseId: Scalars['ID']['output'];
  /** The deadline now (null when none is set yet). */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** Which deadline. */
  kind: SlaDeadlineKind;
  /** The case's reference, e.g. C-2026-000123. */
  reference: Scalars['String']['output'];
  /** The deadline after the change. */
  to: Scalars['DateTime']['output'];
};

/** How a flow or category is timed. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** Business calendar id the durations are counted in. */
  calendarId: Scalars['String']['output'];
  /** The whole policy as data. */
  definition: Scalars['JSON']['output'];
  /** Stable key. */
  key: Scalars['String']['output'];
  /** Display name. */
  name: LocalizedText;
};

/** The recompute of open cases' deadlines after a calendar change; progress is stored in the database. */
export type SlaRecompute = {
  __typename?: 'SlaRecompute';
  /** The calendar's key. */
  calendarKey: Scalars['String']['output'];
  /** Open cases looked at so far (cases opened after the start can make it exceed `total`). */
  done: Scalars['Int']['output'];
  /** When it finished; null while running. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Cases whose SLA due time was recomputed so far. */
  moved: Scalars['Int']['output'];
  /** The calendar revision it recomputes for. */
  revision: Scalars['Int']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Running or done. */
  state: SlaRecomputeState;
  /** Open cases to look at (counted when it started). */
  total: Scalars['Int']['output'];
};

/** State of a recompute of open cases. */
export type SlaRecomputeState =
  /** Every open case was looked at. */
  | 'DONE'
  /** Running (or waiting to be resumed by another process after a crash). */
  | 'RUNNING';

/** Where a case stands against its due time. `WARNING` means due within 24 hours (`InboxItem.warningAt`). */
export type SlaState =
  /** Past its due time. */
  | 'BREACHED'
  /** Due later than 24 hours from now, or no due time. */
  | 'OK'
  /** Due within the next 24 hours. */
  | 'WARNING';

/** A step of a flow version. */
export type Step = {
  __typename?: 'Step';
  /** Kind-specific configuration. */
  config?: Maybe<Scalars['JSON']['output']>;
  /** The step's form, if it captures data. */
  form?: Maybe<FormDefinition>;
  /** Key, unique within the version. */
  key: Scalars['String']['output'];
  /** What kind of step it is. */
  kind: StepKind;
  /** Display name in both languages. */
  name: LocalizedText;
  /** Role required to act on the step, if any. */
  requiredRole?: Maybe<Scalars['String']['output']>;
};

/** The kinds of step the engine knows (plug-ins may add more). */
export type StepKind =
  /** Automated action (webhook). */
  | 'ACTION'
  /** Communication log (phone, video, chat, visit, letter, email). */
  | 'COMMUNICATION'
  /** Customer confirmation: accept or ask for changes. */
  | 'CONFIRMATION'
  /** Exclusive decision. */
  | 'DECISION'
  /** End, with an outcome. */
  | 'END'
  /** Form / data capture. */
  | 'FORM'
  /** Notification to the customer or staff. */
  | 'NOTIFICATION'
  /** Parallel join. */
  | 'PARALLEL_JOIN'
  /** Parallel split. */
  | 'PARALLEL_SPLIT'
  /** Plan (offer) drafting. */
  | 'PLAN'
  /** Review or approval by a required role. */
  | 'REVIEW'
  /** Electronic signature. */
  | 'SIGNATURE'
  /** Sub-flow / linked case. */
  | 'SUB_FLOW'
  /** Survey sent to the customer. */
  | 'SURVEY'
  /** Wait / timer. */
  | 'WAIT';

/** One entry of a step mapping: a step of the source version and the step of the target version it becomes. */
export type StepMappingInput = {
  /** Step key in the source version. */
  from: Scalars['String']['input'];
  /** Step key in the target version. */
  to: Scalars['String']['input'];
};

/**
 * Live updates over WebSocket: the graphql-ws protocol on the same `/graphql` path. Authenticate with
 * `connectionParams: { authorization: "Bearer <token>" }` (or `ApiKey <key>`); a connection without it is
 * refused. Events arrive within about a second of being recorded.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every new event of one case as it is recorded. Needs `case.read` and access to the case's department. */
  caseUpdated: CaseUpdate;
  /**
   * Which cases the subscriber may read changed (a step moved on, a due time, an assignee, a status: any new
   * event in the case's log), so an open inbox can refresh those rows. Sent in batches shortly after the
   * changes are recorded, one entry per case with its newest version. Only cases the subscriber may read at
   * that moment are named (`case.read`, scoped by department and assignment); a case named earlier in the
   * same stream that the subscriber no longer sees is named once more, so the inbox can drop its row.
   */
  inboxChanges: Array<InboxCaseChange>;
  /** Open-case counts of the queues the subscriber may see, sent when a count changes (`case.read`, scoped by department). */
  queueCounts: Array<QueueCount>;
  /** SLA warnings and breaches of every case the subscriber may read (`case.read`, scoped by department). */
  slaAlerts: SlaAlert;
};

/**
 * Live updates over WebSocket: the graphql-ws protocol on the same `/graphql` path. Authenticate with
 * `connectionParams: { authorization: "Bearer <token>" }` (or `ApiKey <key>`); a connection without it is
 * refused. Events arrive within about a second of being recorded.
 */
export type SubscriptionCaseUpdatedArgs = {
  caseId: Scalars['ID']['input'];
};

/** A satisfaction survey, versioned like flows. */
export type Survey = Node & {
  __typename?: 'Survey';
  /** Why it was archived, as given to `archiveSurvey`; null unless archived. */
  archiveReason?: Maybe<Scalars['String']['output']>;
  /** Whether the survey is archived (retired): hidden from the list by default, read-only, and no flow may newly refer to it. */
  archived: Scalars['Boolean']['output'];
  /** When it was archived; null unless archived. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who archived it (user name or API client name); null unless archived. */
  archivedByName?: Maybe<Scalars['String']['output']>;
  /** The newest published version's questions, in the engine's form format. */
  definition?: Maybe<Scalars['JSON']['output']>;
  /** The editable draft definition. */
  draftDefinition?: Maybe<Scalars['JSON']['output']>;
  /** The draft's revision, for optimistic concurrency. */
  draftRevision: Scalars['Int']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Stable key. */
  key: Scalars['String']['output'];
  /**
   * The flows that refer to this survey by key (`{ surveyKey, pin }`): every published flow version that
   * names it, and every flow's current draft that names it — what archiving the survey affects.
   */
  referencedBy: Array<SurveyReference>;
  /** Title in both languages. */
  title: LocalizedText;
  /** Published version number, if any. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Every published version, newest first, with its release notes and who published it when. */
  versions: Array<SurveyVersion>;
};

/** A customer's answer to a survey, with its case's attributes at answer time. */
export type SurveyAnswer = {
  __typename?: 'SurveyAnswer';
  /** The case's assignee at answer time. */
  agent?: Maybe<User>;
  /** When the customer answered. */
  answeredAt: Scalars['DateTime']['output'];
  /** Every answer by question name. */
  answers: Scalars['JSON']['output'];
  /** Global id of the case. */
  caseId: Scalars['ID']['output'];
  /** The case's reference. */
  caseReference: Scalars['String']['output'];
  /** Global id of the case's complaint category, if any. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** The case's channel. */
  channel: Scalars['String']['output'];
  /** The case's department code. */
  department?: Maybe<Scalars['String']['output']>;
  /** Key of the case's flow. */
  flowKey: Scalars['String']['output'];
  /** Version of the case's flow. */
  flowVersion: Scalars['Int']['output'];
  /** The answer's id. */
  id: Scalars['ID']['output'];
  /** The invitation answered. */
  invitationId: Scalars['ID']['output'];
  /** The case's end outcome when it had reached one at answer time. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The scores. */
  scores: SurveyAnswerScores;
  /** The invitation's step; null on demand. */
  stepKey?: Maybe<Scalars['String']['output']>;
  /** Key of the survey. */
  surveyKey: Scalars['String']['output'];
  /** Version of the survey. */
  surveyVersion: Scalars['Int']['output'];
  /** The free-text answers, in question order. */
  texts: Array<SurveyTextAnswer>;
  /** How the invitation was sent. */
  trigger: SurveyTrigger;
};

/** A page of survey answers. */
export type SurveyAnswerConnection = {
  __typename?: 'SurveyAnswerConnection';
  /** The answers with their cursors. */
  edges: Array<SurveyAnswerEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
};

/** A survey answer with its cursor. */
export type SurveyAnswerEdge = {
  __typename?: 'SurveyAnswerEdge';
  /** Opaque keyset cursor. */
  cursor: Scalars['String']['output'];
  /** The answer. */
  node: SurveyAnswer;
};

/** Which survey answers to list. */
export type SurveyAnswerFilter = {
  /** Only this case (global id). */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases of this channel. */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Only cases of this flow. */
  flowKey?: InputMaybe<Scalars['String']['input']>;
  /** Answered at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words to find in the free-text answers (case-insensitive, literal substring; Chinese or English). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this survey. */
  surveyKey?: InputMaybe<Scalars['String']['input']>;
  /** Answered before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The scores an answer gives (the first rating question of each metric). */
export type SurveyAnswerScores = {
  __typename?: 'SurveyAnswerScores';
  /** Customer effort, 1–7. */
  ces?: Maybe<Scalars['Int']['output']>;
  /** Customer satisfaction, 1–5. */
  csat?: Maybe<Scalars['Int']['output']>;
  /** Net Promoter answer, 0–10. */
  nps?: Maybe<Scalars['Int']['output']>;
};

/** One added, removed or changed question or survey setting, with the values that differ. */
export type SurveyChange = {
  __typename?: 'SurveyChange';
  /** Where the change is. */
  area: SurveyChangeArea;
  /** The question's name, or the survey property. */
  key: Scalars['String']['output'];
  /** Added, removed or changed. */
  kind: FlowChangeKind;
  /**
   * The values that differ (as in `FlowChange.values`): for an added or removed question one value with path
   * `""` and the whole question; texts in both languages are compared whole.
   */
  values: Array<FlowValueChange>;
};

/** Where in a survey a change is. */
export type SurveyChangeArea =
  /** A question, named by its `name`. */
  | 'QUESTION'
  /** A setting of the survey itself (`title`, `description` …), named by its property. */
  | 'SURVEY';

/** A page of surveys. */
export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  /** The items with their cursors. */
  edges: Array<SurveyEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of surveys. */
  totalCount: Scalars['Int']['output'];
};

/** What changed between two versions of a survey. */
export type SurveyDiff = {
  __typename?: 'SurveyDiff';
  /** Every change with its values: survey settings first, then questions in definition order. */
  changes: Array<SurveyChange>;
  /** Names of questions only in the newer version. */
  questionsAdded: Array<Scalars['String']['output']>;
  /** Names of questions in both with different settings or texts. */
  questionsChanged: Array<Scalars['String']['output']>;
  /** Names of questions only in the older version. */
  questionsRemoved: Array<Scalars['String']['output']>;
};

/** A survey with its cursor. */
export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The survey. */
  node: Survey;
};

/** An invitation to answer a survey: one signed, single-use link sent to a case's customer. */
export type SurveyInvitation = {
  __typename?: 'SurveyInvitation';
  /** The answer, once given. */
  answer?: Maybe<SurveyAnswer>;
  /** When the customer answered; null before. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation's id. */
  id: Scalars['ID']['output'];
  /** When its one reminder was sent; null before. */
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** The step that sent it (a survey step or the end step of an outcome); null on demand. */
  stepKey?: Maybe<Scalars['String']['output']>;
  /** Key of the survey sent. */
  surveyKey: Scalars['String']['output'];
  /** Version of the survey sent. */
  surveyVersion: Scalars['Int']['output'];
  /** How it was sent. */
  trigger: SurveyTrigger;
  /** The public link (`/s/<token>`): returned once, by `sendSurvey`; null whenever read afterwards. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A flow version or a flow's current draft that refers to a survey. */
export type SurveyReference = {
  __typename?: 'SurveyReference';
  /** For the flow's current draft: its revision; null for a published version. */
  draftRevision?: Maybe<Scalars['Int']['output']>;
  /** The flow template's key. */
  flowKey: Scalars['String']['output'];
  /** The flow template's name. */
  flowName: LocalizedText;
  /** The published flow version that refers to the survey; null for the flow's current draft. */
  flowVersion?: Maybe<Scalars['Int']['output']>;
  /** Where in the flow definition, e.g. `steps[2].survey`, `survey`, `surveyByOutcome.resolved`. */
  path: Scalars['String']['output'];
  /** The pin policy of the reference: `publish` (the version at the flow's publication) or `latest`. */
  pin: Scalars['String']['output'];
  /** The survey version a published `pin: publish` reference sends; null otherwise. */
  pinnedVersion?: Maybe<Scalars['Int']['output']>;
};

/** A free-text answer with its question. */
export type SurveyTextAnswer = {
  __typename?: 'SurveyTextAnswer';
  /** The question's name. */
  name: Scalars['String']['output'];
  /** What the customer wrote. */
  text: Scalars['String']['output'];
  /** The question's title. */
  title: LocalizedText;
};

/** How an invitation was sent. */
export type SurveyTrigger =
  /** A staff member, from the case screen (`sendSurvey`). */
  | 'ON_DEMAND'
  /** The flow's survey for the end outcome the case reached (`surveyByOutcome`). */
  | 'OUTCOME'
  /** A survey step of the flow. */
  | 'STEP';

/** An immutable published version of a survey. */
export type SurveyVersion = {
  __typename?: 'SurveyVersion';
  /** SHA-256 of the canonical definition. */
  contentHash: Scalars['String']['output'];
  /** The questions as published, in the engine's form format. */
  definition: Scalars['JSON']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Who published it, when a user did. */
  publishedBy?: Maybe<User>;
  /** Who published it (user name or API client name). */
  publishedByName: Scalars['String']['output'];
  /** Release notes written at publication (a roll back says which version it restored). */
  releaseNotes?: Maybe<Scalars['String']['output']>;
  /** For a roll back: the version whose definition was published again. */
  restoredFrom?: Maybe<Scalars['Int']['output']>;
  /** Version number, 1, 2, 3 … per survey. */
  version: Scalars['Int']['output'];
};

/** A transition between two steps. */
export type Transition = {
  __typename?: 'Transition';
  /** Source step key. */
  from: Scalars['String']['output'];
  /** Guard as JSON Logic; null means always. */
  guard?: Maybe<Scalars['JSON']['output']>;
  /** Readable rendering of the guard. */
  guardText?: Maybe<LocalizedText>;
  /** Target step key. */
  to: Scalars['String']['output'];
};

/** Changes to an API client; omitted fields stay as they are. */
export type UpdateApiClientInput = {
  /** New name of the system: 2–60 characters of a–z, 0–9 or `-`, starting with a letter. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Requests allowed per minute, 1–100000. */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** The complete new list of permission names the key carries (at least one); added ones must be held by the caller. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a complaint category; omitted fields stay as they are. */
export type UpdateComplaintCategoryInput = {
  /** New customer-facing names in both languages (as `renameComplaintCategory`). */
  name?: InputMaybe<LocalizedTextInput>;
  /** New regulatory codes. */
  regulatoryCodes?: InputMaybe<RegulatoryCodesInput>;
  /** Names of case fields a complaint in this category must have. */
  requiredFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New routing. */
  routing?: InputMaybe<CategoryRoutingInput>;
  /** New default severity. */
  severity?: InputMaybe<Severity>;
  /** New SLA policy key. */
  slaPolicyKey?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a custom role. */
export type UpdateRoleInput = {
  /** New names in both languages. */
  name?: InputMaybe<LocalizedTextInput>;
  /** New permission names (replaces the list). */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a user. */
export type UpdateUserInput = {
  /** Whether the account can sign in. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New department codes (replaces). */
  departments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New display name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** New role keys (replaces). */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a webhook subscription; omitted fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** False disables the subscription (like `disableWebhookSubscription`); true enables it again. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The complete new list of event types to deliver (1–50); `*` for every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The receiver's new http or https URL (no user name or password in it); checked like on creation. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A member of staff. */
export type User = Node & {
  __typename?: 'User';
  /** Whether the account can sign in. */
  active: Scalars['Boolean']['output'];
  /** Departments the user belongs to (scopes what they see). */
  departments: Array<Department>;
  /** Display name. */
  displayName: Scalars['String']['output'];
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Permission names granted by the user's roles. */
  permissions: Array<Scalars['String']['output']>;
  /** Roles held. */
  roles: Array<Role>;
  /** Login name. */
  username: Scalars['String']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items with their cursors. */
  edges: Array<UserEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of users. */
  totalCount: Scalars['Int']['output'];
};

/** A user with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** One problem found by validation. */
export type ValidationProblem = {
  __typename?: 'ValidationProblem';
  /** Stable problem code, e.g. `UNREACHABLE_STEP`. */
  code: Scalars['String']['output'];
  /** The problem in both languages. */
  message: LocalizedText;
  /** Path inside the definition, e.g. `["steps", 3, "requiredRole"]`. */
  path: Array<Scalars['String']['output']>;
  /** `error` blocks publication; `warning` does not. */
  severity: Scalars['String']['output'];
};

/** The result of validating a definition. */
export type ValidationReport = {
  __typename?: 'ValidationReport';
  /** Every problem found. */
  problems: Array<ValidationProblem>;
  /** True when no problem has severity `error`. */
  valid: Scalars['Boolean']['output'];
};

/** One attempt to deliver a webhook. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** Why it failed, if it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Attempt number, 1, 2, 3 … */
  number: Scalars['Int']['output'];
  /** How it went. */
  outcome: WebhookAttemptOutcome;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** HTTP status of the answer, if any. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** Outcome of one delivery attempt. */
export type WebhookAttemptOutcome =
  /** No answer, or not 2xx. */
  | 'FAILED'
  /** In progress (or abandoned by a crashed process until its lease expires). */
  | 'RUNNING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/** One event for one subscription, and how its delivery went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, first to last. */
  attemptLog: Array<WebhookAttempt>;
  /** Attempts made so far, replays included. */
  attempts: Scalars['Int']['output'];
  /** The case's id; null for a test delivery (`ping`). */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** When the delivery was created (the event was picked up). */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id of the case event (also sent as `X-Parley-Event-Id`; receivers de-duplicate on it). */
  eventId: Scalars['ID']['output'];
  /** Position of the event in its case's log. */
  eventSeq: Scalars['Int']['output'];
  /** Type of the event (`ping` for a test delivery). */
  eventType: Scalars['String']['output'];
  /** Opaque id (also sent as the `X-Parley-Delivery-Id` header). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, if it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last answer, if there was one. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due, while pending. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** The subscription it is for. */
  subscription?: Maybe<WebhookSubscription>;
  /** True for a test delivery sent by `sendTestWebhook`. */
  test: Scalars['Boolean']['output'];
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of deliveries matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; waits in the dead-letter list for a manual replay. */
  | 'DEAD'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Not delivered yet: waiting for its first attempt or for the next retry. */
  | 'PENDING';

/** A case event type a webhook subscription can name. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** What it means, in both languages. */
  label: LocalizedText;
  /** The type, as in `X-Parley-Event-Type`, e.g. `caseStarted`. */
  type: Scalars['String']['output'];
};

/**
 * A receiver of case events in another system. Every event whose type it subscribes to is POSTed to its
 * URL as JSON, signed with HMAC-SHA256 (`X-Parley-Signature: t=<unix>,v1=<hex>` over `<t>.<body>`).
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** False once disabled. */
  active: Scalars['Boolean']['output'];
  /** When it was created; events recorded before are not delivered to it. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it. */
  createdBy: Scalars['String']['output'];
  /** When it was disabled, if it is. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Event types delivered, e.g. `caseStarted`; `*` means every type. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Name of the receiving system, e.g. `crm-sync`. */
  name: Scalars['String']['output'];
  /** Until when the secret before the last rotation still signs deliveries (beside the new one), if it does. */
  previousSecretValidUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When its signing secret was last rotated, if ever. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The receiver's http(s) URL. */
  url: Scalars['String']['output'];
};

/** A page of webhook subscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** The items with their cursors. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of webhook subscriptions. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook subscription with its cursor. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: WebhookSubscription;
};

/** A freshly created webhook subscription with its signing secret (shown this once). */
export type WebhookSubscriptionWithSecret = {
  __typename?: 'WebhookSubscriptionWithSecret';
  /** The HMAC-SHA256 signing secret. Store it now; it cannot be shown again. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (parent: TParent, context: TContext, info: GraphQLResolveInfo) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: CaseDoc | ComplaintCategoryDoc | FlowTemplateDoc | VersionDoc | SurveyDoc | UserDoc;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agreement: ResolverTypeWrapper<AgreementView>;
  AgreementClausePart: ResolverTypeWrapper<AgreementClausePart>;
  AgreementClauseText: ResolverTypeWrapper<AgreementClauseText>;
  AgreementScheduleRow: ResolverTypeWrapper<AgreementScheduleRow>;
  AgreementText: ResolverTypeWrapper<AgreementText>;
  AgreementVerification: ResolverTypeWrapper<AgreementVerification>;
  ApiClient: ResolverTypeWrapper<ApiClientDoc>;
  ApiClientConnection: ResolverTypeWrapper<
    Omit<ApiClientConnection, 'edges'> & { edges: Array<ResolversTypes['ApiClientEdge']> }
  >;
  ApiClientEdge: ResolverTypeWrapper<Omit<ApiClientEdge, 'node'> & { node: ResolversTypes['ApiClient'] }>;
  ApiClientWithKey: ResolverTypeWrapper<
    Omit<ApiClientWithKey, 'client'> & { client: ResolversTypes['ApiClient'] }
  >;
  Attachment: ResolverTypeWrapper<Attachment>;
  AuditVerification: ResolverTypeWrapper<
    Omit<AuditVerification, 'firstBroken'> & { firstBroken?: Maybe<ResolversTypes['BrokenAuditLink']> }
  >;
  AuthPayload: ResolverTypeWrapper<Session>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokenAuditLink: ResolverTypeWrapper<BrokenLinkView>;
  BulkCaseResult: ResolverTypeWrapper<
    Omit<BulkCaseResult, 'case'> & { case?: Maybe<ResolversTypes['Case']> }
  >;
  Case: ResolverTypeWrapper<CaseDoc>;
  CaseActor: ResolverTypeWrapper<CaseActor>;
  CaseActorKind: CaseActorKind;
  CaseCommandResult: ResolverTypeWrapper<CommandOutcome>;
  CaseConnection: ResolverTypeWrapper<
    Omit<CaseConnection, 'edges'> & { edges: Array<ResolversTypes['CaseEdge']> }
  >;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventDoc>;
  CaseEventConnection: ResolverTypeWrapper<
    Omit<CaseEventConnection, 'edges'> & { edges: Array<ResolversTypes['CaseEventEdge']> }
  >;
  CaseEventEdge: ResolverTypeWrapper<Omit<CaseEventEdge, 'node'> & { node: ResolversTypes['CaseEvent'] }>;
  CaseFilter: CaseFilter;
  CaseLink: ResolverTypeWrapper<Omit<CaseLink, 'case'> & { case: ResolversTypes['Case'] }>;
  CaseLinkRelation: CaseLinkRelation;
  CaseMigrationCaseResult: ResolverTypeWrapper<CaseMigrationCaseResult>;
  CaseMigrationOutcome: CaseMigrationOutcome;
  CaseMigrationPlan: ResolverTypeWrapper<CaseMigrationPlan>;
  CaseMigrationPlanItem: ResolverTypeWrapper<CaseMigrationPlanItem>;
  CaseMigrationResult: ResolverTypeWrapper<CaseMigrationResult>;
  CaseSla: ResolverTypeWrapper<CaseSla>;
  CaseStatus: CaseStatus;
  CaseUpdate: ResolverTypeWrapper<CaseUpdate>;
  CategoryFieldOption: ResolverTypeWrapper<CategoryFieldOption>;
  CategoryRouting: ResolverTypeWrapper<CategoryRouting>;
  CategoryRoutingInput: CategoryRoutingInput;
  CategorySlaPolicyOption: ResolverTypeWrapper<CategorySlaPolicyOption>;
  Channel: Channel;
  ClockExtension: ResolverTypeWrapper<ClockExtension>;
  ComplaintCategory: ResolverTypeWrapper<ComplaintCategoryDoc>;
  ComplaintCategoryConnection: ResolverTypeWrapper<
    Omit<ComplaintCategoryConnection, 'edges'> & { edges: Array<ResolversTypes['ComplaintCategoryEdge']> }
  >;
  ComplaintCategoryEdge: ResolverTypeWrapper<
    Omit<ComplaintCategoryEdge, 'node'> & { node: ResolversTypes['ComplaintCategory'] }
  >;
  ComplaintCategoryExport: ResolverTypeWrapper<ComplaintCategoryExport>;
  ComplaintCategoryImportProblem: ResolverTypeWrapper<ComplaintCategoryImportProblem>;
  ComplaintCategoryImportResult: ResolverTypeWrapper<ComplaintCategoryImportResult>;
  ComplaintCategoryOptions: ResolverTypeWrapper<ComplaintCategoryOptions>;
  ComplaintClock: ResolverTypeWrapper<ComplaintClock>;
  ComplaintClockStatus: ComplaintClockStatus;
  ComplaintExtensionRequest: ResolverTypeWrapper<ComplaintExtensionRequest>;
  ComplaintExtensionStatus: ComplaintExtensionStatus;
  ComplaintFinding: ResolverTypeWrapper<ComplaintFinding>;
  ComplaintFindingInput: ComplaintFindingInput;
  ComplaintOutcomeCount: ResolverTypeWrapper<ComplaintOutcomeCount>;
  ComplaintRateDay: ResolverTypeWrapper<ComplaintRateDay>;
  ComplaintReceipt: ResolverTypeWrapper<ComplaintReceipt>;
  ComplaintReport: ResolverTypeWrapper<ComplaintReport>;
  ComplaintReportRow: ResolverTypeWrapper<ComplaintReportRow>;
  ComplaintRootCause: ResolverTypeWrapper<ComplaintRootCause>;
  ComplaintTracking: ResolverTypeWrapper<ComplaintTracking>;
  ComplaintTrackingEntry: ResolverTypeWrapper<ComplaintTrackingEntry>;
  ComplaintTrackingStatus: ComplaintTrackingStatus;
  ConfigAuditActor: ResolverTypeWrapper<ConfigAuditActor>;
  ConfigAuditConnection: ResolverTypeWrapper<
    Omit<ConfigAuditConnection, 'edges'> & { edges: Array<ResolversTypes['ConfigAuditEdge']> }
  >;
  ConfigAuditEdge: ResolverTypeWrapper<
    Omit<ConfigAuditEdge, 'node'> & { node: ResolversTypes['ConfigAuditEntry'] }
  >;
  ConfigAuditEntry: ResolverTypeWrapper<ConfigAuditDoc>;
  ConfigAuditFacets: ResolverTypeWrapper<ConfigAuditFacets>;
  ConfigAuditFilter: ConfigAuditFilter;
  ContactAttempt: ResolverTypeWrapper<ContactAttemptView>;
  ContactCheck: ResolverTypeWrapper<ContactCheck>;
  CreateApiClientInput: CreateApiClientInput;
  CreateComplaintCategoryInput: CreateComplaintCategoryInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateFlowTemplateInput: CreateFlowTemplateInput;
  CreateQueueInput: CreateQueueInput;
  CreateRoleInput: CreateRoleInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  Customer: ResolverTypeWrapper<CustomerRecord>;
  CustomerAction: CustomerAction;
  CustomerField: CustomerField;
  CustomerFile: ResolverTypeWrapper<CustomerFile>;
  CustomerFormStep: ResolverTypeWrapper<CustomerFormStep>;
  CustomerInput: CustomerInput;
  CustomerLink: ResolverTypeWrapper<CustomerLink>;
  CustomerView: ResolverTypeWrapper<CustomerLinkView>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: ResolverTypeWrapper<DepartmentDoc>;
  DraftWhatIfCase: ResolverTypeWrapper<DraftWhatIfCase>;
  DraftWhatIfRefusalCount: ResolverTypeWrapper<DraftWhatIfRefusalCount>;
  DraftWhatIfReport: ResolverTypeWrapper<DraftWhatIfReport>;
  ErrorCode: ErrorCode;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  FindingCategoryCount: ResolverTypeWrapper<FindingCategoryCount>;
  FindingCount: ResolverTypeWrapper<FindingCount>;
  FindingDay: ResolverTypeWrapper<FindingDay>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FlowChange: ResolverTypeWrapper<FlowChange>;
  FlowChangeArea: FlowChangeArea;
  FlowChangeKind: FlowChangeKind;
  FlowDiff: ResolverTypeWrapper<FlowDiff>;
  FlowDraft: ResolverTypeWrapper<DraftDoc>;
  FlowDraftState: FlowDraftState;
  FlowKind: FlowKind;
  FlowTemplate: ResolverTypeWrapper<FlowTemplateDoc>;
  FlowTemplateConnection: ResolverTypeWrapper<
    Omit<FlowTemplateConnection, 'edges'> & { edges: Array<ResolversTypes['FlowTemplateEdge']> }
  >;
  FlowTemplateEdge: ResolverTypeWrapper<
    Omit<FlowTemplateEdge, 'node'> & { node: ResolversTypes['FlowTemplate'] }
  >;
  FlowValueChange: ResolverTypeWrapper<FlowValueChange>;
  FlowVersion: ResolverTypeWrapper<VersionDoc>;
  FollowUp: ResolverTypeWrapper<FollowUp>;
  FollowUpKind: FollowUpKind;
  FormDefinition: ResolverTypeWrapper<EngineFormDefinition>;
  FormField: ResolverTypeWrapper<EngineFieldDefinition>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InboxCaseChange: ResolverTypeWrapper<InboxCaseChange>;
  InboxConnection: ResolverTypeWrapper<
    Omit<InboxConnection, 'edges'> & { edges: Array<ResolversTypes['InboxEdge']> }
  >;
  InboxEdge: ResolverTypeWrapper<Omit<InboxEdge, 'node'> & { node: ResolversTypes['InboxItem'] }>;
  InboxFilter: InboxFilter;
  InboxItem: ResolverTypeWrapper<InboxRow>;
  InboxStep: ResolverTypeWrapper<InboxStep>;
  InboxView: InboxView;
  InsightFilter: InsightFilter;
  InsightFindings: ResolverTypeWrapper<InsightFindings>;
  InsightNegotiation: ResolverTypeWrapper<InsightNegotiation>;
  InsightNegotiationDay: ResolverTypeWrapper<InsightNegotiationDay>;
  InsightPlanKind: ResolverTypeWrapper<InsightPlanKind>;
  InsightSatisfaction: ResolverTypeWrapper<InsightSatisfaction>;
  InsightSla: ResolverTypeWrapper<InsightSla>;
  InsightSlaDay: ResolverTypeWrapper<InsightSlaDay>;
  InsightStatus: ResolverTypeWrapper<InsightStatus>;
  InsightStepBacklog: ResolverTypeWrapper<InsightStepBacklog>;
  InsightStepTime: ResolverTypeWrapper<InsightStepTime>;
  InsightTimeDay: ResolverTypeWrapper<InsightTimeDay>;
  InsightTimeInStep: ResolverTypeWrapper<InsightTimeInStep>;
  InsightVolume: ResolverTypeWrapper<InsightVolume>;
  InsightVolumeDay: ResolverTypeWrapper<InsightVolumeDay>;
  InsightVolumeGroup: ResolverTypeWrapper<InsightVolumeGroup>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntakeForm: ResolverTypeWrapper<IntakeForm>;
  IntakeReceipt: ResolverTypeWrapper<IntakeReceipt>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  MigrationProblem: ResolverTypeWrapper<MigrationProblem>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Offer: ResolverTypeWrapper<Offer>;
  OfferApprovalRequest: ResolverTypeWrapper<OfferApprovalRequest>;
  OfferApprovalStatus: OfferApprovalStatus;
  OfferCheck: ResolverTypeWrapper<OfferCheck>;
  OfferCheckVerdict: OfferCheckVerdict;
  OfferStatus: OfferStatus;
  OpenCaseInput: OpenCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordResetMode: PasswordResetMode;
  PasswordResetResult: ResolverTypeWrapper<
    Omit<PasswordResetResult, 'user'> & { user: ResolversTypes['User'] }
  >;
  PendingReview: ResolverTypeWrapper<PendingReview>;
  PermissionGroup: PermissionGroup;
  PermissionInfo: ResolverTypeWrapper<PermissionInfo>;
  PlanInstalment: ResolverTypeWrapper<PlanInstalment>;
  PublicAttachmentInput: PublicAttachmentInput;
  PublicComplaintCategory: ResolverTypeWrapper<PublicComplaintCategory>;
  PublicComplaintInput: PublicComplaintInput;
  PublicSurvey: ResolverTypeWrapper<PublicSurveyView>;
  PublicSurveyResult: ResolverTypeWrapper<PublicSurveyResult>;
  PublicSurveyStatus: PublicSurveyStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Queue: ResolverTypeWrapper<QueueDoc>;
  QueueCount: ResolverTypeWrapper<Omit<QueueCount, 'queue'> & { queue: ResolversTypes['Queue'] }>;
  RegulatoryCodes: ResolverTypeWrapper<RegulatoryCodes>;
  RegulatoryCodesInput: RegulatoryCodesInput;
  RegulatoryTerm: ResolverTypeWrapper<RegulatoryTerm>;
  RepaymentPlanPreview: ResolverTypeWrapper<RepaymentPlanPreview>;
  Role: ResolverTypeWrapper<RoleDoc>;
  SatisfactionDay: ResolverTypeWrapper<SatisfactionDay>;
  SatisfactionGroup: ResolverTypeWrapper<SatisfactionGroup>;
  SatisfactionScores: ResolverTypeWrapper<SatisfactionScores>;
  SaveInboxViewInput: SaveInboxViewInput;
  SavedInboxView: ResolverTypeWrapper<SavedInboxViewDoc>;
  SeedFlowTemplate: ResolverTypeWrapper<
    Omit<SeedFlowTemplate, 'steps' | 'transitions'> & {
      steps: Array<ResolversTypes['Step']>;
      transitions: Array<ResolversTypes['Transition']>;
    }
  >;
  Severity: Severity;
  SignatureInput: SignatureInput;
  SignatureKind: SignatureKind;
  SlaAlert: ResolverTypeWrapper<SlaAlert>;
  SlaAlertKind: SlaAlertKind;
  SlaCalendar: ResolverTypeWrapper<SlaCalendarView>;
  SlaCalendarChange: ResolverTypeWrapper<
    Omit<SlaCalendarChange, 'calendar' | 'recompute'> & {
      calendar: ResolversTypes['SlaCalendar'];
      recompute: ResolversTypes['SlaRecompute'];
    }
  >;
  SlaCalendarChangePreview: ResolverTypeWrapper<SlaCalendarChangePreview>;
  SlaCalendarDay: ResolverTypeWrapper<SlaCalendarDay>;
  SlaCalendarDayNameInput: SlaCalendarDayNameInput;
  SlaCalendarYear: ResolverTypeWrapper<SlaCalendarYear>;
  SlaCalendarYearInput: SlaCalendarYearInput;
  SlaCalendarYearStatus: SlaCalendarYearStatus;
  SlaDeadlineKind: SlaDeadlineKind;
  SlaDeadlineMove: ResolverTypeWrapper<SlaDeadlineMove>;
  SlaPolicy: ResolverTypeWrapper<SlaPolicy>;
  SlaRecompute: ResolverTypeWrapper<SlaRecomputeProgressDoc>;
  SlaRecomputeState: SlaRecomputeState;
  SlaState: SlaState;
  Step: ResolverTypeWrapper<StepView>;
  StepKind: StepKind;
  StepMappingInput: StepMappingInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Survey: ResolverTypeWrapper<SurveyDoc>;
  SurveyAnswer: ResolverTypeWrapper<SurveyAnswerRecord>;
  SurveyAnswerConnection: ResolverTypeWrapper<
    Omit<SurveyAnswerConnection, 'edges'> & { edges: Array<ResolversTypes['SurveyAnswerEdge']> }
  >;
  SurveyAnswerEdge: ResolverTypeWrapper<
    Omit<SurveyAnswerEdge, 'node'> & { node: ResolversTypes['SurveyAnswer'] }
  >;
  SurveyAnswerFilter: SurveyAnswerFilter;
  SurveyAnswerScores: ResolverTypeWrapper<SurveyAnswerScores>;
  SurveyChange: ResolverTypeWrapper<SurveyChange>;
  SurveyChangeArea: SurveyChangeArea;
  SurveyConnection: ResolverTypeWrapper<
    Omit<SurveyConnection, 'edges'> & { edges: Array<ResolversTypes['SurveyEdge']> }
  >;
  SurveyDiff: ResolverTypeWrapper<SurveyDiff>;
  SurveyEdge: ResolverTypeWrapper<Omit<SurveyEdge, 'node'> & { node: ResolversTypes['Survey'] }>;
  SurveyInvitation: ResolverTypeWrapper<InvitationView>;
  SurveyReference: ResolverTypeWrapper<SurveyReference>;
  SurveyTextAnswer: ResolverTypeWrapper<SurveyTextAnswer>;
  SurveyTrigger: SurveyTrigger;
  SurveyVersion: ResolverTypeWrapper<VersionDoc>;
  Transition: ResolverTypeWrapper<TransitionView>;
  UpdateApiClientInput: UpdateApiClientInput;
  UpdateComplaintCategoryInput: UpdateComplaintCategoryInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookSubscriptionInput: UpdateWebhookSubscriptionInput;
  User: ResolverTypeWrapper<UserDoc>;
  UserConnection: ResolverTypeWrapper<
    Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }
  >;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  ValidationProblem: ResolverTypeWrapper<ValidationProblem>;
  ValidationReport: ResolverTypeWrapper<ValidationReport>;
  WebhookAttempt: ResolverTypeWrapper<LeaseDoc>;
  WebhookAttemptOutcome: WebhookAttemptOutcome;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryDoc>;
  WebhookDeliveryConnection: ResolverTypeWrapper<
    Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }
  >;
  WebhookDeliveryEdge: ResolverTypeWrapper<
    Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }
  >;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventType: ResolverTypeWrapper<WebhookEventType>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionDoc>;
  WebhookSubscriptionConnection: ResolverTypeWrapper<
    Omit<WebhookSubscriptionConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookSubscriptionEdge']> }
  >;
  WebhookSubscriptionEdge: ResolverTypeWrapper<
    Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversTypes['WebhookSubscription'] }
  >;
  WebhookSubscriptionWithSecret: ResolverTypeWrapper<
    Omit<WebhookSubscriptionWithSecret, 'subscription'> & {
      subscription: ResolversTypes['WebhookSubscription'];
    }
  >;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: AgreementView;
  AgreementClausePart: AgreementClausePart;
  AgreementClauseText: AgreementClauseText;
  AgreementScheduleRow: AgreementScheduleRow;
  AgreementText: AgreementText;
  AgreementVerification: AgreementVerification;
  ApiClient: ApiClientDoc;
  ApiClientConnection: Omit<ApiClientConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['ApiClientEdge']>;
  };
  ApiClientEdge: Omit<ApiClientEdge, 'node'> & { node: ResolversParentTypes['ApiClient'] };
  ApiClientWithKey: Omit<ApiClientWithKey, 'client'> & { client: ResolversParentTypes['ApiClient'] };
  Attachment: Attachment;
  AuditVerification: Omit<AuditVerification, 'firstBroken'> & {
    firstBroken?: Maybe<ResolversParentTypes['BrokenAuditLink']>;
  };
  AuthPayload: Session;
  Boolean: Scalars['Boolean']['output'];
  BrokenAuditLink: BrokenLinkView;
  BulkCaseResult: Omit<BulkCaseResult, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  Case: CaseDoc;
  CaseActor: CaseActor;
  CaseCommandResult: CommandOutcome;
  CaseConnection: Omit<CaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaseEdge']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventDoc;
  CaseEventConnection: Omit<CaseEventConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['CaseEventEdge']>;
  };
  CaseEventEdge: Omit<CaseEventEdge, 'node'> & { node: ResolversParentTypes['CaseEvent'] };
  CaseFilter: CaseFilter;
  CaseLink: Omit<CaseLink, 'case'> & { case: ResolversParentTypes['Case'] };
  CaseMigrationCaseResult: CaseMigrationCaseResult;
  CaseMigrationPlan: CaseMigrationPlan;
  CaseMigrationPlanItem: CaseMigrationPlanItem;
  CaseMigrationResult: CaseMigrationResult;
  CaseSla: CaseSla;
  CaseUpdate: CaseUpdate;
  CategoryFieldOption: CategoryFieldOption;
  CategoryRouting: CategoryRouting;
  CategoryRoutingInput: CategoryRoutingInput;
  CategorySlaPolicyOption: CategorySlaPolicyOption;
  ClockExtension: ClockExtension;
  ComplaintCategory: ComplaintCategoryDoc;
  ComplaintCategoryConnection: Omit<ComplaintCategoryConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['ComplaintCategoryEdge']>;
  };
  ComplaintCategoryEdge: Omit<ComplaintCategoryEdge, 'node'> & {
    node: ResolversParentTypes['ComplaintCategory'];
  };
  ComplaintCategoryExport: ComplaintCategoryExport;
  ComplaintCategoryImportProblem: ComplaintCategoryImportProblem;
  ComplaintCategoryImportResult: ComplaintCategoryImportResult;
  ComplaintCategoryOptions: ComplaintCategoryOptions;
  ComplaintClock: ComplaintClock;
  ComplaintExtensionRequest: ComplaintExtensionRequest;
  ComplaintFinding: ComplaintFinding;
  ComplaintFindingInput: ComplaintFindingInput;
  ComplaintOutcomeCount: ComplaintOutcomeCount;
  ComplaintRateDay: ComplaintRateDay;
  ComplaintReceipt: ComplaintReceipt;
  ComplaintReport: ComplaintReport;
  ComplaintReportRow: ComplaintReportRow;
  ComplaintRootCause: ComplaintRootCause;
  ComplaintTracking: ComplaintTracking;
  ComplaintTrackingEntry: ComplaintTrackingEntry;
  ConfigAuditActor: ConfigAuditActor;
  ConfigAuditConnection: Omit<ConfigAuditConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['ConfigAuditEdge']>;
  };
  ConfigAuditEdge: Omit<ConfigAuditEdge, 'node'> & { node: ResolversParentTypes['ConfigAuditEntry'] };
  ConfigAuditEntry: ConfigAuditDoc;
  ConfigAuditFacets: ConfigAuditFacets;
  ConfigAuditFilter: ConfigAuditFilter;
  ContactAttempt: ContactAttemptView;
  ContactCheck: ContactCheck;
  CreateApiClientInput: CreateApiClientInput;
  CreateComplaintCategoryInput: CreateComplaintCategoryInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateFlowTemplateInput: CreateFlowTemplateInput;
  CreateQueueInput: CreateQueueInput;
  CreateRoleInput: CreateRoleInput;
  CreateSurveyInput: CreateSurveyInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  Customer: CustomerRecord;
  CustomerFile: CustomerFile;
  CustomerFormStep: CustomerFormStep;
  CustomerInput: CustomerInput;
  CustomerLink: CustomerLink;
  CustomerView: CustomerLinkView;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Department: DepartmentDoc;
  DraftWhatIfCase: DraftWhatIfCase;
  DraftWhatIfRefusalCount: DraftWhatIfRefusalCount;
  DraftWhatIfReport: DraftWhatIfReport;
  Fen: Scalars['Fen']['output'];
  FindingCategoryCount: FindingCategoryCount;
  FindingCount: FindingCount;
  FindingDay: FindingDay;
  Float: Scalars['Float']['output'];
  FlowChange: FlowChange;
  FlowDiff: FlowDiff;
  FlowDraft: DraftDoc;
  FlowTemplate: FlowTemplateDoc;
  FlowTemplateConnection: Omit<FlowTemplateConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['FlowTemplateEdge']>;
  };
  FlowTemplateEdge: Omit<FlowTemplateEdge, 'node'> & { node: ResolversParentTypes['FlowTemplate'] };
  FlowValueChange: FlowValueChange;
  FlowVersion: VersionDoc;
  FollowUp: FollowUp;
  FormDefinition: EngineFormDefinition;
  FormField: EngineFieldDefinition;
  ID: Scalars['ID']['output'];
  InboxCaseChange: InboxCaseChange;
  InboxConnection: Omit<InboxConnection, 'edges'> & { edges: Array<ResolversParentTypes['InboxEdge']> };
  InboxEdge: Omit<InboxEdge, 'node'> & { node: ResolversParentTypes['InboxItem'] };
  InboxFilter: InboxFilter;
  InboxItem: InboxRow;
  InboxStep: InboxStep;
  InsightFilter: InsightFilter;
  InsightFindings: InsightFindings;
  InsightNegotiation: InsightNegotiation;
  InsightNegotiationDay: InsightNegotiationDay;
  InsightPlanKind: InsightPlanKind;
  InsightSatisfaction: InsightSatisfaction;
  InsightSla: InsightSla;
  InsightSlaDay: InsightSlaDay;
  InsightStatus: InsightStatus;
  InsightStepBacklog: InsightStepBacklog;
  InsightStepTime: InsightStepTime;
  InsightTimeDay: InsightTimeDay;
  InsightTimeInStep: InsightTimeInStep;
  InsightVolume: InsightVolume;
  InsightVolumeDay: InsightVolumeDay;
  InsightVolumeGroup: InsightVolumeGroup;
  Int: Scalars['Int']['output'];
  IntakeForm: IntakeForm;
  IntakeReceipt: IntakeReceipt;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  MigrationProblem: MigrationProblem;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Offer: Offer;
  OfferApprovalRequest: OfferApprovalRequest;
  OfferCheck: OfferCheck;
  OpenCaseInput: OpenCaseInput;
  PageInfo: PageInfo;
  PasswordResetResult: Omit<PasswordResetResult, 'user'> & { user: ResolversParentTypes['User'] };
  PendingReview: PendingReview;
  PermissionInfo: PermissionInfo;
  PlanInstalment: PlanInstalment;
  PublicAttachmentInput: PublicAttachmentInput;
  PublicComplaintCategory: PublicComplaintCategory;
  PublicComplaintInput: PublicComplaintInput;
  PublicSurvey: PublicSurveyView;
  PublicSurveyResult: PublicSurveyResult;
  Query: Record<PropertyKey, never>;
  Queue: QueueDoc;
  QueueCount: Omit<QueueCount, 'queue'> & { queue: ResolversParentTypes['Queue'] };
  RegulatoryCodes: RegulatoryCodes;
  RegulatoryCodesInput: RegulatoryCodesInput;
  RegulatoryTerm: RegulatoryTerm;
  RepaymentPlanPreview: RepaymentPlanPreview;
  Role: RoleDoc;
  SatisfactionDay: SatisfactionDay;
  SatisfactionGroup: SatisfactionGroup;
  SatisfactionScores: SatisfactionScores;
  SaveInboxViewInput: SaveInboxViewInput;
  SavedInboxView: SavedInboxViewDoc;
  SeedFlowTemplate: Omit<SeedFlowTemplate, 'steps' | 'transitions'> & {
    steps: Array<ResolversParentTypes['Step']>;
    transitions: Array<ResolversParentTypes['Transition']>;
  };
  SignatureInput: SignatureInput;
  SlaAlert: SlaAlert;
  SlaCalendar: SlaCalendarView;
  SlaCalendarChange: Omit<SlaCalendarChange, 'calendar' | 'recompute'> & {
    calendar: ResolversParentTypes['SlaCalendar'];
    recompute: ResolversParentTypes['SlaRecompute'];
  };
  SlaCalendarChangePreview: SlaCalendarChangePreview;
  SlaCalendarDay: SlaCalendarDay;
  SlaCalendarDayNameInput: SlaCalendarDayNameInput;
  SlaCalendarYear: SlaCalendarYear;
  SlaCalendarYearInput: SlaCalendarYearInput;
  SlaDeadlineMove: SlaDeadlineMove;
  SlaPolicy: SlaPolicy;
  SlaRecompute: SlaRecomputeProgressDoc;
  Step: StepView;
  StepMappingInput: StepMappingInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Survey: SurveyDoc;
  SurveyAnswer: SurveyAnswerRecord;
  SurveyAnswerConnection: Omit<SurveyAnswerConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['SurveyAnswerEdge']>;
  };
  SurveyAnswerEdge: Omit<SurveyAnswerEdge, 'node'> & { node: ResolversParentTypes['SurveyAnswer'] };
  SurveyAnswerFilter: SurveyAnswerFilter;
  SurveyAnswerScores: SurveyAnswerScores;
  SurveyChange: SurveyChange;
  SurveyConnection: Omit<SurveyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SurveyEdge']> };
  SurveyDiff: SurveyDiff;
  SurveyEdge: Omit<SurveyEdge, 'node'> & { node: ResolversParentTypes['Survey'] };
  SurveyInvitation: InvitationView;
  SurveyReference: SurveyReference;
  SurveyTextAnswer: SurveyTextAnswer;
  SurveyVersion: VersionDoc;
  Transition: TransitionView;
  UpdateApiClientInput: UpdateApiClientInput;
  UpdateComplaintCategoryInput: UpdateComplaintCategoryInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateUserInput: UpdateUserInput;
  UpdateWebhookSubscriptionInput: UpdateWebhookSubscriptionInput;
  User: UserDoc;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  ValidationProblem: ValidationProblem;
  ValidationReport: ValidationReport;
  WebhookAttempt: LeaseDoc;
  WebhookDelivery: WebhookDeliveryDoc;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>;
  };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEventType: WebhookEventType;
  WebhookSubscription: WebhookSubscriptionDoc;
  WebhookSubscriptionConnection: Omit<WebhookSubscriptionConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['WebhookSubscriptionEdge']>;
  };
  WebhookSubscriptionEdge: Omit<WebhookSubscriptionEdge, 'node'> & {
    node: ResolversParentTypes['WebhookSubscription'];
  };
  WebhookSubscriptionWithSecret: Omit<WebhookSubscriptionWithSecret, 'subscription'> & {
    subscription: ResolversParentTypes['WebhookSubscription'];
  };
};

export type AgreementResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pdfBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatureKind?: Resolver<ResolversTypes['SignatureKind'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userAgent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementClausePartResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementClausePart'] =
    ResolversParentTypes['AgreementClausePart'],
> = {
  scheduleRows?: Resolver<Maybe<Array<ResolversTypes['AgreementScheduleRow']>>, ParentType, ContextType>;
  scheduleTotal?: Resolver<Maybe<ResolversTypes['AgreementScheduleRow']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgreementClauseTextResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementClauseText'] =
    ResolversParentTypes['AgreementClauseText'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['AgreementClausePart']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementScheduleRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementScheduleRow'] =
    ResolversParentTypes['AgreementScheduleRow'],
> = {
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementTextResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementText'] = ResolversParentTypes['AgreementText'],
> = {
  bankName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  en?: Resolver<Array<ResolversTypes['AgreementClauseText']>, ParentType, ContextType>;
  zh?: Resolver<Array<ResolversTypes['AgreementClauseText']>, ParentType, ContextType>;
};

export type AgreementVerificationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AgreementVerification'] =
    ResolversParentTypes['AgreementVerification'],
> = {
  actualSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedEventSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiClientResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient'],
> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiClientConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ApiClientConnection'] =
    ResolversParentTypes['ApiClientConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ApiClientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiClientEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ApiClientEdge'] = ResolversParentTypes['ApiClientEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
};

export type ApiClientWithKeyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ApiClientWithKey'] = ResolversParentTypes['ApiClientWithKey'],
> = {
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttachmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment'],
> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stepKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditVerificationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditVerification'] = ResolversParentTypes['AuditVerification'],
> = {
  casesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBroken?: Resolver<Maybe<ResolversTypes['BrokenAuditLink']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload'],
> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type BrokenAuditLinkResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BrokenAuditLink'] = ResolversParentTypes['BrokenAuditLink'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BulkCaseResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BulkCaseResult'] = ResolversParentTypes['BulkCaseResult'],
> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['ErrorCode']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'],
> = {
  activeSteps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  attachment?: Resolver<
    Maybe<ResolversTypes['Attachment']>,
    ParentType,
    ContextType,
    RequireFields<CaseAttachmentArgs, 'id'>
  >;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ComplaintCategory']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complaintClock?: Resolver<Maybe<ResolversTypes['ComplaintClock']>, ParentType, ContextType>;
  contactAttempts?: Resolver<Array<ResolversTypes['ContactAttempt']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAtProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<
    ResolversTypes['CaseEventConnection'],
    ParentType,
    ContextType,
    RequireFields<CaseEventsArgs, 'first'>
  >;
  finding?: Resolver<Maybe<ResolversTypes['ComplaintFinding']>, ParentType, ContextType>;
  findingRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  flowVersion?: Resolver<ResolversTypes['FlowVersion'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['CaseLink']>, ParentType, ContextType>;
  offerApprovals?: Resolver<Array<ResolversTypes['OfferApprovalRequest']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['Queue']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedAtReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sla?: Resolver<Maybe<ResolversTypes['CaseSla']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  surveyInvitations?: Resolver<Array<ResolversTypes['SurveyInvitation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseActorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseActor'] = ResolversParentTypes['CaseActor'],
> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseActorKind'], ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseCommandResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseCommandResult'] = ResolversParentTypes['CaseCommandResult'],
> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CaseEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performedBy?: Resolver<ResolversTypes['CaseActor'], ParentType, ContextType>;
  previousHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseEventConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseEventConnection'] =
    ResolversParentTypes['CaseEventConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CaseEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEventEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseEventEdge'] = ResolversParentTypes['CaseEventEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseEvent'], ParentType, ContextType>;
};

export type CaseLinkResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseLink'] = ResolversParentTypes['CaseLink'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  pausing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['CaseLinkRelation'], ParentType, ContextType>;
};

export type CaseMigrationCaseResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseMigrationCaseResult'] =
    ResolversParentTypes['CaseMigrationCaseResult'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CaseMigrationOutcome'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseMigrationPlanResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseMigrationPlan'] = ResolversParentTypes['CaseMigrationPlan'],
> = {
  blockedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['CaseMigrationPlanItem']>, ParentType, ContextType>;
  fromVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migratableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseMigrationPlanItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseMigrationPlanItem'] =
    ResolversParentTypes['CaseMigrationPlanItem'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  fromSteps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  migratable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['MigrationProblem']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toSteps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseMigrationResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseMigrationResult'] =
    ResolversParentTypes['CaseMigrationResult'],
> = {
  batches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CaseMigrationCaseResult']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseSlaResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseSla'] = ResolversParentTypes['CaseSla'],
> = {
  breachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  calendarKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisionalYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warningAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CaseUpdateResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CaseUpdate'] = ResolversParentTypes['CaseUpdate'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryFieldOptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CategoryFieldOption'] =
    ResolversParentTypes['CategoryFieldOption'],
> = {
  form?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryRoutingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CategoryRouting'] = ResolversParentTypes['CategoryRouting'],
> = {
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategorySlaPolicyOptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CategorySlaPolicyOption'] =
    ResolversParentTypes['CategorySlaPolicyOption'],
> = {
  flowKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ClockExtensionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ClockExtension'] = ResolversParentTypes['ClockExtension'],
> = {
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintCategoryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategory'] = ResolversParentTypes['ComplaintCategory'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['ComplaintCategory']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ComplaintCategory']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  regulatoryCodes?: Resolver<Maybe<ResolversTypes['RegulatoryCodes']>, ParentType, ContextType>;
  requiredFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  routing?: Resolver<Maybe<ResolversTypes['CategoryRouting']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  slaPolicyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ComplaintCategoryConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryConnection'] =
    ResolversParentTypes['ComplaintCategoryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ComplaintCategoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintCategoryEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryEdge'] =
    ResolversParentTypes['ComplaintCategoryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ComplaintCategory'], ParentType, ContextType>;
};

export type ComplaintCategoryExportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryExport'] =
    ResolversParentTypes['ComplaintCategoryExport'],
> = {
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintCategoryImportProblemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryImportProblem'] =
    ResolversParentTypes['ComplaintCategoryImportProblem'],
> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintCategoryImportResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryImportResult'] =
    ResolversParentTypes['ComplaintCategoryImportResult'],
> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ComplaintCategoryImportProblem']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComplaintCategoryOptionsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintCategoryOptions'] =
    ResolversParentTypes['ComplaintCategoryOptions'],
> = {
  fields?: Resolver<Array<ResolversTypes['CategoryFieldOption']>, ParentType, ContextType>;
  jrtBusinessTypes?: Resolver<Array<ResolversTypes['RegulatoryTerm']>, ParentType, ContextType>;
  jrtCauses?: Resolver<Array<ResolversTypes['RegulatoryTerm']>, ParentType, ContextType>;
  jrtChannels?: Resolver<Array<ResolversTypes['RegulatoryTerm']>, ParentType, ContextType>;
  slaPolicies?: Resolver<Array<ResolversTypes['CategorySlaPolicyOption']>, ParentType, ContextType>;
};

export type ComplaintClockResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintClock'] = ResolversParentTypes['ComplaintClock'],
> = {
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extensionRequests?: Resolver<Array<ResolversTypes['ComplaintExtensionRequest']>, ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['ClockExtension']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisionalYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintClockStatus'], ParentType, ContextType>;
  workingDaysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintExtensionRequestResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintExtensionRequest'] =
    ResolversParentTypes['ComplaintExtensionRequest'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintExtensionStatus'], ParentType, ContextType>;
};

export type ComplaintFindingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintFinding'] = ResolversParentTypes['ComplaintFinding'],
> = {
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['CaseActor'], ParentType, ContextType>;
  remedy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootCauseLabel?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ComplaintOutcomeCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintOutcomeCount'] =
    ResolversParentTypes['ComplaintOutcomeCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintRateDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintRateDay'] = ResolversParentTypes['ComplaintRateDay'],
> = {
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintReceiptResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintReceipt'] = ResolversParentTypes['ComplaintReceipt'],
> = {
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  trackingToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComplaintReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintReport'] = ResolversParentTypes['ComplaintReport'],
> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ComplaintReportRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ComplaintReportRow'], ParentType, ContextType>;
};

export type ComplaintReportRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintReportRow'] = ResolversParentTypes['ComplaintReportRow'],
> = {
  businessType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ComplaintOutcomeCount']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintRootCauseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintRootCause'] = ResolversParentTypes['ComplaintRootCause'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ComplaintTrackingResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintTracking'] = ResolversParentTypes['ComplaintTracking'],
> = {
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryName?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  departmentName?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ComplaintTrackingEntry']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintTrackingStatus'], ParentType, ContextType>;
};

export type ComplaintTrackingEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ComplaintTrackingEntry'] =
    ResolversParentTypes['ComplaintTrackingEntry'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ConfigAuditActorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigAuditActor'] = ResolversParentTypes['ConfigAuditActor'],
> = {
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfigAuditConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigAuditConnection'] =
    ResolversParentTypes['ConfigAuditConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ConfigAuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConfigAuditEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigAuditEdge'] = ResolversParentTypes['ConfigAuditEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConfigAuditEntry'], ParentType, ContextType>;
};

export type ConfigAuditEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigAuditEntry'] = ResolversParentTypes['ConfigAuditEntry'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entityKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConfigAuditFacetsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ConfigAuditFacets'] = ResolversParentTypes['ConfigAuditFacets'],
> = {
  actors?: Resolver<Array<ResolversTypes['ConfigAuditActor']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactAttemptResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ContactAttempt'] = ResolversParentTypes['ContactAttempt'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performedBy?: Resolver<ResolversTypes['CaseActor'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactCheckResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ContactCheck'] = ResolversParentTypes['ContactCheck'],
> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dailyLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextAllowedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  unansweredToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'],
> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankCard?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomerFileResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CustomerFile'] = ResolversParentTypes['CustomerFile'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerFormStepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CustomerFormStep'] = ResolversParentTypes['CustomerFormStep'],
> = {
  context?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  stepKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerLinkResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CustomerLink'] = ResolversParentTypes['CustomerLink'],
> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  linkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerViewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CustomerView'] = ResolversParentTypes['CustomerView'],
> = {
  actions?: Resolver<Array<ResolversTypes['CustomerAction']>, ParentType, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  agreementPdfBase64?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agreementText?: Resolver<Maybe<ResolversTypes['AgreementText']>, ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  formSteps?: Resolver<Array<ResolversTypes['CustomerFormStep']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  queues?: Resolver<Array<ResolversTypes['Queue']>, ParentType, ContextType>;
  routedCategories?: Resolver<Array<ResolversTypes['ComplaintCategory']>, ParentType, ContextType>;
};

export type DraftWhatIfCaseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DraftWhatIfCase'] = ResolversParentTypes['DraftWhatIfCase'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  command?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  draftDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  draftPath?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  draftStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordedPath?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recordedStep?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalMessage?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  stepKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DraftWhatIfRefusalCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DraftWhatIfRefusalCount'] =
    ResolversParentTypes['DraftWhatIfRefusalCount'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type DraftWhatIfReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DraftWhatIfReport'] = ResolversParentTypes['DraftWhatIfReport'],
> = {
  blocked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockedExamples?: Resolver<Array<ResolversTypes['DraftWhatIfCase']>, ParentType, ContextType>;
  differentPath?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differentPathExamples?: Resolver<Array<ResolversTypes['DraftWhatIfCase']>, ParentType, ContextType>;
  draftRevision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['DraftWhatIfRefusalCount']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slaChangedExamples?: Resolver<Array<ResolversTypes['DraftWhatIfCase']>, ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FindingCategoryCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingCategoryCount'] =
    ResolversParentTypes['FindingCategoryCount'],
> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingCount'] = ResolversParentTypes['FindingCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FindingDay'] = ResolversParentTypes['FindingDay'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlowChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowChange'] = ResolversParentTypes['FlowChange'],
> = {
  area?: Resolver<ResolversTypes['FlowChangeArea'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowChangeKind'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FlowValueChange']>, ParentType, ContextType>;
};

export type FlowDiffResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowDiff'] = ResolversParentTypes['FlowDiff'],
> = {
  changes?: Resolver<Array<ResolversTypes['FlowChange']>, ParentType, ContextType>;
  fieldsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fieldsChanged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fieldsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  offerPolicyChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stepsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stepsChanged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stepsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transitionsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transitionsChanged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  transitionsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FlowDraftResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowDraft'] = ResolversParentTypes['FlowDraft'],
> = {
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FlowDraftState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type FlowTemplateResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowTemplate'] = ResolversParentTypes['FlowTemplate'],
> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  draft?: Resolver<Maybe<ResolversTypes['FlowDraft']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
  latestVersion?: Resolver<Maybe<ResolversTypes['FlowVersion']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<
    Maybe<ResolversTypes['FlowVersion']>,
    ParentType,
    ContextType,
    RequireFields<FlowTemplateVersionArgs, 'version'>
  >;
  versions?: Resolver<Array<ResolversTypes['FlowVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FlowTemplateConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowTemplateConnection'] =
    ResolversParentTypes['FlowTemplateConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['FlowTemplateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FlowTemplateEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowTemplateEdge'] = ResolversParentTypes['FlowTemplateEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FlowTemplate'], ParentType, ContextType>;
};

export type FlowValueChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowValueChange'] = ResolversParentTypes['FlowValueChange'],
> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlowVersionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FlowVersion'] = ResolversParentTypes['FlowVersion'],
> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openCaseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<
    ResolversTypes['CaseConnection'],
    ParentType,
    ContextType,
    RequireFields<FlowVersionOpenCasesArgs, 'first'>
  >;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  releaseNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slaPolicy?: Resolver<Maybe<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['Transition']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FollowUpResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp'],
> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FollowUpKind'], ParentType, ContextType>;
  stepKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormDefinitionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FormDefinition'] = ResolversParentTypes['FormDefinition'],
> = {
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
};

export type FormFieldResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['FormField'] = ResolversParentTypes['FormField'],
> = {
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxCaseChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InboxCaseChange'] = ResolversParentTypes['InboxCaseChange'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InboxConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InboxConnection'] = ResolversParentTypes['InboxConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InboxEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InboxEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InboxEdge'] = ResolversParentTypes['InboxEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InboxItem'], ParentType, ContextType>;
};

export type InboxItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InboxItem'] = ResolversParentTypes['InboxItem'],
> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  currentSteps?: Resolver<Array<ResolversTypes['InboxStep']>, ParentType, ContextType>;
  customerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  flowName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  slaState?: Resolver<ResolversTypes['SlaState'], ParentType, ContextType>;
  warningAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type InboxStepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InboxStep'] = ResolversParentTypes['InboxStep'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type InsightFindingsResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightFindings'] = ResolversParentTypes['InsightFindings'],
> = {
  byCategory?: Resolver<Array<ResolversTypes['FindingCategoryCount']>, ParentType, ContextType>;
  byCause?: Resolver<Array<ResolversTypes['FindingCount']>, ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['FindingDay']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsightNegotiationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightNegotiation'] = ResolversParentTypes['InsightNegotiation'],
> = {
  byPlanKind?: Resolver<Array<ResolversTypes['InsightPlanKind']>, ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['InsightNegotiationDay']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['InsightNegotiationDay'], ParentType, ContextType>;
};

export type InsightNegotiationDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightNegotiationDay'] =
    ResolversParentTypes['InsightNegotiationDay'],
> = {
  agreementsSigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changesRequested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  offersAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersProposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restructured?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  waived?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
};

export type InsightPlanKindResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightPlanKind'] = ResolversParentTypes['InsightPlanKind'],
> = {
  agreementsSigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offersProposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restructured?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  waived?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
};

export type InsightSatisfactionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightSatisfaction'] =
    ResolversParentTypes['InsightSatisfaction'],
> = {
  byAgent?: Resolver<Array<ResolversTypes['SatisfactionGroup']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['SatisfactionGroup']>, ParentType, ContextType>;
  byFlow?: Resolver<Array<ResolversTypes['SatisfactionGroup']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['SatisfactionGroup']>, ParentType, ContextType>;
  complaintRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  complaintRateDays?: Resolver<Array<ResolversTypes['ComplaintRateDay']>, ParentType, ContextType>;
  complaintsOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['SatisfactionDay']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type InsightSlaResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightSla'] = ResolversParentTypes['InsightSla'],
> = {
  compliance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['InsightSlaDay']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['InsightSlaDay'], ParentType, ContextType>;
};

export type InsightSlaDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightSlaDay'] = ResolversParentTypes['InsightSlaDay'],
> = {
  breaches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extensions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regulatoryExtended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regulatoryLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regulatoryOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsightStatusResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightStatus'] = ResolversParentTypes['InsightStatus'],
> = {
  caughtUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  foldedUpTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  generation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lagMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  logHead?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type InsightStepBacklogResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightStepBacklog'] = ResolversParentTypes['InsightStepBacklog'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InsightStepTimeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightStepTime'] = ResolversParentTypes['InsightStepTime'],
> = {
  averageMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InsightTimeDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightTimeDay'] = ResolversParentTypes['InsightTimeDay'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InsightTimeInStepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightTimeInStep'] = ResolversParentTypes['InsightTimeInStep'],
> = {
  days?: Resolver<Array<ResolversTypes['InsightTimeDay']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['InsightStepTime']>, ParentType, ContextType>;
};

export type InsightVolumeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightVolume'] = ResolversParentTypes['InsightVolume'],
> = {
  backlog?: Resolver<Array<ResolversTypes['InsightStepBacklog']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['InsightVolumeGroup']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['InsightVolumeGroup']>, ParentType, ContextType>;
  byDepartment?: Resolver<Array<ResolversTypes['InsightVolumeGroup']>, ParentType, ContextType>;
  byFlow?: Resolver<Array<ResolversTypes['InsightVolumeGroup']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['InsightVolumeDay']>, ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsightVolumeDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightVolumeDay'] = ResolversParentTypes['InsightVolumeDay'],
> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsightVolumeGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['InsightVolumeGroup'] = ResolversParentTypes['InsightVolumeGroup'],
> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntakeFormResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['IntakeForm'] = ResolversParentTypes['IntakeForm'],
> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flowName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  stepKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surveyJson?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  templateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntakeReceiptResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['IntakeReceipt'] = ResolversParentTypes['IntakeReceipt'],
> = {
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpLink?: Resolver<ResolversTypes['CustomerLink'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText'],
> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MigrationProblemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['MigrationProblem'] = ResolversParentTypes['MigrationProblem'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MoneyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money'],
> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  acceptOffer?: Resolver<
    ResolversTypes['CustomerView'],
    ParentType,
    ContextType,
    RequireFields<MutationAcceptOfferArgs, 'token'>
  >;
  addAttachment?: Resolver<
    ResolversTypes['Attachment'],
    ParentType,
    ContextType,
    RequireFields<MutationAddAttachmentArgs, 'caseId' | 'contentBase64' | 'contentType' | 'fileName'>
  >;
  approveStep?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationApproveStepArgs, 'caseId' | 'stepKey'>
  >;
  archiveFlowTemplate?: Resolver<
    ResolversTypes['FlowTemplate'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveFlowTemplateArgs, 'key'>
  >;
  archiveSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationArchiveSurveyArgs, 'key' | 'reason'>
  >;
  bulkCloseCases?: Resolver<
    Array<ResolversTypes['BulkCaseResult']>,
    ParentType,
    ContextType,
    RequireFields<MutationBulkCloseCasesArgs, 'caseIds'>
  >;
  bulkReassignCases?: Resolver<
    Array<ResolversTypes['BulkCaseResult']>,
    ParentType,
    ContextType,
    RequireFields<MutationBulkReassignCasesArgs, 'caseIds'>
  >;
  cancelCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCancelCaseArgs, 'caseId' | 'reason'>
  >;
  changePassword?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>
  >;
  claimCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationClaimCaseArgs, 'caseId'>
  >;
  closeCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCloseCaseArgs, 'caseId'>
  >;
  commentOnCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationCommentOnCaseArgs, 'caseId' | 'text'>
  >;
  counterOffer?: Resolver<
    ResolversTypes['CustomerView'],
    ParentType,
    ContextType,
    RequireFields<MutationCounterOfferArgs, 'comment' | 'token'>
  >;
  createApiClient?: Resolver<
    ResolversTypes['ApiClientWithKey'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateApiClientArgs, 'input'>
  >;
  createComplaintCategory?: Resolver<
    ResolversTypes['ComplaintCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateComplaintCategoryArgs, 'input'>
  >;
  createDepartment?: Resolver<
    ResolversTypes['Department'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateDepartmentArgs, 'input'>
  >;
  createFlowTemplate?: Resolver<
    ResolversTypes['FlowTemplate'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateFlowTemplateArgs, 'input'>
  >;
  createQueue?: Resolver<
    ResolversTypes['Queue'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateQueueArgs, 'departmentCode' | 'input'>
  >;
  createRole?: Resolver<
    ResolversTypes['Role'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateRoleArgs, 'input'>
  >;
  createSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateSurveyArgs, 'input'>
  >;
  createUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateUserArgs, 'input'>
  >;
  createWebhookSubscription?: Resolver<
    ResolversTypes['WebhookSubscriptionWithSecret'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>
  >;
  decideComplaintExtension?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDecideComplaintExtensionArgs, 'approve' | 'caseId' | 'requestId'>
  >;
  decideOfferApproval?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationDecideOfferApprovalArgs, 'approve' | 'caseId' | 'requestId'>
  >;
  deleteComplaintCategory?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteComplaintCategoryArgs, 'id'>
  >;
  deleteDepartment?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteDepartmentArgs, 'code'>
  >;
  deleteInboxView?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteInboxViewArgs, 'id'>
  >;
  deleteQueue?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteQueueArgs, 'code' | 'departmentCode'>
  >;
  deleteRole?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteRoleArgs, 'key'>
  >;
  disableWebhookSubscription?: Resolver<
    ResolversTypes['WebhookSubscription'],
    ParentType,
    ContextType,
    RequireFields<MutationDisableWebhookSubscriptionArgs, 'id'>
  >;
  escalateCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationEscalateCaseArgs, 'caseId' | 'reason'>
  >;
  extendComplaintDeadline?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationExtendComplaintDeadlineArgs, 'caseId' | 'reason'>
  >;
  importComplaintCategories?: Resolver<
    ResolversTypes['ComplaintCategoryImportResult'],
    ParentType,
    ContextType,
    RequireFields<MutationImportComplaintCategoriesArgs, 'dryRun' | 'fileBase64'>
  >;
  importFlowTemplate?: Resolver<
    ResolversTypes['FlowTemplate'],
    ParentType,
    ContextType,
    RequireFields<MutationImportFlowTemplateArgs, 'document'>
  >;
  issueCustomerLink?: Resolver<
    ResolversTypes['CustomerLink'],
    ParentType,
    ContextType,
    RequireFields<MutationIssueCustomerLinkArgs, 'caseId' | 'expiresInHours'>
  >;
  issueIntakeLink?: Resolver<
    ResolversTypes['CustomerLink'],
    ParentType,
    ContextType,
    RequireFields<MutationIssueIntakeLinkArgs, 'channel' | 'expiresInHours' | 'templateKey'>
  >;
  linkCases?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationLinkCasesArgs, 'caseId' | 'reason' | 'relatedCaseId'>
  >;
  logCommunication?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<
      MutationLogCommunicationArgs,
      'answered' | 'caseId' | 'channel' | 'contact' | 'stepKey' | 'summary'
    >
  >;
  login?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationLoginArgs, 'password' | 'username'>
  >;
  logout?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationLogoutArgs, 'refreshToken'>
  >;
  migrateCases?: Resolver<
    ResolversTypes['CaseMigrationResult'],
    ParentType,
    ContextType,
    RequireFields<
      MutationMigrateCasesArgs,
      'batchSize' | 'fromVersion' | 'stepMapping' | 'templateKey' | 'toVersion'
    >
  >;
  moveComplaintCategory?: Resolver<
    ResolversTypes['ComplaintCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveComplaintCategoryArgs, 'id'>
  >;
  openCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenCaseArgs, 'input'>
  >;
  pauseCaseClock?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationPauseCaseClockArgs, 'caseId' | 'reason'>
  >;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  proposeOffer?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationProposeOfferArgs, 'caseId' | 'plan' | 'stepKey'>
  >;
  publishFlowTemplate?: Resolver<
    ResolversTypes['FlowVersion'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishFlowTemplateArgs, 'baseRevision' | 'key'>
  >;
  publishSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishSurveyArgs, 'baseRevision' | 'key'>
  >;
  reassignCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationReassignCaseArgs, 'caseId'>
  >;
  rebuildInsight?: Resolver<ResolversTypes['InsightStatus'], ParentType, ContextType>;
  recordContactConsent?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordContactConsentArgs, 'caseId' | 'evidence' | 'grantedAt'>
  >;
  recordCustomerResponse?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordCustomerResponseArgs, 'accepted' | 'caseId' | 'stepKey'>
  >;
  refreshSession?: Resolver<
    ResolversTypes['AuthPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationRefreshSessionArgs, 'refreshToken'>
  >;
  rejectStep?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRejectStepArgs, 'caseId' | 'reason' | 'stepKey'>
  >;
  releaseCase?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationReleaseCaseArgs, 'caseId'>
  >;
  renameComplaintCategory?: Resolver<
    ResolversTypes['ComplaintCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationRenameComplaintCategoryArgs, 'id' | 'name'>
  >;
  renameDepartment?: Resolver<
    ResolversTypes['Department'],
    ParentType,
    ContextType,
    RequireFields<MutationRenameDepartmentArgs, 'code' | 'name'>
  >;
  renameQueue?: Resolver<
    ResolversTypes['Queue'],
    ParentType,
    ContextType,
    RequireFields<MutationRenameQueueArgs, 'code' | 'departmentCode' | 'name'>
  >;
  reorderComplaintCategories?: Resolver<
    Array<ResolversTypes['ComplaintCategory']>,
    ParentType,
    ContextType,
    RequireFields<MutationReorderComplaintCategoriesArgs, 'orderedIds'>
  >;
  replayWebhookDelivery?: Resolver<
    ResolversTypes['WebhookDelivery'],
    ParentType,
    ContextType,
    RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>
  >;
  requestComplaintExtension?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationRequestComplaintExtensionArgs, 'caseId' | 'reason'>
  >;
  resetUserPassword?: Resolver<
    ResolversTypes['PasswordResetResult'],
    ParentType,
    ContextType,
    RequireFields<MutationResetUserPasswordArgs, 'id' | 'mode'>
  >;
  restoreSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationRestoreSurveyArgs, 'key'>
  >;
  resumeCaseClock?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationResumeCaseClockArgs, 'caseId'>
  >;
  revealCustomerField?: Resolver<
    Maybe<ResolversTypes['String']>,
    ParentType,
    ContextType,
    RequireFields<MutationRevealCustomerFieldArgs, 'caseId' | 'field'>
  >;
  revokeApiClient?: Resolver<
    ResolversTypes['ApiClient'],
    ParentType,
    ContextType,
    RequireFields<MutationRevokeApiClientArgs, 'id'>
  >;
  rollbackFlowTemplate?: Resolver<
    ResolversTypes['FlowVersion'],
    ParentType,
    ContextType,
    RequireFields<MutationRollbackFlowTemplateArgs, 'key' | 'toVersion'>
  >;
  rollbackSurvey?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationRollbackSurveyArgs, 'baseRevision' | 'key' | 'toVersion'>
  >;
  rotateWebhookSecret?: Resolver<
    ResolversTypes['WebhookSubscriptionWithSecret'],
    ParentType,
    ContextType,
    RequireFields<MutationRotateWebhookSecretArgs, 'graceHours' | 'id'>
  >;
  saveFlowDraft?: Resolver<
    ResolversTypes['FlowDraft'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveFlowDraftArgs, 'baseRevision' | 'definition' | 'key'>
  >;
  saveInboxView?: Resolver<
    ResolversTypes['SavedInboxView'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveInboxViewArgs, 'input'>
  >;
  saveSurveyDraft?: Resolver<
    ResolversTypes['Survey'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveSurveyDraftArgs, 'baseRevision' | 'definition' | 'key'>
  >;
  sendSurvey?: Resolver<
    ResolversTypes['SurveyInvitation'],
    ParentType,
    ContextType,
    RequireFields<MutationSendSurveyArgs, 'caseId' | 'surveyKey'>
  >;
  sendTestWebhook?: Resolver<
    ResolversTypes['WebhookDelivery'],
    ParentType,
    ContextType,
    RequireFields<MutationSendTestWebhookArgs, 'id'>
  >;
  setComplaintCategoryActive?: Resolver<
    ResolversTypes['ComplaintCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationSetComplaintCategoryActiveArgs, 'active' | 'id'>
  >;
  setDepartmentMembers?: Resolver<
    ResolversTypes['Department'],
    ParentType,
    ContextType,
    RequireFields<MutationSetDepartmentMembersArgs, 'departmentCode' | 'userIds'>
  >;
  signAgreement?: Resolver<
    ResolversTypes['CustomerView'],
    ParentType,
    ContextType,
    RequireFields<MutationSignAgreementArgs, 'signature' | 'token'>
  >;
  submitComplaint?: Resolver<
    ResolversTypes['ComplaintReceipt'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitComplaintArgs, 'idempotencyKey' | 'input'>
  >;
  submitCustomerStep?: Resolver<
    ResolversTypes['CustomerView'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitCustomerStepArgs, 'data' | 'stepKey' | 'token'>
  >;
  submitIntake?: Resolver<
    ResolversTypes['IntakeReceipt'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitIntakeArgs, 'data' | 'idempotencyKey' | 'token'>
  >;
  submitStep?: Resolver<
    ResolversTypes['CaseCommandResult'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitStepArgs, 'caseId' | 'data' | 'stepKey'>
  >;
  submitSurveyAnswer?: Resolver<
    ResolversTypes['PublicSurveyResult'],
    ParentType,
    ContextType,
    RequireFields<MutationSubmitSurveyAnswerArgs, 'answers' | 'token'>
  >;
  updateApiClient?: Resolver<
    ResolversTypes['ApiClient'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateApiClientArgs, 'id' | 'input'>
  >;
  updateComplaintCategory?: Resolver<
    ResolversTypes['ComplaintCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateComplaintCategoryArgs, 'id' | 'input'>
  >;
  updateRole?: Resolver<
    ResolversTypes['Role'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateRoleArgs, 'input' | 'key'>
  >;
  updateSlaCalendar?: Resolver<
    ResolversTypes['SlaCalendarChange'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateSlaCalendarArgs, 'background' | 'input' | 'key' | 'reason'>
  >;
  updateUser?: Resolver<
    ResolversTypes['User'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateUserArgs, 'id' | 'input'>
  >;
  updateWebhookSubscription?: Resolver<
    ResolversTypes['WebhookSubscription'],
    ParentType,
    ContextType,
    RequireFields<MutationUpdateWebhookSubscriptionArgs, 'id' | 'input'>
  >;
  uploadCustomerFile?: Resolver<
    ResolversTypes['CustomerFile'],
    ParentType,
    ContextType,
    RequireFields<
      MutationUploadCustomerFileArgs,
      'contentBase64' | 'contentType' | 'fileName' | 'stepKey' | 'token'
    >
  >;
};

export type NodeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    'Case' | 'ComplaintCategory' | 'FlowTemplate' | 'FlowVersion' | 'Survey' | 'User',
    ParentType,
    ContextType
  >;
};

export type OfferResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer'],
> = {
  authorisedRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['RepaymentPlanPreview'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  stepKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfferApprovalRequestResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfferApprovalRequest'] =
    ResolversParentTypes['OfferApprovalRequest'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['RepaymentPlanPreview'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferApprovalStatus'], ParentType, ContextType>;
  stepKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OfferCheckResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['OfferCheck'] = ResolversParentTypes['OfferCheck'],
> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ValidationProblem']>, ParentType, ContextType>;
  requiredRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['OfferCheckVerdict'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PasswordResetResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PasswordResetResult'] =
    ResolversParentTypes['PasswordResetResult'],
> = {
  mode?: Resolver<ResolversTypes['PasswordResetMode'], ParentType, ContextType>;
  password?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type PendingReviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PendingReview'] = ResolversParentTypes['PendingReview'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flowName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stepKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type PermissionInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PermissionInfo'] = ResolversParentTypes['PermissionInfo'],
> = {
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['PermissionGroup'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanInstalmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PlanInstalment'] = ResolversParentTypes['PlanInstalment'],
> = {
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingPrincipal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PublicComplaintCategoryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PublicComplaintCategory'] =
    ResolversParentTypes['PublicComplaintCategory'],
> = {
  children?: Resolver<Array<ResolversTypes['PublicComplaintCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type PublicSurveyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PublicSurvey'] = ResolversParentTypes['PublicSurvey'],
> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicSurveyStatus'], ParentType, ContextType>;
  surveyJson?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type PublicSurveyResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PublicSurveyResult'] = ResolversParentTypes['PublicSurveyResult'],
> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicSurveyStatus'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  apiClientsPage?: Resolver<
    ResolversTypes['ApiClientConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryApiClientsPageArgs, 'first'>
  >;
  assignableUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseByReference?: Resolver<
    Maybe<ResolversTypes['Case']>,
    ParentType,
    ContextType,
    RequireFields<QueryCaseByReferenceArgs, 'reference'>
  >;
  cases?: Resolver<
    ResolversTypes['CaseConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryCasesArgs, 'first'>
  >;
  casesByCustomer?: Resolver<
    Array<ResolversTypes['Case']>,
    ParentType,
    ContextType,
    Partial<QueryCasesByCustomerArgs>
  >;
  checkOffer?: Resolver<
    ResolversTypes['OfferCheck'],
    ParentType,
    ContextType,
    RequireFields<QueryCheckOfferArgs, 'caseId' | 'plan' | 'stepKey'>
  >;
  complaintCategories?: Resolver<
    ResolversTypes['ComplaintCategoryConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryComplaintCategoriesArgs, 'activeOnly' | 'first'>
  >;
  complaintCategory?: Resolver<
    Maybe<ResolversTypes['ComplaintCategory']>,
    ParentType,
    ContextType,
    RequireFields<QueryComplaintCategoryArgs, 'id'>
  >;
  complaintCategoryOptions?: Resolver<ResolversTypes['ComplaintCategoryOptions'], ParentType, ContextType>;
  complaintCategoryTree?: Resolver<
    Array<ResolversTypes['ComplaintCategory']>,
    ParentType,
    ContextType,
    RequireFields<QueryComplaintCategoryTreeArgs, 'activeOnly'>
  >;
  complaintReport?: Resolver<
    ResolversTypes['ComplaintReport'],
    ParentType,
    ContextType,
    RequireFields<QueryComplaintReportArgs, 'filter'>
  >;
  complaintRootCauses?: Resolver<Array<ResolversTypes['ComplaintRootCause']>, ParentType, ContextType>;
  complaintTracking?: Resolver<
    ResolversTypes['ComplaintTracking'],
    ParentType,
    ContextType,
    RequireFields<QueryComplaintTrackingArgs, 'token'>
  >;
  configAuditFacets?: Resolver<ResolversTypes['ConfigAuditFacets'], ParentType, ContextType>;
  configAuditLog?: Resolver<
    ResolversTypes['ConfigAuditConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryConfigAuditLogArgs, 'first'>
  >;
  contactCheck?: Resolver<
    ResolversTypes['ContactCheck'],
    ParentType,
    ContextType,
    RequireFields<QueryContactCheckArgs, 'caseId' | 'channel' | 'contact'>
  >;
  customerView?: Resolver<
    ResolversTypes['CustomerView'],
    ParentType,
    ContextType,
    RequireFields<QueryCustomerViewArgs, 'token'>
  >;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  exportComplaintCategories?: Resolver<ResolversTypes['ComplaintCategoryExport'], ParentType, ContextType>;
  exportFlowTemplate?: Resolver<
    ResolversTypes['JSON'],
    ParentType,
    ContextType,
    RequireFields<QueryExportFlowTemplateArgs, 'key'>
  >;
  flowTemplate?: Resolver<
    Maybe<ResolversTypes['FlowTemplate']>,
    ParentType,
    ContextType,
    RequireFields<QueryFlowTemplateArgs, 'key'>
  >;
  flowTemplates?: Resolver<
    ResolversTypes['FlowTemplateConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryFlowTemplatesArgs, 'first'>
  >;
  flowVersion?: Resolver<
    Maybe<ResolversTypes['FlowVersion']>,
    ParentType,
    ContextType,
    RequireFields<QueryFlowVersionArgs, 'templateKey'>
  >;
  flowVersionDiff?: Resolver<
    ResolversTypes['FlowDiff'],
    ParentType,
    ContextType,
    RequireFields<QueryFlowVersionDiffArgs, 'fromVersion' | 'templateKey' | 'toVersion'>
  >;
  inbox?: Resolver<
    ResolversTypes['InboxConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryInboxArgs, 'first' | 'view'>
  >;
  inboxViews?: Resolver<Array<ResolversTypes['SavedInboxView']>, ParentType, ContextType>;
  insightFindings?: Resolver<
    ResolversTypes['InsightFindings'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightFindingsArgs, 'filter'>
  >;
  insightNegotiation?: Resolver<
    ResolversTypes['InsightNegotiation'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightNegotiationArgs, 'filter'>
  >;
  insightSatisfaction?: Resolver<
    ResolversTypes['InsightSatisfaction'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightSatisfactionArgs, 'filter'>
  >;
  insightSla?: Resolver<
    ResolversTypes['InsightSla'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightSlaArgs, 'filter'>
  >;
  insightStatus?: Resolver<ResolversTypes['InsightStatus'], ParentType, ContextType>;
  insightTimeInStep?: Resolver<
    ResolversTypes['InsightTimeInStep'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightTimeInStepArgs, 'filter'>
  >;
  insightVolume?: Resolver<
    ResolversTypes['InsightVolume'],
    ParentType,
    ContextType,
    RequireFields<QueryInsightVolumeArgs, 'filter'>
  >;
  intakeForm?: Resolver<
    ResolversTypes['IntakeForm'],
    ParentType,
    ContextType,
    RequireFields<QueryIntakeFormArgs, 'token'>
  >;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myInbox?: Resolver<
    ResolversTypes['CaseConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryMyInboxArgs, 'first'>
  >;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  pendingComplaintExtensions?: Resolver<
    Array<ResolversTypes['ComplaintExtensionRequest']>,
    ParentType,
    ContextType,
    RequireFields<QueryPendingComplaintExtensionsArgs, 'first'>
  >;
  pendingOfferApprovals?: Resolver<
    Array<ResolversTypes['OfferApprovalRequest']>,
    ParentType,
    ContextType,
    RequireFields<QueryPendingOfferApprovalsArgs, 'all' | 'first'>
  >;
  pendingReviews?: Resolver<
    Array<ResolversTypes['PendingReview']>,
    ParentType,
    ContextType,
    RequireFields<QueryPendingReviewsArgs, 'first'>
  >;
  permissions?: Resolver<Array<ResolversTypes['PermissionInfo']>, ParentType, ContextType>;
  planCaseMigration?: Resolver<
    ResolversTypes['CaseMigrationPlan'],
    ParentType,
    ContextType,
    RequireFields<QueryPlanCaseMigrationArgs, 'fromVersion' | 'stepMapping' | 'templateKey' | 'toVersion'>
  >;
  previewRepaymentPlan?: Resolver<
    ResolversTypes['RepaymentPlanPreview'],
    ParentType,
    ContextType,
    RequireFields<QueryPreviewRepaymentPlanArgs, 'plan'>
  >;
  previewSlaCalendarChange?: Resolver<
    ResolversTypes['SlaCalendarChangePreview'],
    ParentType,
    ContextType,
    RequireFields<QueryPreviewSlaCalendarChangeArgs, 'input' | 'key'>
  >;
  publicComplaintCategories?: Resolver<
    Array<ResolversTypes['PublicComplaintCategory']>,
    ParentType,
    ContextType
  >;
  publicSurvey?: Resolver<
    ResolversTypes['PublicSurvey'],
    ParentType,
    ContextType,
    RequireFields<QueryPublicSurveyArgs, 'token'>
  >;
  queueCounts?: Resolver<Array<ResolversTypes['QueueCount']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  seedFlowTemplates?: Resolver<Array<ResolversTypes['SeedFlowTemplate']>, ParentType, ContextType>;
  simulateDraftOnCases?: Resolver<
    ResolversTypes['DraftWhatIfReport'],
    ParentType,
    ContextType,
    RequireFields<QuerySimulateDraftOnCasesArgs, 'last' | 'templateKey'>
  >;
  slaCalendars?: Resolver<Array<ResolversTypes['SlaCalendar']>, ParentType, ContextType>;
  slaRecompute?: Resolver<
    Maybe<ResolversTypes['SlaRecompute']>,
    ParentType,
    ContextType,
    RequireFields<QuerySlaRecomputeArgs, 'id'>
  >;
  survey?: Resolver<
    Maybe<ResolversTypes['Survey']>,
    ParentType,
    ContextType,
    RequireFields<QuerySurveyArgs, 'key'>
  >;
  surveyAnswers?: Resolver<
    ResolversTypes['SurveyAnswerConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySurveyAnswersArgs, 'filter'>
  >;
  surveyVersionDiff?: Resolver<
    ResolversTypes['SurveyDiff'],
    ParentType,
    ContextType,
    RequireFields<QuerySurveyVersionDiffArgs, 'fromVersion' | 'key' | 'toVersion'>
  >;
  surveys?: Resolver<
    ResolversTypes['SurveyConnection'],
    ParentType,
    ContextType,
    RequireFields<QuerySurveysArgs, 'first' | 'includeArchived'>
  >;
  users?: Resolver<
    ResolversTypes['UserConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryUsersArgs, 'first'>
  >;
  validateFlowDefinition?: Resolver<
    ResolversTypes['ValidationReport'],
    ParentType,
    ContextType,
    RequireFields<QueryValidateFlowDefinitionArgs, 'definition'>
  >;
  verifyAgreement?: Resolver<
    ResolversTypes['AgreementVerification'],
    ParentType,
    ContextType,
    RequireFields<QueryVerifyAgreementArgs, 'caseId'>
  >;
  verifyAudit?: Resolver<
    ResolversTypes['AuditVerification'],
    ParentType,
    ContextType,
    Partial<QueryVerifyAuditArgs>
  >;
  webhookDeliveries?: Resolver<
    ResolversTypes['WebhookDeliveryConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryWebhookDeliveriesArgs, 'first'>
  >;
  webhookEventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  webhookSubscriptionsPage?: Resolver<
    ResolversTypes['WebhookSubscriptionConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryWebhookSubscriptionsPageArgs, 'first'>
  >;
};

export type QueueResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Queue'] = ResolversParentTypes['Queue'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type QueueCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['QueueCount'] = ResolversParentTypes['QueueCount'],
> = {
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queue?: Resolver<ResolversTypes['Queue'], ParentType, ContextType>;
  unassigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegulatoryCodesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RegulatoryCodes'] = ResolversParentTypes['RegulatoryCodes'],
> = {
  cfpbIssue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cfpbProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jrtBusinessType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jrtCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RegulatoryTermResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RegulatoryTerm'] = ResolversParentTypes['RegulatoryTerm'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RepaymentPlanPreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RepaymentPlanPreview'] =
    ResolversParentTypes['RepaymentPlanPreview'],
> = {
  annualisedRate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downPayment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  financed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  forgiven?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owedTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ValidationProblem']>, ParentType, ContextType>;
  schedule?: Resolver<Array<ResolversTypes['PlanInstalment']>, ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type RoleResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'],
> = {
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SatisfactionDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SatisfactionDay'] = ResolversParentTypes['SatisfactionDay'],
> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type SatisfactionGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SatisfactionGroup'] = ResolversParentTypes['SatisfactionGroup'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SatisfactionScores'], ParentType, ContextType>;
};

export type SatisfactionScoresResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SatisfactionScores'] = ResolversParentTypes['SatisfactionScores'],
> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ces?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cesSum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  csatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csatSatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detractors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  npsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promoters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedInboxViewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SavedInboxView'] = ResolversParentTypes['SavedInboxView'],
> = {
  filter?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  view?: Resolver<ResolversTypes['InboxView'], ParentType, ContextType>;
};

export type SeedFlowTemplateResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SeedFlowTemplate'] = ResolversParentTypes['SeedFlowTemplate'],
> = {
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Step']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['Transition']>, ParentType, ContextType>;
};

export type SlaAlertResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaAlert'] = ResolversParentTypes['SlaAlert'],
> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  escalationLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SlaAlertKind'], ParentType, ContextType>;
  ruleKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaCalendarResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaCalendar'] = ResolversParentTypes['SlaCalendar'],
> = {
  days?: Resolver<
    ResolversTypes['SlaCalendarYear'],
    ParentType,
    ContextType,
    RequireFields<SlaCalendarDaysArgs, 'year'>
  >;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SlaCalendarChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaCalendarChange'] = ResolversParentTypes['SlaCalendarChange'],
> = {
  calendar?: Resolver<ResolversTypes['SlaCalendar'], ParentType, ContextType>;
  casesRecomputed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recompute?: Resolver<ResolversTypes['SlaRecompute'], ParentType, ContextType>;
};

export type SlaCalendarChangePreviewResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaCalendarChangePreview'] =
    ResolversParentTypes['SlaCalendarChangePreview'],
> = {
  calendarKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  casesAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complaintMoves?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['SlaDeadlineMove']>, ParentType, ContextType>;
  slaMoves?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaCalendarDayResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaCalendarDay'] = ResolversParentTypes['SlaCalendarDay'],
> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SlaCalendarYearResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaCalendarYear'] = ResolversParentTypes['SlaCalendarYear'],
> = {
  holidays?: Resolver<Array<ResolversTypes['SlaCalendarDay']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SlaCalendarYearStatus'], ParentType, ContextType>;
  workdays?: Resolver<Array<ResolversTypes['SlaCalendarDay']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaDeadlineMoveResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaDeadlineMove'] = ResolversParentTypes['SlaDeadlineMove'],
> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SlaDeadlineKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SlaPolicyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy'],
> = {
  calendarId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type SlaRecomputeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SlaRecompute'] = ResolversParentTypes['SlaRecompute'],
> = {
  calendarKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SlaRecomputeState'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Step'] = ResolversParentTypes['Step'],
> = {
  config?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['FormDefinition']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StepKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  requiredRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  caseUpdated?: SubscriptionResolver<
    ResolversTypes['CaseUpdate'],
    'caseUpdated',
    ParentType,
    ContextType,
    RequireFields<SubscriptionCaseUpdatedArgs, 'caseId'>
  >;
  inboxChanges?: SubscriptionResolver<
    Array<ResolversTypes['InboxCaseChange']>,
    'inboxChanges',
    ParentType,
    ContextType
  >;
  queueCounts?: SubscriptionResolver<
    Array<ResolversTypes['QueueCount']>,
    'queueCounts',
    ParentType,
    ContextType
  >;
  slaAlerts?: SubscriptionResolver<ResolversTypes['SlaAlert'], 'slaAlerts', ParentType, ContextType>;
};

export type SurveyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Survey'] = ResolversParentTypes['Survey'],
> = {
  archiveReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  draftDefinition?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  draftRevision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referencedBy?: Resolver<Array<ResolversTypes['SurveyReference']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['SurveyVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyAnswerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyAnswer'] = ResolversParentTypes['SurveyAnswer'],
> = {
  agent?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answers?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flowKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flowVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scores?: Resolver<ResolversTypes['SurveyAnswerScores'], ParentType, ContextType>;
  stepKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surveyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  surveyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['SurveyTextAnswer']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SurveyTrigger'], ParentType, ContextType>;
};

export type SurveyAnswerConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyAnswerConnection'] =
    ResolversParentTypes['SurveyAnswerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SurveyAnswerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SurveyAnswerEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyAnswerEdge'] = ResolversParentTypes['SurveyAnswerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SurveyAnswer'], ParentType, ContextType>;
};

export type SurveyAnswerScoresResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyAnswerScores'] = ResolversParentTypes['SurveyAnswerScores'],
> = {
  ces?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SurveyChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyChange'] = ResolversParentTypes['SurveyChange'],
> = {
  area?: Resolver<ResolversTypes['SurveyChangeArea'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlowChangeKind'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['FlowValueChange']>, ParentType, ContextType>;
};

export type SurveyConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyConnection'] = ResolversParentTypes['SurveyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SurveyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyDiffResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyDiff'] = ResolversParentTypes['SurveyDiff'],
> = {
  changes?: Resolver<Array<ResolversTypes['SurveyChange']>, ParentType, ContextType>;
  questionsAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionsChanged?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  questionsRemoved?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurveyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyEdge'] = ResolversParentTypes['SurveyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Survey'], ParentType, ContextType>;
};

export type SurveyInvitationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyInvitation'] = ResolversParentTypes['SurveyInvitation'],
> = {
  answer?: Resolver<Maybe<ResolversTypes['SurveyAnswer']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  remindedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stepKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surveyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  surveyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SurveyTrigger'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurveyReferenceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyReference'] = ResolversParentTypes['SurveyReference'],
> = {
  draftRevision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  flowKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flowName?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  flowVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinnedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SurveyTextAnswerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyTextAnswer'] = ResolversParentTypes['SurveyTextAnswer'],
> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type SurveyVersionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['SurveyVersion'] = ResolversParentTypes['SurveyVersion'],
> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  publishedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restoredFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransitionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'],
> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guard?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  guardText?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ValidationProblemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ValidationProblem'] = ResolversParentTypes['ValidationProblem'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ValidationReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ValidationReport'] = ResolversParentTypes['ValidationReport'],
> = {
  problems?: Resolver<Array<ResolversTypes['ValidationProblem']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt'],
> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WebhookAttemptOutcome'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'],
> = {
  attemptLog?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  test?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] =
    ResolversParentTypes['WebhookDeliveryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] =
    ResolversParentTypes['WebhookDeliveryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEventTypeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookEventType'] = ResolversParentTypes['WebhookEventType'],
> = {
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookSubscription'] =
    ResolversParentTypes['WebhookSubscription'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookSubscriptionConnection'] =
    ResolversParentTypes['WebhookSubscriptionConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['WebhookSubscriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookSubscriptionEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookSubscriptionEdge'] =
    ResolversParentTypes['WebhookSubscriptionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type WebhookSubscriptionWithSecretResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['WebhookSubscriptionWithSecret'] =
    ResolversParentTypes['WebhookSubscriptionWithSecret'],
> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementClausePart?: AgreementClausePartResolvers<ContextType>;
  AgreementClauseText?: AgreementClauseTextResolvers<ContextType>;
  AgreementScheduleRow?: AgreementScheduleRowResolvers<ContextType>;
  AgreementText?: AgreementTextResolvers<ContextType>;
  AgreementVerification?: AgreementVerificationResolvers<ContextType>;
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientConnection?: ApiClientConnectionResolvers<ContextType>;
  ApiClientEdge?: ApiClientEdgeResolvers<ContextType>;
  ApiClientWithKey?: ApiClientWithKeyResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuditVerification?: AuditVerificationResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  BrokenAuditLink?: BrokenAuditLinkResolvers<ContextType>;
  BulkCaseResult?: BulkCaseResultResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseActor?: CaseActorResolvers<ContextType>;
  CaseCommandResult?: CaseCommandResultResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseEventConnection?: CaseEventConnectionResolvers<ContextType>;
  CaseEventEdge?: CaseEventEdgeResolvers<ContextType>;
  CaseLink?: CaseLinkResolvers<ContextType>;
  CaseMigrationCaseResult?: CaseMigrationCaseResultResolvers<ContextType>;
  CaseMigrationPlan?: CaseMigrationPlanResolvers<ContextType>;
  CaseMigrationPlanItem?: CaseMigrationPlanItemResolvers<ContextType>;
  CaseMigrationResult?: CaseMigrationResultResolvers<ContextType>;
  CaseSla?: CaseSlaResolvers<ContextType>;
  CaseUpdate?: CaseUpdateResolvers<ContextType>;
  CategoryFieldOption?: CategoryFieldOptionResolvers<ContextType>;
  CategoryRouting?: CategoryRoutingResolvers<ContextType>;
  CategorySlaPolicyOption?: CategorySlaPolicyOptionResolvers<ContextType>;
  ClockExtension?: ClockExtensionResolvers<ContextType>;
  ComplaintCategory?: ComplaintCategoryResolvers<ContextType>;
  ComplaintCategoryConnection?: ComplaintCategoryConnectionResolvers<ContextType>;
  ComplaintCategoryEdge?: ComplaintCategoryEdgeResolvers<ContextType>;
  ComplaintCategoryExport?: ComplaintCategoryExportResolvers<ContextType>;
  ComplaintCategoryImportProblem?: ComplaintCategoryImportProblemResolvers<ContextType>;
  ComplaintCategoryImportResult?: ComplaintCategoryImportResultResolvers<ContextType>;
  ComplaintCategoryOptions?: ComplaintCategoryOptionsResolvers<ContextType>;
  ComplaintClock?: ComplaintClockResolvers<ContextType>;
  ComplaintExtensionRequest?: ComplaintExtensionRequestResolvers<ContextType>;
  ComplaintFinding?: ComplaintFindingResolvers<ContextType>;
  ComplaintOutcomeCount?: ComplaintOutcomeCountResolvers<ContextType>;
  ComplaintRateDay?: ComplaintRateDayResolvers<ContextType>;
  ComplaintReceipt?: ComplaintReceiptResolvers<ContextType>;
  ComplaintReport?: ComplaintReportResolvers<ContextType>;
  ComplaintReportRow?: ComplaintReportRowResolvers<ContextType>;
  ComplaintRootCause?: ComplaintRootCauseResolvers<ContextType>;
  ComplaintTracking?: ComplaintTrackingResolvers<ContextType>;
  ComplaintTrackingEntry?: ComplaintTrackingEntryResolvers<ContextType>;
  ConfigAuditActor?: ConfigAuditActorResolvers<ContextType>;
  ConfigAuditConnection?: ConfigAuditConnectionResolvers<ContextType>;
  ConfigAuditEdge?: ConfigAuditEdgeResolvers<ContextType>;
  ConfigAuditEntry?: ConfigAuditEntryResolvers<ContextType>;
  ConfigAuditFacets?: ConfigAuditFacetsResolvers<ContextType>;
  ContactAttempt?: ContactAttemptResolvers<ContextType>;
  ContactCheck?: ContactCheckResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerFile?: CustomerFileResolvers<ContextType>;
  CustomerFormStep?: CustomerFormStepResolvers<ContextType>;
  CustomerLink?: CustomerLinkResolvers<ContextType>;
  CustomerView?: CustomerViewResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DraftWhatIfCase?: DraftWhatIfCaseResolvers<ContextType>;
  DraftWhatIfRefusalCount?: DraftWhatIfRefusalCountResolvers<ContextType>;
  DraftWhatIfReport?: DraftWhatIfReportResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FindingCategoryCount?: FindingCategoryCountResolvers<ContextType>;
  FindingCount?: FindingCountResolvers<ContextType>;
  FindingDay?: FindingDayResolvers<ContextType>;
  FlowChange?: FlowChangeResolvers<ContextType>;
  FlowDiff?: FlowDiffResolvers<ContextType>;
  FlowDraft?: FlowDraftResolvers<ContextType>;
  FlowTemplate?: FlowTemplateResolvers<ContextType>;
  FlowTemplateConnection?: FlowTemplateConnectionResolvers<ContextType>;
  FlowTemplateEdge?: FlowTemplateEdgeResolvers<ContextType>;
  FlowValueChange?: FlowValueChangeResolvers<ContextType>;
  FlowVersion?: FlowVersionResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FormDefinition?: FormDefinitionResolvers<ContextType>;
  FormField?: FormFieldResolvers<ContextType>;
  InboxCaseChange?: InboxCaseChangeResolvers<ContextType>;
  InboxConnection?: InboxConnectionResolvers<ContextType>;
  InboxEdge?: InboxEdgeResolvers<ContextType>;
  InboxItem?: InboxItemResolvers<ContextType>;
  InboxStep?: InboxStepResolvers<ContextType>;
  InsightFindings?: InsightFindingsResolvers<ContextType>;
  InsightNegotiation?: InsightNegotiationResolvers<ContextType>;
  InsightNegotiationDay?: InsightNegotiationDayResolvers<ContextType>;
  InsightPlanKind?: InsightPlanKindResolvers<ContextType>;
  InsightSatisfaction?: InsightSatisfactionResolvers<ContextType>;
  InsightSla?: InsightSlaResolvers<ContextType>;
  InsightSlaDay?: InsightSlaDayResolvers<ContextType>;
  InsightStatus?: InsightStatusResolvers<ContextType>;
  InsightStepBacklog?: InsightStepBacklogResolvers<ContextType>;
  InsightStepTime?: InsightStepTimeResolvers<ContextType>;
  InsightTimeDay?: InsightTimeDayResolvers<ContextType>;
  InsightTimeInStep?: InsightTimeInStepResolvers<ContextType>;
  InsightVolume?: InsightVolumeResolvers<ContextType>;
  InsightVolumeDay?: InsightVolumeDayResolvers<ContextType>;
  InsightVolumeGroup?: InsightVolumeGroupResolvers<ContextType>;
  IntakeForm?: IntakeFormResolvers<ContextType>;
  IntakeReceipt?: IntakeReceiptResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MigrationProblem?: MigrationProblemResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferApprovalRequest?: OfferApprovalRequestResolvers<ContextType>;
  OfferCheck?: OfferCheckResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordResetResult?: PasswordResetResultResolvers<ContextType>;
  PendingReview?: PendingReviewResolvers<ContextType>;
  PermissionInfo?: PermissionInfoResolvers<ContextType>;
  PlanInstalment?: PlanInstalmentResolvers<ContextType>;
  PublicComplaintCategory?: PublicComplaintCategoryResolvers<ContextType>;
  PublicSurvey?: PublicSurveyResolvers<ContextType>;
  PublicSurveyResult?: PublicSurveyResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Queue?: QueueResolvers<ContextType>;
  QueueCount?: QueueCountResolvers<ContextType>;
  RegulatoryCodes?: RegulatoryCodesResolvers<ContextType>;
  RegulatoryTerm?: RegulatoryTermResolvers<ContextType>;
  RepaymentPlanPreview?: RepaymentPlanPreviewResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SatisfactionDay?: SatisfactionDayResolvers<ContextType>;
  SatisfactionGroup?: SatisfactionGroupResolvers<ContextType>;
  SatisfactionScores?: SatisfactionScoresResolvers<ContextType>;
  SavedInboxView?: SavedInboxViewResolvers<ContextType>;
  SeedFlowTemplate?: SeedFlowTemplateResolvers<ContextType>;
  SlaAlert?: SlaAlertResolvers<ContextType>;
  SlaCalendar?: SlaCalendarResolvers<ContextType>;
  SlaCalendarChange?: SlaCalendarChangeResolvers<ContextType>;
  SlaCalendarChangePreview?: SlaCalendarChangePreviewResolvers<ContextType>;
  SlaCalendarDay?: SlaCalendarDayResolvers<ContextType>;
  SlaCalendarYear?: SlaCalendarYearResolvers<ContextType>;
  SlaDeadlineMove?: SlaDeadlineMoveResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  SlaRecompute?: SlaRecomputeResolvers<ContextType>;
  Step?: StepResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Survey?: SurveyResolvers<ContextType>;
  SurveyAnswer?: SurveyAnswerResolvers<ContextType>;
  SurveyAnswerConnection?: SurveyAnswerConnectionResolvers<ContextType>;
  SurveyAnswerEdge?: SurveyAnswerEdgeResolvers<ContextType>;
  SurveyAnswerScores?: SurveyAnswerScoresResolvers<ContextType>;
  SurveyChange?: SurveyChangeResolvers<ContextType>;
  SurveyConnection?: SurveyConnectionResolvers<ContextType>;
  SurveyDiff?: SurveyDiffResolvers<ContextType>;
  SurveyEdge?: SurveyEdgeResolvers<ContextType>;
  SurveyInvitation?: SurveyInvitationResolvers<ContextType>;
  SurveyReference?: SurveyReferenceResolvers<ContextType>;
  SurveyTextAnswer?: SurveyTextAnswerResolvers<ContextType>;
  SurveyVersion?: SurveyVersionResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  ValidationProblem?: ValidationProblemResolvers<ContextType>;
  ValidationReport?: ValidationReportResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEventType?: WebhookEventTypeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionConnection?: WebhookSubscriptionConnectionResolvers<ContextType>;
  WebhookSubscriptionEdge?: WebhookSubscriptionEdgeResolvers<ContextType>;
  WebhookSubscriptionWithSecret?: WebhookSubscriptionWithSecretResolvers<ContextType>;
};
