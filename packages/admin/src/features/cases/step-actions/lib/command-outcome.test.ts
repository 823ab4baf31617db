import { describe, expect, it } from 'vitest';
import type { AppError, FieldProblem } from '../../../../shared/lib/graphql-error';
import { afterFailure, formFieldProblems, IdempotencyKeys } from './command-outcome';

const server = (code: string, problems: readonly FieldProblem[] = []): AppError => ({
  kind: 'server',
  code,
  messages: { zh: '错', en: 'wrong' },
  fieldPath: null,
  problems,
});

describe('afterFailure', () => {
  it('reloads and keeps the draft when the case moved on', () => {
    expect(afterFailure(server('CONFLICT'))).toBe('reload-keep-draft');
    expect(afterFailure(server('STEP_NOT_ACTIVE'))).toBe('reload-keep-draft');
  });
  it('keeps the idempotency key when the answer was lost on the network', () => {
    expect(afterFailure({ kind: 'network' })).toBe('retry-same-key');
  });
  it('shows any other refusal', () => {
    expect(afterFailure(server('FORM_INVALID'))).toBe('show');
    expect(afterFailure(server('NOT_AUTHORISED'))).toBe('show');
    expect(afterFailure({ kind: 'unknown' })).toBe('show');
  });
});

describe('formFieldProblems', () => {
  it('puts the engine’s problems on the form’s fields by name, the first one per field', () => {
    const error = server('FORM_INVALID', [
      { fieldPath: ['data', 'mobile'], messages: { zh: '手机号不正确', en: 'Bad mobile' } },
      { fieldPath: ['data', 'mobile'], messages: { zh: '第二条', en: 'second' } },
      { fieldPath: ['amount'], messages: { zh: '金额', en: 'Amount' } },
      { fieldPath: ['data', 'unknown'], messages: { zh: '无', en: 'none' } },
    ]);
    const out = formFieldProblems(error, ['mobile', 'amount']);
    expect([...out.keys()]).toEqual(['mobile', 'amount']);
    expect(out.get('mobile')?.en).toBe('Bad mobile');
  });
  it('is empty for errors without fields', () => {
    expect(formFieldProblems({ kind: 'network' }, ['mobile']).size).toBe(0);
  });
});

describe('IdempotencyKeys', () => {
  it('repeats the key until the action is settled, then makes a new one', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${(n += 1)}`);
    expect(keys.keyFor('c1:s:submit')).toBe('k1');
    expect(keys.keyFor('c1:s:submit')).toBe('k1');
    expect(keys.keyFor('c1:s:approve')).toBe('k2');
    keys.settle('c1:s:submit');
    expect(keys.keyFor('c1:s:submit')).toBe('k3');
  });
});
