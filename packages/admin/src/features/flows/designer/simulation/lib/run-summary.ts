/**
 * What the drawer says about a run besides its events: the SLA in force and its state, the complaint
 * clock, the end, and each refusal with the line that caused it. Pure.
 */
import type { FlowDefinition, LocalizedText, SimulationResult } from '@parley/engine';
import type { Lang } from './event-lines';

export interface SlaLine {
  readonly ruleKey: string;
  readonly name: string;
  /** `onTrack`, `warning`, `breached`, or `error` when the policy could not be evaluated. */
  readonly state: 'onTrack' | 'warning' | 'breached' | 'error';
  readonly dueAt: string | null;
  readonly percentElapsed: number | null;
  readonly paused: boolean;
  readonly escalations: number;
  readonly error: string | null;
}

export function slaLines(definition: FlowDefinition, result: SimulationResult, lang: Lang): SlaLine[] {
  return result.slaOutcomes.map((o) => {
    const name =
      definition.sla?.rules.find((r) => r.policy.id === o.ruleKey)?.policy.name?.[lang] || o.ruleKey;
    if ('error' in o)
      return {
        ruleKey: o.ruleKey,
        name,
        state: 'error',
        dueAt: null,
        percentElapsed: null,
        paused: false,
        escalations: 0,
        error: o.error[lang],
      };
    const e = o.evaluation;
    return {
      ruleKey: o.ruleKey,
      name,
      state: e.state,
      dueAt: e.dueAt,
      percentElapsed: Math.round(e.percentElapsed),
      paused: e.paused,
      escalations: e.escalations.length,
      error: null,
    };
  });
}

export interface RefusalLine {
  /** 1-based among the user's actions (the start is line 0). */
  readonly line: number;
  readonly command: string;
  readonly code: string;
  readonly message: string;
  /** Field problems of a FORM_INVALID / OFFER_INVALID refusal, in the reader's language. */
  readonly details: readonly string[];
  readonly expected: boolean;
}

export function refusalLines(result: SimulationResult, lang: Lang): RefusalLine[] {
  return result.refusals.map((r) => ({
    line: r.index,
    command: r.command.type,
    code: r.error.code,
    message: r.error.message[lang],
    details: (r.error.problems ?? []).map((p) => `${p.path}: ${(p.message as LocalizedText)[lang]}`),
    expected: r.expected,
  }));
}
