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
import type { CaseEvent, FlowDefinition } from '@parley/engine';
import type { Types } from 'mongoose';
import type { DataKeyring } from './data-keys';
import type { CaseEventRecord } from './case.model';

export const HOST_EVENT_TYPES = new Set([
  'caseOpened',
  // The case was dated back at opening (case-open.input.ts checkReceipt): data { receivedAt, openedAt, reason }.
  'receiptBackdated',
  'caseAssigned',
  'commentAdded',
  'customerFieldRevealed',
  // A calendar change moved the SLA due time (features/sla): data { calendarKey, revision, from, to }.
  'slaRecomputed',
  // A calendar change left the SLA due time as it was (features/sla): data { calendarKey, revision }.
  'slaCalendarChecked',
  // Case links (case-links.service.ts): one on each of the two linked cases.
  'caseLinked',
  // Offers (features/offers): approval routing, customer links, the signed agreement's record.
  'offerApprovalRequested',
  'offerApprovalDecided',
  'customerLinkIssued',
  'agreementRecorded',
  // Each read of the signed PDF (it names the customer in full): data { agreementId, fileId }.
  'agreementRead',
  // Complaint-clock extension requests and their decisions (features/sla/complaint-extension.ts).
  'complaintExtensionRequested',
  'complaintExtensionDecided',
  // Attachments (features/files): the file's record (name sealed), and each audited read of its content.
  'attachmentAdded',
  'attachmentRead',
  // The outbox of engine effects other systems perform (case-effect-outbox.ts).
  'notificationRequested',
  'integrationCallRequested',
  'surveyRequested',
  'linkedCaseRequested',
  'signatureRequested',
  'pluginEffectRequested',
  // A complaint's finding (features/findings), just before its caseClosed: data { rootCause, remedy }.
  'complaintFindingRecorded',
  // Surveys in use (features/survey-responses): an invitation sent, its one reminder, the answer.
  'surveySent',
  'surveyReminderSent',
  'surveyAnswered',
]);

export function isHostEvent(type: string): boolean {
  return HOST_EVENT_TYPES.has(type);
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
