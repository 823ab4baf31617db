/**
 * The coded, bilingual refusals of the complaint-category operations, in one place so that every
 * operation says the same thing the same way.
 */
import { AppError, badInput, notFound } from '../../errors/app-error';

type FieldPath = readonly (string | number)[];

export function categoryNotFound(fieldPath: FieldPath): AppError {
  return notFound({ zh: '投诉分类', en: 'complaint category' }, fieldPath);
}

export function parentNotFound(fieldPath: FieldPath): AppError {
  return notFound({ zh: '上级分类', en: 'parent category' }, fieldPath);
}

export function codeTaken(code: string, fieldPath: FieldPath, cause: unknown): AppError {
  return new AppError(
    'CONFLICT',
    {
      zh: `编码“${code}”已被其他分类使用。`,
      en: `The code "${code}" is already used by another category.`,
    },
    { fieldPath, cause },
  );
}

export function inactiveParent(parentCode: string, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `上级分类“${parentCode}”已停用，不能在其下放置启用的分类。`,
    en: `The parent category "${parentCode}" is inactive; an active category cannot be placed under it.`,
  });
}

export function moveUnderItself(code: string, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `不能把分类“${code}”移动到它自身或其下级分类之下。`,
    en: `The category "${code}" cannot be moved under itself or one of its descendants.`,
  });
}

export function positionOutOfRange(max: number, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `位置须在 0 到 ${max} 之间。`,
    en: `The position must be between 0 and ${max}.`,
  });
}

export function activateUnderInactive(code: string, parentCode: string, fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: `上级分类“${parentCode}”已停用，请先启用它，再启用“${code}”。`,
    en: `The parent category "${parentCode}" is inactive; activate it before activating "${code}".`,
  });
}

export function hasChildren(code: string, count: number): AppError {
  return new AppError(
    'REFERENCED',
    {
      zh: `分类“${code}”下还有 ${count} 个下级分类，不能删除（可以停用）。`,
      en: `The category "${code}" has ${count} child categor${count === 1 ? 'y' : 'ies'} and cannot be deleted; deactivate it instead.`,
    },
    { details: { children: count } },
  );
}

export function referencedByCases(code: string, count: number): AppError {
  return new AppError(
    'REFERENCED',
    {
      zh: `有 ${count} 个案件引用分类“${code}”，不能删除（可以停用）。`,
      en: `${count} case${count === 1 ? '' : 's'} reference${count === 1 ? 's' : ''} the category "${code}"; it cannot be deleted. Deactivate it instead.`,
    },
    { details: { cases: count } },
  );
}

/** Another writer changed the same part of the tree in between; nothing of this call remains. */
export function concurrentTreeChange(code: string): AppError {
  return new AppError('CONFLICT', {
    zh: `分类“${code}”刚被其他人修改，请刷新后重试。`,
    en: `The category "${code}" was changed by someone else just now; reload and try again.`,
  });
}
