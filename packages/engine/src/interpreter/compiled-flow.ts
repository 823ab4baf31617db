import type { FlowDefinition, SlaRule, TransitionDefinition } from '../definition/flow-definition.types';
import type { StepDefinition } from '../definition/step.types';
import type { FieldDefinition, FormDefinition } from '../forms/form.types';
import type { StepTypePlugin } from '../plugins/plugin.types';
import type { PluginRegistry } from '../plugins/registry';
import { createRuleEvaluator } from '../rules/rule-evaluator';
import { closeRoles } from '../definition/role-holders';
import type { RuleEvaluator } from '../rules/rule-evaluator';

/**
 * Everything the interpreter looks up per command, prepared once per definition object: step and
 * form indexes, ordered outgoing transitions, the role hierarchy, and one rule evaluator whose
 * cache holds the definition's (stable) rule objects.
 */
export interface CompiledFlow {
  readonly definition: FlowDefinition;
  readonly registry: PluginRegistry;
  readonly evaluator: RuleEvaluator;
  readonly steps: ReadonlyMap<string, CompiledStep>;
  readonly forms: ReadonlyMap<string, FormDefinition>;
  /** Every field of every form by name: start data is checked against these. */
  readonly fields: ReadonlyMap<string, FieldDefinition>;
  /** For each role, the roles whose permissions it has (itself included). */
  readonly roleClosure: ReadonlyMap<string, ReadonlySet<string>>;
  readonly slaRules: readonly CompiledSlaRule[];
}

export interface CompiledSlaRule {
  readonly rule: SlaRule;
  /** Steps in which this SLA's clock stops (its policy's `pauseInStates`). */
  readonly pausedSteps: ReadonlySet<string>;
}

export interface CompiledStep {
  readonly step: StepDefinition;
  readonly type: StepTypePlugin;
  /** Guarded transitions first (in declaration order), then defaults. */
  readonly outgoing: readonly TransitionDefinition[];
}

const cache = new WeakMap<FlowDefinition, WeakMap<PluginRegistry, CompiledFlow>>();

export class UnknownStepTypeError extends Error {
  constructor(kind: string) {
    super(`No step type plug-in for kind "${kind}"; validate the definition with the same registry`);
    this.name = 'UnknownStepTypeError';
  }
}

export function compileFlow(definition: FlowDefinition, registry: PluginRegistry): CompiledFlow {
  let byRegistry = cache.get(definition);
  if (!byRegistry) {
    byRegistry = new WeakMap();
    cache.set(definition, byRegistry);
  }
  let compiled = byRegistry.get(registry);
  if (!compiled) {
    compiled = build(definition, registry);
    byRegistry.set(registry, compiled);
  }
  return compiled;
}

function build(definition: FlowDefinition, registry: PluginRegistry): CompiledFlow {
  const outgoing = new Map<string, TransitionDefinition[]>();
  for (const t of definition.transitions) {
    const list = outgoing.get(t.from) ?? [];
    list.push(t);
    outgoing.set(t.from, list);
  }
  const steps = new Map<string, CompiledStep>();
  for (const step of definition.steps) {
    const type = registry.stepType(step.kind);
    if (!type) throw new UnknownStepTypeError(step.kind);
    const out = outgoing.get(step.key) ?? [];
    steps.set(step.key, {
      step,
      type,
      outgoing: [...out.filter((t) => !t.isDefault), ...out.filter((t) => t.isDefault)],
    });
  }
  const fields = new Map<string, FieldDefinition>();
  for (const form of definition.forms)
    for (const f of form.elements) if (!fields.has(f.name)) fields.set(f.name, f);
  return {
    definition,
    registry,
    evaluator: createRuleEvaluator(),
    steps,
    forms: new Map(definition.forms.map((f) => [f.key, f])),
    fields,
    roleClosure: closeRoles(definition),
    slaRules: (definition.sla?.rules ?? []).map((rule) => ({
      rule,
      pausedSteps: new Set(rule.policy.pauseInStates ?? []),
    })),
  };
}
