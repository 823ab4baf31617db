/**
 * Engine events ↔ stored event documents.
 *
 * The log holds two families: the engine's events (the fold `replay` understands) and host events the
 * engine never sees (`caseOpened`, `caseAssigned`, `commentAdded`, `customerFieldRevealed`). Stored
 * `seq` numbers the whole log; the engine numbers only its own events, so its seq is recomputed on read
 * (the k-th engine event is engine seq k) and discarded on write.
 *
 * Personal data is sealed on the way in: form fields marked `sensitive: true` wherever a `data` map
 * carries them, and the contact (a phone number) of every logged communication.
 */
import type { CaseEvent, FlowDefinition, RepaymentPlanInput } from '@parley/engine';
import type { Types } from 'mongoose';
import type { DataKeyring } from '../../privacy';
import type { CaseEventRecord, CustomerRecord } from '../case.model';

/** Data of a `caseOpened` event (customer already sealed). */
export type CaseOpenedData = {
  reference: string;
  templateKey: string;
  version: number;
  channel: string;
  customer: CustomerRecord;
  categoryId: string | null;
  departmentCode: string | null;
  queueId: string | null;
  assigneeId: string | null;
  /** When the bank received the case (ISO); absent on cases opened before it was recorded (= opening). */
  receivedAt?: string;
  /** Why the case was backdated; null or absent when it was not. */
  receivedAtReason?: string | null;
};

/** Data of a `caseAssigned` event. */
export type CaseAssignedData = {
  assigneeId: string | null;
  queueId: string | null;
  departmentCode: string | null;
  /** `auto`: by the flow's rule when a step became active (case-auto-assign.ts). */
  reason: 'claim' | 'release' | 'reassign' | 'auto';
  /** With `auto`: the step's strategy and key. */
  strategy?: 'round-robin' | 'least-loaded';
  stepKey?: string;
};

export type LinkRelation = 'REFERS_TO' | 'REFERRED_BY';

/** Data of a `caseLinked` event. */
export type CaseLinkedData = {
  relatedCaseId: string;
  relation: LinkRelation;
  reason: string;
  pauses: boolean;
};

/** Data of an `offerApprovalRequested` event. */
export type ApprovalRequestedData = {
  requestId: string;
  stepKey: string;
  input: RepaymentPlanInput;
  /** The step's form data (sensitive fields sealed), proposed again on approval. */
  data: Record<string, unknown> | null;
  requiredRole: string;
  requestedBy: string;
  /** Figures of the plan for lists (the schedule is rebuilt from `input`). */
  summary: { owedTotalFen: number; forgivenFen: number; termMonths: number; totalDueFen: number };
};

/** Data of an `offerApprovalDecided` event. */
export type ApprovalDecidedData = {
  requestId: string;
  approved: boolean;
  comment: string | null;
};

/** Data of a `customerLinkIssued` event (never the token). */
export type LinkIssuedData = {
  linkId: string;
  expiresAt: string;
};

/** Data of an `agreementRecorded` event: the signing record next to the engine's `agreementSigned`. */
export type AgreementRecordedData = {
  agreementId: string;
  /** Null for a document signed without an offer (e.g. a loan contract). */
  offerId: string | null;
  fileId: string;
  sha256: string;
  size: number;
  signatureKind: 'DRAWN' | 'TYPED';
  /** Masked. */
  signerName: string;
  signedAt: string;
  ip: string;
  userAgent: string;
  linkId: string;
};

/** Data described where it is written (the feature named beside its type below), not field by field here. */
type Described = Readonly<Record<string, unknown>>;

/**
 * Every host event type and the data it carries: the host's half of the log's vocabulary (the engine's
 * half is its `CaseEvent`). A command writes one through `CaseChange` (`HostEvent`), so its data is
 * checked when it is written; a reader narrows a stored event with `isHostEventOf`.
 */
export type HostEventData = {
  caseOpened: CaseOpenedData;
  // The case was dated back at opening (case-open.input.ts checkReceipt).
  receiptBackdated: { receivedAt?: string; openedAt: string; reason: string | null };
  caseAssigned: CaseAssignedData;
  commentAdded: { text: string };
  customerFieldRevealed: { field: string };
  // A calendar change moved the SLA due time (cases/timers).
  slaRecomputed: {
    calendarKey: string;
    revision: number;
    from: string | null;
    to: string;
    provisional?: unknown;
  };
  // A calendar change left the SLA due time as it was (cases/timers): the case counts on that revision.
  slaCalendarChecked: { calendarKey: string; revision: number };
  // Case links (case-links.service.ts): one on each of the two linked cases.
  caseLinked: CaseLinkedData;
  // Offers (features/offers): approval routing, customer links, the signed agreement's record.
  offerApprovalRequested: ApprovalRequestedData;
  offerApprovalDecided: ApprovalDecidedData;
  customerLinkIssued: LinkIssuedData;
  agreementRecorded: AgreementRecordedData;
  // Each read of the signed PDF (it names the customer in full).
  agreementRead: { agreementId: string; fileId: string };
  // Complaint-clock extension requests and their decisions (timers/complaint-extension.ts).
  complaintExtensionRequested: { requestId: string; reason: string; days: number; stage: number };
  complaintExtensionDecided: { requestId: string; approved: boolean; comment: string | null };
  // Attachments (features/files): the file's record (name sealed), and each audited read of its content.
  attachmentAdded: {
    attachmentId: string;
    /** Sealed (`data-keys.ts`). */
    fileName: unknown;
    contentType: string;
    size: number;
    sha256: string;
    stepKey: string | null;
  };
  attachmentRead: { attachmentId: string };
  // The outbox of engine effects other systems perform (case-effect-outbox.ts).
  notificationRequested: Described;
  integrationCallRequested: Described;
  surveyRequested: Described;
  linkedCaseRequested: Described;
  signatureRequested: Described;
  pluginEffectRequested: Described;
  // A complaint's finding (features/findings), just before its caseClosed.
  complaintFindingRecorded: { rootCause: string; remedy: string };
  // Surveys in use (features/survey-responses): an invitation sent, its one reminder, the answer.
  surveySent: Described;
  surveyReminderSent: { invitationId: string };
  surveyAnswered: Described;
};

export type HostEventType = keyof HostEventData;

/** A host event as a command writes it: a known type and that type's data. */
export type HostEvent = { [K in HostEventType]: { type: K; data: HostEventData[K] } }[HostEventType];

/** The host types as a value: the mapped type makes a missing or an extra one a compile error. */
const HOST_EVENTS: { readonly [K in HostEventType]: true } = {
  caseOpened: true,
  receiptBackdated: true,
  caseAssigned: true,
  commentAdded: true,
  customerFieldRevealed: true,
  slaRecomputed: true,
  slaCalendarChecked: true,
  caseLinked: true,
  offerApprovalRequested: true,
  offerApprovalDecided: true,
  customerLinkIssued: true,
  agreementRecorded: true,
  agreementRead: true,
  complaintExtensionRequested: true,
  complaintExtensionDecided: true,
  attachmentAdded: true,
  attachmentRead: true,
  notificationRequested: true,
  integrationCallRequested: true,
  surveyRequested: true,
  linkedCaseRequested: true,
  signatureRequested: true,
  pluginEffectRequested: true,
  complaintFindingRecorded: true,
  surveySent: true,
  surveyReminderSent: true,
  surveyAnswered: true,
};

export const HOST_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(HOST_EVENTS));

export function isHostEvent(type: string): type is HostEventType {
  return HOST_EVENT_TYPES.has(type);
}

/**
 * Whether stored event `e` is a host event of `type`; if so its data is that type's, as it was written
 * (`CaseLog.append` writes only known types, and commands write host data typed by `HostEvent`).
 */
export function isHostEventOf<E extends { type: string }, K extends HostEventType>(
  e: E,
  type: K,
): e is E & { type: K; data: HostEventData[K] } {
  return e.type === type;
}

/** Names of the definition's form fields marked `sensitive`. */
export function sensitiveFields(definition: FlowDefinition): ReadonlySet<string> {
  const names = new Set<string>();
  for (const form of definition.forms)
    for (const field of form.elements) if (field.sensitive) names.add(field.name);
  return names;
}

/** A copy of a data map with its sensitive values sealed. */
export function sealData(
  data: Readonly<Record<string, unknown>>,
  sensitive: ReadonlySet<string>,
  keys: DataKeyring,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data))
    out[k] = sensitive.has(k) && v !== undefined && v !== null ? keys.seal(v) : v;
  return out;
}

/** The `data` of an engine event as stored: the body without the envelope, personal data sealed. */
export function storedEngineData(
  event: CaseEvent,
  sensitive: ReadonlySet<string>,
  keys: DataKeyring,
): Record<string, unknown> {
  const { type: _type, caseId: _caseId, seq: _seq, at: _at, ...body } = event;
  const out: Record<string, unknown> = { ...body };
  if ('data' in body && body.data) out['data'] = sealData(body.data, sensitive, keys);
  if (event.type === 'communicationLogged') out['contact'] = keys.seal(event.contact);
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/** The engine's view of stored events: host events skipped, seq renumbered, personal data opened. */
export function engineEvents(stored: readonly CaseEventRecord[], keys: DataKeyring): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const e of stored) {
    if (isHostEvent(e.type)) continue;
    out.push({
      ...keys.openDeep(e.data),
      type: e.type,
      caseId: (e.caseId as Types.ObjectId).toHexString(),
      seq: out.length + 1,
      at: e.at.toISOString(),
    } as unknown as CaseEvent);
  }
  return out;
}

/**
 * The events readers may see: an incomplete trailing batch (no `batchEnd` on its last event — a
 * command cut off mid-insert) is left out.
 */
export function completeEvents<T extends Pick<CaseEventRecord, 'batchEnd'>>(events: readonly T[]): T[] {
  let end = events.length;
  while (end > 0 && !(events[end - 1] as T).batchEnd) end--;
  return events.slice(0, end);
}
