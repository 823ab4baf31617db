import type { FlowDefinition } from '../definition/flow-definition.types';
import type { Problem } from '../shared/problem.types';
import { fill } from '../shared/localized-text';
import { UnreachableCaseError } from '../shared/unreachable-case.error';
import { FORM_MESSAGES } from '../forms/form-messages';
import type { PluginRegistry } from '../plugins/registry';
import { defaultRegistry } from '../plugins/built-in-plugins';
import { startDraft } from './apply-event';
import type { CaseEvent } from './case-event.types';
import type { CaseState } from './case-state.types';
import type { Command } from './command.types';
import { compileFlow } from './compiled-flow';
import type { CompiledFlow } from './compiled-flow';
import type { IssuedEffect } from './effect.types';
import type { EnginePorts } from './ports.types';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import { enter } from './routing';
import { effect, emit, ruleContext } from './session';
import type { Session } from './session';
import {
  customerResponse,
  linkedCaseClosed,
  logCommunication,
  review,
  sign,
  submitStep,
} from './step-commands';
import { proposeOffer } from './offer-commands';
import {
  cancel,
  close,
  escalate,
  recordContactConsent,
  extendDeadline,
  pauseClock,
  reassign,
  resumeClock,
  timerFired,
} from './case-commands';

export interface ExecuteOptions {
  /** Plug-ins to run with; the built-ins by default. Use the registry the definition was validated with. */
  readonly registry?: PluginRegistry;
}

export type ExecuteResult =
  | {
      readonly ok: true;
      readonly state: CaseState;
      /** New events, numbered from `state.seq` of the input + 1. */
      readonly events: readonly CaseEvent[];
      /** Work for the host: notifications, webhooks, timers … each with an idempotency key. */
      readonly effects: readonly IssuedEffect[];
    }
  | { readonly ok: false; readonly error: Refusal };

/**
 * Runs one command against a case: `(definition, state, command, ports) → { state, events, effects }`.
 * Deterministic — the same inputs (and port answers) give the same output — and pure: the input
 * state is not touched, effects are returned for the host to perform. A refused command returns a
 * coded error and no events.
 */
export function execute(
  definition: FlowDefinition,
  state: CaseState | null,
  command: Command,
  ports: EnginePorts,
  options: ExecuteOptions = {},
): ExecuteResult {
  const flow = compileFlow(definition, options.registry ?? defaultRegistry);
  let session: Session;
  if (command.type === 'start') {
    if (state !== null) return { ok: false, error: refuse('CASE_ALREADY_STARTED') };
    const problems = checkStartData(flow, command.data ?? {});
    if (problems.length > 0)
      return { ok: false, error: refuse('FORM_INVALID', { count: problems.length }, { problems }) };
    const now = ports.now();
    const started: CaseEvent = {
      type: 'caseStarted',
      caseId: command.caseId,
      seq: 1,
      at: now,
      definitionKey: definition.key,
      definitionVersion: definition.version,
      startStep: definition.start,
      tokenId: ports.newId(),
      actor: command.actor,
      data: command.data ?? {},
    };
    session = {
      flow,
      ports,
      now,
      caseId: command.caseId,
      draft: startDraft(started),
      events: [started],
      effects: [],
      firstSeq: 1,
      entered: 0,
    };
    const refused = enter(session, started.tokenId, definition.start);
    if (refused) return { ok: false, error: refused };
  } else {
    if (state === null) return { ok: false, error: refuse('CASE_NOT_STARTED') };
    if (state.definitionKey !== definition.key || state.definitionVersion !== definition.version)
      return {
        ok: false,
        error: refuse('DEFINITION_MISMATCH', { key: state.definitionKey, version: state.definitionVersion }),
      };
    if (
      state.status === 'closed' ||
      state.status === 'cancelled' ||
      (state.status === 'completed' && command.type !== 'close')
    )
      return { ok: false, error: refuse('CASE_CLOSED') };
    session = {
      flow,
      ports,
      now: ports.now(),
      caseId: state.caseId,
      draft: { ...state },
      events: [],
      effects: [],
      firstSeq: state.seq + 1,
      entered: 0,
    };
    const refused = dispatch(session, command);
    if (refused) return { ok: false, error: refused };
  }
  reconcileClock(session, state === null || state.status === 'active');
  return { ok: true, state: session.draft, events: session.events, effects: session.effects };
}

function dispatch(s: Session, c: Exclude<Command, { type: 'start' }>): Refusal | undefined {
  switch (c.type) {
    case 'submitStep':
      return submitStep(s, c);
    case 'approve':
    case 'reject':
      return review(s, c);
    case 'logCommunication':
      return logCommunication(s, c);
    case 'proposeOffer':
      return proposeOffer(s, c);
    case 'customerAccept':
    case 'customerCounter':
      return customerResponse(s, c);
    case 'sign':
      return sign(s, c);
    case 'linkedCaseClosed':
      return linkedCaseClosed(s, c);
    case 'escalate':
      return escalate(s, c);
    case 'recordContactConsent':
      return recordContactConsent(s, c);
    case 'reassign':
      return reassign(s, c);
    case 'pauseClock':
      return pauseClock(s, c);
    case 'resumeClock':
      return resumeClock(s, c);
    case 'timerFired':
      return timerFired(s, c);
    case 'extendDeadline':
      return extendDeadline(s, c);
    case 'cancel':
      return cancel(s, c);
    case 'close':
      return close(s, c);
    default:
      throw new UnreachableCaseError(c);
  }
}

/** Start data (e.g. pre-filled from CRM) must name known fields with valid values; nothing is required yet. */
function checkStartData(flow: CompiledFlow, data: Readonly<Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(data)) {
    const field = flow.fields.get(name);
    const path = `data.${name}`;
    if (!field) {
      problems.push({
        code: 'UNKNOWN_FIELD',
        path,
        message: fill(FORM_MESSAGES.UNKNOWN_FIELD, { name }),
        severity: 'error',
      });
      continue;
    }
    if (value === undefined || value === null) continue;
    for (const issue of flow.registry.fieldType(field.type)?.validateValue(value, field) ?? [])
      problems.push({ ...issue, path: `${path}${issue.path}`, severity: 'error' });
  }
  return problems;
}

/**
 * After every command: choose the SLA by its rules, and stop or restart the clock when the case
 * enters or leaves a step in which the chosen SLA pauses. Recorded as events so replay agrees.
 */
function reconcileClock(s: Session, wasActive: boolean): void {
  const { flow, draft } = s;
  if (flow.slaRules.length === 0) return;
  if (draft.status !== 'active') {
    if (wasActive) effect(s, { type: 'sla-clock', action: 'stop' });
    return;
  }
  const context = ruleContext(s);
  const selected = flow.slaRules.find(
    (r) => r.rule.selectWhen === undefined || flow.evaluator.holds(r.rule.selectWhen, context),
  );
  const ruleKey = selected?.rule.policy.id ?? null;
  if (ruleKey !== draft.clock.slaRuleKey) {
    emit(s, { type: 'slaSelected', ruleKey });
    effect(
      s,
      ruleKey === null
        ? { type: 'sla-clock', action: 'stop' }
        : { type: 'sla-clock', action: 'start', ruleKey },
    );
  }
  const inPausedStep =
    selected !== undefined &&
    s.draft.tokens.some((t) => t.activatedAt !== null && selected.pausedSteps.has(t.stepKey));
  if (inPausedStep === s.draft.clock.stepPause) return;
  emit(s, inPausedStep ? { type: 'clockPaused', cause: 'step' } : { type: 'clockResumed', cause: 'step' });
  if (!s.draft.clock.manualPause) effect(s, { type: 'sla-clock', action: inPausedStep ? 'pause' : 'resume' });
}
