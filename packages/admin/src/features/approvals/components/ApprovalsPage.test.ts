// @vitest-environment happy-dom
/**
 * The approvals inbox against the shared fake network: the three kinds of items, each linked to its
 * case; approving sends the decision; rejecting needs a reason first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import ElementPlus, { ElMessage } from 'element-plus';
import urql from '@urql/vue';
import type { Operation } from '@urql/core';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n, i18nPlugin } from '../../../app/i18n';
import { createUrqlClient } from '../../../app/urql-client';
import { answer, fakeExchange, operationName } from '../../../test/fake-urql';
import ApprovalsPage from './ApprovalsPage.vue';

const INBOX = {
  pendingOfferApprovals: [
    {
      id: 'req-1',
      caseId: 'case-1',
      caseReference: 'C-2026-000001',
      stepKey: 'draft-plan',
      requiredRole: 'supervisor',
      requestedBy: 'user:a',
      requestedAt: '2026-03-10T02:00:00.000Z',
      plan: {
        kind: 'interestFrozen',
        owedTotal: { fen: '5500000' },
        forgiven: { fen: '700000' },
        totalDue: { fen: '4500000' },
        termMonths: 24,
        annualisedRate: null,
      },
    },
  ],
  pendingReviews: [
    {
      caseId: 'case-2',
      caseReference: 'C-2026-000002',
      stepKey: 'superior-review',
      stepName: { zh: '上级部门审核', en: 'Superior department review' },
      flowName: { zh: '服务方案', en: 'Service plan' },
      role: 'superior',
      since: '2026-03-09T02:00:00.000Z',
    },
  ],
  pendingComplaintExtensions: [
    {
      id: 'ext-1',
      caseId: 'case-3',
      caseReference: 'C-2026-000003',
      days: 15,
      reason: '需调取录音',
      requestedBy: 'user:b',
      requestedAt: '2026-03-08T02:00:00.000Z',
    },
  ],
};

function mountPage(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const sent: Operation[] = [];
  let decided = false;
  const i18n = createAppI18n(locale);
  const client = createUrqlClient({
    getLocale: () => i18n.global.locale.value,
    exchanges: [
      fakeExchange((operation) => {
        sent.push(operation);
        const name = operationName(operation);
        if (name === 'ApprovalsInbox')
          return answer(operation, decided ? { ...INBOX, pendingOfferApprovals: [] } : INBOX);
        decided = true;
        const field = {
          DecideOfferApproval: 'decideOfferApproval',
          DecideComplaintExtension: 'decideComplaintExtension',
          ApproveReview: 'approveStep',
          RejectReview: 'rejectStep',
        }[name]!;
        return answer(operation, { [field]: { case: { id: 'x' } } });
      }),
    ],
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/approvals', name: 'approvals', component: ApprovalsPage },
      { path: '/cases/:id', name: 'case', component: ApprovalsPage },
    ],
  });
  const wrapper = mount(ApprovalsPage, {
    attachTo: document.body,
    global: { plugins: [createPinia(), i18nPlugin(i18n), [urql, client], ElementPlus, router] },
  });
  return { wrapper, sent };
}

afterEach(() => {
  ElMessage.closeAll();
  document.body.innerHTML = '';
});

const mutations = (sent: Operation[]) => sent.filter((o) => o.kind === 'mutation');

// Mounting Element Plus and the engine is slow on a busy shared machine: a generous allowance.
const SLOW = 30_000;

describe('ApprovalsPage', () => {
  it(
    'lists offers, plan reviews and complaint extensions, each linked to its case',
    async () => {
      const { wrapper } = mountPage();
      await flushPromises();
      expect(wrapper.find('[data-testid="approvals-offers"]').text()).toContain('停息挂账 · 减免 ¥7,000.00');
      expect(wrapper.find('[data-testid="approvals-reviews"]').text()).toContain('服务方案 · 上级部门审核');
      expect(wrapper.find('[data-testid="approvals-extensions"]').text()).toContain('延长 15 天：需调取录音');
      const links = wrapper.findAll('[data-testid="approval-case-link"]').map((l) => l.attributes('href'));
      expect(links).toEqual(['/cases/case-1', '/cases/case-2', '/cases/case-3']);
    },
    SLOW,
  );

  it(
    'approves an offer with an optional remark, then reloads the list',
    async () => {
      const { wrapper, sent } = mountPage();
      await flushPromises();
      await wrapper
        .find('[data-testid="approvals-offers"] [data-testid="approval-approve"]')
        .trigger('click');
      await flushPromises();
      (document.querySelector('[data-testid="decide-confirm"]') as HTMLElement).click();
      await flushPromises();
      expect(mutations(sent).map((o) => [operationName(o), o.variables])).toEqual([
        ['DecideOfferApproval', { caseId: 'case-1', requestId: 'req-1', approve: true, comment: null }],
      ]);
      expect(wrapper.find('[data-testid="approvals-offers"]').exists()).toBe(false);
    },
    SLOW,
  );

  it(
    'will not reject without a reason; with one it sends it',
    async () => {
      const { wrapper, sent } = mountPage('en');
      await flushPromises();
      await wrapper
        .find('[data-testid="approvals-extensions"] [data-testid="approval-reject"]')
        .trigger('click');
      await flushPromises();
      (document.querySelector('[data-testid="decide-confirm"]') as HTMLElement).click();
      await flushPromises();
      expect(document.body.textContent).toContain('Rejecting needs a reason');
      expect(mutations(sent)).toHaveLength(0);

      const reason = document.querySelector('textarea[data-testid="decide-reason"]') as HTMLTextAreaElement;
      reason.value = 'Records are complete';
      reason.dispatchEvent(new Event('input'));
      await flushPromises();
      (document.querySelector('[data-testid="decide-confirm"]') as HTMLElement).click();
      await flushPromises();
      expect(mutations(sent).map((o) => [operationName(o), o.variables])).toEqual([
        [
          'DecideComplaintExtension',
          { caseId: 'case-3', requestId: 'ext-1', approve: false, comment: 'Records are complete' },
        ],
      ]);
    },
    SLOW,
  );

  it(
    'rejects a plan review with the reason as rejectStep',
    async () => {
      const { wrapper, sent } = mountPage();
      await flushPromises();
      await wrapper
        .find('[data-testid="approvals-reviews"] [data-testid="approval-reject"]')
        .trigger('click');
      await flushPromises();
      const reason = document.querySelector('textarea[data-testid="decide-reason"]') as HTMLTextAreaElement;
      reason.value = '方案不完整';
      reason.dispatchEvent(new Event('input'));
      await flushPromises();
      (document.querySelector('[data-testid="decide-confirm"]') as HTMLElement).click();
      await flushPromises();
      expect(mutations(sent).map((o) => [operationName(o), o.variables])).toEqual([
        ['RejectReview', { caseId: 'case-2', stepKey: 'superior-review', reason: '方案不完整' }],
      ]);
    },
    SLOW,
  );
});
