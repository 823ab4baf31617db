import { describe, expect, it } from 'vitest';
import { APPLICATION_FORM } from '../intake.fixture';
import { customerOf, customerProblems, formDataOf, formProblems, yuanToFen } from './intake-form';

describe('yuanToFen', () => {
  it('reads yuan exactly, with separators and the currency sign', () => {
    expect(yuanToFen('50000')).toBe(5_000_000);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen('¥ 0.07')).toBe(7);
    // 0.1 + 0.2 style float errors cannot creep in: digits only.
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('90071992547409.91')).toBe(9_007_199_254_740_991);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', '1.234', '-5', 'abc', '1e3', '90071992547409.92'])
      expect(yuanToFen(text)).toBeNull();
  });
});

describe('formDataOf', () => {
  it('converts inputs and keeps only visible, non-empty fields', () => {
    const { data, unreadable } = formDataOf(APPLICATION_FORM, {
      customerName: ' 张三 ',
      mobile: '138 0013 8000',
      matter: 'loan',
      amountOwedFen: '100',
      hardship: ['illness'],
      description: '',
    });
    expect(unreadable.size).toBe(0);
    // amountOwedFen and hardship are hidden unless the matter is overdue repayment.
    expect(data).toEqual({ customerName: '张三', mobile: '13800138000', matter: 'loan' });
    const overdue = formDataOf(APPLICATION_FORM, {
      matter: 'overdue-repayment',
      amountOwedFen: '50,000.00',
      hardship: [],
    });
    expect(overdue.data).toEqual({ matter: 'overdue-repayment', amountOwedFen: 5_000_000 });
  });

  it('reports unreadable amounts', () => {
    const { data, unreadable } = formDataOf(APPLICATION_FORM, {
      matter: 'overdue-repayment',
      amountOwedFen: '12.345',
    });
    expect(data['amountOwedFen']).toBeUndefined();
    expect(unreadable.get('amountOwedFen')?.en).toContain('yuan');
  });
});

describe('formProblems', () => {
  it("uses the engine's rules: required, conditional required, field types", () => {
    const problems = formProblems(APPLICATION_FORM, { mobile: '123', matter: 'overdue-repayment' });
    expect([...problems.keys()].sort()).toEqual(['amountOwedFen', 'customerName', 'description', 'mobile']);
    expect(
      formProblems(APPLICATION_FORM, {
        customerName: '张三',
        mobile: '13800138000',
        matter: 'overdue-repayment',
        amountOwedFen: '50000',
        description: '因病',
      }).size,
    ).toBe(0);
  });
});

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
