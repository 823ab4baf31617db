import { describe, expect, it } from 'vitest';
import { customerFieldsOf, customerFromAnswers } from './customer-fields';
import type { FormDefinition } from './form.types';

const form = (elements: { type: string; name: string }[]): FormDefinition =>
  ({
    key: 'f',
    title: { zh: '表', en: 'Form' },
    elements: elements.map((e) => ({ ...e, title: { zh: e.name, en: e.name } })),
  }) as unknown as FormDefinition;

describe('customer fields of a form', () => {
  it("finds the customer's name, mobile number and ID number fields", () => {
    const application = form([
      { type: 'text', name: 'companyName' },
      { type: 'text', name: 'customerName' },
      { type: 'phone', name: 'mobile' },
      { type: 'phone', name: 'otherPhone' },
      { type: 'prc-id', name: 'idNumber' },
    ]);
    expect(customerFieldsOf(application)).toEqual({
      name: 'customerName',
      phone: 'mobile',
      idNumber: 'idNumber',
    });
  });

  it('asks nothing of a form without them (a company name is not the customer)', () => {
    expect(customerFieldsOf(form([{ type: 'text', name: 'companyName' }]))).toEqual({});
    expect(customerFieldsOf(null)).toEqual({});
    expect(customerFieldsOf(form([{ type: 'textarea', name: 'name' }]))).toEqual({});
  });

  it('reads the details from the answers, trimmed, leaving out empty and non-text answers', () => {
    const fields = { name: 'customerName', phone: 'mobile', idNumber: 'idNumber' };
    expect(
      customerFromAnswers(fields, { customerName: ' 张三 ', mobile: '13800138000', idNumber: '' }),
    ).toEqual({
      name: '张三',
      phone: '13800138000',
    });
    expect(customerFromAnswers(fields, { customerName: 42 })).toEqual({});
  });
});
