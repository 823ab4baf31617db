// @vitest-environment happy-dom
/** The queue overview against a fake network: counts grouped by department, live updates, inbox links. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus from 'element-plus';
import urql from '@urql/vue';
import { makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { filter, fromValue, makeSubject, map, mergeMap, pipe } from 'wonka';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, operationName } from '../../../test/fake-urql';
import OverviewPage from './OverviewPage.vue';

const count = (id: string, code: string, open: number, unassigned: number, overdue: number) => ({
  __typename: 'QueueCount',
  queue: {
    __typename: 'Queue',
    id,
    code,
    name: { __typename: 'LocalizedText', zh: `${code} 队列`, en: `${code} queue` },
  },
  open,
  unassigned,
  overdue,
});
const departments = [
  {
    __typename: 'Department',
    code: 'CUSTOMER_SERVICE',
    name: { __typename: 'LocalizedText', zh: '客服部门', en: 'Customer service' },
    queues: [{ __typename: 'Queue', id: 'q1' }],
  },
  {
    __typename: 'Department',
    code: 'POLICY',
    name: { __typename: 'LocalizedText', zh: '政策部门', en: 'Policy' },
    queues: [{ __typename: 'Queue', id: 'q2' }],
  },
];

function mountPage(locale: 'zh-CN' | 'en') {
  const live = makeSubject<OperationResult>();
  const sent: Operation[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        sent.push(op);
        if (op.kind === 'subscription')
          return pipe(
            live.source,
            map((r) => ({ ...r, operation: op })),
          );
        if (operationName(op) === 'QueueOverview')
          return fromValue(
            answer(op, {
              queueCounts: [count('q1', 'GENERAL', 5, 2, 1), count('q2', 'GENERAL', 1, 1, 0)],
              departments,
            }),
          );
        return fromValue(makeResult(op, { errors: [{ message: 'unexpected' }] }));
      }),
    );
  const i18n = createAppI18n(locale);
  const client = createUrqlClient({ getLocale: () => locale, exchanges: [exchange] });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/overview', component: OverviewPage },
      { path: '/inbox', component: { render: () => null } },
    ],
  });
  const wrapper = mount(OverviewPage, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus, router] },
  });
  return { wrapper, live, sent };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OverviewPage', () => {
  it('shows open, unassigned and breached counts per queue by department, and updates them live', async () => {
    const { wrapper, live, sent } = mountPage('zh-CN');
    await flushPromises();
    const cs = wrapper.get('[data-testid="overview-queue-CUSTOMER_SERVICE-GENERAL"]');
    expect(cs.get('[data-testid="count-open"]').text()).toBe('5');
    expect(cs.get('[data-testid="count-unassigned"]').text()).toBe('2');
    expect(cs.get('[data-testid="count-breached"]').text()).toBe('1');
    expect(cs.attributes('href')).toBe('/inbox?view=MY_QUEUES&queue=q1');
    expect(wrapper.get('[data-testid="overview-dept-POLICY"]').text()).toContain('政策部门');
    expect(wrapper.get('[data-testid="overview-totals"]').text()).toContain('6');

    const sub = sent.find((op) => op.kind === 'subscription')!;
    live.next(
      makeResult(sub, {
        data: { queueCounts: [count('q1', 'GENERAL', 7, 3, 2), count('q2', 'GENERAL', 1, 1, 0)] },
      }),
    );
    await flushPromises();
    expect(cs.get('[data-testid="count-open"]').text()).toBe('7');
    expect(cs.get('[data-testid="count-breached"]').text()).toBe('2');
    expect(wrapper.get('[data-testid="overview-live"]').text()).toBe('实时更新中');
  });

  it('speaks English on an English page', async () => {
    const { wrapper } = mountPage('en');
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Queue overview');
    expect(wrapper.get('[data-testid="overview-dept-CUSTOMER_SERVICE"]').text()).toContain(
      'Customer service',
    );
    expect(wrapper.get('[data-testid="overview-dept-CUSTOMER_SERVICE"]').text()).toContain('Unassigned');
  });
});
