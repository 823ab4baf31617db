/**
 * The "new survey" form: its fields, the input it sends, and where the server's problems go.
 * Pure: no Vue.
 */
import type { CreateSurveyInput } from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';

export interface CreateSurveyForm {
  key: string;
  titleZh: string;
  titleEn: string;
}

export type CreateSurveyField = keyof CreateSurveyForm;

export const emptyCreateSurveyForm = (): CreateSurveyForm => ({ key: '', titleZh: '', titleEn: '' });

export function toCreateSurveyInput(form: CreateSurveyForm): CreateSurveyInput {
  return { key: form.key.trim(), title: { zh: form.titleZh.trim(), en: form.titleEn.trim() } };
}

const FIELDS = new Map<string, CreateSurveyField>([
  ['key', 'key'],
  ['title.zh', 'titleZh'],
  ['title.en', 'titleEn'],
  ['title', 'titleZh'],
]);

/** The server's problems under `input`, on the form's fields. */
export const createSurveyErrors = (error: AppError): FieldMessages<CreateSurveyField> =>
  fieldMessages(error, ['input'], FIELDS);
