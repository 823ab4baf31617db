/**
 * The create and rename forms: their models, how a model becomes GraphQL input, and which form field
 * a server error's `fieldPath` points at. Pure.
 */
import type { CreateComplaintCategoryInput, LocalizedTextInput, Severity } from '../../../generated/graphql';
import { fieldBelow, type AppError } from '../../../shared/lib/graphql-error';

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

/** The create-form field an error belongs to (`fieldPath` under `["input"]`), or null. */
export function createFormField(error: AppError): CreateCategoryField | null {
  const below = fieldBelow(error, ['input']);
  return below === null ? null : (CREATE_FIELDS.get(below) ?? null);
}

/** The rename-form field an error belongs to (`fieldPath` under `["name"]`), or null. */
export function renameFormField(error: AppError): RenameCategoryField | null {
  const below = fieldBelow(error, ['name']);
  return below === null ? null : (RENAME_FIELDS.get(below) ?? null);
}
