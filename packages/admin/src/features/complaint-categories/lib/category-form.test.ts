import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import {
  categoryFormErrors,
  emptyForm,
  formFromRow,
  isSeverity,
  toCreateInput,
  toUpdateInput,
} from './category-form';
import type { CategoryRow } from './category-tree';

const ROW: CategoryRow = {
  id: 'id-1',
  code: 'PRODUCT-LOAN',
  name: { zh: '贷款产品', en: 'Loan products' },
  path: ['PRODUCT', 'PRODUCT-LOAN'],
  depth: 1,
  order: 0,
  active: true,
  severity: 'HIGH',
  slaPolicyKey: 'complaint-15-days',
  routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
  regulatoryCodes: { jrtBusinessType: '贷款', jrtCause: null, cfpbProduct: 'Mortgage', cfpbIssue: null },
  requiredFields: ['complainantMobile'],
};

function badInput(...paths: (string | number)[][]): AppError {
  return {
    kind: 'server',
    code: 'BAD_USER_INPUT',
    messages: { zh: '错', en: 'wrong' },
    fieldPath: paths[0] ?? null,
    problems: paths.map((fieldPath, i) => ({ fieldPath, messages: { zh: `错${i}`, en: `wrong ${i}` } })),
  };
}

describe('category form', () => {
  it('starts empty with the regulatory clock and medium severity', () => {
    expect(emptyForm('id-p')).toMatchObject({
      parentId: 'id-p',
      severity: 'MEDIUM',
      slaPolicyKey: 'regulatory-complaint',
      requiredFields: [],
    });
  });

  it('round-trips every field of a category through the form into update input', () => {
    const form = formFromRow(ROW, 'id-p');
    expect(form).toMatchObject({
      code: 'PRODUCT-LOAN',
      parentId: 'id-p',
      queueCode: 'GENERAL',
      cfpbIssue: '',
    });
    expect(toUpdateInput({ ...form, nameEn: '  Loans ' })).toEqual({
      name: { zh: '贷款产品', en: 'Loans' },
      severity: 'HIGH',
      slaPolicyKey: 'complaint-15-days',
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
      regulatoryCodes: { jrtBusinessType: '贷款', jrtCause: '', cfpbProduct: 'Mortgage', cfpbIssue: '' },
      requiredFields: ['complainantMobile'],
    });
  });

  it('creates with code and parent, trimmed', () => {
    expect(
      toCreateInput({ ...emptyForm('id-p'), code: ' NEW-1 ', nameZh: '新', nameEn: 'New' }),
    ).toMatchObject({
      code: 'NEW-1',
      parentId: 'id-p',
      name: { zh: '新', en: 'New' },
      routing: { departmentCode: '', queueCode: '' },
    });
  });

  it('puts server problems under the fields they name, including list entries and nested groups', () => {
    expect(
      categoryFormErrors(
        badInput(
          ['input', 'name', 'en'],
          ['input', 'routing', 'queueCode'],
          ['input', 'regulatoryCodes', 'jrtCause'],
          ['input', 'requiredFields', 3],
        ),
      ),
    ).toEqual({
      nameEn: { zh: '错0', en: 'wrong 0' },
      queueCode: { zh: '错1', en: 'wrong 1' },
      jrtCause: { zh: '错2', en: 'wrong 2' },
      requiredFields: { zh: '错3', en: 'wrong 3' },
    });
    expect(categoryFormErrors(badInput(['id']))).toEqual({});
  });

  it('knows the severities', () => {
    expect(isSeverity('CRITICAL')).toBe(true);
    expect(isSeverity('URGENT')).toBe(false);
  });
});
