import { describe, expect, it } from 'vitest';
import { saveFormErrors } from './save-errors';

const problem = (fieldPath: (string | number)[], zh: string) => ({ fieldPath, messages: { zh, en: zh } });

describe('saveFormErrors', () => {
  it('puts reason problems under the reason and day problems above the preview', () => {
    expect(
      saveFormErrors({
        kind: 'server',
        code: 'BAD_USER_INPUT',
        messages: null,
        fieldPath: null,
        problems: [
          problem(['reason'], '原因'),
          problem(['input', 'workdays', 0], '工作日'),
          problem(['key'], 'x'),
        ],
      }),
    ).toEqual({ reason: { zh: '原因', en: '原因' }, days: { zh: '工作日', en: '工作日' } });
  });

  it('names no field for a network error', () => {
    expect(saveFormErrors({ kind: 'network' })).toEqual({});
  });
});
