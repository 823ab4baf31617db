import type { Command } from './command.types';
import { hasRole, requireStaff, requireStaffOrSystem } from './authorisation';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import { completeStep } from './routing';
import { effect, emit } from './session';
import type { Session } from './session';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;
type Result = Refusal | undefined;

function notifyEscalation(s: Session, template: string): void {
  const role = s.flow.definition.escalationRole;
  if (role) effect(s, { type: 'notify', channel: 'app', recipient: { role }, template });
}

export function escalate(s: Session, c: Of<'escalate'>): Result {
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  emit(s, {
    type: 'caseEscalated',
    level: s.draft.facts.escalationLevel + 1,
    reason: c.reason,
    actor: c.actor,
  });
  notifyEscalation(s, 'case-escalated');
  return undefined;
}

/** Records the customer's quiet-hours contact consent (staff only; the contact guard honours it). */
export function recordContactConsent(s: Session, c: Of<'recordContactConsent'>): Result {
  const denied = requireStaff(s.flow, c.actor, null);
  if (denied) return denied;
  const from = Date.parse(c.grantedAt);
  const until = c.expiresAt === undefined ? null : Date.parse(c.expiresAt);
  if (Number.isNaN(from) || (until !== null && (Number.isNaN(until) || until <= from)))
    return refuse('CONSENT_INVALID');
  emit(s, {
    type: 'contactConsentRecorded',
    grantedAt: c.grantedAt,
    expiresAt: c.expiresAt ?? null,
    evidence: c.evidence,
    actor: c.actor,
  });
  return undefined;
}

/** Hands a waiting step to a colleague; only someone who may work the step can hand it on. */
export function reassign(s: Session, c: Of<'reassign'>): Result {
  const cs = s.flow.steps.get(c.stepKey);
  if (!cs) return refuse('UNKNOWN_STEP', { step: c.stepKey });
  const token = s.draft.tokens.find((t) => t.stepKey === c.stepKey && t.activatedAt !== null);
  if (!token) return refuse('STEP_NOT_ACTIVE', { step: cs.step.name });
  const denied = requireStaff(s.flow, c.actor, token.assigneeRole);
  if (denied) return denied;
  emit(s, {
    type: 'stepReassigned',
    stepKey: c.stepKey,
    tokenId: token.id,
    assigneeId: c.assigneeId,
    actor: c.actor,
  });
  return undefined;
}

export function pauseClock(s: Session, c: Of<'pauseClock'>): Result {
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  if (s.draft.clock.manualPause) return refuse('CLOCK_ALREADY_PAUSED');
  const wasRunning = !s.draft.clock.stepPause;
  emit(s, { type: 'clockPaused', cause: 'manual', reason: c.reason });
  if (wasRunning) effect(s, { type: 'sla-clock', action: 'pause' });
  return undefined;
}

export function resumeClock(s: Session, c: Of<'resumeClock'>): Result {
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  if (!s.draft.clock.manualPause) return refuse('CLOCK_NOT_PAUSED');
  emit(s, { type: 'clockResumed', cause: 'manual' });
  if (!s.draft.clock.stepPause) effect(s, { type: 'sla-clock', action: 'resume' });
  return undefined;
}

export function timerFired(s: Session, c: Of<'timerFired'>): Result {
  if (c.sla === 'warning') {
    emit(s, { type: 'slaWarned', ruleKey: s.draft.clock.slaRuleKey });
    notifyEscalation(s, 'sla-warning');
    return undefined;
  }
  if (c.sla === 'breach') {
    // Each breach notice (the first and every repeated escalation) raises the escalation level.
    emit(s, {
      type: 'slaBreached',
      ruleKey: s.draft.clock.slaRuleKey,
      escalationLevel: s.draft.facts.escalationLevel + 1,
    });
    notifyEscalation(s, 'sla-breached');
    return undefined;
  }
  const timer = s.draft.timers[c.timerId];
  if (!timer) return refuse('UNKNOWN_TIMER', { timer: c.timerId });
  emit(s, { type: 'timerFired', timerId: c.timerId });
  const cs = s.flow.steps.get(timer.stepKey);
  const token = s.draft.tokens.find((t) => t.id === timer.tokenId && t.activatedAt !== null);
  if (!cs || !token || cs.type.completion !== 'timer') return undefined;
  return completeStep(s, token.id, timer.stepKey, 'elapsed', null);
}

/**
 * The regulatory complaint clock: the first extension (to 30 days) needs a reason, the further one
 * (another 30) also an approver with the configured role. The host recomputes the deadline with
 * the time module's `complaintClock` from these events; the customer is told of each extension.
 */
export function extendDeadline(s: Session, c: Of<'extendDeadline'>): Result {
  const denied = requireStaff(s.flow, c.actor, null);
  if (denied) return denied;
  const clock = s.flow.definition.sla?.regulatoryComplaintClock;
  if (!clock)
    return refuse('EXTENSION_NOT_ALLOWED', {
      reason: { zh: '本流程不适用监管投诉时限', en: 'the flow has no regulatory clock' },
    });
  if (c.reason.trim() === '')
    return refuse('EXTENSION_NOT_ALLOWED', { reason: { zh: '须说明延期原因', en: 'a reason is required' } });
  const stage = s.draft.facts.clockExtensions + 1;
  if (stage > 2)
    return refuse('EXTENSION_NOT_ALLOWED', { reason: { zh: '已延期两次', en: 'already extended twice' } });
  let approvedBy: string | null = null;
  if (stage === 2) {
    const approver = c.approvedBy;
    if (!approver || !hasRole(s.flow, approver, clock.furtherExtensionApproverRole))
      return refuse(
        'NOT_AUTHORISED',
        { role: clock.furtherExtensionApproverRole },
        { requiredRole: clock.furtherExtensionApproverRole },
      );
    approvedBy = approver.id;
  }
  emit(s, { type: 'deadlineExtended', stage: stage as 1 | 2, reason: c.reason, actor: c.actor, approvedBy });
  effect(s, {
    type: 'notify',
    channel: 'sms',
    recipient: 'customer',
    template: 'complaint-deadline-extended',
    data: { stage, reason: c.reason },
  });
  return undefined;
}

export function cancel(s: Session, c: Of<'cancel'>): Result {
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  for (const timerId of Object.keys(s.draft.timers)) effect(s, { type: 'cancel-timer', timerId });
  emit(s, { type: 'caseCancelled', reason: c.reason, actor: c.actor });
  return undefined;
}

export function close(s: Session, c: Of<'close'>): Result {
  const denied = requireStaffOrSystem(s.flow, c.actor);
  if (denied) return denied;
  if (s.draft.status !== 'completed') return refuse('CASE_NOT_FINISHED');
  emit(s, { type: 'caseClosed', actor: c.actor, ...(c.note !== undefined ? { note: c.note } : {}) });
  return undefined;
}
