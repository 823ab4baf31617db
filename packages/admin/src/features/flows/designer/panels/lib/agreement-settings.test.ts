import { describe, expect, it } from 'vitest';
import { findTemplate, type AgreementTemplate, type FlowDefinition } from '@parley/engine';
import { agreementCoalesceKey, setAgreement } from './agreement-settings';

const doc = findTemplate('minsheng-e-negotiation') as FlowDefinition;
const text: AgreementTemplate = {
  clauses: [
    { key: 'one', title: { zh: '一', en: 'One' }, body: { zh: '甲', en: 'A' } },
    { key: 'two', title: { zh: '二', en: 'Two' }, body: { zh: '乙', en: 'B' } },
  ],
};

describe('agreement settings', () => {
  it('sets the text and drops it back to the default', () => {
    const withText = setAgreement(doc, text);
    expect(withText.agreement).toBe(text);
    const dropped = setAgreement(withText, undefined);
    expect('agreement' in dropped).toBe(false);
    expect(setAgreement(dropped, undefined)).toBe(dropped);
  });

  it('joins typing in one clause, and nothing else', () => {
    const typed = { clauses: [text.clauses[0]!, { ...text.clauses[1]!, body: { zh: '乙丙', en: 'B' } }] };
    expect(agreementCoalesceKey(text, typed)).toBe('agreement:clause:two');
    expect(agreementCoalesceKey(text, { clauses: [text.clauses[1]!, text.clauses[0]!] })).toBeUndefined();
    expect(agreementCoalesceKey(text, { clauses: [text.clauses[0]!] })).toBeUndefined();
    expect(agreementCoalesceKey(undefined, text)).toBeUndefined();
    expect(agreementCoalesceKey(text, { ...text, bankName: { zh: '某银行', en: 'A Bank' } })).toBe(
      'agreement:bank',
    );
  });
});
