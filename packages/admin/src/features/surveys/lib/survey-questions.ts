/**
 * The survey editor's question kinds and the edits that are particular to surveys. A survey is a form
 * in the engine's format (docs/surveys.md): NPS, CSAT and CES are `rating` fields with a `metric` (and
 * its scale), single and multiple choice are `select` / `multi-select`, text is `text` / `textarea`,
 * matrix is `matrix`. Everything else (adding, moving, renaming, choices) is the form builder's
 * `form-edits`. Pure: no Vue.
 */
import {
  RATING_METRIC_SCALES,
  type FieldDefinition,
  type FormDefinition,
  type LocalizedText,
  type RatingMetric,
} from '@parley/engine';
import { newField, uniqueName, type NewChoiceTexts } from '../../forms';

/** What the palette offers, in its order. */
export const QUESTION_KINDS = [
  'nps',
  'csat',
  'ces',
  'single',
  'multiple',
  'text',
  'textarea',
  'matrix',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const TYPE_OF_KIND: Readonly<Record<Exclude<QuestionKind, RatingMetric>, FieldDefinition['type']>> = {
  single: 'select',
  multiple: 'multi-select',
  text: 'text',
  textarea: 'textarea',
  matrix: 'matrix',
};

const isMetric = (kind: QuestionKind): kind is RatingMetric => kind in RATING_METRIC_SCALES;

/** The kind a field is shown as; null for a field type the survey editor does not offer. */
export function kindOf(field: FieldDefinition): QuestionKind | null {
  if (field.type === 'rating') return field.metric ?? null;
  const found = (Object.keys(TYPE_OF_KIND) as (keyof typeof TYPE_OF_KIND)[]).find(
    (k) => TYPE_OF_KIND[k] === field.type,
  );
  return found ?? null;
}

/**
 * A new question of `kind`, named after the kind (`nps`, `nps2`, `single`, …), titled `title`, with
 * the scale of a metric spelled out (so the stored survey says 0–10 and needs no default).
 */
export function newQuestion(
  kind: QuestionKind,
  form: FormDefinition,
  title: LocalizedText,
  texts?: NewChoiceTexts,
): FieldDefinition {
  if (isMetric(kind)) {
    const { min, max } = RATING_METRIC_SCALES[kind];
    return {
      type: 'rating',
      name: uniqueName(
        kind,
        form.elements.map((f) => f.name),
      ),
      title: { ...title },
      metric: kind,
      rateMin: min,
      rateMax: max,
    };
  }
  const field = newField(TYPE_OF_KIND[kind], form, title, texts);
  return {
    ...field,
    name: uniqueName(
      kind,
      form.elements.map((f) => f.name),
    ),
  };
}

/** The survey draft as the engine's form: the server's JSON with its key and title filled in. */
export function surveyForm(key: string, title: LocalizedText, draft: unknown): FormDefinition {
  const record = typeof draft === 'object' && draft !== null ? (draft as Record<string, unknown>) : {};
  const elements = Array.isArray(record['elements']) ? (record['elements'] as FieldDefinition[]) : [];
  const ownTitle = record['title'] as LocalizedText | undefined;
  const description = record['description'] as LocalizedText | undefined;
  return {
    key,
    title: ownTitle && typeof ownTitle.zh === 'string' && typeof ownTitle.en === 'string' ? ownTitle : title,
    ...(description ? { description } : {}),
    elements,
  };
}
