/**
 * The `cases` document as a function of the log: engine-derived fields from the engine state, host
 * facts (channel, customer, routing, assignment) from host events. The command path folds only the new
 * events into the previous projection; `rebuildCaseProjection` folds the whole log — both through here,
 * so they agree by construction (and a test checks it).
 */
import type { CaseState, FlowDefinition } from '@parley/engine';
import { Types } from 'mongoose';
import { createLogger } from '../../../logger';
import { revisionsOf, type CalendarSet } from '../timers/calendar/sla-calendar.store';
import { caseSla } from '../timers/case-sla';
import type { DataKeyring } from '../../privacy';
import type { CaseEventRecord, CaseRecord, CaseStatusValue } from '../case.model';
import { isHostEventOf, sealData, sensitiveFields, type CaseOpenedData } from '../log/case-event-codec';

const log = createLogger(process.env['LOG_LEVEL'] ?? 'warn').child({ component: 'case-sla' });

export type { CaseAssignedData, CaseOpenedData } from '../log/case-event-codec';

const oid = (s: string | null): Types.ObjectId | null => (s ? new Types.ObjectId(s) : null);

/** A projection from its first (caseOpened) event, before any engine state. */
export function initialProjection(caseId: Types.ObjectId, opened: CaseOpenedData, at: Date): CaseRecord {
  return {
    _id: caseId,
    reference: opened.reference,
    templateKey: opened.templateKey,
    version: opened.version,
    status: 'OPEN',
    activeSteps: [],
    channel: opened.channel,
    customer: opened.customer,
    categoryId: oid(opened.categoryId),
    departmentCode: opened.departmentCode,
    queueId: oid(opened.queueId),
    assigneeId: oid(opened.assigneeId),
    inboxKey: null,
    dueAt: null,
    dueAtProvisional: false,
    openedAt: at,
    receivedAt: opened.receivedAt ? new Date(opened.receivedAt) : at,
    receivedAtReason: opened.receivedAtReason ?? null,
    closedAt: null,
    outcome: null,
    seq: 0,
    stateJson: 'null',
    headHash: '',
    updatedAt: at,
  };
}

/** Folds host events into the projection (engine events are folded through the engine state). */
export function applyHostEvents(p: CaseRecord, events: readonly CaseEventRecord[]): CaseRecord {
  let out = p;
  for (const e of events) {
    if (isHostEventOf(e, 'caseAssigned')) {
      const d = e.data;
      out = {
        ...out,
        assigneeId: oid(d.assigneeId),
        // Moving to another department without naming a queue leaves the old department's queue.
        queueId: d.queueId
          ? oid(d.queueId)
          : d.departmentCode && d.departmentCode !== out.departmentCode
            ? null
            : out.queueId,
        departmentCode: d.departmentCode ?? out.departmentCode,
      };
    } else if (isHostEventOf(e, 'complaintFindingRecorded')) {
      // The last finding stands (a case is closed once; the fold does not assume it).
      out = {
        ...out,
        finding: {
          rootCause: String(e.data.rootCause),
          remedy: String(e.data.remedy),
          recordedAt: e.at,
          recordedBy: e.actor,
        },
      };
    }
  }
  return out;
}

function statusOf(state: CaseState): CaseStatusValue {
  switch (state.status) {
    case 'active':
      return state.clock.manualPause ? 'PAUSED' : 'OPEN';
    case 'completed':
      return 'RESOLVED';
    case 'closed':
      return 'CLOSED';
    case 'cancelled':
      return 'CANCELLED';
  }
}

/**
 * Due time of the SLA in force, on the stored calendars (case-sla.ts), and whether it is provisional
 * (it counted a year whose notice is not entered yet); null when none applies. A policy the calendar
 * cannot evaluate (e.g. CALENDAR_YEAR_NOT_MAINTAINED: a year beyond the provisional rule's range) is
 * logged and leaves the case without a due time.
 */
function dueAtOf(
  definition: FlowDefinition,
  state: CaseState,
  calendars: CalendarSet | undefined,
): { dueAt: Date | null; dueAtProvisional: boolean } {
  const sla = caseSla(definition, state, calendars);
  if (!sla) return { dueAt: null, dueAtProvisional: false };
  if (!sla.ok) {
    log.warn({ caseId: state.caseId, ruleKey: sla.ruleKey, err: sla.error }, 'SLA cannot be evaluated');
    return { dueAt: null, dueAtProvisional: false };
  }
  return { dueAt: new Date(sla.plan.evaluation.dueAt), dueAtProvisional: sla.plan.evaluation.provisional };
}

/** The engine state as stored: sensitive form values and contacted numbers sealed. */
export function storedState(definition: FlowDefinition, state: CaseState, keys: DataKeyring): string {
  const sealed: CaseState = {
    ...state,
    data: sealData(state.data, sensitiveFields(definition), keys),
    contactAttempts: state.contactAttempts.map((c) => ({ ...c, contact: keys.seal(c.contact) as never })),
  };
  return JSON.stringify(sealed);
}

/** The projection after folding a new engine state, at the log head `seq` with hash `headHash`. */
export function withEngineState(
  p: CaseRecord,
  definition: FlowDefinition,
  state: CaseState,
  keys: DataKeyring,
  head: { seq: number; hash: string; at: Date },
  calendars?: CalendarSet,
): CaseRecord {
  const status = statusOf(state);
  const live = status === 'OPEN' || status === 'PAUSED';
  return {
    ...p,
    // The version the case is pinned to: changes only by a `caseMigrated` event.
    version: state.definitionVersion,
    status,
    activeSteps: state.tokens.filter((t) => t.activatedAt !== null).map((t) => t.stepKey),
    ...dueAtOf(definition, state, calendars),
    ...(calendars ? { calendarRevisions: revisionsOf(calendars) } : {}),
    closedAt: state.endedAt ? new Date(state.endedAt) : null,
    outcome: state.outcome,
    inboxKey: live && p.assigneeId ? p.assigneeId.toHexString() : null,
    stateJson: storedState(definition, state, keys),
    seq: head.seq,
    headHash: head.hash,
    updatedAt: head.at,
  };
}

/** The engine state kept in a projection, personal data opened. */
export function projectedState(p: CaseRecord, keys: DataKeyring): CaseState | null {
  return keys.openDeep(JSON.parse(p.stateJson) as CaseState | null);
}
