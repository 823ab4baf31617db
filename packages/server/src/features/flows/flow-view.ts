/**
 * How a stored flow bundle is shown through the API: steps with their kind, form and kind-specific
 * configuration; transitions with a readable rendering of their guard; the flow's SLA policy. All of it
 * is derived from the bundle (the one source), never stored twice.
 */
import {
  buildRuleScope,
  defaultRegistry,
  describeRule,
  type FlowDefinition,
  type FormDefinition,
  type RuleScope,
  type StepDefinition,
  type TransitionDefinition,
  type LocalizedText,
} from '@parley/engine';
import type { StepKind } from '../../generated/resolvers-types';

export interface StepView {
  step: StepDefinition;
  forms: readonly FormDefinition[];
}

export interface TransitionView {
  transition: TransitionDefinition;
  definition: FlowDefinition;
}

export interface SlaPolicyView {
  key: string;
  name: LocalizedText;
  calendarId: string;
  definition: unknown;
}

const STEP_KINDS: Readonly<Record<string, StepKind>> = {
  form: 'FORM',
  review: 'REVIEW',
  communication: 'COMMUNICATION',
  plan: 'PLAN',
  confirmation: 'CONFIRMATION',
  signature: 'SIGNATURE',
  survey: 'SURVEY',
  notification: 'NOTIFICATION',
  action: 'ACTION',
  wait: 'WAIT',
  decision: 'DECISION',
  'parallel-split': 'PARALLEL_SPLIT',
  'parallel-join': 'PARALLEL_JOIN',
  subflow: 'SUB_FLOW',
  end: 'END',
};

/**
 * The contract's StepKind has no member for plug-in step types (`x-…`); they run like automated
 * actions, so they are shown as ACTION with their real kind in `config.pluginKind`.
 */
export function stepKind(step: StepDefinition): StepKind {
  return STEP_KINDS[step.kind] ?? 'ACTION';
}

export function stepConfig(step: StepDefinition): Record<string, unknown> | null {
  const { key: _key, kind, name: _name, ...config } = step as StepDefinition & Record<string, unknown>;
  const out: Record<string, unknown> = STEP_KINDS[kind] ? config : { pluginKind: kind, ...config };
  return Object.keys(out).length > 0 ? out : null;
}

/** The role that acts on the step: a review's required role, else a fixed assignment's role. */
export function stepRequiredRole(step: StepDefinition): string | null {
  if (step.kind === 'review') return step.requiredRole;
  const assignTo = step.assignTo;
  return assignTo && 'role' in assignTo ? assignTo.role : null;
}

/** The form a step captures: its `form`, or the survey a survey step sends. */
export function stepForm(view: StepView): FormDefinition | null {
  const s = view.step as StepDefinition & { form?: unknown; survey?: unknown };
  const key = typeof s.form === 'string' ? s.form : typeof s.survey === 'string' ? s.survey : null;
  return key ? (view.forms.find((f) => f.key === key) ?? null) : null;
}

export function stepViews(def: FlowDefinition): StepView[] {
  return def.steps.map((step) => ({ step, forms: def.forms }));
}

export function transitionViews(def: FlowDefinition): TransitionView[] {
  return def.transitions.map((transition) => ({ transition, definition: def }));
}

const scopes = new WeakMap<FlowDefinition, RuleScope>();

function scopeOf(def: FlowDefinition): RuleScope {
  let scope = scopes.get(def);
  if (!scope) {
    scope = buildRuleScope(def, defaultRegistry);
    scopes.set(def, scope);
  }
  return scope;
}

export function guardText(view: TransitionView): LocalizedText | null {
  const guard = view.transition.guard;
  if (guard === undefined || guard === null) return null;
  const scope = scopeOf(view.definition);
  return { zh: describeRule(guard, 'zh', scope), en: describeRule(guard, 'en', scope) };
}

/**
 * The flow's SLA policy as one object: the default clock (the rule without `selectWhen`, else the
 * first) names it; `definition` carries every rule and the regulatory clock.
 */
export function slaPolicyView(def: FlowDefinition): SlaPolicyView | null {
  const sla = def.sla;
  if (!sla) return null;
  const main = sla.rules.find((r) => r.selectWhen === undefined) ?? sla.rules[0];
  const calendarId = main?.policy.calendarId ?? sla.regulatoryComplaintClock?.calendarId ?? 'cn-mainland';
  const key = main?.policy.id ?? 'regulatory-complaint';
  const name = main?.policy.name ?? { zh: key, en: key };
  return { key, name: { zh: name.zh, en: name.en }, calendarId, definition: sla };
}

/** The contract names field types in camelCase (`multiSelect`, `prcId`); plug-in types stay as they are. */
export function fieldTypeName(type: string): string {
  return type.startsWith('x-') ? type : type.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}
