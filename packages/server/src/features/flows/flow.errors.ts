/**
 * Refusals particular to flow templates (the shared ones live in definitions/definition.errors.ts).
 */
import { AppError, badInput } from '../../errors/app-error';
import type { Messages } from '../../errors/app-error';

type FieldPath = readonly (string | number)[];

export const FLOW_ENTITY: Messages = { zh: '流程模板', en: 'flow template' };

export function archivedTemplate(key: string, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `流程模板“${key}”已归档，不能再修改或发布。`,
    en: `The flow template "${key}" is archived and accepts no further changes or publications.`,
  });
}

export function alreadyArchived(key: string): AppError {
  return badInput(['key'], {
    zh: `流程模板“${key}”已经归档。`,
    en: `The flow template "${key}" is already archived.`,
  });
}

export function unknownSeed(seed: string, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `没有名为“${seed}”的内置模板（见 seedFlowTemplates）。`,
    en: `There is no shipped template "${seed}" (see seedFlowTemplates).`,
  });
}

export function noDraft(key: string, fieldPath: FieldPath): AppError {
  return new AppError(
    'NOT_FOUND',
    { zh: `流程模板“${key}”没有草稿。`, en: `The flow template "${key}" has no draft.` },
    { fieldPath },
  );
}
