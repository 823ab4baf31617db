import { fill } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';
import type { FormData, FormDefinition } from './form.types';
import { FORM_MESSAGES } from './form-messages';
import { defaultFormRegistry, evaluateFormState } from './form-state';
import type { FormContext } from './form-state';

/**
 * A key of FORM_MESSAGES, `UNKNOWN_FIELD_TYPE`, or a code reported by a plug-in field type (which is
 * why the type stays open).
 */
export type FormProblemCode = string;

export interface FormValidationResult {
  readonly ok: boolean;
  /** Every problem, each with a path `data.<field>[…]` and a message in both languages. */
  readonly problems: readonly Problem<FormProblemCode>[];
  /** The values to keep: visible fields only (a hidden field's stale value is dropped). */
  readonly values: Readonly<Record<string, unknown>>;
}

function isEmptyDefault(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Validates submitted values against a form and its rules. The same function runs in the browser
 * (as the customer types) and on the server (when the step is submitted), so they cannot disagree.
 */
export function validateFormData(
  form: FormDefinition,
  data: FormData,
  context: FormContext = {},
): FormValidationResult {
  const registry = defaultFormRegistry(context);
  const problems: Problem<FormProblemCode>[] = [];
  const values: Record<string, unknown> = {};
  const known = new Set(form.elements.map((f) => f.name));
  for (const name of Object.keys(data)) {
    if (!known.has(name))
      problems.push({
        code: 'UNKNOWN_FIELD',
        path: `data.${name}`,
        message: fill(FORM_MESSAGES.UNKNOWN_FIELD, { name }),
        severity: 'error',
      });
  }
  for (const state of evaluateFormState(form, data, context)) {
    const { field } = state;
    if (!state.visible) continue;
    const path = `data.${field.name}`;
    const value = data[field.name];
    const plugin = registry.fieldType(field.type);
    if (!plugin) {
      problems.push({
        code: 'UNKNOWN_FIELD_TYPE',
        path,
        message: fill(
          { zh: '未注册的字段类型「{t}」', en: 'Unregistered field type "{t}"' },
          { t: field.type },
        ),
        severity: 'error',
      });
      continue;
    }
    if ((plugin.isEmpty ?? isEmptyDefault)(value)) {
      if (state.required)
        problems.push({
          code: 'REQUIRED',
          path,
          message: fill(FORM_MESSAGES.REQUIRED, { field: field.title }),
          severity: 'error',
        });
      continue;
    }
    const issues = plugin.validateValue(value, field);
    for (const issue of issues) problems.push({ ...issue, path: `${path}${issue.path}`, severity: 'error' });
    if (
      issues.length === 0 &&
      state.choices &&
      state.choices.length < ('choices' in field ? field.choices.length : 0)
    ) {
      // Options driven by rules: a value valid for the field may still be unavailable in this case.
      const offered = new Set(state.choices.map((c) => c.value));
      const chosen = Array.isArray(value) ? (value as unknown[]) : [value];
      chosen.forEach((v, i) => {
        if (typeof v === 'string' && !offered.has(v))
          problems.push({
            code: 'OPTION_NOT_AVAILABLE',
            path: Array.isArray(value) ? `${path}[${i}]` : path,
            message: fill(FORM_MESSAGES.OPTION_NOT_AVAILABLE, { field: field.title, value: v }),
            severity: 'error',
          });
      });
    }
    values[field.name] = value;
  }
  return { ok: problems.length === 0, problems, values };
}
