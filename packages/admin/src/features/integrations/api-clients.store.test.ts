// @vitest-environment happy-dom
/** The API-clients store against a fake network: list, create (key returned, not kept), revoke, refusal. */
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

function setup() {
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as { input?: { name: string; scopes: string[] }; id?: string };
    switch (operationName(op)) {
      case 'ApiClients':
        return answer(op, { apiClients: [row('1', 'zeta'), row('2', 'alpha', '2026-03-02T00:00:00.000Z')] });
      case 'CreateApiClient':
        if (vars.input?.scopes.includes('case.read'))
          return makeResult(op, {
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
  return app.runWithContext(() => useApiClientsStore());
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

  it('marks a revoked client and moves it after the active ones', async () => {
    const store = setup();
    await store.load();
    const outcome = await store.revoke('1');
    expect(outcome.ok).toBe(true);
    expect(store.clients.every((c) => c.revokedAt !== null)).toBe(true);
  });
});
