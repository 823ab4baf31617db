/**
 * The form steps a customer fills in on their link (`CustomerView.formSteps`): the active form steps
 * the flow says the customer submits (`submittedBy: 'customer'`), in the flow's order, each with its
 * form as the engine defines it (texts in both languages). Pure: no I/O.
 */
import type { CaseState, FlowDefinition } from '@parley/engine';

type FormDefinition = FlowDefinition['forms'][number];

export interface CustomerFormStepView {
  stepKey: string;
  name: { zh: string; en: string };
  form: Record<string, unknown>;
  /** The engine's form (for the file fields); `form` is its JSON for the API. */
  definition: FormDefinition;
}

export function customerFormSteps(
  state: CaseState | null,
  definition: FlowDefinition,
): CustomerFormStepView[] {
  if (!state || state.status !== 'active') return [];
  const active = new Set(state.tokens.filter((t) => t.activatedAt !== null).map((t) => t.stepKey));
  const out: CustomerFormStepView[] = [];
  for (const step of definition.steps) {
    if (!active.has(step.key) || step.kind !== 'form' || step.submittedBy !== 'customer') continue;
    const form = definition.forms.find((f) => f.key === step.form);
    if (!form) continue;
    out.push({
      stepKey: step.key,
      name: { zh: step.name.zh, en: step.name.en },
      form: JSON.parse(JSON.stringify(form)) as Record<string, unknown>,
      definition: form,
    });
  }
  return out;
}

/** The names of the form's file fields. */
export function fileFieldsOf(form: FormDefinition): string[] {
  return form.elements.filter((f) => f.type === 'file').map((f) => f.name);
}
