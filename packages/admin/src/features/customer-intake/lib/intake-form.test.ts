import { describe, expect, it } from 'vitest';
import { customerOf, customerProblems } from './intake-form';

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
