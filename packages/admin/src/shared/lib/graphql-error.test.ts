import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { errorMessage, fieldMessages, problemsBelow, toAppError, type AppError } from './graphql-error';

const generic = { network: 'NETWORK', unknown: 'UNKNOWN' };
const codeRule = { zh: '编码格式不正确。', en: 'The code is not well-formed.' };

function serverError(extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('raw server text', { extensions })] });
}

describe('toAppError', () => {
  it('keeps the code, both messages and the field path of a contract error', () => {
    const error = toAppError(
      serverError({ code: 'BAD_USER_INPUT', messages: codeRule, fieldPath: ['input', 'code'] }),
    );
    expect(error).toEqual({
      kind: 'server',
      code: 'BAD_USER_INPUT',
      messages: codeRule,
      fieldPath: ['input', 'code'],
      problems: [{ fieldPath: ['input', 'code'], messages: codeRule }],
    });
  });

  it('keeps every listed problem, skipping malformed ones', () => {
    const nameRule = { zh: '中文名称不能为空。', en: 'The Chinese name must not be empty.' };
    const error = toAppError(
      serverError({
        code: 'BAD_USER_INPUT',
        messages: codeRule,
        fieldPath: ['input', 'code'],
        problems: [
          { fieldPath: ['input', 'code'], messages: codeRule },
          { fieldPath: ['input', 'name', 'zh'], messages: nameRule },
          { fieldPath: 'input.name.en', messages: nameRule },
        ],
      }),
    );
    expect(error.kind === 'server' && error.problems).toEqual([
      { fieldPath: ['input', 'code'], messages: codeRule },
      { fieldPath: ['input', 'name', 'zh'], messages: nameRule },
    ]);
  });

  it('takes the first of several errors', () => {
    const combined = new CombinedError({
      graphQLErrors: [
        new GraphQLError('a', { extensions: { code: 'NOT_FOUND', messages: codeRule } }),
        new GraphQLError('b', { extensions: { code: 'CONFLICT', messages: codeRule } }),
      ],
    });
    expect(toAppError(combined)).toMatchObject({ kind: 'server', code: 'NOT_FOUND' });
  });

  it('drops extensions that do not fit the contract instead of trusting them', () => {
    const error = toAppError(
      serverError({ code: 42, messages: { zh: '只有中文' }, fieldPath: 'input.code' }),
    );
    expect(error).toEqual({ kind: 'server', code: 'UNKNOWN', messages: null, fieldPath: null, problems: [] });
  });

  it('tells network failures from unknown ones', () => {
    expect(toAppError(new CombinedError({ networkError: new Error('offline') }))).toEqual({
      kind: 'network',
    });
    expect(toAppError(undefined)).toEqual({ kind: 'unknown' });
    expect(toAppError(null)).toEqual({ kind: 'unknown' });
  });
});

describe('errorMessage', () => {
  const server: AppError = {
    kind: 'server',
    code: 'BAD_USER_INPUT',
    messages: codeRule,
    fieldPath: null,
    problems: [],
  };

  it('speaks the current language', () => {
    expect(errorMessage(server, 'zh-CN', generic)).toBe('编码格式不正确。');
    expect(errorMessage(server, 'en', generic)).toBe('The code is not well-formed.');
  });

  it('never shows raw text: errors without messages get the generic one', () => {
    expect(errorMessage({ ...server, messages: null }, 'en', generic)).toBe('UNKNOWN');
    expect(errorMessage({ kind: 'network' }, 'zh-CN', generic)).toBe('NETWORK');
    expect(errorMessage({ kind: 'unknown' }, 'zh-CN', generic)).toBe('UNKNOWN');
  });
});

describe('problemsBelow and fieldMessages', () => {
  const zh = { zh: '中文名称不能为空。', en: 'The Chinese name must not be empty.' };
  const withProblems = (...paths: (string | number)[][]): AppError => ({
    kind: 'server',
    code: 'BAD_USER_INPUT',
    messages: codeRule,
    fieldPath: paths[0] ?? null,
    problems: paths.map((fieldPath, i) => ({ fieldPath, messages: i === 0 ? codeRule : zh })),
  });

  it('keys the problems under a base by the rest of their path, dotted', () => {
    const below = problemsBelow(
      withProblems(['input', 'code'], ['input', 'name', 'zh'], ['input', 'routing', 0], ['name', 'en']),
      ['input'],
    );
    expect([...below.keys()]).toEqual(['code', 'name.zh', 'routing.0']);
    expect(below.get('code')).toEqual(codeRule);
  });

  it('ignores the base itself, other bases and errors without problems', () => {
    expect(problemsBelow(withProblems(['input']), ['input']).size).toBe(0);
    expect(problemsBelow(withProblems(['id']), ['input']).size).toBe(0);
    expect(problemsBelow({ kind: 'network' }, ['input']).size).toBe(0);
  });

  it('maps problems onto the fields a form has', () => {
    const fields = new Map([
      ['code', 'code'],
      ['name.zh', 'nameZh'],
    ] as const);
    const error = withProblems(['input', 'code'], ['input', 'name', 'zh'], ['input', 'slaPolicyKey']);
    expect(fieldMessages(error, ['input'], fields)).toEqual({ code: codeRule, nameZh: zh });
    expect(fieldMessages(withProblems(['input', 'constructor']), ['input'], fields)).toEqual({});
  });
});
