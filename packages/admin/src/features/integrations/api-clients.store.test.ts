// @vitest-environment happy-dom
/**
 * The API-clients store against a fake network: list paged by keyset, create (key returned, not kept),
 * edit, revoke, refusals.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import { makeResult, type Operation, type OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../test/fake-urql';
import { useApiClientsStore } from './api-clients.store';
import { emptyApiClientForm } from './lib/api-client-form';

const row = (id: string, name: string, revokedAt: string | null = null) => ({
  id,
  name,
  scopes: ['flow.read'],
  rateLimitPerMinute: 600,
  keyPrefix: `pk_${id}`,
  revokedAt,
  createdAt: '2026-03-01T02:00:00.000Z',
  createdBy: 'admin',
  lastUsedAt: null,
});

const forbidden = (op: Operation) =>
  makeResult(op, {
    errors: [
      {
        message: 'no',
        extensions: {
          code: 'FORBIDDEN',
          fieldPath: ['input', 'scopes'],
          messages: { zh: '不能授予：case.read', en: 'Cannot grant: case.read' },
        },
      },
    ],
  });

function setup(pageSize = 50) {
  const calls: { name: string; vars: Record<string, unknown> }[] = [];
  const all = [row('2', 'alpha', '2026-03-02T00:00:00.000Z'), row('1', 'zeta')];
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as {
      input?: { name: string; scopes: string[]; rateLimitPerMinute: number };
      id?: string;
      after?: string | null;
      first?: number;
    };
    calls.push({ name: operationName(op), vars: vars as Record<string, unknown> });
    switch (operationName(op)) {
      case 'ApiClientsPage': {
        const start = vars.after ? Number(vars.after) + 1 : 0;
        const page = all.slice(start, start + pageSize);
        return answer(op, {
          apiClientsPage: {
            totalCount: all.length,
            edges: page.map((node) => ({ node })),
            pageInfo: {
              hasNextPage: start + pageSize < all.length,
              endCursor: String(start + page.length - 1),
            },
          },
        });
      }
      case 'UpdateApiClient':
        if (vars.input?.scopes.includes('case.read')) return forbidden(op);
        return answer(op, {
          updateApiClient: {
            ...row(vars.id!, vars.input!.name),
            scopes: vars.input!.scopes,
            rateLimitPerMinute: vars.input!.rateLimitPerMinute,
          },
        });
      case 'CreateApiClient':
        if (vars.input?.scopes.includes('case.read')) return forbidden(op);
        return answer(op, { createApiClient: { key: 'pk_3_secret', client: row('3', vars.input!.name) } });
      case 'RevokeApiClient':
        return answer(op, { revokeApiClient: row(vars.id!, 'zeta', '2026-03-03T00:00:00.000Z') });
      default:
        throw new Error(`unexpected ${operationName(op)}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return Object.assign(
    app.runWithContext(() => useApiClientsStore()),
    { calls },
  );
}

describe('API clients store', () => {
  it('lists active clients before revoked ones', async () => {
    const store = setup();
    await store.load();
    expect(store.clients.map((c) => c.name)).toEqual(['zeta', 'alpha']);
  });

  it('creates a client, hands back its key once and keeps it nowhere', async () => {
    const store = setup();
    await store.load();
    const outcome = await store.create({ ...emptyApiClientForm(), name: 'beta', scopes: ['flow.read'] });
    expect(outcome.ok && outcome.value.key).toBe('pk_3_secret');
    expect(store.clients.map((c) => c.name)).toEqual(['beta', 'zeta', 'alpha']);
    expect(JSON.stringify(store.$state)).not.toContain('pk_3_secret');
  });

  it('passes a scope refusal back with its field, and adds nothing', async () => {
    const store = setup();
    await store.load();
    const outcome = await store.create({ ...emptyApiClientForm(), name: 'wide', scopes: ['case.read'] });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.kind === 'server' && outcome.error.fieldPath).toEqual([
      'input',
      'scopes',
    ]);
    expect(store.clients).toHaveLength(2);
  });

  it('loads more by the server’s cursor, keeping active clients first', async () => {
    const store = setup(1);
    await store.load();
    expect(store.clients.map((c) => c.name)).toEqual(['alpha']);
    expect(store.totalCount).toBe(2);
    expect(store.nextCursor).toBe('0');
    await store.loadMore();
    expect(store.calls.at(-1)).toMatchObject({ name: 'ApiClientsPage', vars: { first: 50, after: '0' } });
    expect(store.clients.map((c) => c.name)).toEqual(['zeta', 'alpha']);
    expect(store.nextCursor).toBeNull();
  });

  it('edits a client in place, and passes a refused scope back with its field', async () => {
    const store = setup();
    await store.load();
    const saved = await store.update('1', {
      name: 'zeta-2',
      scopes: ['flow.read', 'audit.read'],
      rateLimitPerMinute: 7,
    });
    expect(saved.ok).toBe(true);
    expect(store.calls.at(-1)?.vars).toEqual({
      id: '1',
      input: { name: 'zeta-2', scopes: ['audit.read', 'flow.read'], rateLimitPerMinute: 7 },
    });
    expect(store.clients.find((c) => c.id === '1')).toMatchObject({ name: 'zeta-2', rateLimitPerMinute: 7 });
    const refused = await store.update('1', { name: 'zeta-2', scopes: ['case.read'], rateLimitPerMinute: 7 });
    expect(!refused.ok && refused.error.kind === 'server' && refused.error.fieldPath).toEqual([
      'input',
      'scopes',
    ]);
    expect(store.clients.find((c) => c.id === '1')?.scopes).toEqual(['audit.read', 'flow.read']);
  });

  it('marks a revoked client and moves it after the active ones', async () => {
    const store = setup();
    await store.load();
    const outcome = await store.revoke('1');
    expect(outcome.ok).toBe(true);
    expect(store.clients.every((c) => c.revokedAt !== null)).toBe(true);
  });
});
