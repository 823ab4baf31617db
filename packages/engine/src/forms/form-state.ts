import type { Choice, FieldDefinition, FormData, FormDefinition } from './form.types';
import type { RuleContext, RuleEvaluator } from '../rules/rule-evaluator';
import { createRuleEvaluator } from '../rules/rule-evaluator';
import type { PluginRegistry } from '../plugins/registry';
import { defaultRegistry } from '../plugins/built-in-plugins';

/** What a form's rules can see besides the form's own values. */
export interface FormContext {
  /** Case data so far; the form's values are laid over it. */
  readonly caseData?: Readonly<Record<string, unknown>>;
  readonly caseFacts?: object;
  readonly offer?: object | null;
  readonly registry?: PluginRegistry;
  /** Share one evaluator (and its rule cache) with the interpreter; otherwise one per form. */
  readonly evaluator?: RuleEvaluator;
}

export interface FieldState {
  readonly field: FieldDefinition;
  readonly visible: boolean;
  readonly required: boolean;
  /** The choices offered right now (choice rules applied); undefined for fields without choices. */
  readonly choices?: readonly Choice[];
}

const evaluators = new WeakMap<FormDefinition, RuleEvaluator>();

function evaluatorFor(form: FormDefinition, context: FormContext): RuleEvaluator {
  if (context.evaluator) return context.evaluator;
  let evaluator = evaluators.get(form);
  if (!evaluator) {
    evaluator = createRuleEvaluator();
    evaluators.set(form, evaluator);
  }
  return evaluator;
}

export function ruleContextFor(data: FormData, context: FormContext): RuleContext {
  return {
    data: context.caseData ? { ...context.caseData, ...data } : data,
    case: context.caseFacts ?? {},
    offer: context.offer ?? null,
  };
}

/**
 * Which fields are visible and required and which options are offered, given the values so far.
 * The browser renders from this; `validateFormData` validates against the same answer.
 */
export function evaluateFormState(
  form: FormDefinition,
  data: FormData,
  context: FormContext = {},
): FieldState[] {
  const evaluator = evaluatorFor(form, context);
  const rc = ruleContextFor(data, context);
  return form.elements.map((field) => {
    const visible = field.visibleWhen === undefined || evaluator.holds(field.visibleWhen, rc);
    const required =
      visible &&
      (field.requiredWhen !== undefined
        ? evaluator.holds(field.requiredWhen, rc)
        : field.isRequired === true);
    if (!('choices' in field)) return { field, visible, required };
    const choices = field.choices.filter(
      (c) => c.visibleWhen === undefined || evaluator.holds(c.visibleWhen, rc),
    );
    return { field, visible, required, choices };
  });
}

export function defaultFormRegistry(context: FormContext): PluginRegistry {
  return context.registry ?? defaultRegistry;
}
