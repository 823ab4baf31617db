/**
 * The category form: its model (every field of a category), how a model becomes GraphQL input for
 * create and update, and which form field a server error's `fieldPath` points at. Pure.
 */
import type {
  CreateComplaintCategoryInput,
  Severity,
  UpdateComplaintCategoryInput,
} from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';
import { parentCodeOf, type CategoryRow } from './category-tree';

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly Severity[];

export const DEFAULT_SLA_POLICY = 'regulatory-complaint';

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export interface CategoryForm {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Id of the parent category; null for a root (only chosen on create: moves happen in the tree). */
  parentId: string | null;
  severity: Severity;
  slaPolicyKey: string;
  departmentCode: string;
  queueCode: string;
  jrtBusinessType: string;
  jrtCause: string;
  cfpbProduct: string;
  cfpbIssue: string;
  requiredFields: string[];
}
export type CategoryField = keyof CategoryForm;

export function emptyForm(parentId: string | null = null): CategoryForm {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    parentId,
    severity: 'MEDIUM',
    slaPolicyKey: DEFAULT_SLA_POLICY,
    departmentCode: '',
    queueCode: '',
    jrtBusinessType: '',
    jrtCause: '',
    cfpbProduct: '',
    cfpbIssue: '',
    requiredFields: [],
  };
}

/** The form of an existing category; `parentId` is looked up by the caller (the row has codes). */
export function formFromRow(row: CategoryRow, parentId: string | null): CategoryForm {
  return {
    code: row.code,
    nameZh: row.name.zh,
    nameEn: row.name.en,
    parentId,
    severity: row.severity,
    slaPolicyKey: row.slaPolicyKey,
    departmentCode: row.routing?.departmentCode ?? '',
    queueCode: row.routing?.queueCode ?? '',
    jrtBusinessType: row.regulatoryCodes?.jrtBusinessType ?? '',
    jrtCause: row.regulatoryCodes?.jrtCause ?? '',
    cfpbProduct: row.regulatoryCodes?.cfpbProduct ?? '',
    cfpbIssue: row.regulatoryCodes?.cfpbIssue ?? '',
    requiredFields: [...row.requiredFields],
  };
}

export { parentCodeOf };

/** Routing and regulatory codes as input: "" means none (the server clears an all-empty group). */
function shared(form: CategoryForm) {
  return {
    severity: form.severity,
    slaPolicyKey: form.slaPolicyKey.trim(),
    routing: { departmentCode: form.departmentCode, queueCode: form.queueCode },
    regulatoryCodes: {
      jrtBusinessType: form.jrtBusinessType,
      jrtCause: form.jrtCause,
      cfpbProduct: form.cfpbProduct.trim(),
      cfpbIssue: form.cfpbIssue.trim(),
    },
    requiredFields: [...form.requiredFields],
  };
}

/** Trims text; the server decides what is valid (its rules and messages are the single source). */
export function toCreateInput(form: CategoryForm): CreateComplaintCategoryInput {
  return {
    code: form.code.trim(),
    name: { zh: form.nameZh.trim(), en: form.nameEn.trim() },
    parentId: form.parentId,
    ...shared(form),
  };
}

export function toUpdateInput(form: CategoryForm): UpdateComplaintCategoryInput {
  return { name: { zh: form.nameZh.trim(), en: form.nameEn.trim() }, ...shared(form) };
}

const FIELDS: ReadonlyMap<string, CategoryField> = new Map<string, CategoryField>([
  ['code', 'code'],
  ['name', 'nameZh'],
  ['name.zh', 'nameZh'],
  ['name.en', 'nameEn'],
  ['parentId', 'parentId'],
  ['severity', 'severity'],
  ['slaPolicyKey', 'slaPolicyKey'],
  ['routing', 'departmentCode'],
  ['routing.departmentCode', 'departmentCode'],
  ['routing.queueCode', 'queueCode'],
  ['regulatoryCodes.jrtBusinessType', 'jrtBusinessType'],
  ['regulatoryCodes.jrtCause', 'jrtCause'],
  ['regulatoryCodes.cfpbProduct', 'cfpbProduct'],
  ['regulatoryCodes.cfpbIssue', 'cfpbIssue'],
  ['requiredFields', 'requiredFields'],
  // A problem with one entry of the list (`requiredFields.3`) is shown under the picker.
  ...Array.from(
    { length: 50 },
    (_, i) => [`requiredFields.${i}`, 'requiredFields'] as [string, CategoryField],
  ),
]);

/** Server problems on the form's fields (`fieldPath` under `["input"]`, create and update alike). */
export function categoryFormErrors(error: AppError): FieldMessages<CategoryField> {
  return fieldMessages(error, ['input'], FIELDS);
}
