import { describe, expect, it } from 'vitest';
import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, map, pipe } from 'wonka';
import { parse } from 'graphql';
import { PUBLIC_OPERATION, authExchange, type AuthPort } from './auth-exchange';

const QUERY = parse('query Me { me { id } }');

/** The network: records what would be sent, answers with `errors` (or data). */
function fakeNetwork(
  sent: Headers[],
  errors: { message: string; extensions: Record<string, unknown> }[] = [],
): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation: Operation) => {
        const options = operation.context.fetchOptions;
        sent.push(new Headers((typeof options === 'function' ? options() : options)?.headers));
        return makeResult(operation, errors.length > 0 ? { data: null, errors } : { data: { me: null } });
      }),
    );
}

function setup(token: string | null, errors?: { message: string; extensions: Record<string, unknown> }[]) {
  const sent: Headers[] = [];
  const calls = { accessToken: 0, unauthenticated: 0 };
  const auth: AuthPort = {
    accessToken: async () => {
      calls.accessToken += 1;
      return token;
    },
    onUnauthenticated: () => {
      calls.unauthenticated += 1;
    },
  };
  const client = new Client({
    url: '/graphql',
    exchanges: [authExchange(auth), fakeNetwork(sent, errors)],
    fetchOptions: () => ({ headers: { 'Accept-Language': 'zh-CN' } }),
  });
  return { client, sent, calls };
}

describe('authExchange', () => {
  it('adds the bearer token and keeps the other headers', async () => {
    const { client, sent } = setup('token-1');
    await client.query(QUERY, {}).toPromise();
    expect(sent[0]?.get('Authorization')).toBe('Bearer token-1');
    expect(sent[0]?.get('Accept-Language')).toBe('zh-CN');
  });

  it('sends nothing extra when signed out', async () => {
    const { client, sent } = setup(null);
    await client.query(QUERY, {}).toPromise();
    expect(sent[0]?.has('Authorization')).toBe(false);
  });

  it('leaves public operations alone', async () => {
    const { client, sent, calls } = setup('token-1');
    await client.query(QUERY, {}, PUBLIC_OPERATION).toPromise();
    expect(sent[0]?.has('Authorization')).toBe(false);
    expect(calls.accessToken).toBe(0);
  });

  it('reports UNAUTHENTICATED answers, but not other errors or public operations', async () => {
    const unauthenticated = [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }];
    const a = setup('stale', unauthenticated);
    await a.client.query(QUERY, {}).toPromise();
    expect(a.calls.unauthenticated).toBe(1);

    const b = setup('token', [{ message: 'no', extensions: { code: 'FORBIDDEN' } }]);
    await b.client.query(QUERY, {}).toPromise();
    expect(b.calls.unauthenticated).toBe(0);

    const c = setup(null, unauthenticated);
    await c.client.query(QUERY, {}, PUBLIC_OPERATION).toPromise();
    expect(c.calls.unauthenticated).toBe(0);
  });
});
