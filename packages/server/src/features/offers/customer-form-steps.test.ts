import { describe, expect, it } from 'vitest';
import { findTemplate, type CaseState } from '@parley/engine';
import { customerFormSteps, dataNamesRead } from './customer-form-steps';

const loan = findTemplate('loan-application')!;

/** A loan case waiting at `stepKey`, with the application's answers. */
function waitingAt(stepKey: string, status = 'active'): CaseState {
  return {
    status,
    data: { companyName: '某设备公司', security: 'mortgage', repaymentCard: '6222021234567890128' },
    tokens: [
      {
        id: 't1',
        stepKey,
        forks: [],
        activatedAt: '2026-03-02T01:00:00Z',
        assigneeRole: null,
        assigneeId: null,
      },
    ],
  } as unknown as CaseState;
}

describe('the customer form steps of a case', () => {
  it('lists an active customer form step with its form and the answers its rules read, never a sensitive one', () => {
    const [step, ...rest] = customerFormSteps(waitingAt('documents'), loan);
    expect(rest).toEqual([]);
    expect(step?.stepKey).toBe('documents');
    expect(step?.name.en).toBeTruthy();
    expect((step?.form['elements'] as { name: string }[]).map((e) => e.name)).toContain(
      'collateralDocuments',
    );
    // collateralDocuments shows for a mortgage: the page needs `security`, and nothing else.
    expect(step?.context).toEqual({ security: 'mortgage' });
  });

  it('lists no staff step and nothing on a case that is not active', () => {
    expect(customerFormSteps(waitingAt('document-review'), loan)).toEqual([]);
    expect(customerFormSteps(waitingAt('documents', 'completed'), loan)).toEqual([]);
    expect(customerFormSteps(null, loan)).toEqual([]);
  });

  it('finds the data names JSON Logic rules read, in either var form', () => {
    const rule = {
      and: [{ in: [{ var: 'data.security' }, ['a']] }, { '==': [{ var: ['data.amount.fen', 0] }, 1] }],
    };
    expect([...dataNamesRead(rule)]).toEqual(['security', 'amount']);
    expect([...dataNamesRead({ var: 'case.channel' })]).toEqual([]);
  });
});
