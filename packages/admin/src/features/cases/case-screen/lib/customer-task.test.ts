import { describe, expect, it } from 'vitest';
import { customerHasSomethingToDo, customerTasks, waitsForCustomer } from './customer-task';

const STEPS = [
  { key: 'apply', kind: 'FORM', config: { submittedBy: 'customer' } },
  { key: 'classify', kind: 'FORM', config: {} },
  { key: 'review', kind: 'REVIEW', config: { requiredRole: 'reviewer' } },
  { key: 'draft-plan', kind: 'PLAN', config: {} },
  { key: 'confirm', kind: 'CONFIRMATION', config: {} },
  { key: 'sign', kind: 'SIGNATURE', config: { signer: 'customer' } },
  { key: 'bank-sign', kind: 'SIGNATURE', config: { signer: 'staff' } },
  { key: 'wait', kind: 'WAIT', config: {} },
];

describe('customer tasks', () => {
  it('a confirmation, a customer signature and a customer form wait for the customer; staff work does not', () => {
    const waiting = STEPS.filter(waitsForCustomer).map((s) => s.key);
    expect(waiting).toEqual(['apply', 'confirm', 'sign']);
    // A signature step whose configuration names no signer is treated as the customer's.
    expect(waitsForCustomer({ key: 's', kind: 'SIGNATURE', config: null })).toBe(true);
  });

  it('offers the link only while such a step is active on an open or paused case', () => {
    expect(customerHasSomethingToDo({ status: 'OPEN', activeSteps: ['confirm'] }, STEPS)).toBe(true);
    expect(customerHasSomethingToDo({ status: 'PAUSED', activeSteps: ['sign'] }, STEPS)).toBe(true);
    expect(customerHasSomethingToDo({ status: 'OPEN', activeSteps: ['draft-plan'] }, STEPS)).toBe(false);
    expect(customerHasSomethingToDo({ status: 'OPEN', activeSteps: ['bank-sign', 'wait'] }, STEPS)).toBe(
      false,
    );
    expect(customerHasSomethingToDo({ status: 'CLOSED', activeSteps: ['confirm'] }, STEPS)).toBe(false);
    expect(customerHasSomethingToDo({ status: 'OPEN', activeSteps: [] }, STEPS)).toBe(false);
    // A step the version does not know is not the customer's.
    expect(customerHasSomethingToDo({ status: 'OPEN', activeSteps: ['ghost'] }, STEPS)).toBe(false);
  });

  it('names the waiting steps among parallel work', () => {
    const tasks = customerTasks({ status: 'OPEN', activeSteps: ['review', 'apply'] }, STEPS);
    expect(tasks.map((s) => s.key)).toEqual(['apply']);
  });
});
