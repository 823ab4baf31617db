/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** How two cases relate. */
export type CaseLinkRelation =
  /** The other case refers to this one. */
  | 'REFERRED_BY'
  /** This case refers to the other (e.g. a complaint about a negotiation). */
  | 'REFERS_TO';

/** What happened to one case in a migration. */
export type CaseMigrationOutcome =
  /** The move was attempted and failed (e.g. `CONFLICT` with a concurrent change); the case is untouched. */
  | 'FAILED'
  /** Moved to the target version. */
  | 'MIGRATED'
  /** Left untouched: blocked by the dry run, not on the source version, or not visible. */
  | 'SKIPPED';

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

/** Routing, as input. */
export type CategoryRoutingInput = {
  /** Department code. */
  departmentCode?: string | null | undefined;
  /** Queue code within the department. */
  queueCode?: string | null | undefined;
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

/** Where a complaint stands against its clock. */
export type ComplaintClockStatus =
  /** Extended, and within the extended deadline. */
  | 'EXTENDED'
  /** Past the deadline (still open, or closed after it). */
  | 'LATE'
  /** Within the first 15 days. */
  | 'ON_TIME';

/** State of a complaint-extension request. */
export type ComplaintExtensionStatus =
  /** Approved: the clock was extended. */
  | 'APPROVED'
  /** Declined, with a reason. */
  | 'DECLINED'
  /** Waiting for a supervisor. */
  | 'PENDING';

/** A complaint's finding, given when the case is closed. */
export type ComplaintFindingInput = {
  /** What was done or will be changed so it does not happen again, 1–1000 characters (trimmed). */
  remedy: string;
  /** One of `complaintRootCauses.code`. */
  rootCause: string;
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

/** Narrows the configuration audit log; every given condition must hold. */
export type ConfigAuditFilter = {
  /** Only entries made by this actor, as recorded (`ConfigAuditEntry.actor`: a user name, `api:<client>`, `system:<name>`). */
  actor?: string | null | undefined;
  /** Only entries whose entity key contains this text (case-insensitive; template key, category code, user name …). */
  entityKeyContains?: string | null | undefined;
  /** Only entries about one of these kinds of entity (e.g. `FlowTemplate`, `ComplaintCategory`, `User`). */
  entityTypes?: Array<string> | null | undefined;
  /** Only entries at or after this instant. */
  from?: string | null | undefined;
  /** Only entries before this instant (must be after `from`). */
  to?: string | null | undefined;
};

/** A new API client. */
export type CreateApiClientInput = {
  /** Name of the system. */
  name: string;
  /** Requests allowed per minute (default 600). */
  rateLimitPerMinute?: number | null | undefined;
  /** Permission names the key carries. */
  scopes: Array<string>;
};

/** A new complaint category. */
export type CreateComplaintCategoryInput = {
  /** Unique code: 2–40 characters of A–Z, 0–9, `-`, `_`, starting with a letter. */
  code: string;
  /** Names in both languages. */
  name: LocalizedTextInput;
  /** Position among siblings; defaults to after the last sibling. */
  order?: number | null | undefined;
  /** Parent category id; omit for a root. */
  parentId?: string | number | null | undefined;
  /** Regulatory reporting codes. */
  regulatoryCodes?: RegulatoryCodesInput | null | undefined;
  /** Names of case fields a complaint in this category must have. */
  requiredFields?: Array<string> | null | undefined;
  /** Routing of complaints in this category. */
  routing?: CategoryRoutingInput | null | undefined;
  /** Default severity; MEDIUM when omitted. */
  severity?: Severity | null | undefined;
  /** SLA policy key; `regulatory-complaint` (15/30/+30 days) when omitted. */
  slaPolicyKey?: string | null | undefined;
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Stable code: A–Z, 0–9, `_`. */
  code: string;
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new flow template. */
export type CreateFlowTemplateInput = {
  /** A whole definition to start from (instead of a seed). */
  definition?: unknown;
  /** Key of a shipped seed template to copy (see `seedFlowTemplates`). */
  fromSeed?: string | null | undefined;
  /** Stable key: 3–60 characters of a–z, 0–9 and `-`, starting with a letter. */
  key: string;
  /** What the flow is for. */
  kind: FlowKind;
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new queue. */
export type CreateQueueInput = {
  /** Code, unique within the department. */
  code: string;
  /** Names in both languages. */
  name: LocalizedTextInput;
};

/** A new custom role. */
export type CreateRoleInput = {
  /** Stable key: a–z, 0–9, `-`. */
  key: string;
  /** Names in both languages. */
  name: LocalizedTextInput;
  /** Permission names (see docs/access.md). */
  permissions: Array<string>;
};

/** A new survey. */
export type CreateSurveyInput = {
  /** Initial definition (questions) in the engine's form format. */
  definition?: unknown;
  /** Stable key. */
  key: string;
  /** Title in both languages. */
  title: LocalizedTextInput;
};

/** A new user. */
export type CreateUserInput = {
  /** Department codes. */
  departments?: Array<string> | null | undefined;
  /** Display name. */
  displayName: string;
  /** Initial password (at least 10 characters). */
  password: string;
  /** Role keys. */
  roles: Array<string>;
  /** Login name: 3–40 characters of a–z, 0–9, `.`, `_`, `-`. */
  username: string;
};

/** A new webhook subscription. */
export type CreateWebhookSubscriptionInput = {
  /** Event types to deliver (1–50), e.g. `caseStarted`, `slaBreached`; `*` for every type. */
  eventTypes: Array<string>;
  /** Name of the receiving system: 2–60 characters of a–z, 0–9 or `-`, starting with a letter. */
  name: string;
  /** The receiver's http or https URL (no user name or password in it). */
  url: string;
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

/** A new customer's personal data; stored encrypted, shown masked. */
export type CustomerInput = {
  /** Postal address, up to 200 characters. */
  address?: string | null | undefined;
  /** Bank card number (12–19 digits, Luhn verified). */
  bankCard?: string | null | undefined;
  /** PRC resident ID number (18 characters, checksum verified). */
  idNumber?: string | null | undefined;
  /** Full name, 1–50 characters. */
  name: string;
  /** Mainland mobile number (11 digits). */
  phone?: string | null | undefined;
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

/** Kind of a scheduled follow-up. */
export type FollowUpKind =
  /** A follow-up on the agreement (e.g. checking the first payment). */
  | 'FOLLOW_UP'
  /** A return visit to the customer. */
  | 'RETURN_VISIT';

/** Conditions narrowing an inbox view; omitted conditions do not narrow. */
export type InboxFilter = {
  /** Only cases in this complaint category. */
  categoryId?: string | number | null | undefined;
  /** Only cases from these channels. */
  channels?: Array<Channel> | null | undefined;
  /** Only cases due at or after this instant. */
  dueFrom?: string | null | undefined;
  /** Only cases due before this instant. */
  dueTo?: string | null | undefined;
  /** Only cases opened at or after this instant. */
  openedFrom?: string | null | undefined;
  /** Only cases opened before this instant. */
  openedTo?: string | null | undefined;
  /** Only cases in this queue. */
  queueId?: string | number | null | undefined;
  /** A case number (`C-2026-000123`, exact), or a customer's mobile number or PRC ID number (exact, through the blind index). */
  search?: string | null | undefined;
  /** Only cases in one of these SLA states (computed from the due time, now). */
  slaStates?: Array<SlaState> | null | undefined;
  /** Only cases with this step active (a step key). */
  stepKey?: string | null | undefined;
  /** Only cases on these flow templates (keys). */
  templateKeys?: Array<string> | null | undefined;
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
  agent?: string | number | null | undefined;
  /** Only this complaint category. */
  category?: string | number | null | undefined;
  /** Only this intake channel (e.g. `HOTLINE`). */
  channel?: string | null | undefined;
  /** Only this department (code). */
  department?: string | null | undefined;
  /** Only this flow (template key). */
  flowKey?: string | null | undefined;
  /** Only this version of the flow. */
  flowVersion?: number | null | undefined;
  /** First day of the period (inclusive). */
  from: string;
  /** Last day of the period (inclusive); a period holds at most 366 days. */
  to: string;
};

/** A text in both languages, as input. Both are required and trimmed; neither may be empty. */
export type LocalizedTextInput = {
  /** English, 1–100 characters. */
  en: string;
  /** Simplified Chinese (zh-CN), 1–100 characters. */
  zh: string;
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
  assignToMe?: boolean | null | undefined;
  /** Complaint category (must exist and be active); its routing picks department and queue unless given. */
  categoryId?: string | number | null | undefined;
  /** Channel of intake. */
  channel: Channel;
  /** The customer. */
  customer: CustomerInput;
  /** Start data for the flow's fields (e.g. pre-filled from CRM), validated by the engine. */
  data?: unknown;
  /** Handling department's code (overrides the category's routing). */
  departmentCode?: string | null | undefined;
  /** Queue (overrides the category's routing). */
  queueId?: string | number | null | undefined;
  /**
   * When the bank received the complaint or request; default: now. The complaint clock and the case's SLA
   * count from it (the day of receipt itself is not counted). An earlier time backdates the case — e.g. a
   * letter or a branch complaint entered later — and needs `receivedAtReason`; it may be at most 30 days
   * back and not in the future. Backdating is recorded in the case's audit chain (event `receiptBackdated`).
   */
  receivedAt?: string | null | undefined;
  /** Why the case is backdated (1–500 characters); required when `receivedAt` is more than 10 minutes before now. */
  receivedAtReason?: string | null | undefined;
  /** The flow template's key. */
  templateKey: string;
  /** Published version to pin; the newest when omitted. */
  version?: number | null | undefined;
};

/** How a reset password reaches the user. */
export type PasswordResetMode =
  /** A new random password, shown once to the administrator, who passes it on. */
  'PASSWORD';

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

/** A file attached to a public complaint (the same rules as `addAttachment`: PDF, images, Office documents, text; at most 5 MiB; content must match the type). */
export type PublicAttachmentInput = {
  /** The file's bytes, base64-encoded. */
  contentBase64: string;
  /** MIME type; must match the content. */
  contentType: string;
  /** File name as the customer sees it, 1–200 characters. */
  fileName: string;
};

/** A complaint filed on the public complaint form. */
export type PublicComplaintInput = {
  /** Attached files, at most 5. */
  attachments?: Array<PublicAttachmentInput> | null | undefined;
  /** The chosen category (an active one from `publicComplaintCategories`); its routing picks the department and queue. */
  categoryId: string | number;
  /** The customer's contact details: name and mobile number are required, the ID number optional. */
  customer: CustomerInput;
  /** What happened, 1–4000 characters. */
  text: string;
};

/** The state of a survey link. */
export type PublicSurveyStatus =
  /** Already answered (each link takes one answer). */
  | 'ANSWERED'
  /** No longer valid. */
  | 'EXPIRED'
  /** Waiting for the customer's answer. */
  | 'OPEN';

/** Regulatory codes, as input. */
export type RegulatoryCodesInput = {
  /** CFPB-shaped issue. */
  cfpbIssue?: string | null | undefined;
  /** CFPB-shaped product. */
  cfpbProduct?: string | null | undefined;
  /** JR/T 0169-2018 business-type code. */
  jrtBusinessType?: string | null | undefined;
  /** JR/T 0169-2018 cause code. */
  jrtCause?: string | null | undefined;
};

/** An inbox view to save. */
export type SaveInboxViewInput = {
  /** The filter (`search` is not saved). */
  filter?: InboxFilter | null | undefined;
  /** Its name, 1–40 characters (a saved view with this name is replaced). */
  name: string;
  /** The view. */
  view: InboxView;
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
  consent: boolean;
  /** For DRAWN: the PNG image, base64 (a `data:image/png;base64,` prefix is allowed), at most 200 KiB. */
  imagePngBase64?: string | null | undefined;
  /** Drawn or typed. */
  kind: SignatureKind;
  /** For TYPED: the full name as typed, 1–50 characters. */
  typedName?: string | null | undefined;
};

/** How the customer signed. */
export type SignatureKind =
  /** Drawn on the screen (a PNG image). */
  | 'DRAWN'
  /** Typed full name. */
  | 'TYPED';

/** A name for one day of a calendar year. */
export type SlaCalendarDayNameInput = {
  /** The day. */
  date: string;
  /** Its name, 1–40 characters, e.g. 春节. */
  name: string;
};

/** A year of a working calendar. */
export type SlaCalendarYearInput = {
  /** Public holidays (days off that would otherwise be working days). */
  holidays: Array<string>;
  /** Optional names of holidays and make-up days, e.g. 春节 (at most one per date; each date must be in `holidays` or `workdays`). */
  names?: Array<SlaCalendarDayNameInput> | null | undefined;
  /** Make-up working days (调休: weekend days that are working days). */
  workdays: Array<string>;
  /** The year, e.g. 2027. */
  year: number;
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
  from: string;
  /** Step key in the target version. */
  to: string;
};

/** Where in a survey a change is. */
export type SurveyChangeArea =
  /** A question, named by its `name`. */
  | 'QUESTION'
  /** A setting of the survey itself (`title`, `description` …), named by its property. */
  | 'SURVEY';

/** How an invitation was sent. */
export type SurveyTrigger =
  /** A staff member, from the case screen (`sendSurvey`). */
  | 'ON_DEMAND'
  /** The flow's survey for the end outcome the case reached (`surveyByOutcome`). */
  | 'OUTCOME'
  /** A survey step of the flow. */
  | 'STEP';

/** Changes to an API client; omitted fields stay as they are. */
export type UpdateApiClientInput = {
  /** New name of the system: 2–60 characters of a–z, 0–9 or `-`, starting with a letter. */
  name?: string | null | undefined;
  /** Requests allowed per minute, 1–100000. */
  rateLimitPerMinute?: number | null | undefined;
  /** The complete new list of permission names the key carries (at least one); added ones must be held by the caller. */
  scopes?: Array<string> | null | undefined;
};

/** Changes to a complaint category; omitted fields stay as they are. */
export type UpdateComplaintCategoryInput = {
  /** New customer-facing names in both languages (as `renameComplaintCategory`). */
  name?: LocalizedTextInput | null | undefined;
  /** New regulatory codes. */
  regulatoryCodes?: RegulatoryCodesInput | null | undefined;
  /** Names of case fields a complaint in this category must have. */
  requiredFields?: Array<string> | null | undefined;
  /** New routing. */
  routing?: CategoryRoutingInput | null | undefined;
  /** New default severity. */
  severity?: Severity | null | undefined;
  /** New SLA policy key. */
  slaPolicyKey?: string | null | undefined;
};

/** Changes to a custom role. */
export type UpdateRoleInput = {
  /** New names in both languages. */
  name?: LocalizedTextInput | null | undefined;
  /** New permission names (replaces the list). */
  permissions?: Array<string> | null | undefined;
};

/** Changes to a user. */
export type UpdateUserInput = {
  /** Whether the account can sign in. */
  active?: boolean | null | undefined;
  /** New department codes (replaces). */
  departments?: Array<string> | null | undefined;
  /** New display name. */
  displayName?: string | null | undefined;
  /** New role keys (replaces). */
  roles?: Array<string> | null | undefined;
};

/** Changes to a webhook subscription; omitted fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** False disables the subscription (like `disableWebhookSubscription`); true enables it again. */
  enabled?: boolean | null | undefined;
  /** The complete new list of event types to deliver (1–50); `*` for every type. */
  eventTypes?: Array<string> | null | undefined;
  /** The receiver's new http or https URL (no user name or password in it); checked like on creation. */
  url?: string | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; waits in the dead-letter list for a manual replay. */
  | 'DEAD'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Not delivered yet: waiting for its first attempt or for the next retry. */
  | 'PENDING';

export type AccessUserFieldsFragment = {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  roles: Array<{ key: string; name: { zh: string; en: string } }>;
  departments: Array<{ code: string; name: { zh: string; en: string } }>;
};

export type AccessUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;

export type AccessUsersQuery = {
  users: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        username: string;
        displayName: string;
        active: boolean;
        roles: Array<{ key: string; name: { zh: string; en: string } }>;
        departments: Array<{ code: string; name: { zh: string; en: string } }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type AccessCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type AccessCreateUserMutation = {
  createUser: {
    id: string;
    username: string;
    displayName: string;
    active: boolean;
    roles: Array<{ key: string; name: { zh: string; en: string } }>;
    departments: Array<{ code: string; name: { zh: string; en: string } }>;
  };
};

export type AccessUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type AccessUpdateUserMutation = {
  updateUser: {
    id: string;
    username: string;
    displayName: string;
    active: boolean;
    roles: Array<{ key: string; name: { zh: string; en: string } }>;
    departments: Array<{ code: string; name: { zh: string; en: string } }>;
  };
};

export type AccessResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  mode: PasswordResetMode;
}>;

export type AccessResetUserPasswordMutation = {
  resetUserPassword: {
    mode: PasswordResetMode;
    password: string | null;
    user: {
      id: string;
      username: string;
      displayName: string;
      active: boolean;
      roles: Array<{ key: string; name: { zh: string; en: string } }>;
      departments: Array<{ code: string; name: { zh: string; en: string } }>;
    };
  };
};

export type AccessRoleFieldsFragment = {
  key: string;
  permissions: Array<string>;
  builtIn: boolean;
  holderCount: number;
  name: { zh: string; en: string };
};

export type AccessRolesQueryVariables = Exact<{ [key: string]: never }>;

export type AccessRolesQuery = {
  roles: Array<{
    key: string;
    permissions: Array<string>;
    builtIn: boolean;
    holderCount: number;
    name: { zh: string; en: string };
  }>;
  permissions: Array<{ key: string; group: PermissionGroup; description: { zh: string; en: string } }>;
};

export type AccessCreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;

export type AccessCreateRoleMutation = {
  createRole: {
    key: string;
    permissions: Array<string>;
    builtIn: boolean;
    holderCount: number;
    name: { zh: string; en: string };
  };
};

export type AccessUpdateRoleMutationVariables = Exact<{
  key: string;
  input: UpdateRoleInput;
}>;

export type AccessUpdateRoleMutation = {
  updateRole: {
    key: string;
    permissions: Array<string>;
    builtIn: boolean;
    holderCount: number;
    name: { zh: string; en: string };
  };
};

export type AccessDepartmentFieldsFragment = {
  code: string;
  name: { zh: string; en: string };
  queues: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
  members: Array<{ id: string; username: string; displayName: string; active: boolean }>;
  routedCategories: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
};

export type AccessDepartmentsQueryVariables = Exact<{ [key: string]: never }>;

export type AccessDepartmentsQuery = {
  departments: Array<{
    code: string;
    name: { zh: string; en: string };
    queues: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
    members: Array<{ id: string; username: string; displayName: string; active: boolean }>;
    routedCategories: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
  }>;
};

export type AccessChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type AccessChoicesQuery = {
  roles: Array<{ key: string; permissions: Array<string>; name: { zh: string; en: string } }>;
  departments: Array<{ code: string; name: { zh: string; en: string } }>;
};

export type AccessCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;

export type AccessCreateDepartmentMutation = {
  createDepartment: {
    code: string;
    name: { zh: string; en: string };
    queues: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
    members: Array<{ id: string; username: string; displayName: string; active: boolean }>;
    routedCategories: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
  };
};

export type AccessCreateQueueMutationVariables = Exact<{
  departmentCode: string;
  input: CreateQueueInput;
}>;

export type AccessCreateQueueMutation = { createQueue: { id: string; code: string } };

export type AccessSetDepartmentMembersMutationVariables = Exact<{
  departmentCode: string;
  userIds: Array<string | number> | string | number;
}>;

export type AccessSetDepartmentMembersMutation = {
  setDepartmentMembers: {
    code: string;
    name: { zh: string; en: string };
    queues: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
    members: Array<{ id: string; username: string; displayName: string; active: boolean }>;
    routedCategories: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
  };
};

export type AccessRenameDepartmentMutationVariables = Exact<{
  code: string;
  name: LocalizedTextInput;
}>;

export type AccessRenameDepartmentMutation = {
  renameDepartment: {
    code: string;
    name: { zh: string; en: string };
    queues: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
    members: Array<{ id: string; username: string; displayName: string; active: boolean }>;
    routedCategories: Array<{ id: string; code: string; name: { zh: string; en: string } }>;
  };
};

export type AccessDeleteDepartmentMutationVariables = Exact<{
  code: string;
}>;

export type AccessDeleteDepartmentMutation = { deleteDepartment: boolean };

export type AccessRenameQueueMutationVariables = Exact<{
  departmentCode: string;
  code: string;
  name: LocalizedTextInput;
}>;

export type AccessRenameQueueMutation = { renameQueue: { id: string; code: string } };

export type AccessDeleteQueueMutationVariables = Exact<{
  departmentCode: string;
  code: string;
}>;

export type AccessDeleteQueueMutation = { deleteQueue: boolean };

export type AccessDeleteRoleMutationVariables = Exact<{
  key: string;
}>;

export type AccessDeleteRoleMutation = { deleteRole: boolean };

export type ApprovalsInboxQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovalsInboxQuery = {
  pendingOfferApprovals: Array<{
    id: string;
    caseId: string;
    caseReference: string;
    stepKey: string;
    requiredRole: string;
    requestedBy: string;
    requestedAt: string;
    plan: {
      kind: string;
      termMonths: number;
      annualisedRate: string | null;
      owedTotal: { fen: string };
      forgiven: { fen: string };
      totalDue: { fen: string };
    };
  }>;
  pendingReviews: Array<{
    caseId: string;
    caseReference: string;
    stepKey: string;
    role: string;
    since: string;
    stepName: { zh: string; en: string };
    flowName: { zh: string; en: string };
  }>;
  pendingComplaintExtensions: Array<{
    id: string;
    caseId: string;
    caseReference: string;
    days: number;
    reason: string;
    requestedBy: string;
    requestedAt: string;
  }>;
};

export type DecideOfferApprovalMutationVariables = Exact<{
  caseId: string | number;
  requestId: string | number;
  approve: boolean;
  comment?: string | null | undefined;
}>;

export type DecideOfferApprovalMutation = { decideOfferApproval: { case: { id: string } } };

export type ApproveReviewMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  comment?: string | null | undefined;
}>;

export type ApproveReviewMutation = { approveStep: { case: { id: string } } };

export type RejectReviewMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  reason: string;
}>;

export type RejectReviewMutation = { rejectStep: { case: { id: string } } };

export type DecideComplaintExtensionMutationVariables = Exact<{
  caseId: string | number;
  requestId: string | number;
  approve: boolean;
  comment?: string | null | undefined;
}>;

export type DecideComplaintExtensionMutation = { decideComplaintExtension: { case: { id: string } } };

export type ConfigAuditLogQueryVariables = Exact<{
  filter?: ConfigAuditFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ConfigAuditLogQuery = {
  configAuditLog: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        at: string;
        actor: string;
        actorName: string;
        action: string;
        entityType: string;
        entityKey: string;
        details: unknown;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ConfigAuditFacetsQueryVariables = Exact<{ [key: string]: never }>;

export type ConfigAuditFacetsQuery = {
  configAuditFacets: {
    entityTypes: Array<string>;
    actors: Array<{ key: string; name: string; entries: number }>;
  };
};

export type AuditCaseByReferenceQueryVariables = Exact<{
  reference: string;
}>;

export type AuditCaseByReferenceQuery = { caseByReference: { id: string; reference: string } | null };

export type VerifyAuditQueryVariables = Exact<{
  caseId?: string | number | null | undefined;
}>;

export type VerifyAuditQuery = {
  verifyAudit: {
    ok: boolean;
    casesChecked: number;
    eventsChecked: number;
    firstBroken: {
      caseId: string;
      seq: number;
      reason: string;
      caseReference: string | null;
      explanation: { zh: string; en: string };
    } | null;
  };
};

export type SlaCalendarsListQueryVariables = Exact<{ [key: string]: never }>;

export type SlaCalendarsListQuery = {
  slaCalendars: Array<{ key: string; timeZone: string; years: Array<number>; revision: number }>;
};

export type SlaCalendarYearDaysQueryVariables = Exact<{
  year: number;
}>;

export type SlaCalendarYearDaysQuery = {
  slaCalendars: Array<{
    key: string;
    revision: number;
    days: {
      year: number;
      status: SlaCalendarYearStatus;
      source: string | null;
      holidays: Array<{ date: string; name: string | null }>;
      workdays: Array<{ date: string; name: string | null }>;
    };
  }>;
};

export type PreviewSlaCalendarChangeQueryVariables = Exact<{
  key: string;
  input: SlaCalendarYearInput;
}>;

export type PreviewSlaCalendarChangeQuery = {
  previewSlaCalendarChange: {
    calendarKey: string;
    year: number;
    openCases: number;
    casesAffected: number;
    slaMoves: number;
    complaintMoves: number;
    samples: Array<{
      caseId: string;
      reference: string;
      kind: SlaDeadlineKind;
      from: string | null;
      to: string;
    }>;
  };
};

export type SlaRecomputeProgressFragment = {
  id: string;
  calendarKey: string;
  revision: number;
  state: SlaRecomputeState;
  total: number;
  done: number;
  moved: number;
  startedAt: string;
  finishedAt: string | null;
};

export type UpdateSlaCalendarYearMutationVariables = Exact<{
  key: string;
  input: SlaCalendarYearInput;
  reason: string;
}>;

export type UpdateSlaCalendarYearMutation = {
  updateSlaCalendar: {
    calendar: { key: string; years: Array<number>; revision: number };
    recompute: {
      id: string;
      calendarKey: string;
      revision: number;
      state: SlaRecomputeState;
      total: number;
      done: number;
      moved: number;
      startedAt: string;
      finishedAt: string | null;
    };
  };
};

export type SlaRecomputeStatusQueryVariables = Exact<{
  id: string | number;
}>;

export type SlaRecomputeStatusQuery = {
  slaRecompute: {
    id: string;
    calendarKey: string;
    revision: number;
    state: SlaRecomputeState;
    total: number;
    done: number;
    moved: number;
    startedAt: string;
    finishedAt: string | null;
  } | null;
};

export type InboxCaseFieldsFragment = {
  id: string;
  reference: string;
  status: CaseStatus;
  activeSteps: Array<string>;
  dueAt: string | null;
  customer: { name: string } | null;
  flowVersion: { version: number; steps: Array<{ key: string; name: { zh: string; en: string } }> };
};

export type MyInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type MyInboxQuery = {
  myInbox: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        reference: string;
        status: CaseStatus;
        activeSteps: Array<string>;
        dueAt: string | null;
        customer: { name: string } | null;
        flowVersion: { version: number; steps: Array<{ key: string; name: { zh: string; en: string } }> };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CaseEventsPageQueryVariables = Exact<{
  id: string | number;
  after: string;
}>;

export type CaseEventsPageQuery = {
  case: {
    id: string;
    events: {
      edges: Array<{
        node: {
          seq: number;
          type: string;
          at: string;
          data: unknown;
          title: { zh: string; en: string };
          performedBy: { kind: CaseActorKind; displayName: string | null };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseDetailQuery = {
  case: {
    id: string;
    reference: string;
    status: CaseStatus;
    activeSteps: Array<string>;
    dueAt: string | null;
    dueAtProvisional: boolean;
    channel: Channel;
    openedAt: string;
    receivedAt: string;
    receivedAtReason: string | null;
    closedAt: string | null;
    outcome: string | null;
    findingRequired: boolean;
    departmentCode: string | null;
    sla: { provisionalYears: Array<number> } | null;
    complaintClock: { deadline: string; provisional: boolean; provisionalYears: Array<number> } | null;
    flowVersion: {
      version: number;
      steps: Array<{
        key: string;
        kind: StepKind;
        config: unknown;
        name: { zh: string; en: string };
        form: { fields: Array<{ name: string; type: string; label: { zh: string; en: string } }> } | null;
      }>;
      transitions: Array<{ from: string; to: string }>;
    };
    finding: {
      rootCause: string;
      remedy: string;
      recordedAt: string;
      rootCauseLabel: { zh: string; en: string };
      recordedBy: { kind: CaseActorKind; displayName: string | null };
    } | null;
    customer: {
      name: string;
      phone: string | null;
      idNumber: string | null;
      bankCard: string | null;
      address: string | null;
    } | null;
    assignee: { username: string; displayName: string } | null;
    queue: { name: { zh: string; en: string } } | null;
    events: {
      edges: Array<{
        node: {
          seq: number;
          type: string;
          at: string;
          data: unknown;
          title: { zh: string; en: string };
          performedBy: { kind: CaseActorKind; displayName: string | null };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    contactAttempts: Array<{
      channel: string;
      contact: string;
      answered: boolean;
      summary: string;
      at: string;
      performedBy: { kind: CaseActorKind; displayName: string | null };
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      sha256: string;
      stepKey: string | null;
      uploadedBy: string | null;
      uploadedAt: string;
    }>;
    links: Array<{
      relation: CaseLinkRelation;
      reason: string;
      pausing: boolean;
      at: string;
      case: { id: string; reference: string; status: CaseStatus };
    }>;
    followUps: Array<{ id: string; kind: FollowUpKind; stepKey: string; dueAt: string; done: boolean }>;
  } | null;
};

export type CaseOffersQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseOffersQuery = {
  case: {
    id: string;
    offers: Array<{
      id: string;
      stepKey: string;
      status: OfferStatus;
      proposedAt: string;
      proposedBy: string;
      customerComment: string | null;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        totalDue: { fen: string };
        downPayment: { fen: string };
      };
    }>;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signedAt: string;
      signerName: string;
      signatureKind: SignatureKind;
    } | null;
  } | null;
};

export type IssueCustomerLinkMutationVariables = Exact<{
  caseId: string | number;
  expiresInHours?: number | null | undefined;
}>;

export type IssueCustomerLinkMutation = {
  issueCustomerLink: { url: string; token: string; linkId: string; expiresAt: string };
};

export type ComplaintRootCausesQueryVariables = Exact<{ [key: string]: never }>;

export type ComplaintRootCausesQuery = {
  complaintRootCauses: Array<{
    code: string;
    label: { zh: string; en: string };
    description: { zh: string; en: string };
  }>;
};

export type CloseCaseWithFindingMutationVariables = Exact<{
  caseId: string | number;
  note?: string | null | undefined;
  finding?: ComplaintFindingInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type CloseCaseWithFindingMutation = {
  closeCase: { replayed: boolean; case: { id: string; status: CaseStatus } };
};

export type RevealCustomerFieldMutationVariables = Exact<{
  caseId: string | number;
  field: CustomerField;
}>;

export type RevealCustomerFieldMutation = { revealCustomerField: string | null };

export type AddCaseAttachmentMutationVariables = Exact<{
  caseId: string | number;
  fileName: string;
  contentType: string;
  contentBase64: string;
}>;

export type AddCaseAttachmentMutation = { addAttachment: { id: string; fileName: string } };

export type CaseAttachmentContentQueryVariables = Exact<{
  caseId: string | number;
  attachmentId: string | number;
}>;

export type CaseAttachmentContentQuery = {
  case: {
    id: string;
    attachment: { id: string; fileName: string; contentType: string; contentBase64: string } | null;
  } | null;
};

export type LinkCasesMutationVariables = Exact<{
  caseId: string | number;
  relatedCaseId: string | number;
  reason: string;
}>;

export type LinkCasesMutation = { linkCases: { replayed: boolean } };

export type CaseByReferenceQueryVariables = Exact<{
  reference: string;
}>;

export type CaseByReferenceQuery = { caseByReference: { id: string; reference: string } | null };

export type CaseAgreementPdfQueryVariables = Exact<{
  caseId: string | number;
}>;

export type CaseAgreementPdfQuery = {
  case: { id: string; reference: string; agreement: { id: string; pdfBase64: string } | null } | null;
};

export type VerifyCaseAgreementQueryVariables = Exact<{
  caseId: string | number;
}>;

export type VerifyCaseAgreementQuery = {
  verifyAgreement: { ok: boolean; recordedSha256: string; actualSha256: string; signedEventSeq: number };
};

export type DepartmentNamesQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentNamesQuery = { departments: Array<{ code: string; name: { zh: string; en: string } }> };

export type ComplaintClockPanelQueryVariables = Exact<{
  id: string | number;
}>;

export type ComplaintClockPanelQuery = {
  case: {
    id: string;
    status: CaseStatus;
    complaintClock: {
      receivedAt: string;
      deadline: string;
      provisional: boolean;
      status: ComplaintClockStatus;
      daysLeft: number;
      workingDaysLeft: number;
      extensions: Array<{ days: number; reason: string; at: string }>;
      extensionRequests: Array<{
        id: string;
        days: number;
        reason: string;
        requestedBy: string;
        requestedAt: string;
        status: ComplaintExtensionStatus;
        comment: string | null;
      }>;
    } | null;
  } | null;
};

export type RequestComplaintExtensionMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type RequestComplaintExtensionMutation = { requestComplaintExtension: { case: { id: string } } };

export type InboxRowFieldsFragment = {
  customerName: string;
  customerPhone: string | null;
  dueAt: string | null;
  warningAt: string | null;
  slaState: SlaState;
  case: {
    id: string;
    reference: string;
    status: CaseStatus;
    channel: Channel;
    assignee: { id: string; displayName: string } | null;
    queue: { id: string } | null;
  };
  flowName: { zh: string; en: string };
  currentSteps: Array<{ key: string; name: { zh: string; en: string } }>;
};

export type WorkspaceInboxQueryVariables = Exact<{
  view: InboxView;
  filter?: InboxFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type WorkspaceInboxQuery = {
  inbox: {
    edges: Array<{
      cursor: string;
      node: {
        customerName: string;
        customerPhone: string | null;
        dueAt: string | null;
        warningAt: string | null;
        slaState: SlaState;
        case: {
          id: string;
          reference: string;
          status: CaseStatus;
          channel: Channel;
          assignee: { id: string; displayName: string } | null;
          queue: { id: string } | null;
        };
        flowName: { zh: string; en: string };
        currentSteps: Array<{ key: string; name: { zh: string; en: string } }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type InboxOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type InboxOptionsQuery = {
  flowTemplates: { edges: Array<{ node: { key: string; name: { zh: string; en: string } } }> };
  complaintCategories: {
    edges: Array<{ node: { id: string; code: string; name: { zh: string; en: string } } }>;
  };
};

export type InboxViewsQueryVariables = Exact<{ [key: string]: never }>;

export type InboxViewsQuery = {
  inboxViews: Array<{ id: string; name: string; view: InboxView; filter: unknown }>;
};

export type SaveInboxViewMutationVariables = Exact<{
  input: SaveInboxViewInput;
}>;

export type SaveInboxViewMutation = {
  saveInboxView: { id: string; name: string; view: InboxView; filter: unknown };
};

export type DeleteInboxViewMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteInboxViewMutation = { deleteInboxView: boolean };

export type ClaimInboxCaseMutationVariables = Exact<{
  caseId: string | number;
}>;

export type ClaimInboxCaseMutation = { claimCase: { case: { id: string } } };

export type BulkReassignInboxMutationVariables = Exact<{
  caseIds: Array<string | number> | string | number;
  assigneeId?: string | number | null | undefined;
}>;

export type BulkReassignInboxMutation = {
  bulkReassignCases: Array<{
    caseId: string;
    ok: boolean;
    errorCode: ErrorCode | null;
    errorMessage: { zh: string; en: string } | null;
  }>;
};

export type BulkCloseInboxMutationVariables = Exact<{
  caseIds: Array<string | number> | string | number;
  note?: string | null | undefined;
}>;

export type BulkCloseInboxMutation = {
  bulkCloseCases: Array<{
    caseId: string;
    ok: boolean;
    errorCode: ErrorCode | null;
    errorMessage: { zh: string; en: string } | null;
  }>;
};

export type InboxAssigneesQueryVariables = Exact<{ [key: string]: never }>;

export type InboxAssigneesQuery = { assignableUsers: Array<{ id: string; displayName: string }> };

export type InboxLiveSubscriptionVariables = Exact<{ [key: string]: never }>;

export type InboxLiveSubscription = {
  queueCounts: Array<{ open: number; unassigned: number; overdue: number; queue: { id: string } }>;
};

export type InboxChangesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type InboxChangesSubscription = {
  inboxChanges: Array<{ caseId: string; version: number; updatedAt: string }>;
};

export type InboxStepChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type InboxStepChoicesQuery = {
  flowTemplates: {
    edges: Array<{
      node: {
        key: string;
        name: { zh: string; en: string };
        latestVersion: {
          id: string;
          steps: Array<{ key: string; kind: StepKind; name: { zh: string; en: string } }>;
        } | null;
      };
    }>;
  };
};

export type NewCaseFlowsQueryVariables = Exact<{ [key: string]: never }>;

export type NewCaseFlowsQuery = {
  flowTemplates: {
    edges: Array<{
      node: {
        key: string;
        kind: FlowKind;
        archived: boolean;
        name: { zh: string; en: string };
        latestVersion: { version: number } | null;
      };
    }>;
  };
};

export type NewCaseOpenMutationVariables = Exact<{
  input: OpenCaseInput;
  idempotencyKey?: string | null | undefined;
}>;

export type NewCaseOpenMutation = { openCase: { case: { id: string; reference: string } } };

export type OfferBuilderCaseQueryVariables = Exact<{
  id: string | number;
}>;

export type OfferBuilderCaseQuery = {
  case: {
    id: string;
    status: CaseStatus;
    activeSteps: Array<string>;
    openedAt: string;
    flowVersion: {
      id: string;
      definition: unknown;
      steps: Array<{ key: string; kind: StepKind; name: { zh: string; en: string } }>;
    };
    offers: Array<{
      id: string;
      stepKey: string;
      status: OfferStatus;
      customerComment: string | null;
      input: unknown;
    }>;
    offerApprovals: Array<{
      id: string;
      stepKey: string;
      status: OfferApprovalStatus;
      requiredRole: string;
      requestedAt: string;
      comment: string | null;
    }>;
  } | null;
  me: { id: string; roles: Array<{ key: string }>; departments: Array<{ code: string }> } | null;
};

export type CheckOfferQueryVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  plan: unknown;
}>;

export type CheckOfferQuery = {
  checkOffer: {
    verdict: OfferCheckVerdict;
    requiredRole: string | null;
    code: string | null;
    message: { zh: string; en: string } | null;
    problems: Array<{ code: string; path: Array<string>; message: { zh: string; en: string } }>;
  };
};

export type ProposeOfferMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  plan: unknown;
  idempotencyKey?: string | null | undefined;
}>;

export type ProposeOfferMutation = {
  proposeOffer: { case: { id: string; activeSteps: Array<string> }; events: Array<{ type: string }> };
};

export type StepActionContextQueryVariables = Exact<{
  id: string | number;
}>;

export type StepActionContextQuery = {
  case: {
    id: string;
    status: CaseStatus;
    activeSteps: Array<string>;
    flowVersion: { id: string; definition: unknown };
    followUps: Array<{ id: string; stepKey: string; dueAt: string; done: boolean }>;
    events: { edges: Array<{ node: { seq: number; type: string; at: string; data: unknown } }> };
  } | null;
  me: { id: string; roles: Array<{ key: string }>; departments: Array<{ code: string }> } | null;
};

export type StepCommandFieldsFragment = {
  replayed: boolean;
  case: { id: string; status: CaseStatus; activeSteps: Array<string> };
};

export type SubmitStepMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  data: unknown;
  idempotencyKey?: string | null | undefined;
}>;

export type SubmitStepMutation = {
  submitStep: { replayed: boolean; case: { id: string; status: CaseStatus; activeSteps: Array<string> } };
};

export type ApproveStepMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  comment?: string | null | undefined;
  data?: unknown;
  idempotencyKey?: string | null | undefined;
}>;

export type ApproveStepMutation = {
  approveStep: { replayed: boolean; case: { id: string; status: CaseStatus; activeSteps: Array<string> } };
};

export type RejectStepMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  reason: string;
  data?: unknown;
  idempotencyKey?: string | null | undefined;
}>;

export type RejectStepMutation = {
  rejectStep: { replayed: boolean; case: { id: string; status: CaseStatus; activeSteps: Array<string> } };
};

export type LogCommunicationMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  channel: string;
  contact: string;
  answered: boolean;
  summary: string;
  idempotencyKey?: string | null | undefined;
}>;

export type LogCommunicationMutation = {
  logCommunication: {
    replayed: boolean;
    case: { id: string; status: CaseStatus; activeSteps: Array<string> };
  };
};

export type ContactCheckQueryVariables = Exact<{
  caseId: string | number;
  contact: string;
  channel: string;
}>;

export type ContactCheckQuery = {
  contactCheck: {
    allowed: boolean;
    unansweredToday: number;
    dailyLimit: number;
    nextAllowedAt: string | null;
    reason: { zh: string; en: string } | null;
  };
};

export type RecordContactConsentMutationVariables = Exact<{
  caseId: string | number;
  grantedAt: string;
  expiresAt?: string | null | undefined;
  evidence: string;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordContactConsentMutation = {
  recordContactConsent: {
    replayed: boolean;
    case: { id: string; status: CaseStatus; activeSteps: Array<string> };
  };
};

export type RecordCustomerResponseMutationVariables = Exact<{
  caseId: string | number;
  stepKey: string;
  accepted: boolean;
  comment?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordCustomerResponseMutation = {
  recordCustomerResponse: {
    replayed: boolean;
    case: { id: string; status: CaseStatus; activeSteps: Array<string> };
  };
};

export type AddStepAttachmentMutationVariables = Exact<{
  caseId: string | number;
  fileName: string;
  contentType: string;
  contentBase64: string;
  stepKey?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type AddStepAttachmentMutation = {
  addAttachment: { id: string; fileName: string; contentType: string; size: number };
};

export type ComplaintCategoryFieldsFragment = {
  id: string;
  code: string;
  path: Array<string>;
  depth: number;
  order: number;
  active: boolean;
  severity: Severity;
  slaPolicyKey: string;
  requiredFields: Array<string>;
  name: { zh: string; en: string };
  routing: { departmentCode: string | null; queueCode: string | null } | null;
  regulatoryCodes: {
    jrtBusinessType: string | null;
    jrtCause: string | null;
    cfpbProduct: string | null;
    cfpbIssue: string | null;
  } | null;
};

export type ComplaintCategoriesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type ComplaintCategoriesQuery = {
  complaintCategories: {
    edges: Array<{
      node: {
        id: string;
        code: string;
        path: Array<string>;
        depth: number;
        order: number;
        active: boolean;
        severity: Severity;
        slaPolicyKey: string;
        requiredFields: Array<string>;
        name: { zh: string; en: string };
        routing: { departmentCode: string | null; queueCode: string | null } | null;
        regulatoryCodes: {
          jrtBusinessType: string | null;
          jrtCause: string | null;
          cfpbProduct: string | null;
          cfpbIssue: string | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ComplaintCategoryOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ComplaintCategoryOptionsQuery = {
  complaintCategoryOptions: {
    jrtBusinessTypes: Array<{ key: string; value: string; label: { zh: string; en: string } }>;
    jrtCauses: Array<{ key: string; value: string; label: { zh: string; en: string } }>;
    slaPolicies: Array<{ key: string; flowKeys: Array<string>; name: { zh: string; en: string } }>;
    fields: Array<{
      name: string;
      type: string;
      label: { zh: string; en: string };
      form: { zh: string; en: string };
    }>;
  };
  departments: Array<{
    code: string;
    name: { zh: string; en: string };
    queues: Array<{ code: string; name: { zh: string; en: string } }>;
  }>;
};

export type CreateComplaintCategoryMutationVariables = Exact<{
  input: CreateComplaintCategoryInput;
}>;

export type CreateComplaintCategoryMutation = {
  createComplaintCategory: {
    id: string;
    code: string;
    path: Array<string>;
    depth: number;
    order: number;
    active: boolean;
    severity: Severity;
    slaPolicyKey: string;
    requiredFields: Array<string>;
    name: { zh: string; en: string };
    routing: { departmentCode: string | null; queueCode: string | null } | null;
    regulatoryCodes: {
      jrtBusinessType: string | null;
      jrtCause: string | null;
      cfpbProduct: string | null;
      cfpbIssue: string | null;
    } | null;
  };
};

export type UpdateComplaintCategoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateComplaintCategoryInput;
}>;

export type UpdateComplaintCategoryMutation = {
  updateComplaintCategory: {
    id: string;
    code: string;
    path: Array<string>;
    depth: number;
    order: number;
    active: boolean;
    severity: Severity;
    slaPolicyKey: string;
    requiredFields: Array<string>;
    name: { zh: string; en: string };
    routing: { departmentCode: string | null; queueCode: string | null } | null;
    regulatoryCodes: {
      jrtBusinessType: string | null;
      jrtCause: string | null;
      cfpbProduct: string | null;
      cfpbIssue: string | null;
    } | null;
  };
};

export type MoveComplaintCategoryMutationVariables = Exact<{
  id: string | number;
  parentId?: string | number | null | undefined;
  order?: number | null | undefined;
}>;

export type MoveComplaintCategoryMutation = {
  moveComplaintCategory: {
    id: string;
    code: string;
    path: Array<string>;
    depth: number;
    order: number;
    active: boolean;
    severity: Severity;
    slaPolicyKey: string;
    requiredFields: Array<string>;
    name: { zh: string; en: string };
    routing: { departmentCode: string | null; queueCode: string | null } | null;
    regulatoryCodes: {
      jrtBusinessType: string | null;
      jrtCause: string | null;
      cfpbProduct: string | null;
      cfpbIssue: string | null;
    } | null;
  };
};

export type ReorderComplaintCategoriesMutationVariables = Exact<{
  parentId?: string | number | null | undefined;
  orderedIds: Array<string | number> | string | number;
}>;

export type ReorderComplaintCategoriesMutation = {
  reorderComplaintCategories: Array<{
    id: string;
    code: string;
    path: Array<string>;
    depth: number;
    order: number;
    active: boolean;
    severity: Severity;
    slaPolicyKey: string;
    requiredFields: Array<string>;
    name: { zh: string; en: string };
    routing: { departmentCode: string | null; queueCode: string | null } | null;
    regulatoryCodes: {
      jrtBusinessType: string | null;
      jrtCause: string | null;
      cfpbProduct: string | null;
      cfpbIssue: string | null;
    } | null;
  }>;
};

export type SetComplaintCategoryActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;

export type SetComplaintCategoryActiveMutation = {
  setComplaintCategoryActive: {
    id: string;
    code: string;
    path: Array<string>;
    depth: number;
    order: number;
    active: boolean;
    severity: Severity;
    slaPolicyKey: string;
    requiredFields: Array<string>;
    name: { zh: string; en: string };
    routing: { departmentCode: string | null; queueCode: string | null } | null;
    regulatoryCodes: {
      jrtBusinessType: string | null;
      jrtCause: string | null;
      cfpbProduct: string | null;
      cfpbIssue: string | null;
    } | null;
  };
};

export type DeleteComplaintCategoryMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteComplaintCategoryMutation = { deleteComplaintCategory: boolean };

export type ExportComplaintCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type ExportComplaintCategoriesQuery = {
  exportComplaintCategories: { fileName: string; contentBase64: string; count: number };
};

export type ImportComplaintCategoriesMutationVariables = Exact<{
  fileBase64: string;
  dryRun: boolean;
}>;

export type ImportComplaintCategoriesMutation = {
  importComplaintCategories: {
    written: boolean;
    created: number;
    updated: number;
    unchanged: number;
    problems: Array<{ row: number; column: string | null; message: { zh: string; en: string } }>;
  };
};

export type PublicComplaintCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type PublicComplaintCategoriesQuery = {
  publicComplaintCategories: Array<{
    id: string;
    name: { zh: string; en: string };
    children: Array<{
      id: string;
      name: { zh: string; en: string };
      children: Array<{ id: string; name: { zh: string; en: string } }>;
    }>;
  }>;
};

export type SubmitComplaintMutationVariables = Exact<{
  input: PublicComplaintInput;
  idempotencyKey: string;
}>;

export type SubmitComplaintMutation = {
  submitComplaint: {
    caseReference: string;
    trackingUrl: string;
    expiresAt: string;
    deadline: string | null;
    replayed: boolean;
  };
};

export type ComplaintTrackingQueryVariables = Exact<{
  token: string;
}>;

export type ComplaintTrackingQuery = {
  complaintTracking: {
    caseReference: string;
    status: ComplaintTrackingStatus;
    receivedAt: string;
    deadline: string | null;
    expiresAt: string;
    categoryName: { zh: string; en: string } | null;
    departmentName: { zh: string; en: string } | null;
    entries: Array<{ at: string; text: { zh: string; en: string } }>;
  };
};

export type IntakeFormQueryVariables = Exact<{
  token: string;
}>;

export type IntakeFormQuery = {
  intakeForm: {
    templateKey: string;
    stepKey: string | null;
    form: unknown;
    expiresAt: string;
    flowName: { zh: string; en: string };
  };
};

export type SubmitIntakeMutationVariables = Exact<{
  token: string;
  customer?: CustomerInput | null | undefined;
  data: unknown;
  idempotencyKey: string;
}>;

export type SubmitIntakeMutation = {
  submitIntake: {
    caseReference: string;
    replayed: boolean;
    followUpLink: { url: string; expiresAt: string };
  };
};

export type PlanPreviewFieldsFragment = {
  kind: string;
  termMonths: number;
  annualisedRate: string | null;
  owedTotal: { fen: string };
  forgiven: { fen: string };
  downPayment: { fen: string };
  financed: { fen: string };
  totalDue: { fen: string };
  schedule: Array<{
    period: number;
    dueDate: string;
    principal: { fen: string };
    interest: { fen: string };
    fee: { fen: string };
    total: { fen: string };
    remainingPrincipal: { fen: string };
  }>;
};

export type AgreementClauseFieldsFragment = {
  key: string;
  title: string;
  parts: Array<{
    text: string | null;
    scheduleRows: Array<{
      period: string;
      dueDate: string;
      principal: string;
      interest: string;
      fee: string;
      total: string;
    }> | null;
    scheduleTotal: {
      period: string;
      dueDate: string;
      principal: string;
      interest: string;
      fee: string;
      total: string;
    } | null;
  }>;
};

export type CustomerViewFieldsFragment = {
  caseReference: string;
  customerName: string;
  actions: Array<CustomerAction>;
  expiresAt: string;
  offer: {
    id: string;
    status: OfferStatus;
    plan: {
      kind: string;
      termMonths: number;
      annualisedRate: string | null;
      owedTotal: { fen: string };
      forgiven: { fen: string };
      downPayment: { fen: string };
      financed: { fen: string };
      totalDue: { fen: string };
      schedule: Array<{
        period: number;
        dueDate: string;
        principal: { fen: string };
        interest: { fen: string };
        fee: { fen: string };
        total: { fen: string };
        remainingPrincipal: { fen: string };
      }>;
    };
  } | null;
  agreement: {
    id: string;
    sha256: string;
    size: number;
    signatureKind: SignatureKind;
    signerName: string;
    signedAt: string;
  } | null;
  agreementText: {
    zh: Array<{
      key: string;
      title: string;
      parts: Array<{
        text: string | null;
        scheduleRows: Array<{
          period: string;
          dueDate: string;
          principal: string;
          interest: string;
          fee: string;
          total: string;
        }> | null;
        scheduleTotal: {
          period: string;
          dueDate: string;
          principal: string;
          interest: string;
          fee: string;
          total: string;
        } | null;
      }>;
    }>;
    en: Array<{
      key: string;
      title: string;
      parts: Array<{
        text: string | null;
        scheduleRows: Array<{
          period: string;
          dueDate: string;
          principal: string;
          interest: string;
          fee: string;
          total: string;
        }> | null;
        scheduleTotal: {
          period: string;
          dueDate: string;
          principal: string;
          interest: string;
          fee: string;
          total: string;
        } | null;
      }>;
    }>;
  } | null;
  formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
};

export type CustomerAgreementPdfQueryVariables = Exact<{
  token: string;
}>;

export type CustomerAgreementPdfQuery = { customerView: { agreementPdfBase64: string | null } };

export type CustomerViewQueryVariables = Exact<{
  token: string;
}>;

export type CustomerViewQuery = {
  customerView: {
    caseReference: string;
    customerName: string;
    actions: Array<CustomerAction>;
    expiresAt: string;
    offer: {
      id: string;
      status: OfferStatus;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        owedTotal: { fen: string };
        forgiven: { fen: string };
        downPayment: { fen: string };
        financed: { fen: string };
        totalDue: { fen: string };
        schedule: Array<{
          period: number;
          dueDate: string;
          principal: { fen: string };
          interest: { fen: string };
          fee: { fen: string };
          total: { fen: string };
          remainingPrincipal: { fen: string };
        }>;
      };
    } | null;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signatureKind: SignatureKind;
      signerName: string;
      signedAt: string;
    } | null;
    agreementText: {
      zh: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
      en: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
    } | null;
    formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
  };
};

export type AcceptOfferMutationVariables = Exact<{
  token: string;
  idempotencyKey?: string | null | undefined;
}>;

export type AcceptOfferMutation = {
  acceptOffer: {
    caseReference: string;
    customerName: string;
    actions: Array<CustomerAction>;
    expiresAt: string;
    offer: {
      id: string;
      status: OfferStatus;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        owedTotal: { fen: string };
        forgiven: { fen: string };
        downPayment: { fen: string };
        financed: { fen: string };
        totalDue: { fen: string };
        schedule: Array<{
          period: number;
          dueDate: string;
          principal: { fen: string };
          interest: { fen: string };
          fee: { fen: string };
          total: { fen: string };
          remainingPrincipal: { fen: string };
        }>;
      };
    } | null;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signatureKind: SignatureKind;
      signerName: string;
      signedAt: string;
    } | null;
    agreementText: {
      zh: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
      en: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
    } | null;
    formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
  };
};

export type CounterOfferMutationVariables = Exact<{
  token: string;
  comment: string;
  idempotencyKey?: string | null | undefined;
}>;

export type CounterOfferMutation = {
  counterOffer: {
    caseReference: string;
    customerName: string;
    actions: Array<CustomerAction>;
    expiresAt: string;
    offer: {
      id: string;
      status: OfferStatus;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        owedTotal: { fen: string };
        forgiven: { fen: string };
        downPayment: { fen: string };
        financed: { fen: string };
        totalDue: { fen: string };
        schedule: Array<{
          period: number;
          dueDate: string;
          principal: { fen: string };
          interest: { fen: string };
          fee: { fen: string };
          total: { fen: string };
          remainingPrincipal: { fen: string };
        }>;
      };
    } | null;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signatureKind: SignatureKind;
      signerName: string;
      signedAt: string;
    } | null;
    agreementText: {
      zh: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
      en: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
    } | null;
    formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
  };
};

export type SignAgreementMutationVariables = Exact<{
  token: string;
  signature: SignatureInput;
  idempotencyKey?: string | null | undefined;
}>;

export type SignAgreementMutation = {
  signAgreement: {
    caseReference: string;
    customerName: string;
    actions: Array<CustomerAction>;
    expiresAt: string;
    offer: {
      id: string;
      status: OfferStatus;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        owedTotal: { fen: string };
        forgiven: { fen: string };
        downPayment: { fen: string };
        financed: { fen: string };
        totalDue: { fen: string };
        schedule: Array<{
          period: number;
          dueDate: string;
          principal: { fen: string };
          interest: { fen: string };
          fee: { fen: string };
          total: { fen: string };
          remainingPrincipal: { fen: string };
        }>;
      };
    } | null;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signatureKind: SignatureKind;
      signerName: string;
      signedAt: string;
    } | null;
    agreementText: {
      zh: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
      en: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
    } | null;
    formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
  };
};

export type SubmitCustomerStepMutationVariables = Exact<{
  token: string;
  stepKey: string;
  data: unknown;
  idempotencyKey?: string | null | undefined;
}>;

export type SubmitCustomerStepMutation = {
  submitCustomerStep: {
    caseReference: string;
    customerName: string;
    actions: Array<CustomerAction>;
    expiresAt: string;
    offer: {
      id: string;
      status: OfferStatus;
      plan: {
        kind: string;
        termMonths: number;
        annualisedRate: string | null;
        owedTotal: { fen: string };
        forgiven: { fen: string };
        downPayment: { fen: string };
        financed: { fen: string };
        totalDue: { fen: string };
        schedule: Array<{
          period: number;
          dueDate: string;
          principal: { fen: string };
          interest: { fen: string };
          fee: { fen: string };
          total: { fen: string };
          remainingPrincipal: { fen: string };
        }>;
      };
    } | null;
    agreement: {
      id: string;
      sha256: string;
      size: number;
      signatureKind: SignatureKind;
      signerName: string;
      signedAt: string;
    } | null;
    agreementText: {
      zh: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
      en: Array<{
        key: string;
        title: string;
        parts: Array<{
          text: string | null;
          scheduleRows: Array<{
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          }> | null;
          scheduleTotal: {
            period: string;
            dueDate: string;
            principal: string;
            interest: string;
            fee: string;
            total: string;
          } | null;
        }>;
      }>;
    } | null;
    formSteps: Array<{ stepKey: string; form: unknown; context: unknown; name: { zh: string; en: string } }>;
  };
};

export type UploadCustomerFileMutationVariables = Exact<{
  token: string;
  stepKey: string;
  fileName: string;
  contentType: string;
  contentBase64: string;
}>;

export type UploadCustomerFileMutation = {
  uploadCustomerFile: { id: string; name: string; sizeBytes: number; mime: string };
};

export type PublicSurveyQueryVariables = Exact<{
  token: string;
}>;

export type PublicSurveyQuery = {
  publicSurvey: {
    status: PublicSurveyStatus;
    form: unknown;
    caseReference: string | null;
    expiresAt: string | null;
    answeredAt: string | null;
    title: { zh: string; en: string } | null;
  };
};

export type SubmitSurveyAnswerMutationVariables = Exact<{
  token: string;
  answers: unknown;
}>;

export type SubmitSurveyAnswerMutation = {
  submitSurveyAnswer: { status: PublicSurveyStatus; answeredAt: string };
};

export type CaseSurveysQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseSurveysQuery = {
  case: {
    id: string;
    surveyInvitations: Array<{
      id: string;
      surveyKey: string;
      surveyVersion: number;
      trigger: SurveyTrigger;
      stepKey: string | null;
      expiresAt: string;
      sentAt: string;
      remindedAt: string | null;
      answeredAt: string | null;
      answer: {
        id: string;
        scores: { nps: number | null; csat: number | null; ces: number | null };
        texts: Array<{ name: string; text: string; title: { zh: string; en: string } }>;
      } | null;
    }>;
  } | null;
};

export type PublishedSurveysForCaseQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type PublishedSurveysForCaseQuery = {
  surveys: {
    edges: Array<{ node: { key: string; version: number | null; title: { zh: string; en: string } } }>;
  };
};

export type SendSurveyMutationVariables = Exact<{
  caseId: string | number;
  surveyKey: string;
  idempotencyKey?: string | null | undefined;
}>;

export type SendSurveyMutation = {
  sendSurvey: { id: string; surveyKey: string; url: string | null; expiresAt: string };
};

export type FlowTemplatesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  withDraft: boolean;
}>;

export type FlowTemplatesQuery = {
  flowTemplates: {
    edges: Array<{
      node: {
        id: string;
        key: string;
        kind: FlowKind;
        archived: boolean;
        updatedAt: string;
        name: { zh: string; en: string };
        latestVersion: {
          version: number;
          publishedAt: string;
          publishedBy: { displayName: string } | null;
        } | null;
        versions: Array<{ version: number; openCaseCount: number }>;
        draft?: {
          revision: number;
          state: FlowDraftState;
          updatedAt: string;
          updatedBy: { displayName: string } | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SeedFlowTemplatesQueryVariables = Exact<{ [key: string]: never }>;

export type SeedFlowTemplatesQuery = {
  seedFlowTemplates: Array<{
    key: string;
    kind: FlowKind;
    source: string | null;
    name: { zh: string; en: string };
    description: { zh: string; en: string } | null;
    steps: Array<{ key: string; kind: StepKind }>;
    transitions: Array<{ from: string; to: string }>;
  }>;
};

export type CreateFlowTemplateMutationVariables = Exact<{
  input: CreateFlowTemplateInput;
}>;

export type CreateFlowTemplateMutation = { createFlowTemplate: { id: string; key: string } };

export type ImportFlowTemplateMutationVariables = Exact<{
  document: unknown;
  key?: string | null | undefined;
}>;

export type ImportFlowTemplateMutation = { importFlowTemplate: { id: string; key: string } };

export type ArchiveFlowTemplateMutationVariables = Exact<{
  key: string;
}>;

export type ArchiveFlowTemplateMutation = {
  archiveFlowTemplate: { id: string; key: string; archived: boolean };
};

export type ExportFlowTemplateQueryVariables = Exact<{
  key: string;
}>;

export type ExportFlowTemplateQuery = { exportFlowTemplate: unknown };

export type DesignerTemplateQueryVariables = Exact<{
  key: string;
}>;

export type DesignerTemplateQuery = {
  flowTemplate: {
    id: string;
    key: string;
    kind: FlowKind;
    archived: boolean;
    name: { zh: string; en: string };
    latestVersion: { version: number } | null;
    draft: {
      definition: unknown;
      revision: number;
      state: FlowDraftState;
      updatedAt: string;
      updatedBy: { displayName: string } | null;
    } | null;
  } | null;
};

export type SaveFlowDraftMutationVariables = Exact<{
  key: string;
  baseRevision: number;
  definition: unknown;
}>;

export type SaveFlowDraftMutation = {
  saveFlowDraft: { revision: number; state: FlowDraftState; updatedAt: string };
};

export type PublishFlowDraftMutationVariables = Exact<{
  key: string;
  baseRevision: number;
  releaseNotes?: string | null | undefined;
}>;

export type PublishFlowDraftMutation = { publishFlowTemplate: { id: string; version: number } };

export type DesignerServerValidationQueryVariables = Exact<{
  definition: unknown;
}>;

export type DesignerServerValidationQuery = {
  validateFlowDefinition: {
    problems: Array<{
      code: string;
      path: Array<string>;
      severity: string;
      message: { zh: string; en: string };
    }>;
  };
};

export type PanelPlatformQueryVariables = Exact<{ [key: string]: never }>;

export type PanelPlatformQuery = {
  roles: Array<{ key: string; name: { zh: string; en: string } }>;
  departments: Array<{ code: string; name: { zh: string; en: string } }>;
};

export type PanelCalendarsQueryVariables = Exact<{ [key: string]: never }>;

export type PanelCalendarsQuery = { slaCalendars: Array<{ key: string }> };

export type SurveyRefLibraryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type SurveyRefLibraryQuery = {
  surveys: {
    edges: Array<{
      node: {
        id: string;
        key: string;
        version: number | null;
        archived: boolean;
        title: { zh: string; en: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type DraftWhatIfQueryVariables = Exact<{
  key: string;
  last?: number | null | undefined;
}>;

export type DraftWhatIfQuery = {
  simulateDraftOnCases: {
    templateKey: string;
    publishedVersion: number | null;
    draftRevision: number;
    total: number;
    differentPath: number;
    slaChanged: number;
    blocked: number;
    skipped: number;
    differentPathExamples: Array<{
      caseId: string;
      reference: string;
      recordedStep: string | null;
      draftStep: string | null;
    }>;
    blockedExamples: Array<{
      caseId: string;
      reference: string;
      command: string | null;
      stepKey: string | null;
      refusalCode: string | null;
      refusalMessage: { zh: string; en: string } | null;
    }>;
    slaChangedExamples: Array<{
      caseId: string;
      reference: string;
      recordedBreached: boolean;
      draftBreached: boolean;
    }>;
    refusals: Array<{ code: string; count: number; message: { zh: string; en: string } }>;
  };
};

export type VersionHistoryQueryVariables = Exact<{
  key: string;
}>;

export type VersionHistoryQuery = {
  flowTemplate: {
    id: string;
    key: string;
    versions: Array<{
      id: string;
      version: number;
      contentHash: string;
      releaseNotes: string | null;
      publishedAt: string;
      openCaseCount: number;
      publishedBy: { displayName: string } | null;
    }>;
  } | null;
};

export type VersionDefinitionQueryVariables = Exact<{
  key: string;
  version: number;
}>;

export type VersionDefinitionQuery = {
  flowVersion: { id: string; version: number; definition: unknown } | null;
};

export type VersionDiffQueryVariables = Exact<{
  key: string;
  from: number;
  to: number;
}>;

export type VersionDiffQuery = {
  flowVersionDiff: {
    changes: Array<{
      area: FlowChangeArea;
      key: string;
      kind: FlowChangeKind;
      values: Array<{ path: string; before: unknown; after: unknown }>;
    }>;
  };
};

export type VersionOpenCasesQueryVariables = Exact<{
  key: string;
  version: number;
}>;

export type VersionOpenCasesQuery = {
  flowVersion: {
    id: string;
    version: number;
    openCases: {
      totalCount: number;
      edges: Array<{
        node: { id: string; reference: string; status: CaseStatus; activeSteps: Array<string> };
      }>;
    };
  } | null;
};

export type RollbackFlowMutationVariables = Exact<{
  key: string;
  toVersion: number;
  releaseNotes?: string | null | undefined;
}>;

export type RollbackFlowMutation = { rollbackFlowTemplate: { id: string; version: number } };

export type PlanCaseMigrationQueryVariables = Exact<{
  key: string;
  from: number;
  to: number;
  mapping: Array<StepMappingInput> | StepMappingInput;
}>;

export type PlanCaseMigrationQuery = {
  planCaseMigration: {
    migratableCount: number;
    blockedCount: number;
    cases: Array<{
      caseId: string;
      reference: string;
      migratable: boolean;
      fromSteps: Array<string>;
      toSteps: Array<string>;
      changes: Array<{ zh: string; en: string }>;
      problems: Array<{ code: string; path: string; severity: string; message: { zh: string; en: string } }>;
    }>;
  };
};

export type MigrateCasesMutationVariables = Exact<{
  key: string;
  from: number;
  to: number;
  mapping: Array<StepMappingInput> | StepMappingInput;
  caseIds?: Array<string | number> | string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;

export type MigrateCasesMutation = {
  migrateCases: {
    migrated: number;
    skipped: number;
    failed: number;
    results: Array<{
      caseId: string;
      reference: string;
      outcome: CaseMigrationOutcome;
      code: string | null;
      message: { zh: string; en: string };
    }>;
  };
};

export type InsightFlowNamesQueryVariables = Exact<{ [key: string]: never }>;

export type InsightFlowNamesQuery = {
  flowTemplates: {
    edges: Array<{
      node: {
        key: string;
        name: { zh: string; en: string };
        versions: Array<{ version: number; steps: Array<{ key: string; name: { zh: string; en: string } }> }>;
      };
    }>;
  };
};

export type InsightNamesQueryVariables = Exact<{ [key: string]: never }>;

export type InsightNamesQuery = {
  departments: Array<{ code: string; name: { zh: string; en: string } }>;
  assignableUsers: Array<{ id: string; displayName: string }>;
  complaintCategories: { edges: Array<{ node: { id: string; name: { zh: string; en: string } } }> };
};

export type InsightRootCausesQueryVariables = Exact<{ [key: string]: never }>;

export type InsightRootCausesQuery = {
  complaintRootCauses: Array<{ code: string; label: { zh: string; en: string } }>;
};

export type InsightStatusQueryVariables = Exact<{ [key: string]: never }>;

export type InsightStatusQuery = {
  insightStatus: { lagMs: number | null; caughtUp: boolean; foldedUpTo: string | null };
};

export type InsightVolumeTabQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightVolumeTabQuery = {
  insightVolume: {
    opened: number;
    closed: number;
    cancelled: number;
    openNow: number;
    days: Array<{ day: string; opened: number; closed: number; cancelled: number }>;
    byChannel: Array<{ key: string; opened: number; closed: number; cancelled: number }>;
    byFlow: Array<{ key: string; opened: number; closed: number; cancelled: number }>;
    byCategory: Array<{ key: string; opened: number; closed: number; cancelled: number }>;
    backlog: Array<{ step: string; count: number }>;
  };
};

export type InsightTimeTabQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightTimeTabQuery = {
  insightTimeInStep: {
    steps: Array<{ step: string; entered: number; left: number; count: number; averageMs: number | null }>;
  };
  insightSla: {
    compliance: number | null;
    days: Array<{
      day: string;
      breaches: number;
      met: number;
      missed: number;
      regulatoryOnTime: number;
      regulatoryExtended: number;
      regulatoryLate: number;
      extensions: number;
    }>;
    totals: {
      breaches: number;
      met: number;
      missed: number;
      regulatoryOnTime: number;
      regulatoryExtended: number;
      regulatoryLate: number;
      extensions: number;
    };
  };
};

export type InsightNegotiationTabQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightNegotiationTabQuery = {
  insightNegotiation: {
    days: Array<{
      day: string;
      offersProposed: number;
      offersAccepted: number;
      changesRequested: number;
      agreementsSigned: number;
      restructured: string;
      waived: string;
    }>;
    totals: {
      offersProposed: number;
      offersAccepted: number;
      changesRequested: number;
      agreementsSigned: number;
      restructured: string;
      waived: string;
    };
  };
  insightVolume: { opened: number };
};

export type InsightScoresFragment = {
  sent: number;
  answered: number;
  responseRate: number | null;
  npsCount: number;
  nps: number | null;
  csatCount: number;
  csat: number | null;
  cesCount: number;
  ces: number | null;
};

export type InsightSatisfactionTabQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightSatisfactionTabQuery = {
  insightSatisfaction: {
    complaintRate: number | null;
    complaintsOpened: number;
    customersServed: number;
    totals: {
      sent: number;
      answered: number;
      responseRate: number | null;
      npsCount: number;
      nps: number | null;
      csatCount: number;
      csat: number | null;
      cesCount: number;
      ces: number | null;
    };
    days: Array<{
      day: string;
      scores: {
        sent: number;
        answered: number;
        responseRate: number | null;
        npsCount: number;
        nps: number | null;
        csatCount: number;
        csat: number | null;
        cesCount: number;
        ces: number | null;
      };
    }>;
    byAgent: Array<{
      key: string;
      scores: {
        sent: number;
        answered: number;
        responseRate: number | null;
        npsCount: number;
        nps: number | null;
        csatCount: number;
        csat: number | null;
        cesCount: number;
        ces: number | null;
      };
    }>;
    byFlow: Array<{
      key: string;
      scores: {
        sent: number;
        answered: number;
        responseRate: number | null;
        npsCount: number;
        nps: number | null;
        csatCount: number;
        csat: number | null;
        cesCount: number;
        ces: number | null;
      };
    }>;
    byCategory: Array<{
      key: string;
      scores: {
        sent: number;
        answered: number;
        responseRate: number | null;
        npsCount: number;
        nps: number | null;
        csatCount: number;
        csat: number | null;
        cesCount: number;
        ces: number | null;
      };
    }>;
    byOutcome: Array<{
      key: string;
      scores: {
        sent: number;
        answered: number;
        responseRate: number | null;
        npsCount: number;
        nps: number | null;
        csatCount: number;
        csat: number | null;
        cesCount: number;
        ces: number | null;
      };
    }>;
    complaintRateDays: Array<{ day: string; complaints: number; served: number; rate: number | null }>;
  };
};

export type InsightFindingsTabQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightFindingsTabQuery = {
  insightFindings: {
    total: number;
    byCause: Array<{ rootCause: string; count: number }>;
    byCategory: Array<{ category: string; rootCause: string; count: number }>;
    days: Array<{ day: string; rootCause: string; count: number }>;
  };
};

export type InsightComplaintReportQueryVariables = Exact<{
  filter: InsightFilter;
}>;

export type InsightComplaintReportQuery = {
  complaintReport: {
    from: string;
    to: string;
    rows: Array<{
      channel: string;
      businessType: string;
      cause: string;
      received: number;
      closed: number;
      closedOnTime: number;
      extended: number;
      late: number;
      open: number;
      onTimeShare: number | null;
      outcomes: Array<{ outcome: string; count: number }>;
    }>;
    totals: {
      channel: string;
      businessType: string;
      cause: string;
      received: number;
      closed: number;
      closedOnTime: number;
      extended: number;
      late: number;
      open: number;
      onTimeShare: number | null;
      outcomes: Array<{ outcome: string; count: number }>;
    };
  };
};

export type InsightReportRowFragment = {
  channel: string;
  businessType: string;
  cause: string;
  received: number;
  closed: number;
  closedOnTime: number;
  extended: number;
  late: number;
  open: number;
  onTimeShare: number | null;
  outcomes: Array<{ outcome: string; count: number }>;
};

export type ApiClientFieldsFragment = {
  id: string;
  name: string;
  scopes: Array<string>;
  rateLimitPerMinute: number;
  keyPrefix: string;
  revokedAt: string | null;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
};

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;

export type CreateApiClientMutation = {
  createApiClient: {
    key: string;
    client: {
      id: string;
      name: string;
      scopes: Array<string>;
      rateLimitPerMinute: number;
      keyPrefix: string;
      revokedAt: string | null;
      createdAt: string;
      createdBy: string;
      lastUsedAt: string | null;
    };
  };
};

export type RevokeApiClientMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiClientMutation = {
  revokeApiClient: {
    id: string;
    name: string;
    scopes: Array<string>;
    rateLimitPerMinute: number;
    keyPrefix: string;
    revokedAt: string | null;
    createdAt: string;
    createdBy: string;
    lastUsedAt: string | null;
  };
};

export type WebhookSubscriptionFieldsFragment = {
  id: string;
  name: string;
  url: string;
  eventTypes: Array<string>;
  active: boolean;
  createdAt: string;
  createdBy: string;
  disabledAt: string | null;
  secretRotatedAt: string | null;
  previousSecretValidUntil: string | null;
};

export type WebhooksQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type WebhooksQuery = {
  webhookSubscriptionsPage: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        url: string;
        eventTypes: Array<string>;
        active: boolean;
        createdAt: string;
        createdBy: string;
        disabledAt: string | null;
        secretRotatedAt: string | null;
        previousSecretValidUntil: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  webhookEventTypes: Array<{ type: string; label: { zh: string; en: string } }>;
};

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;

export type CreateWebhookMutation = {
  createWebhookSubscription: {
    secret: string;
    subscription: {
      id: string;
      name: string;
      url: string;
      eventTypes: Array<string>;
      active: boolean;
      createdAt: string;
      createdBy: string;
      disabledAt: string | null;
      secretRotatedAt: string | null;
      previousSecretValidUntil: string | null;
    };
  };
};

export type DisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;

export type DisableWebhookMutation = {
  disableWebhookSubscription: {
    id: string;
    name: string;
    url: string;
    eventTypes: Array<string>;
    active: boolean;
    createdAt: string;
    createdBy: string;
    disabledAt: string | null;
    secretRotatedAt: string | null;
    previousSecretValidUntil: string | null;
  };
};

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  graceHours?: number | null | undefined;
}>;

export type RotateWebhookSecretMutation = {
  rotateWebhookSecret: {
    secret: string;
    subscription: {
      id: string;
      name: string;
      url: string;
      eventTypes: Array<string>;
      active: boolean;
      createdAt: string;
      createdBy: string;
      disabledAt: string | null;
      secretRotatedAt: string | null;
      previousSecretValidUntil: string | null;
    };
  };
};

export type WebhookDeliveryFieldsFragment = {
  id: string;
  eventId: string;
  eventType: string;
  test: boolean;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

export type WebhookDeliveriesQueryVariables = Exact<{
  subscriptionId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WebhookDeliveriesQuery = {
  webhookDeliveries: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        eventId: string;
        eventType: string;
        test: boolean;
        status: WebhookDeliveryStatus;
        attempts: number;
        nextAttemptAt: string | null;
        lastStatusCode: number | null;
        lastError: string | null;
        deliveredAt: string | null;
        createdAt: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;

export type SendTestWebhookMutation = {
  sendTestWebhook: {
    id: string;
    eventId: string;
    eventType: string;
    test: boolean;
    status: WebhookDeliveryStatus;
    attempts: number;
    nextAttemptAt: string | null;
    lastStatusCode: number | null;
    lastError: string | null;
    deliveredAt: string | null;
    createdAt: string;
  };
};

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;

export type ReplayWebhookDeliveryMutation = {
  replayWebhookDelivery: {
    id: string;
    eventId: string;
    eventType: string;
    test: boolean;
    status: WebhookDeliveryStatus;
    attempts: number;
    nextAttemptAt: string | null;
    lastStatusCode: number | null;
    lastError: string | null;
    deliveredAt: string | null;
    createdAt: string;
  };
};

export type ApiClientsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ApiClientsPageQuery = {
  apiClientsPage: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        scopes: Array<string>;
        rateLimitPerMinute: number;
        keyPrefix: string;
        revokedAt: string | null;
        createdAt: string;
        createdBy: string;
        lastUsedAt: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type UpdateApiClientMutationVariables = Exact<{
  id: string | number;
  input: UpdateApiClientInput;
}>;

export type UpdateApiClientMutation = {
  updateApiClient: {
    id: string;
    name: string;
    scopes: Array<string>;
    rateLimitPerMinute: number;
    keyPrefix: string;
    revokedAt: string | null;
    createdAt: string;
    createdBy: string;
    lastUsedAt: string | null;
  };
};

export type WebhookSubscriptionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type WebhookSubscriptionsPageQuery = {
  webhookSubscriptionsPage: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        url: string;
        eventTypes: Array<string>;
        active: boolean;
        createdAt: string;
        createdBy: string;
        disabledAt: string | null;
        secretRotatedAt: string | null;
        previousSecretValidUntil: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookSubscriptionInput;
}>;

export type UpdateWebhookMutation = {
  updateWebhookSubscription: {
    id: string;
    name: string;
    url: string;
    eventTypes: Array<string>;
    active: boolean;
    createdAt: string;
    createdBy: string;
    disabledAt: string | null;
    secretRotatedAt: string | null;
    previousSecretValidUntil: string | null;
  };
};

export type OverviewQueueCountFragment = {
  open: number;
  unassigned: number;
  overdue: number;
  queue: { id: string; code: string; name: { zh: string; en: string } };
};

export type QueueOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type QueueOverviewQuery = {
  queueCounts: Array<{
    open: number;
    unassigned: number;
    overdue: number;
    queue: { id: string; code: string; name: { zh: string; en: string } };
  }>;
  departments: Array<{ code: string; name: { zh: string; en: string }; queues: Array<{ id: string }> }>;
};

export type QueueOverviewLiveSubscriptionVariables = Exact<{ [key: string]: never }>;

export type QueueOverviewLiveSubscription = {
  queueCounts: Array<{
    open: number;
    unassigned: number;
    overdue: number;
    queue: { id: string; code: string; name: { zh: string; en: string } };
  }>;
};

export type SessionFieldsFragment = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; username: string; displayName: string; permissions: Array<string> };
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { id: string; username: string; displayName: string; permissions: Array<string> };
  };
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = {
  refreshSession: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    user: { id: string; username: string; displayName: string; permissions: Array<string> };
  };
};

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type LogoutMutation = { logout: boolean };

export type SurveysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;

export type SurveysQuery = {
  surveys: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        key: string;
        version: number | null;
        draftRevision: number;
        archived: boolean;
        title: { zh: string; en: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SurveyQueryVariables = Exact<{
  key: string;
}>;

export type SurveyQuery = {
  survey: {
    id: string;
    key: string;
    version: number | null;
    draftRevision: number;
    draftDefinition: unknown;
    archived: boolean;
    archivedAt: string | null;
    archivedByName: string | null;
    archiveReason: string | null;
    title: { zh: string; en: string };
  } | null;
};

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;

export type CreateSurveyMutation = { createSurvey: { id: string; key: string } };

export type SaveSurveyDraftMutationVariables = Exact<{
  key: string;
  baseRevision: number;
  definition: unknown;
}>;

export type SaveSurveyDraftMutation = {
  saveSurveyDraft: {
    id: string;
    key: string;
    version: number | null;
    draftRevision: number;
    draftDefinition: unknown;
    title: { zh: string; en: string };
  };
};

export type PublishSurveyMutationVariables = Exact<{
  key: string;
  baseRevision: number;
  releaseNotes?: string | null | undefined;
}>;

export type PublishSurveyMutation = {
  publishSurvey: { id: string; key: string; version: number | null; draftRevision: number };
};

export type SurveyReferencesQueryVariables = Exact<{
  key: string;
}>;

export type SurveyReferencesQuery = {
  survey: {
    id: string;
    key: string;
    referencedBy: Array<{
      flowKey: string;
      flowVersion: number | null;
      draftRevision: number | null;
      path: string;
      pin: string;
      pinnedVersion: number | null;
      flowName: { zh: string; en: string };
    }>;
  } | null;
};

export type ArchiveSurveyMutationVariables = Exact<{
  key: string;
  reason: string;
}>;

export type ArchiveSurveyMutation = {
  archiveSurvey: {
    id: string;
    key: string;
    archived: boolean;
    archivedAt: string | null;
    archivedByName: string | null;
    archiveReason: string | null;
  };
};

export type RestoreSurveyMutationVariables = Exact<{
  key: string;
}>;

export type RestoreSurveyMutation = {
  restoreSurvey: {
    id: string;
    key: string;
    archived: boolean;
    archivedAt: string | null;
    archivedByName: string | null;
    archiveReason: string | null;
  };
};

export type SurveyVersionsHistoryQueryVariables = Exact<{
  key: string;
}>;

export type SurveyVersionsHistoryQuery = {
  survey: {
    id: string;
    key: string;
    draftRevision: number;
    versions: Array<{
      version: number;
      contentHash: string;
      releaseNotes: string | null;
      publishedAt: string;
      publishedByName: string;
      restoredFrom: number | null;
      definition: unknown;
    }>;
  } | null;
};

export type SurveyVersionsDiffQueryVariables = Exact<{
  key: string;
  from: number;
  to: number;
}>;

export type SurveyVersionsDiffQuery = {
  surveyVersionDiff: {
    questionsAdded: Array<string>;
    questionsRemoved: Array<string>;
    questionsChanged: Array<string>;
    changes: Array<{
      area: SurveyChangeArea;
      key: string;
      kind: FlowChangeKind;
      values: Array<{ path: string; before: unknown; after: unknown }>;
    }>;
  };
};

export type SurveyVersionsPublishMutationVariables = Exact<{
  key: string;
  baseRevision: number;
  releaseNotes?: string | null | undefined;
}>;

export type SurveyVersionsPublishMutation = {
  publishSurvey: { id: string; key: string; version: number | null; draftRevision: number };
};

export type SurveyVersionsRollbackMutationVariables = Exact<{
  key: string;
  toVersion: number;
  baseRevision: number;
}>;

export type SurveyVersionsRollbackMutation = {
  rollbackSurvey: { id: string; key: string; version: number | null; draftRevision: number };
};

export const AccessUserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessUserFieldsFragment, unknown>;
export const AccessRoleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRoleFieldsFragment, unknown>;
export const AccessDepartmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessDepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routedCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessDepartmentFieldsFragment, unknown>;
export const SlaRecomputeProgressFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaRecomputeProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaRecompute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaRecomputeProgressFragment, unknown>;
export const InboxCaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxCaseFieldsFragment, unknown>;
export const InboxRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InboxItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowName' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warningAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaState' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxRowFieldsFragment, unknown>;
export const StepCommandFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StepCommandFieldsFragment, unknown>;
export const ComplaintCategoryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintCategoryFieldsFragment, unknown>;
export const PlanPreviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanPreviewFieldsFragment, unknown>;
export const AgreementClauseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgreementClauseFieldsFragment, unknown>;
export const CustomerViewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerViewFieldsFragment, unknown>;
export const InsightScoresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InsightScores' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SatisfactionScores' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'npsCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'csatCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'csat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cesCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ces' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightScoresFragment, unknown>;
export const InsightReportRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InsightReportRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintReportRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'businessType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
          { kind: 'Field', name: { kind: 'Name', value: 'received' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOnTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTimeShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightReportRowFragment, unknown>;
export const ApiClientFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookSubscriptionFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'test' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const OverviewQueueCountFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverviewQueueCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QueueCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unassigned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQueueCountFragment, unknown>;
export const SessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AccessUsersDocument = {
  __meta__: { hash: 'sha256:60f13365f24376a66e6f012bf1030ca25f747611704efbb79d5befce2cdd0ec9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessUserFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessUsersQuery, AccessUsersQueryVariables>;
export const AccessCreateUserDocument = {
  __meta__: { hash: 'sha256:a86902721f16ec0cfb00bcea876565b8bf85d06816e3fa20982476bad77750db' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessUserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateUserMutation, AccessCreateUserMutationVariables>;
export const AccessUpdateUserDocument = {
  __meta__: { hash: 'sha256:bd6457cab695c43d9993fb910e9fe3399e2afa1e7939eba177ffbbddab600bad' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessUpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessUserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessUpdateUserMutation, AccessUpdateUserMutationVariables>;
export const AccessResetUserPasswordDocument = {
  __meta__: { hash: 'sha256:f945b110e0f45ec4841012fec5f56b53983adf61c7e3852f118022e97a36b1f0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessResetUserPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PasswordResetMode' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetUserPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'password' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessUserFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessResetUserPasswordMutation, AccessResetUserPasswordMutationVariables>;
export const AccessRolesDocument = {
  __meta__: { hash: 'sha256:b40925cf1d23c92f19e640c179273089dfbbd0446667033c130ed954cd9cf482' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessRoles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRoleFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'permissions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRolesQuery, AccessRolesQueryVariables>;
export const AccessCreateRoleDocument = {
  __meta__: { hash: 'sha256:45366ef0e3b7223fe4fcc01444de2fe41bcf5c3c1e61ec55ca7dd7bbbe2b9013' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRoleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateRoleMutation, AccessCreateRoleMutationVariables>;
export const AccessUpdateRoleDocument = {
  __meta__: { hash: 'sha256:16df343772c6af4add038985a960aea1d490af5b55d3314db440d92fadbc01ae' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessUpdateRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessRoleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessRoleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'builtIn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holderCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessUpdateRoleMutation, AccessUpdateRoleMutationVariables>;
export const AccessDepartmentsDocument = {
  __meta__: { hash: 'sha256:f5de989a4c65bccf2ba9e35d108b8cacd8f132aa4f562ac5786de3fe324b3451' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessDepartments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessDepartmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessDepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routedCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessDepartmentsQuery, AccessDepartmentsQueryVariables>;
export const AccessChoicesDocument = {
  __meta__: { hash: 'sha256:1a8f915c8d07b4f3e62eff6fc3354358713c19e9184e9a413437659c7db90c87' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccessChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessChoicesQuery, AccessChoicesQueryVariables>;
export const AccessCreateDepartmentDocument = {
  __meta__: { hash: 'sha256:bdf4f9ba6d351593678173e349f6af88139d7c1041b562407fd56213139134a0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateDepartment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateDepartmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDepartment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessDepartmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessDepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routedCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateDepartmentMutation, AccessCreateDepartmentMutationVariables>;
export const AccessCreateQueueDocument = {
  __meta__: { hash: 'sha256:4f91053de2d78babfb2be51d0696c8c7747c396bbdaf550aa08ad42e938c4aae' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessCreateQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQueueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessCreateQueueMutation, AccessCreateQueueMutationVariables>;
export const AccessSetDepartmentMembersDocument = {
  __meta__: { hash: 'sha256:5a8a9ec33cf98db030f7f403a64fc8f0324482460b521df375fa5b4387f4a1ea' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessSetDepartmentMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDepartmentMembers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessDepartmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessDepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routedCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessSetDepartmentMembersMutation, AccessSetDepartmentMembersMutationVariables>;
export const AccessRenameDepartmentDocument = {
  __meta__: { hash: 'sha256:4414495dfdc9457b188ebdc394312c2c80bb328c56c0c369afe84efa9ddc9b97' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRenameDepartment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalizedTextInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameDepartment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessDepartmentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessDepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queues' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'members' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routedCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRenameDepartmentMutation, AccessRenameDepartmentMutationVariables>;
export const AccessDeleteDepartmentDocument = {
  __meta__: { hash: 'sha256:dedb69999b6df7f39bef727a1a3b0dc84825fac7f7ea1ef1fd3a76cfddc8d6b7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessDeleteDepartment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteDepartment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessDeleteDepartmentMutation, AccessDeleteDepartmentMutationVariables>;
export const AccessRenameQueueDocument = {
  __meta__: { hash: 'sha256:303146be13ed2d223adb82db94c8c10a4ee36dcd5cae2798414bd1ef0dfb9975' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessRenameQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalizedTextInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessRenameQueueMutation, AccessRenameQueueMutationVariables>;
export const AccessDeleteQueueDocument = {
  __meta__: { hash: 'sha256:60c385c7d9612a4ccafc99ef6f855c5ae23fd11cbabc8965b4c5064233bd00e1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessDeleteQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteQueue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessDeleteQueueMutation, AccessDeleteQueueMutationVariables>;
export const AccessDeleteRoleDocument = {
  __meta__: { hash: 'sha256:07faea3dedb6769ca9a609feb3e6c83a6c720df4fa2baea4e2f9a54fae46efcc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AccessDeleteRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessDeleteRoleMutation, AccessDeleteRoleMutationVariables>;
export const ApprovalsInboxDocument = {
  __meta__: { hash: 'sha256:34c66f00e0a11561afd5640dee2c2254a809049d1be29f012450d1a5fce92268' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApprovalsInbox' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingOfferApprovals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owedTotal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'forgiven' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'totalDue' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingReviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stepName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingComplaintExtensions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalsInboxQuery, ApprovalsInboxQueryVariables>;
export const DecideOfferApprovalDocument = {
  __meta__: { hash: 'sha256:3e58198b06c9cc5fd8a17d31bedbdac168c612c2eb29f689d5b4c8713dbbaec7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideOfferApproval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideOfferApproval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approve' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideOfferApprovalMutation, DecideOfferApprovalMutationVariables>;
export const ApproveReviewDocument = {
  __meta__: { hash: 'sha256:c137898a9d5c8654a287d40540c281d276ca5de534b900bdd7968e60fffa67b2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveReviewMutation, ApproveReviewMutationVariables>;
export const RejectReviewDocument = {
  __meta__: { hash: 'sha256:f085b8348941572ee7627555acf837156a5cb1e87049be2d691a33e3d69f24d6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectReviewMutation, RejectReviewMutationVariables>;
export const DecideComplaintExtensionDocument = {
  __meta__: { hash: 'sha256:87cb683697349dbbc9afe2c1c65d0fa65fec65295c57d2316f79f8ccfbec9b87' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideComplaintExtension' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideComplaintExtension' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requestId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requestId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'approve' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'approve' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideComplaintExtensionMutation, DecideComplaintExtensionMutationVariables>;
export const ConfigAuditLogDocument = {
  __meta__: { hash: 'sha256:1107bb8669626ae7548cde47d590c91d1fc543921b32c3232b9e1f1fe16efdef' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConfigAuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConfigAuditFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configAuditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityKey' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfigAuditLogQuery, ConfigAuditLogQueryVariables>;
export const ConfigAuditFacetsDocument = {
  __meta__: { hash: 'sha256:41a52d91f573cd9dbd3170b98ab5b71a2a8e4d93d807f997509329d4dee425f4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConfigAuditFacets' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configAuditFacets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'entityTypes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entries' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfigAuditFacetsQuery, ConfigAuditFacetsQueryVariables>;
export const AuditCaseByReferenceDocument = {
  __meta__: { hash: 'sha256:0052276f863daea2986bb65e474dc998bb03ad6027b9ebf0836f06cbc8757845' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditCaseByReference' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseByReference' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditCaseByReferenceQuery, AuditCaseByReferenceQueryVariables>;
export const VerifyAuditDocument = {
  __meta__: { hash: 'sha256:58e068d034ed2ab362127e353f1b3fce2a9ac3e75b3668ad6a0eb0605abbc3ab' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyAudit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAudit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'casesChecked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eventsChecked' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'firstBroken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'explanation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAuditQuery, VerifyAuditQueryVariables>;
export const SlaCalendarsListDocument = {
  __meta__: { hash: 'sha256:50fceecd07ee2b11f60effcf6e4224efa8351ec98d67b1396e09cc038c87268c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SlaCalendarsList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaCalendars' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaCalendarsListQuery, SlaCalendarsListQueryVariables>;
export const SlaCalendarYearDaysDocument = {
  __meta__: { hash: 'sha256:f9bfad2be67a994232780275ff482405c1ce067b623caf4300289fb33b820f75' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SlaCalendarYearDays' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaCalendars' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'holidays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'workdays' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaCalendarYearDaysQuery, SlaCalendarYearDaysQueryVariables>;
export const PreviewSlaCalendarChangeDocument = {
  __meta__: { hash: 'sha256:483fa0fd3b137c771b6d3c379b6c9038e0b9d5a7e4e6afce4451fae3c0b7aa4b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PreviewSlaCalendarChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaCalendarYearInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewSlaCalendarChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'calendarKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openCases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'casesAffected' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slaMoves' } },
                { kind: 'Field', name: { kind: 'Name', value: 'complaintMoves' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'samples' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewSlaCalendarChangeQuery, PreviewSlaCalendarChangeQueryVariables>;
export const UpdateSlaCalendarYearDocument = {
  __meta__: { hash: 'sha256:127a3a0126c141d851e8c3588502f9aadac38004aac2b179794338272794d1b1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSlaCalendarYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaCalendarYearInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSlaCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'background' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'calendar' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'years' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'recompute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SlaRecomputeProgress' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaRecomputeProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaRecompute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSlaCalendarYearMutation, UpdateSlaCalendarYearMutationVariables>;
export const SlaRecomputeStatusDocument = {
  __meta__: { hash: 'sha256:d79f5fe48a3263a210759ec8e3a9a88597b587283e733a30b6795a19e2259908' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SlaRecomputeStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaRecompute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SlaRecomputeProgress' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaRecomputeProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaRecompute' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calendarKey' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaRecomputeStatusQuery, SlaRecomputeStatusQueryVariables>;
export const MyInboxDocument = {
  __meta__: { hash: 'sha256:fe7f1eb13de9148fa863da62cf88d2cb19e96505cb2ed1efa786269e30925f67' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myInbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxCaseFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxCaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Case' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyInboxQuery, MyInboxQueryVariables>;
export const CaseEventsPageDocument = {
  __meta__: { hash: 'sha256:303805d0f2a8f003eed280b682dc307c86cda3ec5e3f82f4625f8ffa4bc5f43f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseEventsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'data' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'performedBy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseEventsPageQuery, CaseEventsPageQueryVariables>;
export const CaseDetailDocument = {
  __meta__: { hash: 'sha256:89443261920686b53bce4fbaf24825ce7eebb43b0fd15cf3f0b347ba5bc91c77' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueAtProvisional' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sla' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complaintClock' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisionalYears' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'steps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'config' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'form' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'fields' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'label' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'transitions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAtReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'findingRequired' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'finding' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rootCause' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rootCauseLabel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'remedy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'idNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bankCard' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'data' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'performedBy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contactAttempts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'performedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'links' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'case' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pausing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CaseOffersDocument = {
  __meta__: { hash: 'sha256:711bf3e1724d27d653feef43e97d23d7d79898fdfca793fb8e46930736ff70e9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'offers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerComment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'plan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'totalDue' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'downPayment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agreement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseOffersQuery, CaseOffersQueryVariables>;
export const IssueCustomerLinkDocument = {
  __meta__: { hash: 'sha256:48edc2de7176901bd217dce3b4b1470461872ba4273df249c2705d7e6fb70346' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueCustomerLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expiresInHours' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueCustomerLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expiresInHours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expiresInHours' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'linkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueCustomerLinkMutation, IssueCustomerLinkMutationVariables>;
export const ComplaintRootCausesDocument = {
  __meta__: { hash: 'sha256:c94fdeb26522492b7dd89548458bc06b9cb7e0599844fa4deab6e6e3d3dae622' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintRootCauses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintRootCauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'label' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintRootCausesQuery, ComplaintRootCausesQueryVariables>;
export const CloseCaseWithFindingDocument = {
  __meta__: { hash: 'sha256:464a49737934987f9a0611882f9bc076c3e0b98431f02fb3424643b5fefa6245' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseCaseWithFinding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'finding' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintFindingInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'finding' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'finding' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCaseWithFindingMutation, CloseCaseWithFindingMutationVariables>;
export const RevealCustomerFieldDocument = {
  __meta__: { hash: 'sha256:feed33df1873cc801aa262cbfafc416367b3954e5a5600ecd675a74eb8ec6e28' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevealCustomerField' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerField' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealCustomerField' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'field' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'field' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevealCustomerFieldMutation, RevealCustomerFieldMutationVariables>;
export const AddCaseAttachmentDocument = {
  __meta__: { hash: 'sha256:46b40b857b46e3601cd8f84d67b530b69d0971dad139f15c28c7e6695911e6fb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddCaseAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCaseAttachmentMutation, AddCaseAttachmentMutationVariables>;
export const CaseAttachmentContentDocument = {
  __meta__: { hash: 'sha256:f418280dfe91c6c513c90daddfd91b78dc786f59936d75ab311359fd2a993356' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseAttachmentContent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attachmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachment' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'id' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attachmentId' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseAttachmentContentQuery, CaseAttachmentContentQueryVariables>;
export const LinkCasesDocument = {
  __meta__: { hash: 'sha256:834b9297ae24e294c41edbf9e6130279b43366cb6393360fa171f37f6f6964f9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LinkCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'relatedCaseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'linkCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'relatedCaseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'relatedCaseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'replayed' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LinkCasesMutation, LinkCasesMutationVariables>;
export const CaseByReferenceDocument = {
  __meta__: { hash: 'sha256:6c33de2bcbf7acdfca673e8388130c6b57e2f22a9eb904586f73c5dd20eb9a35' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseByReference' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseByReference' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseByReferenceQuery, CaseByReferenceQueryVariables>;
export const CaseAgreementPdfDocument = {
  __meta__: { hash: 'sha256:9ab3600f2397f69ae8b253e324c1efc855f2f186cd6f645f3b502ccf45682051' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseAgreementPdf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agreement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pdfBase64' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseAgreementPdfQuery, CaseAgreementPdfQueryVariables>;
export const VerifyCaseAgreementDocument = {
  __meta__: { hash: 'sha256:cde38463fb68e0aaf467fd72ace01f6352f035263cbe0fd163a688831b1e9090' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyCaseAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualSha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedEventSeq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCaseAgreementQuery, VerifyCaseAgreementQueryVariables>;
export const DepartmentNamesDocument = {
  __meta__: { hash: 'sha256:07c54a6e01eca28c12e94bd1246a487af69f28c1188bde77a6f3b15ef37c1133' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartmentNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentNamesQuery, DepartmentNamesQueryVariables>;
export const ComplaintClockPanelDocument = {
  __meta__: { hash: 'sha256:f4dbae2c494558d337510a85a6e4ec8c19cef951f60d6a64c56a2c997a63bd38' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintClockPanel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complaintClock' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'extensions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'extensionRequests' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requestedBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintClockPanelQuery, ComplaintClockPanelQueryVariables>;
export const RequestComplaintExtensionDocument = {
  __meta__: { hash: 'sha256:9cc0813e645ca56162fe42a3bc125fea5289fbda076e8704250e0c066a9f5d93' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestComplaintExtension' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestComplaintExtension' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestComplaintExtensionMutation, RequestComplaintExtensionMutationVariables>;
export const WorkspaceInboxDocument = {
  __meta__: { hash: 'sha256:e9f60cfc26e4463756155fe9add9fa12a98493e56756ab9c3f029529f5a4d00e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkspaceInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'view' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InboxView' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'InboxFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'view' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'view' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InboxRowFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InboxRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'InboxItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowName' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'warningAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaState' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkspaceInboxQuery, WorkspaceInboxQueryVariables>;
export const InboxOptionsDocument = {
  __meta__: { hash: 'sha256:d5eed1d77f2bc46666eba21518f1385e78b1716e6e62612a405762b497311e7e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxOptionsQuery, InboxOptionsQueryVariables>;
export const InboxViewsDocument = {
  __meta__: { hash: 'sha256:f3b42bdab6fcaa75e6b3393a406d1a300780cdc2a5d996e35b28c2888b8e0aaa' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxViews' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inboxViews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'view' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxViewsQuery, InboxViewsQueryVariables>;
export const SaveInboxViewDocument = {
  __meta__: { hash: 'sha256:e96a88a960661e1425e68a32ad86e200b55bbc53f5d0a852a1e0fa95e6c74dd8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveInboxView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveInboxViewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveInboxView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'view' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveInboxViewMutation, SaveInboxViewMutationVariables>;
export const DeleteInboxViewDocument = {
  __meta__: { hash: 'sha256:471690a7a99f76fcd8153ededad76863e57a5ce14cca7b214c79f9f83e0c1719' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteInboxView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteInboxView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteInboxViewMutation, DeleteInboxViewMutationVariables>;
export const ClaimInboxCaseDocument = {
  __meta__: { hash: 'sha256:8754b657569391de86e8f528327391ccae4ab711aab350ab313cf59785fc2d30' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClaimInboxCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimInboxCaseMutation, ClaimInboxCaseMutationVariables>;
export const BulkReassignInboxDocument = {
  __meta__: { hash: 'sha256:d121281924a58b623ace26c4e1d530413eb4f078974473501af50f3ced0894b3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkReassignInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkReassignCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assigneeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errorMessage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkReassignInboxMutation, BulkReassignInboxMutationVariables>;
export const BulkCloseInboxDocument = {
  __meta__: { hash: 'sha256:3b07a8dfdbb0a94010e98686273bd305493fe1c52ea554f7be06e9ed1d48abb4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkCloseInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkCloseCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errorMessage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulkCloseInboxMutation, BulkCloseInboxMutationVariables>;
export const InboxAssigneesDocument = {
  __meta__: { hash: 'sha256:2788abe298c4d533fa858eb785384fc42bd37511f56ef4f1f7c44f13431255bf' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxAssignees' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignableUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxAssigneesQuery, InboxAssigneesQueryVariables>;
export const InboxLiveDocument = {
  __meta__: { hash: 'sha256:31973e342969796d89a4f90ad4338f96d1f3fe6b020f188991f5a29bcf04f0f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'InboxLive' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queueCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unassigned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxLiveSubscription, InboxLiveSubscriptionVariables>;
export const InboxChangesDocument = {
  __meta__: { hash: 'sha256:22610308640c8b7d1c0fa03af0e73cba066b8d62c2600b79dbe4f25751007165' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'InboxChanges' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inboxChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxChangesSubscription, InboxChangesSubscriptionVariables>;
export const InboxStepChoicesDocument = {
  __meta__: { hash: 'sha256:52491a344cb2e697c70ebe4a82c3e9ea16714287d4ab3744c368821764b5b1f5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxStepChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'steps' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'name' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxStepChoicesQuery, InboxStepChoicesQueryVariables>;
export const NewCaseFlowsDocument = {
  __meta__: { hash: 'sha256:04377b1ecd0068bc34cef54f2df3b26e2139666eef3fcc40213f680f4e58f96b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewCaseFlows' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewCaseFlowsQuery, NewCaseFlowsQueryVariables>;
export const NewCaseOpenDocument = {
  __meta__: { hash: 'sha256:52636928632440602456f640b233801d38b39993e21964aae36b053a3972923e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NewCaseOpen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenCaseInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewCaseOpenMutation, NewCaseOpenMutationVariables>;
export const OfferBuilderCaseDocument = {
  __meta__: { hash: 'sha256:9dabb52c4eada30e1bf8665522818ff18a0c09ea3cfe7d2d74702362a444f49d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfferBuilderCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'steps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'offers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerComment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'input' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'offerApprovals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfferBuilderCaseQuery, OfferBuilderCaseQueryVariables>;
export const CheckOfferDocument = {
  __meta__: { hash: 'sha256:3a5e8517cc67d18a7eb68ccb6c1842788f1a56cad0a3fdae3864153388ed25a8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'plan' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'plan' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'plan' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'verdict' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'message' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckOfferQuery, CheckOfferQueryVariables>;
export const ProposeOfferDocument = {
  __meta__: { hash: 'sha256:59acdeb0b1ae2fa25dffddc025c54dfe3d856247d2d3070ea08191f523348664' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'plan' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'plan' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'plan' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'type' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeOfferMutation, ProposeOfferMutationVariables>;
export const StepActionContextDocument = {
  __meta__: { hash: 'sha256:66d94b0f9ba90a3022c0f349c87a3cb1ee66a3cae0c2e21b9a95b6974ee30074' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StepActionContext' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '200' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'data' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StepActionContextQuery, StepActionContextQueryVariables>;
export const SubmitStepDocument = {
  __meta__: { hash: 'sha256:0a9110675770597f0fc457255a9c559873ad4a69b609a1864932669b6a1f556a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitStep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitStepMutation, SubmitStepMutationVariables>;
export const ApproveStepDocument = {
  __meta__: { hash: 'sha256:26117eea4c16fcbe3e94d188e1e0939c6e18fccfd6397a1841e95c4f0398bbee' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveStep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveStepMutation, ApproveStepMutationVariables>;
export const RejectStepDocument = {
  __meta__: { hash: 'sha256:28a0c714cf75c3afa3a2185dd24afcca7dcfb4e7fc635a2e5b1ec2145f2937f0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectStep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectStepMutation, RejectStepMutationVariables>;
export const LogCommunicationDocument = {
  __meta__: { hash: 'sha256:2d10f3b08b069c564ca78ae16b99cc9a6cb8b43d3c5a7be026fb3387772b0dac' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogCommunication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contact' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answered' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logCommunication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contact' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answered' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answered' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'summary' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogCommunicationMutation, LogCommunicationMutationVariables>;
export const ContactCheckDocument = {
  __meta__: { hash: 'sha256:44bc083d66026e46dc969f0159c0411b140e56fd78c50b541d208c4250d0218e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContactCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contact' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contactCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contact' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'channel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'channel' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unansweredToday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dailyLimit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextAllowedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContactCheckQuery, ContactCheckQueryVariables>;
export const RecordContactConsentDocument = {
  __meta__: { hash: 'sha256:9ad54e7258ed5a12d4b0640ea8687c9a061d143d205b30fc9b23a97fd79855f3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordContactConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'grantedAt' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expiresAt' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'evidence' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordContactConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grantedAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'grantedAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expiresAt' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expiresAt' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'evidence' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'evidence' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordContactConsentMutation, RecordContactConsentMutationVariables>;
export const RecordCustomerResponseDocument = {
  __meta__: { hash: 'sha256:814bb38a372395ef481ac2619ba738d960e9a6f82620727471ded5298388581a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCustomerResponse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'accepted' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCustomerResponse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'accepted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'accepted' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StepCommandFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StepCommandFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseCommandResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCustomerResponseMutation, RecordCustomerResponseMutationVariables>;
export const AddStepAttachmentDocument = {
  __meta__: { hash: 'sha256:ff5bb3647921b2b6544663e51d4541d407f61018b77728b0933a58eba05c0181' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddStepAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddStepAttachmentMutation, AddStepAttachmentMutationVariables>;
export const ComplaintCategoriesDocument = {
  __meta__: { hash: 'sha256:22c6999784764070f9d8d6c21692d4e47c997f00a6da0d5132806b7023ce7b22' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintCategories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ComplaintCategoryFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintCategoriesQuery, ComplaintCategoriesQueryVariables>;
export const ComplaintCategoryOptionsDocument = {
  __meta__: { hash: 'sha256:1ca70149ec6f702c94b9b980f1cfcac95be14203c15da81a6afe40b3b6318f58' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintCategoryOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintCategoryOptions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jrtBusinessTypes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'label' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jrtCauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'label' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slaPolicies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'flowKeys' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'label' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'form' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintCategoryOptionsQuery, ComplaintCategoryOptionsQueryVariables>;
export const CreateComplaintCategoryDocument = {
  __meta__: { hash: 'sha256:2fcfecace31b7e5c910a2b1a886f14244c1fa2c86e5baa824ee0bea1f77053f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateComplaintCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateComplaintCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createComplaintCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateComplaintCategoryMutation, CreateComplaintCategoryMutationVariables>;
export const UpdateComplaintCategoryDocument = {
  __meta__: { hash: 'sha256:e660fe83a76dc0dda8d08ffacc0869775ebe005dd28fc57400abfb132578ae0b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateComplaintCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateComplaintCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateComplaintCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateComplaintCategoryMutation, UpdateComplaintCategoryMutationVariables>;
export const MoveComplaintCategoryDocument = {
  __meta__: { hash: 'sha256:3ff7bfb8b2fa4c1fcc72e6a4d64d8f75af5164bfe3420299279fd13757c3b85c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveComplaintCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveComplaintCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'order' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'order' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveComplaintCategoryMutation, MoveComplaintCategoryMutationVariables>;
export const ReorderComplaintCategoriesDocument = {
  __meta__: { hash: 'sha256:2d0e04c3a9c2e8dde3d299a16d89234ae8a0c3f1016e368f1cf870fd13bbdc0a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReorderComplaintCategories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderedIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderComplaintCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderedIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderedIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderComplaintCategoriesMutation, ReorderComplaintCategoriesMutationVariables>;
export const SetComplaintCategoryActiveDocument = {
  __meta__: { hash: 'sha256:b1ab5efb0facb1841807f310ad95cf931af6e09a394d59ecada2f9bb17598fae' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetComplaintCategoryActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setComplaintCategoryActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'active' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'order' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaPolicyKey' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'routing' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'departmentCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queueCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regulatoryCodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'jrtBusinessType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jrtCause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbProduct' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cfpbIssue' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'requiredFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetComplaintCategoryActiveMutation, SetComplaintCategoryActiveMutationVariables>;
export const DeleteComplaintCategoryDocument = {
  __meta__: { hash: 'sha256:08859c176749edfc4d678c3cf7b8f9b93c656992481341b0581c081bbbffd9a2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteComplaintCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteComplaintCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteComplaintCategoryMutation, DeleteComplaintCategoryMutationVariables>;
export const ExportComplaintCategoriesDocument = {
  __meta__: { hash: 'sha256:835b2e439ed385427949a48de8f8fab7724bf1694f49df942f67e5553c34bc42' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportComplaintCategories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportComplaintCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentBase64' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportComplaintCategoriesQuery, ExportComplaintCategoriesQueryVariables>;
export const ImportComplaintCategoriesDocument = {
  __meta__: { hash: 'sha256:5b876ad148db7d94e5de5166585b0e95738b0c4469d264b626bd95f6011d7822' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportComplaintCategories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importComplaintCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileBase64' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'written' } },
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportComplaintCategoriesMutation, ImportComplaintCategoriesMutationVariables>;
export const PublicComplaintCategoriesDocument = {
  __meta__: { hash: 'sha256:8b94027d945e7b2b314e3c6ca4e43b3ec6128767c0f93c382ec202090ca83b82' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicComplaintCategories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicComplaintCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'children' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicComplaintCategoriesQuery, PublicComplaintCategoriesQueryVariables>;
export const SubmitComplaintDocument = {
  __meta__: { hash: 'sha256:9095a213ec6989edfbf21af48ff30669cfc43a95192287e7508bb2fcf28f2703' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicComplaintInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trackingUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitComplaintMutation, SubmitComplaintMutationVariables>;
export const ComplaintTrackingDocument = {
  __meta__: { hash: 'sha256:d3d86f3c8bd85e1b47855f530b4e5e753a84d705ce5a81d9c3b90f6bfb1250b2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintTracking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintTracking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'categoryName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departmentName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintTrackingQuery, ComplaintTrackingQueryVariables>;
export const IntakeFormDocument = {
  __meta__: { hash: 'sha256:956d07b8427b4999aae79d021f3b9eed719d00a0282e124a264403df3862b4b2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IntakeForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intakeForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flowName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'templateKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntakeFormQuery, IntakeFormQueryVariables>;
export const SubmitIntakeDocument = {
  __meta__: { hash: 'sha256:647372abf74e97eccf92649563bc5cba7c9b1e73c09dba0ee275e37f32c42465' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitIntake' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'customer' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitIntake' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'customer' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'customer' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'followUpLink' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitIntakeMutation, SubmitIntakeMutationVariables>;
export const CustomerAgreementPdfDocument = {
  __meta__: { hash: 'sha256:e603886668adb3d2dac53535a883b2f7ef136a932a7941b97caa5dba544f04a4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerAgreementPdf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customerView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'agreementPdfBase64' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerAgreementPdfQuery, CustomerAgreementPdfQueryVariables>;
export const CustomerViewDocument = {
  __meta__: { hash: 'sha256:0252ddce531ac1e9151d0d756cad4646a0a697c3dc47e651543c02880f9c41e6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customerView' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerViewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerViewQuery, CustomerViewQueryVariables>;
export const AcceptOfferDocument = {
  __meta__: { hash: 'sha256:d26167d8660e95838063617091a682303ae0e87323a4218d8ee6d9b15955f023' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerViewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const CounterOfferDocument = {
  __meta__: { hash: 'sha256:816466edff535fdc1620d80351b618ad10441e53d15293f0df7bfe0565f853f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CounterOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counterOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerViewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CounterOfferMutation, CounterOfferMutationVariables>;
export const SignAgreementDocument = {
  __meta__: { hash: 'sha256:407397b3533d4384b9d2a035a3547629866b3b5e3e5fb4288ff05e96e9ca3773' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignAgreement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'signature' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignatureInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signAgreement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'signature' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'signature' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerViewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const SubmitCustomerStepDocument = {
  __meta__: { hash: 'sha256:4709a1e073a5ae474474ca3b49bcc1738e3475b933cb485d41700681811563ef' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitCustomerStep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitCustomerStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'data' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'data' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerViewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanPreviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RepaymentPlanPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owedTotal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forgiven' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'downPayment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'financed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'totalDue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'termMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualisedRate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'principal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'interest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingPrincipal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'fen' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgreementClauseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgreementClauseText' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleRows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduleTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'principal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fee' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerViewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'offer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanPreviewFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signatureKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreementText' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'zh' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'en' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgreementClauseFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'formSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'context' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitCustomerStepMutation, SubmitCustomerStepMutationVariables>;
export const UploadCustomerFileDocument = {
  __meta__: { hash: 'sha256:7a89d0ae268eeea96454a20439c1391c8ed57c3524859dd931ed8b803a4c75d4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadCustomerFile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadCustomerFile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stepKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentType' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentType' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mime' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadCustomerFileMutation, UploadCustomerFileMutationVariables>;
export const PublicSurveyDocument = {
  __meta__: { hash: 'sha256:547ff5440da2797d1019e5c76766f7fea9072e2d54a61d18ca19146961e1f209' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublicSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publicSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'form' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caseReference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicSurveyQuery, PublicSurveyQueryVariables>;
export const SubmitSurveyAnswerDocument = {
  __meta__: { hash: 'sha256:139e211249a102967c5fedadd12079e8b5a2b1a82faa33950cff553f761afd2c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitSurveyAnswer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitSurveyAnswer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitSurveyAnswerMutation, SubmitSurveyAnswerMutationVariables>;
export const CaseSurveysDocument = {
  __meta__: { hash: 'sha256:e94ec36d6879f0b3ec454d3c2585c811e672cbbc76ccedbff9397ef09735d6ef' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseSurveys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'surveyInvitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'surveyKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'surveyVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remindedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'scores' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'nps' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'csat' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ces' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'texts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseSurveysQuery, CaseSurveysQueryVariables>;
export const PublishedSurveysForCaseDocument = {
  __meta__: { hash: 'sha256:516f282a871b8f8a4ede8edfd1fb222a5a7c733a2e1388027ab715b8aa137577' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublishedSurveysForCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishedSurveysForCaseQuery, PublishedSurveysForCaseQueryVariables>;
export const SendSurveyDocument = {
  __meta__: { hash: 'sha256:cf1ed171c613a1793d01917ea00bb9eaf0e174c6bef41b347a2c39b35683c505' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'surveyKey' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'surveyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'surveyKey' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'surveyKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendSurveyMutation, SendSurveyMutationVariables>;
export const FlowTemplatesDocument = {
  __meta__: { hash: 'sha256:8f52811131be023411b2b7e38faf169cc143754eeec7eddaa63875ca77623915' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FlowTemplates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withDraft' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'latestVersion' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'publishedBy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'versions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'openCaseCount' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'draft' },
                              directives: [
                                {
                                  kind: 'Directive',
                                  name: { kind: 'Name', value: 'include' },
                                  arguments: [
                                    {
                                      kind: 'Argument',
                                      name: { kind: 'Name', value: 'if' },
                                      value: { kind: 'Variable', name: { kind: 'Name', value: 'withDraft' } },
                                    },
                                  ],
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'updatedBy' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FlowTemplatesQuery, FlowTemplatesQueryVariables>;
export const SeedFlowTemplatesDocument = {
  __meta__: { hash: 'sha256:c2990f5d75d637f7e456c9e6352d187d03c364d52c8c16db71c2672706e10642' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SeedFlowTemplates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'seedFlowTemplates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'transitions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SeedFlowTemplatesQuery, SeedFlowTemplatesQueryVariables>;
export const CreateFlowTemplateDocument = {
  __meta__: { hash: 'sha256:78bfed6aa322547b77781aafb29321a494be4c9428ab47f03fa7af2fbaf0c344' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFlowTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFlowTemplateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFlowTemplateMutation, CreateFlowTemplateMutationVariables>;
export const ImportFlowTemplateDocument = {
  __meta__: { hash: 'sha256:b956e0d8597d1b2f7710a5d1b58fce3093a16bebfe02316694fb73f5fe94eebd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportFlowTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'document' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportFlowTemplateMutation, ImportFlowTemplateMutationVariables>;
export const ArchiveFlowTemplateDocument = {
  __meta__: { hash: 'sha256:4e162adc9c5d33ff22cd70c8d4eb99e9f0cd97058b0fef8e47445e5783bb58ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveFlowTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveFlowTemplateMutation, ArchiveFlowTemplateMutationVariables>;
export const ExportFlowTemplateDocument = {
  __meta__: { hash: 'sha256:ad1bbaffa993c181a67cc313ffbb80ea3dc027af037cfa5272b704a3759f522f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportFlowTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportFlowTemplateQuery, ExportFlowTemplateQueryVariables>;
export const DesignerTemplateDocument = {
  __meta__: { hash: 'sha256:57a4436262221f618dd7611151cc2801fbfcb7f35fc88bd54d25774989be8a45' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DesignerTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latestVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'draft' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'updatedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DesignerTemplateQuery, DesignerTemplateQueryVariables>;
export const SaveFlowDraftDocument = {
  __meta__: { hash: 'sha256:e2ca352ca6bb201a2a1c20b54347ba15e23cfe1a8ce1ee0408e4684ca566a864' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveFlowDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveFlowDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'definition' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveFlowDraftMutation, SaveFlowDraftMutationVariables>;
export const PublishFlowDraftDocument = {
  __meta__: { hash: 'sha256:df5b02b029de67882bace39affb9e71b511fec08a8c4bb59328c2e25f33ca556' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishFlowDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseNotes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishFlowDraftMutation, PublishFlowDraftMutationVariables>;
export const DesignerServerValidationDocument = {
  __meta__: { hash: 'sha256:2627a18bed044c556a4990e66eb4870f80b93d97c3cf0920d0b6003d1b547679' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DesignerServerValidation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'validateFlowDefinition' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'definition' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DesignerServerValidationQuery, DesignerServerValidationQueryVariables>;
export const PanelPlatformDocument = {
  __meta__: { hash: 'sha256:e2d43bb1420a419eff4d4632d8801a9f9cfe072f1c4ddeb523615ca62e9dd4ce' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PanelPlatform' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelPlatformQuery, PanelPlatformQueryVariables>;
export const PanelCalendarsDocument = {
  __meta__: { hash: 'sha256:c24eab5511ad83402150324b7080200483e7cabb1c3f2b5e728b55e6ccdce891' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PanelCalendars' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaCalendars' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanelCalendarsQuery, PanelCalendarsQueryVariables>;
export const SurveyRefLibraryDocument = {
  __meta__: { hash: 'sha256:debff802b48777d4a0f651f5144029af2e4ee9adce78a2f5b532f4c8fb8b8d88' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyRefLibrary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyRefLibraryQuery, SurveyRefLibraryQueryVariables>;
export const DraftWhatIfDocument = {
  __meta__: { hash: 'sha256:c6125f844b81df7fe6441344577cbf6ab541cd695eeb7467e9e96afb253c96e8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DraftWhatIf' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'simulateDraftOnCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'differentPath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slaChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blocked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'differentPathExamples' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedStep' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draftStep' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'blockedExamples' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'command' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stepKey' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refusalCode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'refusalMessage' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slaChangedExamples' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedBreached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draftBreached' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refusals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftWhatIfQuery, DraftWhatIfQueryVariables>;
export const VersionHistoryDocument = {
  __meta__: { hash: 'sha256:3cddb86fde660efff07560ad47d6cab67c065e315f2eed51bcd5c6988a9d79d6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentHash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'releaseNotes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'publishedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'openCaseCount' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionHistoryQuery, VersionHistoryQueryVariables>;
export const VersionDefinitionDocument = {
  __meta__: { hash: 'sha256:642bb70cb931f220e4d42b174530ec707317110d13e5028ea2e1a976be16ce13' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionDefinition' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionDefinitionQuery, VersionDefinitionQueryVariables>;
export const VersionDiffDocument = {
  __meta__: { hash: 'sha256:caadc167f7dccf651ad3094dd1c96fc71039388e9ef3d703cbd8d74271454462' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowVersionDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'values' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionDiffQuery, VersionDiffQueryVariables>;
export const VersionOpenCasesDocument = {
  __meta__: { hash: 'sha256:cf80790e1cc541e279e211ce65ef24d8b57c50073e7ccce189cdc5d3e695cb97' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VersionOpenCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openCases' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'activeSteps' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VersionOpenCasesQuery, VersionOpenCasesQueryVariables>;
export const RollbackFlowDocument = {
  __meta__: { hash: 'sha256:e2c7e3d0ed0c13c05bf4e6100ccebcfdbaa9ba33d0a8ba70320762291b7cbe2f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RollbackFlow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollbackFlowTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseNotes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RollbackFlowMutation, RollbackFlowMutationVariables>;
export const PlanCaseMigrationDocument = {
  __meta__: { hash: 'sha256:bab133480924e7180f480a5150e631d3caf25c734c750c7559d861f86b42fcae' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanCaseMigration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mapping' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StepMappingInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'planCaseMigration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepMapping' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mapping' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'migratableCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'blockedCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cases' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'migratable' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromSteps' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toSteps' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'problems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'message' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanCaseMigrationQuery, PlanCaseMigrationQueryVariables>;
export const MigrateCasesDocument = {
  __meta__: { hash: 'sha256:3fea0097502c51c0140d8fd2d1c09230b32edc3be46df4b239017fc124bdf9ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MigrateCases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mapping' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StepMappingInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'migrateCases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stepMapping' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mapping' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'caseIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'caseIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'migrated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'message' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MigrateCasesMutation, MigrateCasesMutationVariables>;
export const InsightFlowNamesDocument = {
  __meta__: { hash: 'sha256:9982d6bb8bf6fc34f3374c485b7197309a772512422bb16db5a6eb21a7546687' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightFlowNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'flowTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'versions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'steps' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'name' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightFlowNamesQuery, InsightFlowNamesQueryVariables>;
export const InsightNamesDocument = {
  __meta__: { hash: 'sha256:966f3f405fc7e0d917cd9e091675965b7af650d38f8a514b9f3b2b6cf6f86594' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightNames' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignableUsers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightNamesQuery, InsightNamesQueryVariables>;
export const InsightRootCausesDocument = {
  __meta__: { hash: 'sha256:bdf859df35e610a0990cb86457783ff798070b04ee56ec97ac620e1c46dc1bbe' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightRootCauses' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintRootCauses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'label' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightRootCausesQuery, InsightRootCausesQueryVariables>;
export const InsightStatusDocument = {
  __meta__: { hash: 'sha256:b918ce656988dcadf6802aa448535dca9e073160a3d691e532f92b57065a2f22' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'lagMs' } },
                { kind: 'Field', name: { kind: 'Name', value: 'caughtUp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'foldedUpTo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightStatusQuery, InsightStatusQueryVariables>;
export const InsightVolumeTabDocument = {
  __meta__: { hash: 'sha256:be709d724acfa27e8197d5eae9f2efae1dbc433c113e6f7dce7a5b3b170a404b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightVolumeTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightVolume' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openNow' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byChannel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byFlow' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCategory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opened' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlog' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightVolumeTabQuery, InsightVolumeTabQueryVariables>;
export const InsightTimeTabDocument = {
  __meta__: { hash: 'sha256:236d8686b985f987e791b33c5dfe489a32be969d05bd78b7e66e5112fe1f7bec' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightTimeTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightTimeInStep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'left' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageMs' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightSla' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'compliance' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breaches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryOnTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryExtended' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryLate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'extensions' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'breaches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryOnTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryExtended' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'regulatoryLate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'extensions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightTimeTabQuery, InsightTimeTabQueryVariables>;
export const InsightNegotiationTabDocument = {
  __meta__: { hash: 'sha256:8c11dcbdc8fc369ae536097cb7d934a9be48fee8e989b508f10b60964455bd03' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightNegotiationTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightNegotiation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'offersProposed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'offersAccepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changesRequested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementsSigned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'restructured' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waived' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'offersProposed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'offersAccepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changesRequested' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementsSigned' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'restructured' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waived' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightVolume' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'opened' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightNegotiationTabQuery, InsightNegotiationTabQueryVariables>;
export const InsightSatisfactionTabDocument = {
  __meta__: { hash: 'sha256:a62e71f76fd3aad1f3c5acdf7c407bbec71a5ef20d23c5647b62e4fc4b3df93b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightSatisfactionTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightSatisfaction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byFlow' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCategory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byOutcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightScores' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'complaintRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'complaintsOpened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customersServed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complaintRateDays' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'complaints' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InsightScores' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SatisfactionScores' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'responseRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'npsCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nps' } },
          { kind: 'Field', name: { kind: 'Name', value: 'csatCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'csat' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cesCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ces' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightSatisfactionTabQuery, InsightSatisfactionTabQueryVariables>;
export const InsightFindingsTabDocument = {
  __meta__: { hash: 'sha256:77451fa7ec839666c978f3338b429c131b61f52afdc5447297b62e89e2bec0af' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightFindingsTab' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'insightFindings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCause' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rootCause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCategory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rootCause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rootCause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightFindingsTabQuery, InsightFindingsTabQueryVariables>;
export const InsightComplaintReportDocument = {
  __meta__: { hash: 'sha256:bf5c6a7099d2a86cbcbf85c2ca23a563a92610fbf50dfc79515155d6bf9ad5a9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InsightComplaintReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InsightFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightReportRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InsightReportRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InsightReportRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintReportRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'businessType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
          { kind: 'Field', name: { kind: 'Name', value: 'received' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedOnTime' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onTimeShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcomes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InsightComplaintReportQuery, InsightComplaintReportQueryVariables>;
export const CreateApiClientDocument = {
  __meta__: { hash: 'sha256:aa570117cd41b0f22805d914f0c73c4d3e8a1f4e7ef6b8f1b77d0597e972df86' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiClientInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'client' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiClientFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RevokeApiClientDocument = {
  __meta__: { hash: 'sha256:d96f3eaa90d412588d0c62524a0068a447f4a01c5aec385adfc632a221bc81f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiClientFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const WebhooksDocument = {
  __meta__: { hash: 'sha256:9bf6eabc57ff113ea8be9b31942d963d133d2f521ec8186a8b0ab8b193912835' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Webhooks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookSubscriptionsPage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEventTypes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'label' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreateWebhookDocument = {
  __meta__: { hash: 'sha256:b513c42a86cc2764a46d3f282a591ef58dfb8c2e5ecf91b3a2c48b1be2a87e10' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateWebhookSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DisableWebhookDocument = {
  __meta__: { hash: 'sha256:7ea5139c9751710216afaa262d6d8ac0f41a69860861e0d6f61e00c698c74e20' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisableWebhookMutation, DisableWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {
  __meta__: { hash: 'sha256:c9d16a48111e4bb926fd02e0aa435400abdcd260838a650a510c967d43c7af2a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'graceHours' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateWebhookSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'graceHours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'graceHours' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const WebhookDeliveriesDocument = {
  __meta__: { hash: 'sha256:0ddefc0b59018ddfa02048f3da76839dee68ccf6d7d935ddb9f9fbd7fc9fcd0e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDeliveryStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subscriptionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subscriptionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'WebhookDeliveryFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'test' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const SendTestWebhookDocument = {
  __meta__: { hash: 'sha256:7e075718c24b8282fc72aa4e0bb3745b094191faffaba54f62a84553e8548c09' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendTestWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendTestWebhook' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookDeliveryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'test' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const ReplayWebhookDeliveryDocument = {
  __meta__: { hash: 'sha256:831a60bb33f657b6e4c947f5e312dca67d3bcd2f53de539db291ea1906f2069d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplayWebhookDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayWebhookDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookDeliveryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'test' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliveredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const ApiClientsPageDocument = {
  __meta__: { hash: 'sha256:d5b34a641191973433fa83d9749c5803dd3fa54fded2989d27fd104be69e22e7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiClientsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiClientsPage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiClientFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientsPageQuery, ApiClientsPageQueryVariables>;
export const UpdateApiClientDocument = {
  __meta__: { hash: 'sha256:d039ec2dd5d263542d59ad5183fa61627376d9dc36a5b9af4679b71589e3d4f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateApiClientInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateApiClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiClientFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateApiClientMutation, UpdateApiClientMutationVariables>;
export const WebhookSubscriptionsPageDocument = {
  __meta__: { hash: 'sha256:64c8e68c39ce354bd6cc043271797095df392003584a12c526eeb43b47a708eb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookSubscriptionsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookSubscriptionsPage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookSubscriptionsPageQuery, WebhookSubscriptionsPageQueryVariables>;
export const UpdateWebhookDocument = {
  __meta__: { hash: 'sha256:44f777062a751d1432562029dad8dc61198f98e5d5c250adaf9a2267af8df52b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWebhook' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateWebhookSubscriptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWebhookSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookSubscriptionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookSubscriptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookSubscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const QueueOverviewDocument = {
  __meta__: { hash: 'sha256:a0ab99dca005172ead98283965df5d7babab501939b512b5de48d5395e07c5b2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QueueOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queueCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OverviewQueueCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverviewQueueCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QueueCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unassigned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueueOverviewQuery, QueueOverviewQueryVariables>;
export const QueueOverviewLiveDocument = {
  __meta__: { hash: 'sha256:442bb1882efd9e0557d4a5ebea710bcca73a38613d93f673c34e745d555bdde7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'QueueOverviewLive' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queueCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OverviewQueueCount' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverviewQueueCount' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'QueueCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unassigned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QueueOverviewLiveSubscription, QueueOverviewLiveSubscriptionVariables>;
export const LoginDocument = {
  __meta__: { hash: 'sha256:926bf1e23a951812ac56924a06841e8e8eaa9c3548394de0717db858c13ea686' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {
  __meta__: { hash: 'sha256:cc02a2917d774175db6a4e3e54913dcd914e45b9aa63935464d06b115ae7216b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthPayload' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {
  __meta__: { hash: 'sha256:44df27831b2e811e41361abb45896fc013bf9f0e37f54ae93fdb75c2c1f24da5' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logout' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SurveysDocument = {
  __meta__: { hash: 'sha256:4f7014c7a2f7a722f2d7189deae725d3ae26f0239ac0e8ec6aa02680e61f4b17' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Surveys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeArchived' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeArchived' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = {
  __meta__: { hash: 'sha256:56990c9bb0833e647fefa497eca769b39070bc7051558fb7b22f1d77e85aea51' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Survey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftDefinition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archiveReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const CreateSurveyDocument = {
  __meta__: { hash: 'sha256:0226485fda066e5eb3bd15b15b9d16bf8766ef1b34b991a1c6ac6ffb75462724' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const SaveSurveyDraftDocument = {
  __meta__: { hash: 'sha256:524a8154f9b832895357608b7d2fa09726def7b600f1e4ff2ff301689dd870e7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSurveyDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'JSON' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSurveyDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'definition' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'definition' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftDefinition' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSurveyDraftMutation, SaveSurveyDraftMutationVariables>;
export const PublishSurveyDocument = {
  __meta__: { hash: 'sha256:ea5251446ac6ff058940223d375339850357ffaaf187dd6d9c19644482db01cb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseNotes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const SurveyReferencesDocument = {
  __meta__: { hash: 'sha256:a81119eb411bc85cd1923abbb35125079bb60f05ad69c6b2fdbf7b2f8e105efd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyReferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referencedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'flowKey' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'flowName' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'zh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'flowVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pin' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pinnedVersion' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyReferencesQuery, SurveyReferencesQueryVariables>;
export const ArchiveSurveyDocument = {
  __meta__: { hash: 'sha256:7c92a677e152c6d93a5477ac9975bee1b34b81ab1431f13a07f9261f0714ce4e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archiveReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveSurveyMutation, ArchiveSurveyMutationVariables>;
export const RestoreSurveyDocument = {
  __meta__: { hash: 'sha256:1258cb85920f10b61c57fb9407757ae197b17b3604aed4f7b6cee5c83f7d384b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archivedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archiveReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreSurveyMutation, RestoreSurveyMutationVariables>;
export const SurveyVersionsHistoryDocument = {
  __meta__: { hash: 'sha256:237a024cbc5ab60841326b69013af44bbcf457466b342531bccd7aed5a4dbefe' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyVersionsHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contentHash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'releaseNotes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'restoredFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyVersionsHistoryQuery, SurveyVersionsHistoryQueryVariables>;
export const SurveyVersionsDiffDocument = {
  __meta__: { hash: 'sha256:296310a2a5001ec3d95b58f4844e90c4d34a1e3878aedc34228ba45c783b10ad' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyVersionsDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyVersionDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionsAdded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsRemoved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionsChanged' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'values' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyVersionsDiffQuery, SurveyVersionsDiffQueryVariables>;
export const SurveyVersionsPublishDocument = {
  __meta__: { hash: 'sha256:2edae20f23c9eb9fb0075468e3878daf621457aa9e8b1a4540012fa49868d567' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SurveyVersionsPublish' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'releaseNotes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'releaseNotes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyVersionsPublishMutation, SurveyVersionsPublishMutationVariables>;
export const SurveyVersionsRollbackDocument = {
  __meta__: { hash: 'sha256:8989b553222e70d300781f20c7fbfa52236b01f67c66a81655e112a587501ecb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SurveyVersionsRollback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollbackSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'key' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'key' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'baseRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'baseRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftRevision' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyVersionsRollbackMutation, SurveyVersionsRollbackMutationVariables>;
