import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/lib/graphql-error';
import {
  createFormErrors,
  emptyCreateForm,
  isSeverity,
  renameFormErrors,
  toCreateInput,
  toNameInput,
} from './category-form';

const wrong = { zh: '错', en: 'Wrong' };
const badInput = (fieldPath: (string | number)[]): AppError => ({
  kind: 'server',
  code: 'BAD_USER_INPUT',
  messages: wrong,
  fieldPath,
  problems: [{ fieldPath, messages: wrong }],
});

describe('category forms', () => {
  it('starts a new category as a MEDIUM root', () => {
    expect(emptyCreateForm()).toEqual({
      code: '',
      nameZh: '',
      nameEn: '',
      parentId: null,
      severity: 'MEDIUM',
    });
  });

  it('builds trimmed GraphQL input, leaving validity to the server', () => {
    const input = toCreateInput({
      code: ' service-x ',
      nameZh: ' 服务 ',
      nameEn: ' Service ',
      parentId: 'Q2F0OjE=',
      severity: 'HIGH',
    });
    expect(input).toEqual({
      code: 'service-x',
      name: { zh: '服务', en: 'Service' },
      parentId: 'Q2F0OjE=',
      severity: 'HIGH',
    });
    expect(toNameInput({ nameZh: '甲 ', nameEn: ' A' })).toEqual({ zh: '甲', en: 'A' });
  });

  it('maps create errors onto the create form’s fields', () => {
    expect(createFormErrors(badInput(['input', 'code']))).toEqual({ code: wrong });
    expect(createFormErrors(badInput(['input', 'name', 'zh']))).toEqual({ nameZh: wrong });
    expect(createFormErrors(badInput(['input', 'name', 'en']))).toEqual({ nameEn: wrong });
    expect(createFormErrors(badInput(['input', 'parentId']))).toEqual({ parentId: wrong });
    // Fields the form does not show, and lookalike keys, go to a toast instead.
    expect(createFormErrors(badInput(['input', 'slaPolicyKey']))).toEqual({});
    expect(createFormErrors(badInput(['input', 'constructor']))).toEqual({});
    expect(createFormErrors({ kind: 'network' })).toEqual({});
  });

  it('maps rename errors onto the rename form’s fields', () => {
    expect(renameFormErrors(badInput(['name', 'zh']))).toEqual({ nameZh: wrong });
    expect(renameFormErrors(badInput(['name', 'en']))).toEqual({ nameEn: wrong });
    expect(renameFormErrors(badInput(['id']))).toEqual({});
  });

  it('knows the severities', () => {
    expect(isSeverity('CRITICAL')).toBe(true);
    expect(isSeverity('critical')).toBe(false);
    expect(isSeverity(undefined)).toBe(false);
  });
});
