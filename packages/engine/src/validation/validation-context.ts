import { fill } from '../shared/localized-text';
import type { FillValue } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';
import type { FlowDefinition, TransitionDefinition } from '../definition/flow-definition.types';
import type { StepDefinition } from '../definition/step.types';
import type { PluginIssue, StepTypePlugin } from '../plugins/plugin.types';
import type { PluginRegistry } from '../plugins/registry';
import { isWaitingMode } from '../plugins/completion-modes';
import { VALIDATION_MESSAGES } from './validation-messages';
import type { ValidationCode } from './validation-messages';

/** Indexes shared by the checks, built once per validation; tolerant of the very faults it reports. */
export interface ValidationContext {
  readonly definition: FlowDefinition;
  readonly registry: PluginRegistry;
  /** First step with each key, with its index for paths. */
  readonly steps: ReadonlyMap<string, { readonly step: StepDefinition; readonly index: number }>;
  readonly stepTypes: ReadonlyMap<string, StepTypePlugin>;
  readonly outgoing: ReadonlyMap<
    string,
    readonly { readonly t: TransitionDefinition; readonly index: number }[]
  >;
  readonly problems: Problem[];
}

export function createValidationContext(
  definition: FlowDefinition,
  registry: PluginRegistry,
): ValidationContext {
  const steps = new Map<string, { step: StepDefinition; index: number }>();
  const stepTypes = new Map<string, StepTypePlugin>();
  definition.steps.forEach((step, index) => {
    if (steps.has(step.key)) return;
    steps.set(step.key, { step, index });
    const type = registry.stepType(step.kind);
    if (type) stepTypes.set(step.key, type);
  });
  const outgoing = new Map<string, { t: TransitionDefinition; index: number }[]>();
  definition.transitions.forEach((t, index) => {
    const list = outgoing.get(t.from) ?? [];
    list.push({ t, index });
    outgoing.set(t.from, list);
  });
  return { definition, registry, steps, stepTypes, outgoing, problems: [] };
}

export function report(
  ctx: ValidationContext,
  code: ValidationCode,
  path: string,
  values: Readonly<Record<string, FillValue>> = {},
  severity: 'error' | 'warning' = 'error',
): void {
  ctx.problems.push({ code, path, message: fill(VALIDATION_MESSAGES[code], values), severity });
}

/** Adds a plug-in's finding under the path of the thing it checked. */
export function reportIssue(ctx: ValidationContext, issue: PluginIssue, base: string): void {
  const path =
    issue.path === '' ? base : issue.path.startsWith('[') ? `${base}${issue.path}` : `${base}.${issue.path}`;
  ctx.problems.push({ code: issue.code, path, message: issue.message, severity: 'error' });
}

export function stepPath(ctx: ValidationContext, key: string): string {
  const entry = ctx.steps.get(key);
  return entry ? `steps[${entry.index}]` : 'steps';
}

export function stepName(ctx: ValidationContext, key: string): FillValue {
  return ctx.steps.get(key)?.step.name ?? key;
}

/** Steps that wait for a command (as opposed to automatic, routing and end steps). */
export function isWaiting(type: StepTypePlugin | undefined): boolean {
  return isWaitingMode(type?.completion);
}
