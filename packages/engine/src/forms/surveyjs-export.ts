import type { JsonObject, JsonValue } from '../shared/json.types';
import type { LocalizedText } from '../shared/localized-text';
import { UnreachableCaseError } from '../shared/unreachable-case.error';
import type { BuiltInFieldDefinition, FieldDefinition, FormDefinition } from './form.types';
import { ratingScale } from './rating-metric';

/** SurveyJS localizable string: `default` (English) plus the zh-cn translation. */
function loc(t: LocalizedText): JsonObject {
  return { default: t.en, 'zh-cn': t.zh };
}

function defined(entries: Record<string, JsonValue | undefined>): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
}

function isBuiltIn(field: FieldDefinition): field is BuiltInFieldDefinition {
  return !field.type.startsWith('x-');
}

/** The SurveyJS question for one field, without the parts every question shares. */
function question(field: BuiltInFieldDefinition): JsonObject {
  switch (field.type) {
    case 'text':
      return defined({ type: 'text', maxLength: field.maxLength });
    case 'textarea':
      return defined({ type: 'comment', maxLength: field.maxLength });
    case 'number':
      return defined({ type: 'text', inputType: 'number', min: field.min, max: field.max });
    case 'money':
      // Values are integer fen; the admin's money editor shows yuan and stores fen.
      return defined({ type: 'text', inputType: 'number', min: field.minFen, max: field.maxFen });
    case 'date':
      return defined({ type: 'text', inputType: 'date', min: field.min, max: field.max });
    case 'select':
      return { type: 'dropdown', choices: field.choices.map((c) => ({ value: c.value, text: loc(c.text) })) };
    case 'multi-select':
      return defined({
        type: 'checkbox',
        choices: field.choices.map((c) => ({ value: c.value, text: loc(c.text) })),
        minSelectedChoices: field.minSelected,
        maxSelectedChoices: field.maxSelected,
      });
    case 'phone':
      return { type: 'text', inputType: 'tel' };
    case 'prc-id':
    case 'bank-card':
      return { type: 'text' };
    case 'file':
      return defined({
        type: 'file',
        allowMultiple: (field.maxFiles ?? 1) > 1,
        maxSize: field.maxSizeBytes,
        acceptedTypes: field.accept?.join(','),
        storeDataAsText: false,
      });
    case 'rating': {
      const { min, max } = ratingScale(field);
      // `parleyMetric` tells a renderer (and report) what is measured; SurveyJS ignores unknown keys.
      return defined({ type: 'rating', rateMin: min, rateMax: max, parleyMetric: field.metric });
    }
    case 'matrix':
      return {
        type: 'matrix',
        rows: field.rows.map((r) => ({ value: r.value, text: loc(r.text) })),
        columns: field.columns.map((c) => ({ value: c.value, text: loc(c.text) })),
      };
    default:
      throw new UnreachableCaseError(field);
  }
}

/**
 * The form as SurveyJS JSON, for the SurveyJS runtime in the admin and on the customer's link.
 * Every question carries `parleyType` (our field type) so custom renderers can take over (money,
 * ID numbers, plug-in types). Rules are not translated into SurveyJS expressions: the runtime is
 * driven by `evaluateFormState`, so there is one rule language and one evaluator.
 */
export function toSurveyJson(form: FormDefinition): JsonObject {
  const elements = form.elements.map((field) => ({
    ...(isBuiltIn(field) ? question(field) : { type: 'text' }),
    ...defined({
      name: field.name,
      title: loc(field.title),
      description: field.description ? loc(field.description) : undefined,
      isRequired: field.isRequired === true && field.requiredWhen === undefined ? true : undefined,
    }),
    parleyType: field.type,
  }));
  return defined({
    title: loc(form.title),
    description: form.description ? loc(form.description) : undefined,
    pages: [{ name: form.key, elements }],
  });
}
