/**
 * The commands a case's log records, read back from its engine events.
 *
 * The server stores events, not commands; every command's events are one batch of the log (see
 * case-log.store.ts). The first engine event of a batch says which command it was, and the batch holds
 * everything needed to issue it again: who acted, the step, the data the step took (the validated
 * values of its `stepCompleted`), the note of a review, the contact of a call, the offer proposed.
 * Pure: no database, no clock.
 */
import type { Actor, CaseEvent, Command } from '@parley/engine';

/** One command as recorded: when it ran and the engine events it produced. */
export interface RecordedCommand {
  readonly command: Command;
  /** The instant the command ran (its events' `at`). */
  readonly at: string;
  /** The engine events of its batch, in order. */
  readonly events: readonly CaseEvent[];
}

/** A log this module cannot read back into commands (e.g. a case migrated between versions). */
export class UnreadableLogError extends Error {
  constructor(readonly reason: 'migrated' | 'unknown-event' | 'no-start') {
    super(`The case log cannot be read back into commands: ${reason}`);
    this.name = 'UnreadableLogError';
  }
}

const SYSTEM: Actor = { kind: 'system', id: 'system:what-if' };

type Of<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

function completionOf(batch: readonly CaseEvent[], stepKey: string): Of<'stepCompleted'> | undefined {
  return batch.find((e): e is Of<'stepCompleted'> => e.type === 'stepCompleted' && e.stepKey === stepKey);
}

function stepDataOf(completed: Of<'stepCompleted'> | undefined): { data?: Record<string, unknown> } {
  const data = completed?.data;
  return data && Object.keys(data).length > 0 ? { data: { ...data } } : {};
}

/**
 * The command behind one batch of engine events; undefined for a batch that is no command of its own
 * (it cannot happen for a batch written by the runtime, which always starts with the command's event).
 * `approverRole`: the role an approver of a further complaint-deadline extension held (the event keeps
 * only the approver's id).
 */
export function commandOf(batch: readonly CaseEvent[], approverRole: string | null): Command | undefined {
  const first = batch[0];
  if (!first) return undefined;
  switch (first.type) {
    case 'caseStarted':
      return { type: 'start', caseId: first.caseId, actor: first.actor, data: { ...first.data } };
    case 'stepCompleted': {
      const actor = first.actor ?? SYSTEM;
      const base = { stepKey: first.stepKey, actor, ...stepDataOf(first) };
      if (first.outcome === 'approved')
        return { type: 'approve', ...base, ...(first.note !== undefined ? { comment: first.note } : {}) };
      if (first.outcome === 'rejected') return { type: 'reject', ...base, reason: first.note ?? '' };
      return { type: 'submitStep', ...base, data: base.data ?? {} };
    }
    case 'communicationLogged':
      return {
        type: 'logCommunication',
        stepKey: first.stepKey,
        actor: first.actor,
        channel: first.channel,
        contact: first.contact,
        answered: first.answered,
        summary: first.summary,
      };
    case 'offerProposed':
      return {
        type: 'proposeOffer',
        stepKey: first.stepKey,
        actor: first.actor,
        offer: first.input,
        ...stepDataOf(completionOf(batch, first.stepKey)),
      };
    case 'customerResponded':
      return first.response === 'accepted'
        ? { type: 'customerAccept', stepKey: first.stepKey, actor: first.actor }
        : {
            type: 'customerCounter',
            stepKey: first.stepKey,
            actor: first.actor,
            comment: first.comment ?? '',
          };
    case 'agreementSigned':
      return {
        type: 'sign',
        stepKey: first.stepKey,
        actor: first.actor,
        signatureId: first.signatureId,
        documentHash: first.documentHash,
      };
    case 'linkedCaseClosed':
      return {
        type: 'linkedCaseClosed',
        stepKey: first.stepKey,
        actor: SYSTEM,
        linkedCaseId: first.linkedCaseId,
        outcome: first.outcome,
      };
    case 'timerFired':
      return { type: 'timerFired', timerId: first.timerId };
    case 'slaWarned':
      return { type: 'timerFired', timerId: 'sla-warning', sla: 'warning' };
    case 'slaBreached':
      return { type: 'timerFired', timerId: 'sla-breach', sla: 'breach' };
    case 'caseEscalated':
      return { type: 'escalate', actor: first.actor, reason: first.reason };
    case 'contactConsentRecorded':
      return {
        type: 'recordContactConsent',
        actor: first.actor,
        grantedAt: first.grantedAt,
        ...(first.expiresAt !== null ? { expiresAt: first.expiresAt } : {}),
        evidence: first.evidence,
      };
    case 'stepReassigned':
      return { type: 'reassign', stepKey: first.stepKey, actor: first.actor, assigneeId: first.assigneeId };
    case 'clockPaused':
      return first.cause === 'manual'
        ? { type: 'pauseClock', actor: SYSTEM, reason: first.reason ?? '' }
        : undefined;
    case 'clockResumed':
      return first.cause === 'manual' ? { type: 'resumeClock', actor: SYSTEM } : undefined;
    case 'deadlineExtended':
      return {
        type: 'extendDeadline',
        actor: first.actor,
        reason: first.reason,
        ...(first.approvedBy !== null
          ? {
              approvedBy: {
                kind: 'staff' as const,
                id: first.approvedBy,
                roles: approverRole ? [approverRole] : [],
              },
            }
          : {}),
      };
    case 'caseCancelled':
      return { type: 'cancel', actor: first.actor, reason: first.reason };
    case 'caseClosed':
      return { type: 'close', actor: first.actor, ...(first.note !== undefined ? { note: first.note } : {}) };
    case 'caseMigrated':
      throw new UnreadableLogError('migrated');
    default:
      // Events that only ever follow a command's own event (stepActivated, transitionTaken, slaSelected …).
      throw new UnreadableLogError('unknown-event');
  }
}

/** The case's commands, one per batch of engine events (batches of host events only are skipped). */
export function recordedCommands(
  batches: readonly (readonly CaseEvent[])[],
  approverRole: string | null,
): RecordedCommand[] {
  const out: RecordedCommand[] = [];
  for (const batch of batches) {
    const first = batch[0];
    if (!first) continue;
    const command = commandOf(batch, approverRole);
    if (command) out.push({ command, at: first.at, events: batch });
  }
  if (out[0]?.command.type !== 'start') throw new UnreadableLogError('no-start');
  return out;
}

/** The steps a case entered, in order: its start step, then every transition's target. */
export function stepsEntered(events: readonly CaseEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.type === 'caseStarted') out.push(e.startStep);
    else if (e.type === 'transitionTaken') out.push(e.to);
  }
  return out;
}
