/**
 * The coded, bilingual refusals of the versioned-definition store, worded with the family's noun
 * (流程模板 / flow template, 满意度调查 / survey) so that flows and surveys say the same things the same way.
 */
import { AppError, badInput, notFound, type Messages } from '../../errors/app-error';
import { problemDetails, type ReportedProblem } from './problem-path';

type FieldPath = readonly (string | number)[];

export function definitionNotFound(entity: Messages, key: string, fieldPath: FieldPath): AppError {
  return notFound({ zh: `${entity.zh}“${key}”`, en: `${entity.en} "${key}"` }, fieldPath);
}

export function versionNotFound(
  entity: Messages,
  key: string,
  version: number,
  fieldPath: FieldPath,
): AppError {
  return notFound(
    { zh: `${entity.zh}“${key}”的第 ${version} 版`, en: `version ${version} of the ${entity.en} "${key}"` },
    fieldPath,
  );
}

/** A save or publish named a draft revision that is no longer (or not yet) the newest. */
export function staleRevision(entity: Messages, key: string, base: number, current: number): AppError {
  return new AppError(
    'CONFLICT',
    {
      zh: `${entity.zh}“${key}”的草稿已被他人保存（当前修订号 ${current}，你的修改基于 ${base}）。请重新加载后再试，你的修改未保存。`,
      en: `The draft of the ${entity.en} "${key}" was saved by someone else (current revision ${current}, yours was based on ${base}). Reload and try again; your change was not saved.`,
    },
    { fieldPath: ['baseRevision'], details: { currentRevision: current } },
  );
}

/** Another publication took the version number first. */
export function versionTaken(entity: Messages, key: string, version: number): AppError {
  return new AppError(
    'CONFLICT',
    {
      zh: `${entity.zh}“${key}”的第 ${version} 版刚被他人发布。请重新加载后再试。`,
      en: `Version ${version} of the ${entity.en} "${key}" was just published by someone else. Reload and try again.`,
    },
    { details: { currentVersion: version } },
  );
}

export function nothingChanged(entity: Messages, key: string, latest: number): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    {
      zh: `没有可发布的变更：内容与${entity.zh}“${key}”的第 ${latest} 版相同。`,
      en: `Nothing changed: the content is identical to version ${latest} of the ${entity.en} "${key}".`,
    },
    { details: { latestVersion: latest } },
  );
}

export function definitionInvalid(
  problems: readonly ReportedProblem[],
  inputPath: FieldPath | null,
): AppError {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  return new AppError(
    'DEFINITION_INVALID',
    {
      zh: `定义有 ${errors.length} 个错误，未保存任何内容${first ? `。第一个：${first.message.zh}` : '。'}`,
      en: `The definition has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written${first ? `. First: ${first.message.en}` : '.'}`,
    },
    {
      ...(inputPath && first ? { fieldPath: [...inputPath, ...first.path] } : {}),
      details: { problems: problemDetails(problems, inputPath) },
    },
  );
}

export function keyTaken(entity: Messages, key: string, fieldPath: FieldPath, cause: unknown): AppError {
  return new AppError(
    'CONFLICT',
    {
      zh: `键“${key}”已被其他${entity.zh}使用。`,
      en: `The key "${key}" is already used by another ${entity.en}.`,
    },
    { fieldPath, cause },
  );
}

export function badRevision(fieldPath: FieldPath): AppError {
  return badInput(fieldPath, {
    zh: '修订号须为不小于 0 的整数。',
    en: 'The revision must be a whole number of at least 0.',
  });
}
