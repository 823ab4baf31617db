/**
 * A complaint's finding as given to `closeCase(finding:)`: a known root cause (the engine's
 * `ROOT_CAUSES`) and a remedy of 1–1000 characters, trimmed. Checked before anything is read or written.
 */
import { isRootCauseCode, REMEDY_MAX_LENGTH, ROOT_CAUSES, type RootCauseCode } from '@parley/engine';
import { AppError, badInput } from '../../errors/app-error';

export interface FindingInput {
  rootCause: string;
  remedy: string;
}

/** The finding as recorded (`complaintFindingRecorded` data). */
export interface FindingData {
  rootCause: RootCauseCode;
  remedy: string;
}

export function checkFindingInput(input: FindingInput): FindingData {
  const rootCause = input.rootCause;
  if (!isRootCauseCode(rootCause))
    throw badInput(['finding', 'rootCause'], {
      zh: `未知的投诉根因“${rootCause}”；可选：${ROOT_CAUSES.map((c) => c.code).join('、')}。`,
      en: `Unknown root cause "${rootCause}"; one of ${ROOT_CAUSES.map((c) => c.code).join(', ')}.`,
    });
  const remedy = input.remedy.trim();
  if (remedy.length === 0 || remedy.length > REMEDY_MAX_LENGTH)
    throw badInput(['finding', 'remedy'], {
      zh: `整改措施须为 1–${REMEDY_MAX_LENGTH} 个字符。`,
      en: `The remedy must be 1–${REMEDY_MAX_LENGTH} characters.`,
    });
  return { rootCause, remedy };
}

/** Closing a complaint without its finding. */
export function findingRequired(): AppError {
  return new AppError(
    'FINDING_REQUIRED',
    {
      zh: '投诉结案须记录溯源整改：根因和整改措施。',
      en: 'Closing a complaint needs its finding: the root cause and the remedy.',
    },
    { fieldPath: ['finding'] },
  );
}

/** A finding given for a case that is not a complaint. */
export function findingNotApplicable(): AppError {
  return badInput(['finding'], {
    zh: '只有投诉类流程的案件才记录溯源整改。',
    en: 'Only cases of a complaint flow record a finding.',
  });
}
