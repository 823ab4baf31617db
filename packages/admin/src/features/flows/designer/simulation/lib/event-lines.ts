/**
 * The events of a test run as lines for people: an i18n key under `simulation.events.*` with its
 * parameters (step and rule names in the reader's language), and the instant. Pure.
 */
import type { CaseEvent, FlowDefinition, LocalizedText } from '@parley/engine';

export type Lang = 'zh' | 'en';

export interface EventLine {
  readonly seq: number;
  readonly at: string;
  readonly type: CaseEvent['type'];
  /** i18n key, e.g. `simulation.events.stepCompleted`. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

function text(value: LocalizedText | undefined, lang: Lang, fallback: string): string {
  return value?.[lang] || fallback;
}

/** A step's name in the reader's language (its key when the step is gone from the document). */
export function stepName(definition: FlowDefinition, key: string, lang: Lang): string {
  return text(definition.steps.find((s) => s.key === key)?.name, lang, key);
}

function ruleName(definition: FlowDefinition, ruleKey: string | null, lang: Lang): string {
  if (ruleKey === null) return '—';
  return text(definition.sla?.rules.find((r) => r.policy.id === ruleKey)?.policy.name, lang, ruleKey);
}

function params(definition: FlowDefinition, e: CaseEvent, lang: Lang): Record<string, string | number> {
  const step = (key: string) => stepName(definition, key, lang);
  switch (e.type) {
    case 'caseStarted':
      return { step: step(e.startStep) };
    case 'stepActivated':
      return { step: step(e.stepKey), role: e.assigneeRole ?? '—' };
    case 'stepCompleted':
      return { step: step(e.stepKey), outcome: e.outcome };
    case 'transitionTaken':
      return { from: step(e.from), to: step(e.to) };
    case 'tokensForked':
      return { step: step(e.stepKey), count: e.childTokenIds.length };
    case 'tokenArrived':
    case 'tokensJoined':
    case 'linkedCaseClosed':
    case 'agreementSigned':
      return { step: step(e.stepKey) };
    case 'endReached':
      return { step: step(e.stepKey), outcome: e.outcome };
    case 'communicationLogged':
      return { step: step(e.stepKey), channel: e.channel, answered: e.answered ? 'yes' : 'no' };
    case 'offerProposed':
      return { step: step(e.stepKey), kind: e.summary.kind, totalDueFen: e.summary.totalDueFen };
    case 'customerResponded':
      return { step: step(e.stepKey), response: e.response };
    case 'timerScheduled':
      return { step: step(e.stepKey), after: e.after };
    case 'timerFired':
      return { timer: e.timerId };
    case 'slaSelected':
    case 'slaWarned':
      return { rule: ruleName(definition, e.ruleKey, lang) };
    case 'slaBreached':
      return { rule: ruleName(definition, e.ruleKey, lang), level: e.escalationLevel };
    case 'caseEscalated':
      return { level: e.level, reason: e.reason };
    case 'stepReassigned':
      return { step: step(e.stepKey), assignee: e.assigneeId };
    case 'clockPaused':
    case 'clockResumed':
      return { cause: e.cause };
    case 'deadlineExtended':
      return { stage: e.stage, reason: e.reason };
    case 'caseCancelled':
      return { reason: e.reason };
    case 'caseMigrated':
      return { version: e.toVersion };
    default:
      return {};
  }
}

export function eventLine(definition: FlowDefinition, e: CaseEvent, lang: Lang): EventLine {
  return {
    seq: e.seq,
    at: e.at,
    type: e.type,
    key: `simulation.events.${e.type}`,
    params: params(definition, e, lang),
  };
}

export function eventLines(
  definition: FlowDefinition,
  events: readonly CaseEvent[],
  lang: Lang,
): EventLine[] {
  return events.map((e) => eventLine(definition, e, lang));
}
