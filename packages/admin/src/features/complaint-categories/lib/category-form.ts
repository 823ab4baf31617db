/**
 * The create and rename forms: their models, how a model becomes GraphQL input, and which form field
 * a server error's `fieldPath` points at. Pure.
 */
import type { CreateComplaintCategoryInput, LocalizedTextInput, Severity } from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly Severity[];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export interface CreateCategoryForm {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Id of the parent category; null for a root. */
  parentId: string | null;
  severity: Severity;
}
export type CreateCategoryField = keyof CreateCategoryForm;

export interface RenameCategoryForm {
  nameZh: string;
  nameEn: string;
}
export type RenameCategoryField = keyof RenameCategoryForm;

export function emptyCreateForm(): CreateCategoryForm {
  return { code: '', nameZh: '', nameEn: '', parentId: null, severity: 'MEDIUM' };
}

/** Trims text; the server decides what is valid (its rules and messages are the single source). */
export function toCreateInput(form: CreateCategoryForm): CreateComplaintCategoryInput {
  return {
    code: form.code.trim(),
    name: toNameInput(form),
    parentId: form.parentId,
    severity: form.severity,
  };
}

export function toNameInput(form: { nameZh: string; nameEn: string }): LocalizedTextInput {
  return { zh: form.nameZh.trim(), en: form.nameEn.trim() };
}

const CREATE_FIELDS: ReadonlyMap<string, CreateCategoryField> = new Map([
  ['code', 'code'],
  ['name.zh', 'nameZh'],
  ['name.en', 'nameEn'],
  ['parentId', 'parentId'],
  ['severity', 'severity'],
]);

const RENAME_FIELDS: ReadonlyMap<string, RenameCategoryField> = new Map([
  ['zh', 'nameZh'],
  ['en', 'nameEn'],
]);

/** Server problems on the create form's fields (`fieldPath` under `["input"]`). */
export function createFormErrors(error: AppError): FieldMessages<CreateCategoryField> {
  return fieldMessages(error, ['input'], CREATE_FIELDS);
}

/** Server problems on the rename form's fields (`fieldPath` under `["name"]`). */
export function renameFormErrors(error: AppError): FieldMessages<RenameCategoryField> {
  return fieldMessages(error, ['name'], RENAME_FIELDS);
}
