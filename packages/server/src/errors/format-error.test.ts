import { describe, expect, it } from 'vitest';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, badInput } from './app-error';
import { createFormatError, isUnreachableDatabase } from './format-error';
import { describeRequestError } from '../edge/request-errors';

const formatted = (message: string, extensions: Record<string, unknown> = {}): GraphQLFormattedError => ({
  message,
  path: ['x'],
  extensions,
});

function formatter() {
  const logged: unknown[] = [];
  return { logged, format: createFormatError((err) => logged.push(err)) };
}

describe('errors carry their fault', () => {
  it("marks refused input and permissions as the user's, keeping code, messages and field path", () => {
    const { format, logged } = formatter();
    const out = format(formatted('x'), badInput(['input', 'code'], { zh: '编码无效', en: 'Bad code' }));
    expect(out.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fault: 'USER',
      fieldPath: ['input', 'code'],
      messages: { zh: '编码无效', en: 'Bad code' },
    });
    const forbidden = format(formatted('x'), new AppError('FORBIDDEN', { zh: '无权', en: 'No' }));
    expect(forbidden.extensions?.['fault']).toBe('USER');
    expect(logged).toEqual([]);
  });

  it("marks a part of the contract not live here as the operator's", () => {
    const { format } = formatter();
    const out = format(formatted('x'), new AppError('NOT_IMPLEMENTED', { zh: '未上线', en: 'Not live' }));
    expect(out.extensions).toMatchObject({ code: 'NOT_IMPLEMENTED', fault: 'OPERATOR' });
  });

  it("says an unreachable database is the operator's, logs it and shows no driver detail", () => {
    const { format, logged } = formatter();
    const driverError = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:27017'), {
      name: 'MongoServerSelectionError',
    });
    const wrapped = new Error('find failed', { cause: driverError });
    expect(isUnreachableDatabase(wrapped)).toBe(true);
    const out = format(formatted('find failed'), wrapped);
    expect(out.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', fault: 'OPERATOR' });
    expect(JSON.stringify(out)).not.toContain('10.0.0.7');
    expect(logged).toEqual([wrapped]);
  });

  it('says anything else is unexpected, logged and masked', () => {
    const { format, logged } = formatter();
    const bug = new TypeError("Cannot read properties of undefined (reading 'steps') at /srv/parley/x.ts:1");
    const out = format(formatted(bug.message), bug);
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', fault: 'UNEXPECTED' });
    expect(JSON.stringify(out)).not.toContain('/srv/parley');
    expect(isUnreachableDatabase(bug)).toBe(false);
    expect(logged).toEqual([bug]);
  });

  it("marks GraphQL's own refusals and the limits as the user's", () => {
    const { format } = formatter();
    const parse = format(formatted('Syntax Error', { code: 'GRAPHQL_PARSE_FAILED' }), new GraphQLError('x'));
    expect(parse.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', fault: 'USER' });
    const limit = format(formatted('Query depth limit of 12 exceeded'), new GraphQLError('x'));
    expect(limit.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', fault: 'USER' });
  });

  it("marks a broken request body as the user's and the server's own failure as unexpected", () => {
    expect(describeRequestError({ status: 413 }).body.errors[0]?.extensions.fault).toBe('USER');
    expect(describeRequestError({ status: 400 }).body.errors[0]?.extensions.fault).toBe('USER');
    expect(describeRequestError(new Error('boom')).body.errors[0]?.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      fault: 'UNEXPECTED',
    });
  });
});
