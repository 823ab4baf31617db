/**
 * Refusals particular to surveys (the shared ones live in definitions/definition.errors.ts).
 */
import { AppError, badInput } from '../../errors/app-error';

type FieldPath = readonly (string | number)[];

/** The survey is archived: nothing may change or newly use it until it is restored. */
export function surveyArchived(key: string, fieldPath: FieldPath = ['key']): AppError {
  return new AppError(
    'SURVEY_ARCHIVED',
    {
      zh: `调查“${key}”已归档，不能修改、发布或新用于流程；如需使用请先恢复。`,
      en: `The survey "${key}" is archived: it cannot be changed, published or newly used by a flow. Restore it first.`,
    },
    { fieldPath },
  );
}

export function surveyAlreadyArchived(key: string): AppError {
  return new AppError(
    'SURVEY_ARCHIVED',
    { zh: `调查“${key}”已经归档。`, en: `The survey "${key}" is already archived.` },
    { fieldPath: ['key'] },
  );
}

export function surveyNotArchived(key: string): AppError {
  return badInput(['key'], {
    zh: `调查“${key}”没有归档，无需恢复。`,
    en: `The survey "${key}" is not archived; there is nothing to restore.`,
  });
}

export const ARCHIVE_REASON_MAX = 500;

/** The reason of an archive: required, trimmed, at most ARCHIVE_REASON_MAX characters. */
export function archiveReasonInput(value: string): string {
  const reason = value.trim();
  if (!reason)
    throw badInput(['reason'], {
      zh: '请说明归档原因。',
      en: 'Say why the survey is archived.',
    });
  if ([...reason].length > ARCHIVE_REASON_MAX)
    throw badInput(['reason'], {
      zh: `归档原因不能超过 ${ARCHIVE_REASON_MAX} 个字符。`,
      en: `The reason must be at most ${ARCHIVE_REASON_MAX} characters.`,
    });
  return reason;
}
