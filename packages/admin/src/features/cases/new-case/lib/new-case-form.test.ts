import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../../shared/lib/graphql-error';
import { CombinedError } from '../../../../test/fake-urql';
import {
  CHANNELS,
  checkNewCaseForm,
  emptyNewCaseForm,
  isBackdated,
  isSelectableDay,
  newCaseFormErrors,
  receivedAtRange,
  shanghaiDate,
  shanghaiInstant,
  shanghaiLocal,
  toOpenCaseInput,
} from './new-case-form';

const NOW = new Date('2026-03-10T03:00:00.000Z'); // 11:00 on 10 March in Shanghai
const filled = {
  ...emptyNewCaseForm(),
  templateKey: 'complaint-handling',
  name: ' 张三 ',
  channel: 'LETTER' as const,
};

describe('new case form', () => {
  it('offers every channel of the schema once', () => {
    expect(new Set(CHANNELS).size).toBe(8);
    expect([...CHANNELS].sort()).toEqual([
      'API',
      'APP',
      'BRANCH',
      'CHAT',
      'EMAIL',
      'HOTLINE',
      'LETTER',
      'WEBSITE',
    ]);
  });

  it('reads times as Beijing time whatever the browser zone, around midnight too', () => {
    expect(shanghaiInstant('2026-03-06 10:00')?.toISOString()).toBe('2026-03-06T02:00:00.000Z');
    expect(shanghaiInstant('2026-03-06T10:00')?.toISOString()).toBe('2026-03-06T02:00:00.000Z');
    expect(shanghaiLocal(new Date('2026-03-03T16:30:00.000Z'))).toBe('2026-03-04T00:30');
    expect(receivedAtRange(NOW)).toEqual({ min: '2026-02-08T00:00', max: '2026-03-10T11:00' });
    expect(shanghaiInstant('2026-03-04 00:30')?.toISOString()).toBe('2026-03-03T16:30:00.000Z');
    expect(shanghaiInstant('2026-02-30 10:00')).toBeNull();
    expect(shanghaiInstant('2026-03-06')).toBeNull();
    expect(shanghaiDate(new Date('2026-03-03T15:59:00.000Z'))).toBe('2026-03-03');
    expect(shanghaiDate(new Date('2026-03-03T16:00:00.000Z'))).toBe('2026-03-04');
  });

  it('backdated means more than ten minutes before now; days up to 30 back are selectable', () => {
    expect(isBackdated({ receivedAt: '' }, NOW)).toBe(false);
    expect(isBackdated({ receivedAt: '2026-03-10 10:55' }, NOW)).toBe(false);
    expect(isBackdated({ receivedAt: '2026-03-10 10:49' }, NOW)).toBe(true);
    expect(isSelectableDay('2026-03-10', NOW)).toBe(true);
    expect(isSelectableDay('2026-03-11', NOW)).toBe(false);
    expect(isSelectableDay('2026-02-08', NOW)).toBe(true);
    expect(isSelectableDay('2026-02-07', NOW)).toBe(false);
  });

  it('checks the flow, the name, the date and the reason before sending', () => {
    expect(checkNewCaseForm(emptyNewCaseForm(), NOW)).toEqual({ templateKey: 'required', name: 'required' });
    expect(checkNewCaseForm({ ...filled, receivedAt: '2026-03-06 10:00' }, NOW)).toEqual({
      receivedAtReason: 'required',
    });
    expect(checkNewCaseForm({ ...filled, receivedAt: '2026-03-10 12:00' }, NOW)).toEqual({
      receivedAt: 'future',
    });
    expect(checkNewCaseForm({ ...filled, receivedAt: '2026-02-01 12:00' }, NOW)).toEqual({
      receivedAt: 'tooOld',
    });
    expect(checkNewCaseForm({ ...filled, receivedAt: 'soon' }, NOW)).toEqual({ receivedAt: 'invalidDate' });
    expect(
      checkNewCaseForm({ ...filled, receivedAt: '2026-03-06 10:00', receivedAtReason: '来信' }, NOW),
    ).toEqual({});
  });

  it('sends the date of receipt only when backdated, with the reason', () => {
    expect(toOpenCaseInput({ ...filled, phone: ' 13812345678 ' }, NOW)).toEqual({
      templateKey: 'complaint-handling',
      channel: 'LETTER',
      customer: { name: '张三', idNumber: null, phone: '13812345678', bankCard: null, address: null },
    });
    expect(
      toOpenCaseInput({ ...filled, receivedAt: '2026-03-06 10:00', receivedAtReason: ' 来信晚录 ' }, NOW),
    ).toMatchObject({ receivedAt: '2026-03-06T02:00:00.000Z', receivedAtReason: '来信晚录' });
    expect(
      toOpenCaseInput({ ...filled, receivedAt: '2026-03-10 10:58', receivedAtReason: 'x' }, NOW),
    ).not.toHaveProperty('receivedAt');
  });

  it("puts the server's field errors on the form's fields", () => {
    const error = toAppError(
      new CombinedError({
        graphQLErrors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldPath: ['input', 'customer', 'phone'],
              messages: { zh: '手机号码无效。', en: 'The mobile number is not valid.' },
            },
          },
        ],
      }),
    );
    expect(newCaseFormErrors(error)).toEqual({
      phone: { zh: '手机号码无效。', en: 'The mobile number is not valid.' },
    });
  });
});
