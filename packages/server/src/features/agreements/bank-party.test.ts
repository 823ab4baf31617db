import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_AGREEMENT } from '@parley/engine';
import { configureBankName, configuredBankName, withBankParty } from './bank-party';

afterEach(() => configureBankName({}));

describe('the bank party of agreements', () => {
  it("keeps the flow's own bank name and fills in the configured one where the flow names none", () => {
    configureBankName({ zh: '示例银行', en: 'Example Bank' });
    expect(withBankParty(DEFAULT_PLAN_AGREEMENT).bankName).toEqual({ zh: '示例银行', en: 'Example Bank' });
    const own = { ...DEFAULT_PLAN_AGREEMENT, bankName: { zh: '自有银行', en: 'Own Bank' } };
    expect(withBankParty(own).bankName).toEqual({ zh: '自有银行', en: 'Own Bank' });
  });

  it('lets a name in one language stand for both, and leaves the template alone when nothing is configured', () => {
    configureBankName({ zh: '  示例银行 ' });
    expect(configuredBankName()).toEqual({ zh: '示例银行', en: '示例银行' });
    configureBankName({ zh: '', en: undefined });
    expect(configuredBankName()).toBeNull();
    expect(withBankParty(DEFAULT_PLAN_AGREEMENT)).toBe(DEFAULT_PLAN_AGREEMENT);
  });
});
