import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import { createSurveyErrors, emptyCreateSurveyForm, toCreateSurveyInput } from './create-survey';

const t = (zh: string, en: string) => ({ zh, en });

/** A refusal as `toAppError` makes it: one problem, at `fieldPath`. */
function refused(fieldPath: string[]): AppError {
  const messages = t('错误', 'Error');
  return { kind: 'server', code: 'BAD_USER_INPUT', messages, fieldPath, problems: [{ fieldPath, messages }] };
}

describe('the new-survey form', () => {
  it('starts empty', () => {
    expect(emptyCreateSurveyForm()).toEqual({ key: '', titleZh: '', titleEn: '' });
    // A fresh object each time: one dialog's typing never shows in the next.
    expect(emptyCreateSurveyForm()).not.toBe(emptyCreateSurveyForm());
  });

  it('sends the key and both titles trimmed', () => {
    expect(toCreateSurveyInput({ key: ' after-call ', titleZh: ' 回访 ', titleEn: ' Follow-up\n' })).toEqual({
      key: 'after-call',
      title: { zh: '回访', en: 'Follow-up' },
    });
  });

  it('puts the server refusals under the key and the title fields', () => {
    expect(createSurveyErrors(refused(['input', 'key']))).toEqual({ key: t('错误', 'Error') });
    expect(createSurveyErrors(refused(['input', 'title', 'en']))).toEqual({ titleEn: t('错误', 'Error') });
    // A problem on the whole title lands on the Chinese title, the first of the two.
    expect(createSurveyErrors(refused(['input', 'title']))).toEqual({ titleZh: t('错误', 'Error') });
    // Paths the form does not show (or outside `input`) are left out: the caller shows a toast then.
    expect(createSurveyErrors(refused(['input', 'definition']))).toEqual({});
    expect(createSurveyErrors(refused(['key']))).toEqual({});
  });
});
