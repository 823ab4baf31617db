// @vitest-environment happy-dom
/**
 * The audit store against a fake network: the filter goes out as variables, pages follow the cursor,
 * a refused filter keeps the list and says why, and the chain check finds a case by reference first.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import type { Operation, OperationResult } from '@urql/core';
import { createUrqlClient } from '../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../test/fake-urql';
import { makeResult } from '@urql/core';
import { AUDIT_PAGE_SIZE, useAuditStore } from './audit.store';
import { EMPTY_FILTER } from './lib/audit-filter';

const entry = (n: number) => ({
  __typename: 'ConfigAuditEntry',
  id: `e${n}`,
  at: '2026-12-06T01:00:00.000Z',
  actor: 'sup.wang',
  actorName: '王主管',
  action: 'category.rename',
  entityType: 'ComplaintCategory',
  entityKey: `K${n}`,
  details: null,
});

function setup() {
  const calls: { name: string; vars: Record<string, unknown> }[] = [];
  const respond = (op: Operation): OperationResult => {
    const vars = op.variables as Record<string, unknown>;
    calls.push({ name: operationName(op), vars });
    switch (operationName(op)) {
      case 'ConfigAuditLog': {
        const filter = vars['filter'] as Record<string, unknown>;
        if (filter['to'] && filter['from'] && String(filter['to']) <= String(filter['from']))
          return makeResult(op, {
            errors: [
              {
                message: 'bad',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldPath: ['filter', 'to'],
                  messages: { zh: '结束时间必须晚于开始时间。', en: 'The end must be after the start.' },
                },
              },
            ],
          });
        const second = vars['after'] === 'c1';
        return answer(op, {
          configAuditLog: {
            __typename: 'ConfigAuditConnection',
            totalCount: 3,
            edges: (second ? [entry(3)] : [entry(1), entry(2)]).map((node) => ({
              __typename: 'ConfigAuditEdge',
              node,
            })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: !second, endCursor: second ? 'c2' : 'c1' },
          },
        });
      }
      case 'AuditCaseByReference':
        return answer(op, {
          caseByReference:
            vars['reference'] === 'C-2026-000001'
              ? { __typename: 'Case', id: 'Q2FzZTox', reference: 'C-2026-000001' }
              : null,
        });
      case 'VerifyAudit':
        return answer(op, {
          verifyAudit: {
            __typename: 'AuditVerification',
            ok: true,
            casesChecked: vars['caseId'] ? 1 : 12,
            eventsChecked: 40,
            firstBroken: null,
          },
        });
      default:
        throw new Error(`unexpected ${operationName(op)}`);
    }
  };
  const client = createUrqlClient({ getLocale: () => 'zh-CN', exchanges: [fakeExchange(respond)] });
  const app = createApp({ render: () => null });
  app.use(createPinia()).use(urql, client);
  return { store: app.runWithContext(() => useAuditStore()), calls };
}

describe('the audit store', () => {
  it('sends the filter as variables and pages by the cursor', async () => {
    const { store, calls } = setup();
    expect(
      await store.search({
        ...EMPTY_FILTER,
        entityTypes: ['ComplaintCategory'],
        actor: 'sup.wang',
        from: '2026-12-01',
      }),
    ).toBeNull();
    expect(calls[0]!.vars).toEqual({
      filter: { entityTypes: ['ComplaintCategory'], actor: 'sup.wang', from: '2026-11-30T16:00:00.000Z' },
      first: AUDIT_PAGE_SIZE,
      after: null,
    });
    expect(store.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(store.hasMore).toBe(true);
    await store.loadMore();
    expect(calls[1]!.vars['after']).toBe('c1');
    expect(calls[1]!.vars['filter']).toEqual(calls[0]!.vars['filter']);
    expect(store.entries.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(store.hasMore).toBe(false);
    await store.loadMore();
    expect(calls).toHaveLength(2);
  });

  it('keeps the list and the applied filter when the server refuses a filter, and returns why', async () => {
    const { store } = setup();
    await store.search(EMPTY_FILTER);
    const error = await store.search({ ...EMPTY_FILTER, from: '2026-12-06', to: '2026-12-04' });
    expect(error).toMatchObject({ kind: 'server', code: 'BAD_USER_INPUT', fieldPath: ['filter', 'to'] });
    expect(store.entries).toHaveLength(2);
    expect(store.applied.from).toBe('');
  });

  it('reads every page for an export', async () => {
    const { store } = setup();
    const all = await store.readAll();
    expect(Array.isArray(all) && all.map((e) => e.entityKey)).toEqual(['K1', 'K2', 'K3']);
  });

  it('checks one case by reference, or says there is no such case', async () => {
    const { store, calls } = setup();
    let clock = 1000;
    await store.verifyChain(' C-2026-000001 ', () => (clock += 250));
    expect(calls.find((c) => c.name === 'VerifyAudit')!.vars).toEqual({ caseId: 'Q2FzZTox' });
    expect(store.chain).toMatchObject({ kind: 'report', reference: 'C-2026-000001', elapsedMs: 250 });
    await store.verifyChain('C-404');
    expect(store.chain).toEqual({ kind: 'no-such-case', reference: 'C-404' });
    await store.verifyChain('');
    expect(calls.filter((c) => c.name === 'VerifyAudit').at(-1)!.vars).toEqual({ caseId: null });
    expect(store.chain).toMatchObject({ kind: 'report', report: { casesChecked: 12 } });
    expect(store.chainRunning).toBe(false);
  });
});
