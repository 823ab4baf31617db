/**
 * The form steps a customer fills in on their link (`CustomerView.formSteps`): the active form steps
 * the flow says the customer submits (`submittedBy: 'customer'`), in the flow's order, each with its
 * form as the engine defines it (texts in both languages) and the case's answers its rules read (so the
 * page shows the fields the server will ask for: e.g. the collateral documents after a mortgage was
 * chosen in the application). Only those answers, never a sensitive one. Pure: no I/O.
 */
import type { CaseState, FlowDefinition, LocalizedText } from '@parley/engine';

type FormDefinition = FlowDefinition['forms'][number];

export interface CustomerFormStepView {
  stepKey: string;
  name: LocalizedText;
  form: Record<string, unknown>;
  /** The case's answers the form's rules read (`data.<name>` of other steps), sensitive ones left out. */
  context: Record<string, unknown>;
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
      context: answersReadBy(form, state.data, sensitiveNames(definition)),
      definition: form,
    });
  }
  return out;
}

/** The names of the form's file fields. */
export function fileFieldsOf(form: FormDefinition): string[] {
  return form.elements.filter((f) => f.type === 'file').map((f) => f.name);
}

function sensitiveNames(definition: FlowDefinition): Set<string> {
  const out = new Set<string>();
  for (const form of definition.forms) for (const f of form.elements) if (f.sensitive) out.add(f.name);
  return out;
}

/** The names `{"var": "data.<name>…"}` of the form's rules read (JSON Logic, anywhere in the form). */
export function dataNamesRead(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) dataNamesRead(n, out);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) {
      const path = key === 'var' ? (Array.isArray(value) ? value[0] : value) : undefined;
      if (typeof path === 'string' && path.startsWith('data.')) {
        const name = path.slice('data.'.length).split('.')[0];
        if (name) out.add(name);
      } else dataNamesRead(value, out);
    }
  return out;
}

function answersReadBy(
  form: FormDefinition,
  data: Readonly<Record<string, unknown>>,
  sensitive: ReadonlySet<string>,
): Record<string, unknown> {
  const own = new Set(form.elements.map((f) => f.name));
  const out: Record<string, unknown> = {};
  for (const name of dataNamesRead(form.elements))
    if (!own.has(name) && !sensitive.has(name) && data[name] !== undefined) out[name] = data[name];
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}
