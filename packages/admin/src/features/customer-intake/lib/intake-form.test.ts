import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@parley/engine';
import { askedDetails, customerOf, customerProblems, customerToSend } from './intake-form';

const form = (elements: { type: string; name: string }[]): FormDefinition =>
  ({
    key: 'f',
    title: { zh: '表', en: 'Form' },
    elements: elements.map((e) => ({ ...e, title: { zh: e.name, en: e.name } })),
  }) as unknown as FormDefinition;
const NAME_AND_MOBILE = form([
  { type: 'text', name: 'customerName' },
  { type: 'phone', name: 'mobile' },
]);
const ALL = form([
  { type: 'text', name: 'customerName' },
  { type: 'phone', name: 'mobile' },
  { type: 'prc-id', name: 'idNumber' },
]);

describe('customer details', () => {
  it('normalises and checks them like the server', () => {
    expect(customerOf({ name: ' 张  三 ', idNumber: '11010519491231002x', phone: '' })).toEqual({
      name: '张 三',
      idNumber: '11010519491231002X',
    });
    expect(
      customerProblems({ name: '张三', idNumber: '11010519491231002X', phone: '13800138000' }).size,
    ).toBe(0);
    const bad = customerProblems({ name: ' ', idNumber: '110105194912310021', phone: '12345' });
    expect([...bad.keys()]).toEqual(['name', 'idNumber', 'phone']);
  });
});

describe('asking the customer once', () => {
  const typed = { name: '', idNumber: '11010519491231002x', phone: '' };
  const answers = { customerName: ' 张三 ', mobile: '13800138000', idNumber: '11010519491231002X' };

  it('asks only for the details the form does not ask for', () => {
    expect(askedDetails(null)).toEqual(['name', 'idNumber', 'phone']);
    expect(askedDetails(NAME_AND_MOBILE)).toEqual(['idNumber']);
    expect(askedDetails(ALL)).toEqual([]);
    // Details not asked are not checked.
    expect(customerProblems({ name: '', idNumber: '', phone: '1' }, ['idNumber']).size).toBe(0);
  });

  it('sends the form’s answers as the customer’s details, and nothing when the form has them all', () => {
    expect(customerToSend(typed, NAME_AND_MOBILE, answers)).toEqual({
      name: '张三',
      phone: '13800138000',
      idNumber: '11010519491231002X',
    });
    expect(customerToSend(typed, ALL, answers)).toBeNull();
    expect(customerToSend({ name: '李四', idNumber: '', phone: '13900001234' }, null, {})).toEqual({
      name: '李四',
      phone: '13900001234',
    });
  });
});
