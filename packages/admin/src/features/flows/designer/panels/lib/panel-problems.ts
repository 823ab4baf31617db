/**
 * What the panels show about problems and outcomes: the problems of one step or transition, those
 * whose path names one of its fields, and the outcomes a transition may filter on.
 */
import type { FlowDefinition, PluginRegistry } from '@parley/engine';
import type { DesignerProblem } from '../../lib/problem-targets';

export function stepProblems(problems: readonly DesignerProblem[], stepKey: string): DesignerProblem[] {
  return problems.filter((p) => p.target.kind === 'step' && p.target.stepKey === stepKey);
}

export function transitionProblems(
  problems: readonly DesignerProblem[],
  transitionKey: string,
): DesignerProblem[] {
  return problems.filter((p) => p.target.kind === 'transition' && p.target.transitionKey === transitionKey);
}

/** Whether `path` is `prefix` itself or lies below it (`steps[2].assignTo.role` below `steps[2].assignTo`). */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The problems whose path names `field` of the step (or one of its parts). */
export function stepFieldProblems(
  doc: FlowDefinition,
  problems: readonly DesignerProblem[],
  stepKey: string,
  field: string,
): DesignerProblem[] {
  const index = doc.steps.findIndex((s) => s.key === stepKey);
  if (index < 0) return [];
  const prefix = `steps[${index}].${field}`;
  return problems.filter((p) => isAtOrBelow(p.path, prefix));
}

export function transitionFieldProblems(
  doc: FlowDefinition,
  problems: readonly DesignerProblem[],
  transitionKey: string,
  field: string,
): DesignerProblem[] {
  const index = doc.transitions.findIndex((t) => t.key === transitionKey);
  if (index < 0) return [];
  const prefix = `transitions[${index}].${field}`;
  return problems.filter((p) => isAtOrBelow(p.path, prefix));
}

/** Problems under a settings path such as `sla` or `offerPolicy.authority`. */
export function settingsProblems(problems: readonly DesignerProblem[], prefix: string): DesignerProblem[] {
  return problems.filter((p) => isAtOrBelow(p.path, prefix));
}

/**
 * The outcomes the step a transition leaves reports (`approved` / `rejected` for a review …); for an
 * action step those of its action.
 */
export function sourceOutcomes(doc: FlowDefinition, from: string, registry: PluginRegistry): string[] {
  const step = doc.steps.find((s) => s.key === from);
  if (!step) return [];
  const own = registry.stepType(step.kind)?.outcomes ?? [];
  if (step.kind === 'action') {
    const action = registry.action(step.action)?.outcomes ?? [];
    return [...new Set([...action, ...own])];
  }
  return [...own];
}
